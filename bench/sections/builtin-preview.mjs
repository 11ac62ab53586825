// Bench section: our preview next to the built-in Markdown preview of the newest VS Code
// (issue 15 "Also"), in one real workbench (the VS Code Server of test/vscode/versions.json
// "newest", 1.139.1, in Chromium), on the same 30-diagram answer (test/browser/harness.mjs's
// answerWithDiagrams(30)) saved twice: ours.mlsd.md for ours, builtin.md for the built-in
// (names that share no Quick Open filter, so picking one never opens the other).
// VS Code 1.139 draws Mermaid in its built-in Markdown preview itself (the bundled
// extension mermaid-markdown-features, a markdown.previewScripts module), so no
// third-party Mermaid extension is needed; the section checks that it is there.
//
// Per round, for each preview (the order alternates between rounds):
//   open_ms      palette command accepted -> all 30 Mermaid SVGs in the preview
//                (svg[aria-roledescription], what Mermaid draws, in both previews)
//   redrawn      after a prose edit typed in the editor: how many of the 30 SVGs shown
//                before the edit were taken out of the page by the time the preview shows
//                the edited text and 30 SVGs again (ours should be 0)
//   edit_ms      keystrokes sent -> edited text and 30 SVGs shown
// Prints each round's values (and the load average: the machine is shared), then per
// preview the medians over the rounds and their ratios:
//   bench builtin-preview.rounds ours_open_ms=a/b/c builtin_open_ms=… ours_edit_ms=… builtin_edit_ms=… load=…
//   bench builtin-preview.open ours_ms=… builtin_ms=… ratio=…   (builtin / ours; > 1: ours faster)
//   bench builtin-preview.edit ours_redrawn=0 builtin_redrawn=30 of=30 ours_ms=… builtin_ms=… ratio=…
// Times are polled from the driver every 25 ms (the SVGs live in the webview's nested,
// cross-origin iframes), so each carries up to ~25 ms of polling on top.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerWithDiagrams } from '../../test/browser/harness.mjs';
import { declineWorkspaceTrust, previewFrame, quickOpen, runCommand, waitForWorkbench } from '../../test/e2e/ui.mjs';
import { CHROMIUM, ensureVSCodeServer, installVsix, startWorkbench, vscodeServer } from '../../test/vscode/server.mjs';

export const name = 'builtin-preview';
const DIAGRAMS = 30;
const ROUNDS = Number(process.env.MLSD_BENCH_PREVIEW_ROUNDS ?? 3);
const TIMEOUT = 60_000;

export async function prerequisites() {
  if (process.env.MLSD_BENCH_SKIP_VSCODE) return 'MLSD_BENCH_SKIP_VSCODE is set';
  if (!existsSync(CHROMIUM)) return 'Debian chromium is not installed (apt-get install -y chromium)';
  return undefined;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Mermaid SVGs in the preview and whether its text contains `needle`; marks each SVG with `mark` when given. */
function previewState(page, needle = '', mark = '') {
  return previewFrame(page).locator('body').evaluate((body, [needle, mark]) => {
    const svgs = [...body.querySelectorAll('svg[aria-roledescription]')];
    if (mark) for (const s of svgs) s.setAttribute('data-bench-mark', mark);
    return {
      svgs: svgs.length,
      marked: svgs.filter((s) => s.getAttribute('data-bench-mark')).length,
      hasText: needle ? body.innerText.includes(needle) : true,
    };
  }, [needle, mark], { timeout: 2_000 }).catch(() => ({ svgs: 0, marked: 0, hasText: false }));
}

/** Polls until `done(state)`; returns the state and the time it took since `t0`. */
async function until(page, t0, needle, done, what) {
  for (;;) {
    const s = await previewState(page, needle);
    if (done(s)) return { ...s, ms: Date.now() - t0 };
    if (Date.now() - t0 > TIMEOUT) throw new Error(`${what}: not reached within ${TIMEOUT} ms (last: ${JSON.stringify(s)})`);
    await new Promise((r) => setTimeout(r, 25)); // polling interval of a measurement, not a wait for an outcome
  }
}

/** One preview: open it beside its file, time the 30 SVGs, then a prose edit. */
async function measure(page, { file, command }, round) {
  await quickOpen(page, file);
  let t0 = Date.now();
  await runCommand(page, command);
  const open = await until(page, t0, '', (s) => s.svgs >= DIAGRAMS, `${file}: ${DIAGRAMS} SVGs after "${command}"`);
  await previewState(page, '', 'before-edit');

  // A prose edit: click into a paragraph of the editor, go to the end of the line, type a word.
  const needle = `zqxedit${round}`;
  const line = page.locator('.part.editor .editor-instance .monaco-editor .view-line', { hasText: 'describes stage 3.' }).first();
  await line.click();
  await page.keyboard.press('End');
  t0 = Date.now();
  await page.keyboard.type(` ${needle}`);
  const edit = await until(page, t0, needle, (s) => s.hasText && s.svgs >= DIAGRAMS, `${file}: edited text and ${DIAGRAMS} SVGs`);
  // Let a redraw that the update scheduled for the next frames show itself.
  await previewFrame(page).locator('body').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const settled = await previewState(page, needle);
  if (settled.svgs < DIAGRAMS) throw new Error(`${file}: ${settled.svgs} SVGs after the edit settled`);
  await runCommand(page, 'File: Revert File');
  await runCommand(page, 'View: Close All Editors');
  await page.locator('iframe.webview').first().waitFor({ state: 'detached', timeout: 20_000 });
  return { openMs: open.ms, editMs: edit.ms, redrawn: DIAGRAMS - Math.min(DIAGRAMS, settled.marked) };
}

export async function run(ctx) {
  const vs = vscodeServer('newest');
  ensureVSCodeServer({ version: vs.name, log: (m) => console.log(`[bench ${name}] ${m}`) });
  const builtinMermaid = join(vs.dir, 'extensions', 'mermaid-markdown-features', 'package.json');
  if (!existsSync(builtinMermaid)) {
    console.log(`bench ${name} skipped reason="VS Code ${vs.version} has no built-in Mermaid in its Markdown preview (no extensions/mermaid-markdown-features)"`);
    return;
  }
  const scripts = JSON.parse(readFileSync(builtinMermaid, 'utf8')).contributes?.['markdown.previewScripts'] ?? [];
  if (!scripts.length) {
    console.log(`bench ${name} skipped reason="mermaid-markdown-features in VS Code ${vs.version} contributes no Markdown preview script"`);
    return;
  }

  // What users install: the production VSIX.
  const packed = spawnSync(process.execPath, [join(ctx.root, 'scripts/package.mjs'), '--allow-incomplete'], { cwd: ctx.root, encoding: 'utf8', timeout: 300_000 });
  if (packed.status !== 0) throw new Error(`scripts/package.mjs failed (exit ${packed.status ?? packed.signal}):\n${packed.stdout}\n${packed.stderr}`);

  const tmp = mkdtempSync(join(tmpdir(), 'mlsd-bench-builtin-'));
  let wb;
  try {
    const extensionsDir = join(tmp, 'extensions');
    installVsix(join(ctx.root, 'dist', 'mlsd-author.vsix'), extensionsDir, vs.name);
    const workspace = join(tmp, 'workspace');
    mkdirSync(workspace, { recursive: true });
    const answer = answerWithDiagrams(DIAGRAMS);
    writeFileSync(join(workspace, 'ours.mlsd.md'), answer);
    writeFileSync(join(workspace, 'builtin.md'), answer);
    const userDataDir = join(tmp, 'user-data');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    // A quiet workbench, the same for both previews: no welcome page, no Chat side bar
    // taking width from the editor group.
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
      'extensions.ignoreRecommendations': true, 'window.commandCenter': false, 'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.colorTheme': 'Default Dark Modern',
    }, null, 2));
    wb = await startWorkbench({ workspace, extensionsDir, userDataDir, serverDataDir: join(tmp, 'server-data'), version: vs.name, logFile: join(ctx.root, 'test-output', 'bench', 'builtin-preview.log') });
    const { page } = wb;
    await waitForWorkbench(page, 'ours.mlsd.md');
    await declineWorkspaceTrust(page); // both previews in the same (restricted) workspace, as the e2e suite opens it

    const previews = {
      ours: { file: 'ours.mlsd.md', command: 'MLSD: Open Preview to the Side' },
      builtin: { file: 'builtin.md', command: 'Markdown: Open Preview to the Side' },
    };
    const got = { ours: [], builtin: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? ['ours', 'builtin'] : ['builtin', 'ours'];
      for (const which of order) {
        got[which].push(await measure(page, previews[which], round * 2 + order.indexOf(which)).catch(async (e) => {
          const shot = join(ctx.root, 'test-output', 'bench', 'builtin-preview-fail.png');
          await page.screenshot({ path: shot }).catch(() => {});
          throw new Error(`${which} preview, round ${round + 1}: ${e?.message ?? e} (screenshot: ${shot})`);
        }));
      }
    }
    const m = (which, key) => median(got[which].map((r) => r[key]));
    const each = (which, key) => got[which].map((r) => r[key].toFixed(0)).join('/');
    console.log(`bench ${name}.rounds ours_open_ms=${each('ours', 'openMs')} builtin_open_ms=${each('builtin', 'openMs')} ours_edit_ms=${each('ours', 'editMs')} builtin_edit_ms=${each('builtin', 'editMs')} load=${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
    const redrawn = (which) => Math.max(...got[which].map((r) => r.redrawn));
    ctx.print(`${name}.open`, {
      vscode: vs.version, diagrams: DIAGRAMS, rounds: ROUNDS,
      ours_ms: m('ours', 'openMs'), builtin_ms: m('builtin', 'openMs'), ratio: m('builtin', 'openMs') / m('ours', 'openMs'),
    });
    const ok = redrawn('ours') === 0;
    console.log(`bench ${name}.edit vscode=${vs.version} ours_redrawn=${redrawn('ours')} builtin_redrawn=${redrawn('builtin')} of=${DIAGRAMS} ` +
      `ours_ms=${m('ours', 'editMs').toFixed(0)} builtin_ms=${m('builtin', 'editMs').toFixed(0)} ratio=${(m('builtin', 'editMs') / m('ours', 'editMs')).toFixed(2)} target_redrawn=0 ${ok ? 'ok' : 'MISSED'}`);
  } finally {
    await wb?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}
