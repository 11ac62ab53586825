// `npm run test:e2e`: the packaged VSIX, tested as a user meets it. Packages the
// extension (scripts/package.mjs), installs the VSIX into a fresh extensions dir of the
// real VS Code (test/vscode/server.mjs; MLSD_VSCODE_VERSION=oldest|newest, default oldest;
// `npm run test:e2e` runs it on each), opens a workspace with two answers and
// drives the UI with Playwright: Quick Open, the Problems panel, the preview and its
// Mermaid SVGs (light and dark) updating as the user types, the hover on a step heading,
// "MLSD: New Answer…" through its quick picks, the "Get started" walkthrough ticking off
// the steps the user has done, a practice session from its quick picks to its rendered
// summary (kept beside the answer: it is back after a window reload), and Ctrl+I in an
// answer doing what it does in a Markdown file where VS Code's inline chat can open.
// The workspace opens in restricted mode (untrusted): the extension must still work.
//
//   node test/e2e/run.mjs [--reuse-vsix] [--update-screenshots]   env MLSD_E2E_KEEP=1 keeps temp dirs,
//                                          MLSD_E2E_VSIX=x.vsix tests that VSIX without packaging
// Screenshots: test-output/e2e/<version>/*.png (--update-screenshots copies them to media/screenshots/
// for the README when every test passed on the oldest version). Output ends with `e2e tests on VS Code X: N passed, M failed`;
// exits non-zero on any failure or when the installed extension did not activate.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ensureVSCodeServer, installVsix, PROJECT_ROOT, shutdownRun, startWorkbench, vscodeServer } from '../vscode/server.mjs';
import { readFile } from 'node:fs/promises';
import { activeEditor, activeEditorText, activeTab, closeActiveEditor, declineWorkspaceTrust, openProblems, openWalkthrough, pick, previewFrame, quickInput, quickOpen, runCommand, waitForCount, waitForQuickInput, waitForWorkbench, walkthroughStep } from './ui.mjs';

const EXTENSION_ID = 'mlsd-author.mlsd-author';
const WALKTHROUGH = 'Get started with MLSD Author';
const WALKTHROUGH_STEPS = ['Create an answer from a template', 'Open the preview', 'Read the score', 'Fix a finding', 'Start a practice session'];
const vs = vscodeServer(); // MLSD_VSCODE_VERSION (oldest | newest | 1.139.1), else oldest
const GIVEN_VSIX = process.env.MLSD_E2E_VSIX; // test this VSIX as is (e.g. a release artifact)
const VSIX = GIVEN_VSIX ? resolve(GIVEN_VSIX) : join(PROJECT_ROOT, 'dist', 'mlsd-author.vsix');
const OUT = join(PROJECT_ROOT, 'test-output', 'e2e', vs.version);
const keep = process.env.MLSD_E2E_KEEP === '1';
const say = (m) => console.log(`[e2e ${vs.version}] ${m}`);

let wb;
let tmpRoot;
function finish(code, msg) {
  return shutdownRun({ code, msg, wb, dirs: [tmpRoot], keep, log: say });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `[e2e ${vs.version}] interrupted by ${sig}`));
const overall = setTimeout(() => finish(1, `[e2e ${vs.version}] TIMEOUT: the run took over 10 minutes`), 600_000);

/** Runs `npm run package` unless --reuse-vsix and the VSIX is newer than every input. */
function packageVsix() {
  if (GIVEN_VSIX) return say(`testing the given VSIX ${VSIX}`);
  if (process.argv.includes('--reuse-vsix') && existsSync(VSIX)) {
    const newest = (p) => (statSync(p).isDirectory() ? Math.max(0, ...readdirSync(p).map((f) => newest(join(p, f)))) : statSync(p).mtimeMs);
    const inputs = ['src', 'bin', 'examples', 'package.json', '.vscodeignore', 'esbuild.config.mjs', 'snippets', 'templates', 'media', 'syntaxes', 'schemas', 'language-configuration.json'].map((p) => join(PROJECT_ROOT, p)).filter(existsSync);
    if (Math.max(...inputs.map(newest)) < statSync(VSIX).mtimeMs) return say('reusing the up-to-date dist/mlsd-author.vsix');
  }
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'package.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const tail = `${r.stdout}${r.stderr}`.trim().split('\n').filter((l) => l.startsWith('[package]'));
  for (const l of tail) console.log(l);
  if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status}); run it to see why`);
}

/** The remote extension host's log lines about our extension's activation. */
function activationFromLogs(dir) {
  const lines = [];
  const walk = (d) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.log')) for (const l of readFileSync(p, 'utf8').split('\n')) if (l.includes(EXTENSION_ID)) lines.push(l);
    }
  };
  if (existsSync(dir)) walk(dir);
  return {
    activated: lines.some((l) => /_doActivateExtension mlsd-author\.mlsd-author/.test(l)),
    failed: lines.filter((l) => /Activating extension .*mlsd-author\.mlsd-author.* failed|\[error\]/i.test(l)),
  };
}

/** test-output/e2e name -> media/screenshots name (the README's pictures). */
const README_SHOTS = {
  problems: 'diagnostics', checklist: 'checklist', 'preview-dark': 'preview-dark', typing: 'typing', hover: 'hover',
  'preview-light': 'preview-light', 'new-answer': 'new-answer', practice: 'practice', summary: 'summary',
};
function updateReadmeScreenshots(failed) {
  if (failed) return say('not updating media/screenshots: some tests failed');
  if (vs.name !== 'oldest') return say(`not updating media/screenshots from VS Code ${vs.version}: the README's pictures are from the oldest version`);
  const dest = join(PROJECT_ROOT, 'media', 'screenshots');
  mkdirSync(dest, { recursive: true });
  for (const [from, to] of Object.entries(README_SHOTS)) cpSync(join(OUT, `${from}.png`), join(dest, `${to}.png`));
  say(`updated ${Object.keys(README_SHOTS).length} screenshots in media/screenshots/`);
}

const results = [];
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ok   [${vs.version}] ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - started, error: e });
    console.log(`  FAIL [${vs.version}] ${name} (${Date.now() - started} ms)\n        ${String(e?.message ?? e).split('\n').slice(0, 8).join('\n        ')}`);
    await wb?.page.screenshot({ path: join(OUT, `fail-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    await wb?.page.keyboard.press('Escape').catch(() => {});
  }
}
/** Screenshot with the mouse parked on the title bar, so no hover covers the picture. */
async function shot(name) {
  await wb.page.mouse.move(700, 8);
  await wb.page.locator('.monaco-hover:visible, .workbench-hover:visible').first().waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => {});
  await wb.page.screenshot({ path: join(OUT, `${name}.png`) });
}
/** Screenshot of the page as it is (a hover the test opened stays in the picture). */
async function shotAsIs(name) {
  await wb.page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function main() {
  ensureVSCodeServer({ log: say, version: vs.name });
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(join(OUT, f));
  packageVsix();

  tmpRoot = mkdtempSync(join(tmpdir(), 'mlsd-e2e-'));
  const extensionsDir = join(tmpRoot, 'extensions');
  say(`installing ${relative(PROJECT_ROOT, VSIX)} (${(statSync(VSIX).size / 1024).toFixed(0)} KB)`);
  installVsix(VSIX, extensionsDir, vs.name);
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (!installed) throw new Error(`the VSIX did not install into ${extensionsDir}`);
  if (existsSync(join(extensionsDir, installed, 'src'))) throw new Error('the installed extension carries its sources');

  const workspace = join(tmpRoot, 'workspace');
  cpSync(join(PROJECT_ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const userDataDir = join(tmpRoot, 'user-data');
  const serverDataDir = join(tmpRoot, 'server-data');
  // A quiet first start (no welcome page or tips) so screenshots show the answer.
  const settings = { 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.ignoreRecommendations': true, 'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false };
  // The server reads user settings from <user-data-dir>/User (its appSettingsHome).
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  wb = await startWorkbench({ workspace, extensionsDir, userDataDir, serverDataDir, logFile: join(OUT, 'workbench.log'), version: vs.name });
  const { page } = wb;
  say(`VS Code Server on port ${wb.port}; extension installed as ${installed}`);
  await waitForWorkbench(page, 'gaps.mlsd.md');

  await test('the untrusted workspace opens in restricted mode', async () => {
    // A person who does not know the folder declines trust; the extension declares full
    // support for untrusted workspaces, so everything below must work in restricted mode.
    await declineWorkspaceTrust(page);
    // Close the restricted-mode banner so the screenshots show the answer, not the notice.
    const close = page.locator('.part.banner [aria-label="Close Banner"]').first();
    await close.waitFor({ timeout: 10_000 });
    await close.click();
    await page.locator('.part.banner').waitFor({ state: 'hidden', timeout: 10_000 });
  });

  await test('Quick Open opens an answer as an MLSD document', async () => {
    await quickOpen(page, 'gaps.mlsd.md');
    await page.locator('.statusbar-item', { hasText: /MLSD Answer/ }).first().waitFor({ timeout: 20_000 });
  });

  await test('the "Get started with MLSD Author" walkthrough lists its five steps, none done', async () => {
    // Opened first, as a new user following it would: VS Code creates its walkthrough
    // service lazily, and only once it exists do commands and views tick steps off.
    const wt = await openWalkthrough(page, WALKTHROUGH);
    for (const step of WALKTHROUGH_STEPS) {
      const checked = await walkthroughStep(wt, step).getAttribute('aria-checked', { timeout: 20_000 });
      if (checked !== 'false') throw new Error(`step "${step}" shows aria-checked=${checked} in a fresh profile`);
    }
    await closeActiveEditor(page); // the walkthrough, the active editor (its tab's label differs between versions)
    await wt.waitFor({ state: 'hidden', timeout: 10_000 });
    await activeTab(page, 'gaps.mlsd.md').waitFor({ timeout: 10_000 });
  });

  await test('the Problems panel lists the answer\'s findings', async () => {
    const rows = await openProblems(page);
    for (const id of ['MLSD001', 'MLSD002']) await rows.filter({ hasText: id }).first().waitFor({ timeout: 30_000 });
    const text = (await rows.allInnerTexts()).join('\n');
    if (!/Frame the problem as an ML task/.test(text)) throw new Error(`missing-step finding for step 2 not listed:\n${text}`);
    await shot('problems');
  });

  await test('the MLSD Checklist view lists the steps and the status bar shows the score', async () => {
    await runCommand(page, 'View: Hide Panel'); // room for the checklist in the screenshot
    const folders = page.locator('.part.sidebar .pane-header', { hasText: /^workspace/i }).first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    await runCommand(page, 'MLSD: Show Checklist'); // what the status bar item and the walkthrough run
    const header = page.locator('.part.sidebar .pane-header', { hasText: /MLSD Checklist/i }).first();
    await header.waitFor({ timeout: 20_000 });
    const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /MLSD Checklist/i }) });
    const row = (step) => pane.locator('.monaco-list-row', { hasText: step }).first();
    // The focus command expands the view asynchronously: reading aria-expanded once and
    // clicking could collapse a view that was just opening. Expand only a view that stays
    // collapsed, and look again until the first step's row shows.
    const deadline = Date.now() + 30_000;
    while (!(await row('1. Clarify requirements').isVisible())) {
      if (Date.now() > deadline) throw new Error(`the checklist shows no step rows; header aria-expanded=${await header.getAttribute('aria-expanded')}`);
      await page.waitForTimeout(1_000);
      if (!(await row('1. Clarify requirements').isVisible()) && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    }
    await row('2. Frame the problem as an ML task').waitFor({ timeout: 20_000 });
    await page.locator('.statusbar-item', { hasText: /MLSD \d+%/ }).first().waitFor({ timeout: 20_000 });
    await shot('checklist');
  });

  await test('the installed extension activated in the Node extension host', async () => {
    const log = activationFromLogs(tmpRoot); // the remote extension host logs under user-data/logs
    if (log.failed.length) throw new Error(`activation errors:\n${log.failed.join('\n')}`);
    if (!log.activated) throw new Error(`no activation of ${EXTENSION_ID} in the extension host logs under ${tmpRoot}`);
  });

  const svgs = () => previewFrame(page).locator('.mermaid-block .mermaid-svg svg');
  await test('the preview renders the answer\'s Mermaid diagrams as SVG', async () => {
    await quickOpen(page, 'diagrams.mlsd.md');
    await runCommand(page, 'MLSD: Open Preview to the Side');
    await waitForCount(svgs(), 2, 'Mermaid SVGs in the preview', 45_000);
    await previewFrame(page).locator('h1', { hasText: 'Video recommendations' }).waitFor({ timeout: 10_000 });
    await shot('preview-dark');
  });

  await test('typing in the answer updates the preview beside it', async () => {
    // The answer on the left, its preview on the right (opened above): type a sentence at the end of
    // the monitoring section (Go to Line puts the cursor at the end of the line, however it wraps).
    const monitoring = (await readFile(join(workspace, 'diagrams.mlsd.md'), 'utf8')).split('\n').indexOf('Watch feature drift and prediction drift daily; retrain weekly.') + 1;
    if (monitoring < 1) throw new Error('the monitoring line of diagrams.mlsd.md moved');
    await page.locator('.part.editor .editor-instance .view-line').first().click();
    await page.keyboard.press('Control+G');
    await waitForQuickInput(page);
    await page.keyboard.type(`${monitoring}:999`);
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 });
    await page.keyboard.type(' Alerts fire when the expected calibration error of a query category doubles.', { delay: 15 });
    await previewFrame(page).locator('p', { hasText: 'expected calibration error of a query category doubles' }).waitFor({ timeout: 20_000 });
    await shot('typing');
  });

  await test('the hover on a step heading is one block: the score and the points missing, named and explained', async () => {
    // A heading with no finding of its own, so that the hover is the step's alone (on one with a finding,
    // VS Code shows the finding above it).
    const heading = page.locator('.part.editor .editor-instance .view-line', { hasText: '5. Evaluation' }).first();
    const box = await heading.boundingBox();
    if (!box) throw new Error('the "## 5. Evaluation" line is not on screen');
    await page.mouse.move(box.x + 60, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Step 5 · Evaluation' }).first();
    await hover.waitFor({ timeout: 20_000 });
    const text = await hover.innerText();
    for (const want of [/Step 5 · Evaluation — \d+% at senior level · \d+ missing · \d+ named · \d+ explained/, /Explained/]) if (!want.test(text)) throw new Error(`the hover lacks ${want}:\n${text}`);
    if (/MLSD0\d\d/.test(text.split('Step 5')[0])) throw new Error(`a finding shows above the step's block:\n${text}`);
    if ((await page.locator('.monaco-hover:visible').count()) !== 1) throw new Error('more than one hover block');
    await shotAsIs('hover');
    await page.mouse.move(700, 8);
  });

  await test('the preview follows a light theme', async () => {
    await runCommand(page, 'Preferences: Color Theme');
    await waitForQuickInput(page);
    await pick(page, 'Light Modern', 'Light Modern');
    await page.locator('.monaco-workbench.vs').waitFor({ timeout: 20_000 });
    await previewFrame(page).locator('body.vscode-light').waitFor({ timeout: 20_000 });
    await waitForCount(svgs(), 2, 'Mermaid SVGs after the theme change', 30_000);
    await shot('preview-light');
  });

  await test('"MLSD: New Answer…" creates an answer from a template', async () => {
    await runCommand(page, 'MLSD: New Answer');
    await waitForQuickInput(page, 'New Answer (1/3)');
    await pick(page, 'sponsored search', 'CTR prediction for sponsored search');
    await waitForQuickInput(page, 'New Answer (2/3)');
    await pick(page, 'staff', 'staff');
    await waitForQuickInput(page, 'New Answer (3/3)');
    await pick(page, 'untitled', 'Open as untitled');
    await activeTab(page, 'Untitled').waitFor({ timeout: 20_000 });
    await page.locator('.part.editor .monaco-editor .view-lines', { hasText: 'Clarify' }).first().waitFor({ timeout: 20_000 });
    const text = await activeEditorText(page);
    for (const want of [/level:\s*staff/, /case:\s*ctr-sponsored-search/, /# CTR prediction for sponsored search/]) {
      if (!want.test(text)) throw new Error(`the new answer lacks ${want}:\n${text.slice(0, 600)}`);
    }
    await page.locator('.statusbar-item', { hasText: /MLSD Answer/ }).first().waitFor({ timeout: 20_000 });
    // The preview beside follows the active answer: the picture shows the new one, not the one before.
    await previewFrame(page).locator('h1', { hasText: 'CTR prediction for sponsored search' }).waitFor({ timeout: 20_000 });
    await shot('new-answer');
  });

  await test('the walkthrough ticks off the steps the user has done', async () => {
    // Done through the command palette, the Problems panel and the checklist above; the
    // practice session was never started, so its step must still be open.
    const wt = await openWalkthrough(page, WALKTHROUGH);
    const done = ['Create an answer from a template', 'Open the preview', 'Read the score', 'Fix a finding'];
    for (const step of done) {
      await wt.locator('button.getting-started-step[aria-checked="true"]', { hasText: step }).first().waitFor({ timeout: 20_000 })
        .catch(async () => { throw new Error(`step "${step}" is not ticked off (aria-checked=${await walkthroughStep(wt, step).getAttribute('aria-checked')})`); });
    }
    const practice = await walkthroughStep(wt, 'Start a practice session').getAttribute('aria-checked');
    if (practice !== 'false') throw new Error(`"Start a practice session" shows aria-checked=${practice}, but no session was started`);
    await shot('walkthrough');
    // Closed again: its step media is a webview that can keep the keyboard focus from the palette.
    await closeActiveEditor(page);
    await wt.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  await test('a practice session from its quick picks: a fresh answer with the prompt, the clock and the step\'s pace in the status bar', async () => {
    await runCommand(page, 'MLSD: Start Practice Session…'); // not "… on This Answer"
    await waitForQuickInput(page, 'Practice (1/2)');
    await pick(page, 'sponsored search', 'CTR prediction for sponsored search');
    await waitForQuickInput(page, 'Practice (2/2)');
    await pick(page, 'senior', 'senior');
    await activeTab(page, 'practice-ctr-sponsored-search-').waitFor({ timeout: 20_000 });
    const clock = page.locator('.statusbar-item', { hasText: /\d+:\d\d left · Clarify requirements/ }).first();
    await clock.waitFor({ timeout: 20_000 });
    // The cursor starts in the first step: write a sentence of it, as a candidate would.
    await page.keyboard.type('Rank sponsored results for 100M daily searchers; the business goal is revenue per search at p99 under 50 ms.\n\n', { delay: 10 });
    const file = readdirSync(workspace).find((f) => /^practice-ctr-sponsored-search-.*\.mlsd\.md$/.test(f));
    const head = file ? (await readFile(join(workspace, file), 'utf8')).split('\n').slice(0, 10).join('\n') : '';
    if (!/^<!-- Prompt: Design a high-throughput/m.test(head)) throw new Error(`the prompt is not at the top of ${file}:\n${head}`);
    // The clock's tooltip paces every step.
    await clock.hover();
    await page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: 'MLSD practice' }).first().waitFor({ timeout: 20_000 });
    await shotAsIs('practice');
    await page.mouse.move(700, 8);
  });

  /** The frame of the page whose document shows `selector` with `text` (the Markdown preview is a webview). */
  const frameWith = async (selector, text, timeout = 30_000) => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      for (const f of page.frames()) if (await f.locator(selector, { hasText: text }).count().catch(() => 0)) return f;
      await page.waitForTimeout(250); // poll interval between frame scans, not a wait for an outcome
    }
    throw new Error(`no frame shows ${selector} "${text}"`);
  };
  let summaryName;
  await test('ending the session shows its summary rendered beside the answer, kept as <answer>.practice.md', async () => {
    await runCommand(page, 'Notifications: Clear All Notifications'); // the start message, so the picture shows the summary
    await runCommand(page, 'MLSD: End Practice Session');
    const frame = await frameWith('h1', 'Practice summary');
    for (const h of ['Time per step', 'Score', 'What to practise next']) await frame.locator('h2', { hasText: h }).first().waitFor({ timeout: 10_000 });
    const tab = page.locator('.part.editor .tabs-container .tab', { hasText: /practice-ctr-sponsored-search-.*\.practice\.md/ }).first();
    await tab.waitFor({ timeout: 10_000 });
    summaryName = (await tab.innerText()).match(/practice-ctr-sponsored-search-[\w-]*\.practice\.md/)?.[0];
    if (!summaryName || !existsSync(join(workspace, summaryName))) throw new Error(`the summary is not kept beside the answer: ${summaryName}`);
    // The end also says the headline with "Practise Again"; seen, it would cover the summary's table.
    const toast = page.locator('.notification-toast', { hasText: 'Practice session ended' }).first();
    await toast.waitFor({ timeout: 10_000 });
    await runCommand(page, 'Notifications: Clear All Notifications');
    await toast.waitFor({ state: 'hidden', timeout: 10_000 });
    await shot('summary');
  });

  await test('Ctrl+I in an answer does what it does in a Markdown file where inline chat can open, and toggles italic where it cannot', async () => {
    const inlineChat = page.locator('.part.editor .inline-chat:visible').first();
    /** Select a word of the open file's line (it has no `*` yet), press Ctrl+I, and say what happened. */
    const pressCtrlI = async (file, lineText) => {
      await quickOpen(page, file);
      const line = activeEditor(page).locator('.view-line', { hasText: lineText }).first();
      await line.dblclick(); // selects the word under the pointer
      const before = await activeEditorText(page);
      await page.keyboard.press('Control+I');
      // Either inline chat opens, or a word of this editor gets its asterisks: wait for whichever comes.
      // (The summary's group beside shows the practice answer, whose lines may have asterisks of their own.)
      const italic = activeEditor(page).locator('.view-line', { hasText: /\*[^*\s][^*]*\*/ }).first();
      await inlineChat.or(italic).first().waitFor({ timeout: 10_000 }).catch(() => {});
      const changed = (await activeEditorText(page)) !== before;
      const r = { chat: await inlineChat.isVisible(), italic: changed && (await italic.isVisible()), text: before };
      await page.keyboard.press('Escape');
      if (r.chat) await inlineChat.waitFor({ state: 'hidden', timeout: 10_000 });
      return r;
    };
    const md = await pressCtrlI('notes.md', 'Some words to emphasise');
    if (md.italic) throw new Error('Ctrl+I changed a Markdown file: the test\'s reference is not VS Code\'s own');
    const answer = await pressCtrlI('gaps.mlsd.md', 'We train a gradient');
    if (md.chat && (!answer.chat || answer.italic)) throw new Error(`inline chat opens on Ctrl+I in a Markdown file, but in an answer: chat=${answer.chat}, italic=${answer.italic}`);
    if (!md.chat && !answer.italic) throw new Error(`no inline chat here, so Ctrl+I must toggle italic in an answer: ${answer.text.slice(0, 300)}`);
    say(`Ctrl+I: ${md.chat ? 'inline chat, in the answer as in Markdown' : 'italic in the answer (no inline chat)'}`);
    if (answer.italic) await page.keyboard.press('Control+Z');
  });

  await test('after a window reload the summary is still there, rendered', async () => {
    if (!summaryName) throw new Error('no summary was shown');
    // A mark in the page that a reload wipes: the workbench below is a new one.
    await page.evaluate(() => (window.mlsdBeforeReload = true));
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForFunction(() => !window.mlsdBeforeReload, null, { timeout: 60_000 });
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 90_000 });
    const tab = page.locator('.part.editor .tabs-container .tab', { hasText: summaryName }).first();
    await tab.waitFor({ timeout: 60_000 });
    // Restored where it was; a webview renders once its tab is the active one of its group, as a user would pick it.
    await tab.click();
    await frameWith('h1', 'Practice summary', 60_000);
  });

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e tests on VS Code ${vs.version}: ${passed} passed, ${failed} failed`);
  say(`screenshots in ${relative(process.cwd(), OUT) || OUT}`);
  if (process.argv.includes('--update-screenshots')) updateReadmeScreenshots(failed);
  clearTimeout(overall);
  await finish(failed ? 1 : 0);
}

main().catch((e) => finish(1, `[e2e ${vs.version}] error: ${e?.stack ?? e}\ne2e tests on VS Code ${vs.version}: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`));
