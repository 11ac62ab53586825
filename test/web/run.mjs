// `npm run test:web`: runs the WEB build (package.json `browser`, dist/web/extension.js)
// in VS Code 1.100.3's web worker extension host and checks it works there: activation,
// commands, diagnostics, a quick fix and the preview (test/web/suite.ts).
//
// The extension is copied to a temp dir with `main` removed, so VS Code has no Node
// entry to prefer and loads the `browser` entry in a web worker (the route the recipe
// /work/shared/recipes/real-vscode.md saw working). The suite writes its result into
// the workspace through vscode.workspace.fs; codeAutomationExit stays the authority
// when it arrives.
//
//   node test/web/run.mjs [--skip-build]      env MLSD_WEB_KEEP=1 keeps temp dirs
// Output: one line per test, then `web tests: N passed, M failed`.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureVSCodeServer, PROJECT_ROOT, shutdownRun, startWorkbench } from '../vscode/server.mjs';

const say = (m) => console.log(`[web] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const keep = process.env.MLSD_WEB_KEEP === '1';
const TIMEOUT_MS = Number(process.env.MLSD_WEB_TIMEOUT ?? 300) * 1000;
/** What a web install of the extension needs (no Node bundle, no CLI). */
const SHIPPED = ['dist/web', 'dist/webview', 'snippets', 'templates', 'schemas', 'syntaxes', 'media', 'examples',
  'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];

let wb;
let tmpRoot;
function finish(code, msg) {
  return shutdownRun({ code, msg, wb, dirs: [tmpRoot], keep, log: (m) => console.log(`[web] ${m}`) });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `[web] interrupted by ${sig}`));

/** A copy of the extension whose manifest has only the `browser` entry. */
function webOnlyCopy(dest) {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  delete pkg.bin;
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const p of SHIPPED) {
    const src = join(PROJECT_ROOT, p);
    if (existsSync(src)) cpSync(src, join(dest, p), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
  if (!existsSync(join(dest, pkg.browser))) throw new Error(`${pkg.browser} was not built`);
}

async function main() {
  ensureVSCodeServer({ log: say });
  if (!process.argv.includes('--skip-build')) {
    const r = spawnSync(process.execPath, ['esbuild.config.mjs', '--only=web,webServer,webview'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (r.status !== 0) return finish(1, '[web] build failed');
  }
  const suite = join(PROJECT_ROOT, 'dist', 'test', 'web', 'suite.js');
  await esbuild.build({
    entryPoints: [join(PROJECT_ROOT, 'test', 'web', 'suite.ts')],
    outfile: suite, bundle: true, format: 'cjs', platform: 'browser', target: 'es2022',
    external: ['vscode'], logLevel: 'warning',
  });

  tmpRoot = mkdtempSync(join(tmpdir(), 'mlsd-web-'));
  const extDir = join(tmpRoot, 'mlsd-author-web');
  webOnlyCopy(extDir);
  // VS Code runs a test module in the host of the extension whose folder contains it,
  // so the suite goes inside the web-only copy (outside it, it would run in the Node host).
  const suiteInExt = join(extDir, 'test-web', 'suite.js');
  cpSync(suite, suiteInExt);
  const workspace = join(tmpRoot, 'workspace');
  cpSync(join(PROJECT_ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultFile = join(workspace, '.mlsd-web-result.json');
  const logFile = join(PROJECT_ROOT, 'test-output', 'web', `run-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);

  const overall = setTimeout(() => finish(1, `[web] TIMEOUT after ${TIMEOUT_MS / 1000}s (log: ${relative(process.cwd(), logFile)})`), TIMEOUT_MS);
  wb = await startWorkbench({
    workspace,
    // extensionDevelopmentKind=web: the extension under development is a web extension.
    payload: [['extensionDevelopmentPath', extDir], ['extensionTestsPath', suiteInExt], ['extensionDevelopmentKind', 'web']],
    userDataDir: join(tmpRoot, 'user-data'),
    serverDataDir: join(tmpRoot, 'server-data'),
    extensionsDir: join(tmpRoot, 'extensions'),
    logFile,
  });
  say(`VS Code Server on port ${wb.port}; web extension from ${extDir}`);

  let exitCode;
  wb.exitCode.then((c) => (exitCode = c));
  let result;
  while (!result && exitCode === undefined) {
    await sleep(250);
    try { result = JSON.parse(readFileSync(resultFile, 'utf8')); } catch { /* not yet */ }
  }
  if (!result) {
    for (let i = 0; i < 20 && !result; i++) {
      await sleep(250);
      try { result = JSON.parse(readFileSync(resultFile, 'utf8')); } catch { /* not yet */ }
    }
  }
  clearTimeout(overall);

  const r = result ?? { passed: 0, failed: 0, tests: [] };
  if (result) say(`VS Code ${r.vscodeVersion}, uiKind ${r.uiKind} (2 = Web)`);
  for (const t of r.tests) {
    console.log(`  ${t.state === 'passed' ? 'ok  ' : 'FAIL'} ${t.title} (${t.durationMs} ms)`);
    if (t.error) console.log(String(t.error).split('\n').slice(0, 6).map((l) => `        ${l}`).join('\n'));
  }
  const problems = [];
  if (!result) problems.push(`the suite wrote no result (workbench exit code ${exitCode}); see ${relative(process.cwd(), logFile)}`);
  if (exitCode !== undefined && exitCode !== 0 && !r.failed) problems.push(`workbench exit code ${exitCode}`);
  for (const p of problems) say(`FAILED: ${p}`);
  console.log(`web tests: ${r.passed} passed, ${r.failed} failed`);
  await finish(r.failed || problems.length || !r.passed ? 1 : 0);
}

main().catch((e) => finish(1, `[web] error: ${e?.stack ?? e}`));
