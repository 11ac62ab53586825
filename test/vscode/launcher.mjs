// Runs the extension-host test suite (dist/test/vscode/suite/index.js) inside a real
// VS Code: the VS Code Server from code-server's npm package, opened in headless Debian
// Chromium. `npm run test:vscode` builds the suite, then runs this once per version
// (test/each-version.mjs). Each version opens one workbench per workspace in RUNS,
// one after the other: test/vscode/workspace for most suites, and
// test/vscode/workspace-markdown (answers opened as `markdown` through its
// files.associations) for markdownMode.test.ts.
//
//   node test/vscode/launcher.mjs [--version=oldest|newest|1.139.1]
// Env:
//   MLSD_VSCODE_VERSION=newest  the VS Code under test when no --version is given
//                               (oldest = 1.100.3 by default; see test/vscode/versions.json)
//   MLSD_VSCODE_GREP=pattern    only tests whose full title matches
//   MLSD_VSCODE_RUNS=markdown   only these workspaces of RUNS (comma-separated names)
//   MLSD_VSCODE_KEEP=1          keep the temp workspace / user-data dirs
//   MLSD_VSCODE_TIMEOUT=600     overall timeout in seconds (fails the run)
//   MLSD_VSCODE_CACHE=dir       where the server is installed (default .vscode-test/)
//   MLSD_VSCODE_EXTENSION_PATH  extension under development (default: project root)
//   MLSD_VSCODE_HEADFUL=1       show the browser (needs a display)
//   MLSD_VSCODE_VSIX=x.vsix     install this VSIX into the (fresh) extensions dir and run the
//                               suite against it (an empty carrier extension is the
//                               extensionDevelopmentPath, which test mode requires)
// Output: one line per test, a count per workspace, then
// `vscode tests on VS Code 1.100.3: N passed, M failed` for all of them.
// Log (server output, browser console, page errors): test-output/vscode/run-*.log
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { closeAllWorkbenches, ensureVSCodeServer, installVsix, PROJECT_ROOT, startWorkbench, vscodeServer } from './server.mjs';

const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const versionArg = process.argv.find((a) => a.startsWith('--version='))?.slice('--version='.length);
const vs = vscodeServer(versionArg); // throws on an unknown version
const say = (m) => console.log(`[vscode ${vs.version}] ${m}`);

const timeoutMs = Number(process.env.MLSD_VSCODE_TIMEOUT ?? 600) * 1000;
const keep = process.env.MLSD_VSCODE_KEEP === '1';
const extensionPath = resolve(process.env.MLSD_VSCODE_EXTENSION_PATH ?? PROJECT_ROOT);
const vsix = process.env.MLSD_VSCODE_VSIX ? resolve(process.env.MLSD_VSCODE_VSIX) : undefined;
const suiteEntry = join(PROJECT_ROOT, 'dist', 'test', 'vscode', 'suite', 'index.js');
/**
 * The workspaces, each with the suites (file names without `.test.ts`) that run
 * in it: `only` these, or all but `skip`. A suite that needs another workspace
 * is skipped in the first and is the only one in its own.
 */
const RUNS = [
  { name: 'answers', fixtures: 'workspace', skip: ['markdownMode'] },
  { name: 'markdown', fixtures: 'workspace-markdown', only: ['markdownMode'] },
];
const runsWanted = process.env.MLSD_VSCODE_RUNS?.split(',').map((s) => s.trim()).filter(Boolean);
const logDir = join(PROJECT_ROOT, 'test-output', 'vscode');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logFile = join(logDir, `run-${vs.version}-${stamp}.log`);

let wb;
let tmpRoot;
let finished = false;

async function cleanup() {
  const scratch = wb?.scratchDir;
  if (wb) await wb.close().catch(() => {});
  wb = undefined;
  await closeAllWorkbenches().catch(() => {});
  if (!keep) {
    if (tmpRoot) rmSync(tmpRoot, { recursive: true, force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (message) console.log(message);
  await cleanup();
  if (code !== 0) console.log(`[vscode ${vs.version}] log: ${relative(process.cwd(), logFile) || logFile}`);
  if (keep && tmpRoot) say(`kept temp dirs in ${tmpRoot}`);
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => finish(1, `[vscode ${vs.version}] interrupted by ${sig}`));
}
process.on('uncaughtException', (e) => finish(1, `[vscode ${vs.version}] error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => finish(1, `[vscode ${vs.version}] error: ${e?.stack ?? e}`));

function readResult(files) {
  for (const f of files) {
    if (!existsSync(f)) continue;
    try {
      return { file: f, result: JSON.parse(readFileSync(f, 'utf8')) };
    } catch {
      /* being written; try again */
    }
  }
  return undefined;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  ensureVSCodeServer({ log: say, version: vs.name });
  if (!existsSync(suiteEntry)) {
    return finish(1, `[vscode ${vs.version}] missing ${suiteEntry}: run \`node esbuild.config.mjs --only=suite\` first`);
  }
  const pkg = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  if (!vsix && pkg.main && !existsSync(join(extensionPath, pkg.main))) {
    say(`warning: ${pkg.main} does not exist (run \`npm run build\`); the extension cannot activate`);
  }
  const runs = RUNS.filter((r) => !runsWanted || runsWanted.includes(r.name));
  if (!runs.length) return finish(1, `[vscode ${vs.version}] MLSD_VSCODE_RUNS names none of ${RUNS.map((r) => r.name).join(', ')}`);
  mkdirSync(logDir, { recursive: true });
  const overall = setTimeout(() => finish(1, `[vscode ${vs.version}] TIMEOUT after ${secs(timeoutMs)}: no result (see log)`), timeoutMs);
  overall.unref?.();

  let passed = 0;
  let failed = 0;
  const problems = [];
  for (const run of runs) {
    const r = await runWorkspace(run);
    passed += r.passed;
    failed += r.failed;
    problems.push(...r.problems.map((p) => `${run.name}: ${p}`));
  }
  clearTimeout(overall);
  // A grep may match nothing in one workspace, but something in all of them.
  if (passed + failed === 0) problems.push('no test ran');
  for (const p of problems) say(`FAILED: ${p}`);
  console.log(`vscode tests on VS Code ${vs.version}: ${passed} passed, ${failed} failed`);
  await finish(failed > 0 || problems.length ? 1 : 0);
}

/** One workbench on a fresh copy of the run's workspace; its counts and what went wrong. */
async function runWorkspace(run) {
  tmpRoot = mkdtempSync(join(tmpdir(), 'mlsd-vscode-'));
  const workspace = join(tmpRoot, 'workspace');
  cpSync(join(PROJECT_ROOT, 'test', 'vscode', run.fixtures), workspace, { recursive: true });
  const resultFile = join(tmpRoot, 'result.json');
  // Fallback used by the suite when MLSD_TEST_RESULT does not reach the extension host.
  const fallbackResult = join(workspace, '.mlsd-test-result.json');
  // MLSD_VSCODE_EXPECTED_VERSION: the version this run asked for, which the smoke test checks.
  const env = { MLSD_TEST_RESULT: resultFile, MLSD_VSCODE_EXPECTED_VERSION: vs.version };
  if (process.env.MLSD_VSCODE_GREP) env.MLSD_VSCODE_GREP = process.env.MLSD_VSCODE_GREP;
  if (run.only) env.MLSD_VSCODE_SUITES = run.only.join(',');
  if (run.skip) env.MLSD_VSCODE_SKIP_SUITES = run.skip.join(',');
  const t1 = Date.now();

  const extensionsDir = join(tmpRoot, 'extensions'); // fresh: only our extension + built-ins
  let devPath = extensionPath;
  if (vsix) {
    say(`installing ${vsix}`);
    installVsix(vsix, extensionsDir, vs.name);
    // VS Code runs extensionTestsPath only in extension-development mode, so pass an empty
    // carrier extension as extensionDevelopmentPath; the VSIX loads from the extensions dir.
    devPath = join(tmpRoot, 'test-carrier');
    mkdirSync(devPath, { recursive: true });
    writeFileSync(join(devPath, 'package.json'), JSON.stringify({
      name: 'mlsd-vscode-test-carrier', publisher: 'mlsd-test', version: '0.0.0', engines: { vscode: '^1.100.0' },
    }));
  }
  wb = await startWorkbench({
    workspace,
    payload: [
      ['extensionDevelopmentPath', devPath],
      ['extensionTestsPath', suiteEntry],
    ],
    userDataDir: join(tmpRoot, 'user-data'),
    serverDataDir: join(tmpRoot, 'server-data'),
    extensionsDir,
    env,
    logFile,
    startTimeoutMs: Math.min(timeoutMs, 120_000),
    version: vs.name,
  });
  say(`${run.name}: VS Code Server on port ${wb.port}; workbench opened ${secs(wb.openedAt - t1)} after start`);

  let exitCode;
  wb.exitCode.then((c) => (exitCode = c));
  let found;
  // Wait for the result file or codeAutomationExit, whichever comes first.
  while (!found && exitCode === undefined) {
    await sleep(200);
    found = readResult([resultFile, fallbackResult]);
  }
  const firstAt = Date.now();
  if (found && exitCode === undefined) {
    // The exit code can lag by ~60 s; give it a short grace period only.
    const graceEnd = Date.now() + 10_000;
    while (exitCode === undefined && Date.now() < graceEnd) await sleep(200);
  }
  if (!found) {
    // Exit code came first: the result file may follow shortly (or the suite crashed).
    const end = Date.now() + 5_000;
    while (!found && Date.now() < end) {
      found = readResult([resultFile, fallbackResult]);
      if (!found) await sleep(200);
    }
  }

  say(`${run.name}: page open -> ${found ? 'result file' : 'exit code'}: ${secs(firstAt - wb.openedAt)}` +
    `; exit code: ${exitCode === undefined ? 'not received within grace period' : exitCode}`);
  if (found && found.file !== resultFile) say(`note: MLSD_TEST_RESULT did not reach the extension host; used ${found.file}`);

  const r = found?.result ?? { passed: 0, failed: 0, tests: [] };
  if (found) say(`${run.name}: ran in VS Code ${r.vscodeVersion ?? '?'}; workspace trusted: ${r.workspaceTrusted}; result via ${r.resultVia}`);
  for (const t of r.tests ?? []) {
    console.log(`  ${t.state === 'passed' ? 'ok  ' : 'FAIL'} [${vs.version}] ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(String(t.error).split('\n').map((l) => `        ${l}`).join('\n'));
  }
  if (r.error) console.log(`  suite error: ${r.error}`);
  const passed = r.passed ?? 0;
  const failed = r.failed ?? 0;
  const problems = [];
  if (!found) problems.push('the suite wrote no result file');
  if (passed + failed === 0 && !process.env.MLSD_VSCODE_GREP) problems.push('no test ran');
  if (exitCode !== undefined && exitCode !== 0 && failed === 0) problems.push(`workbench exit code ${exitCode}`);
  if (found && r.vscodeVersion !== vs.version) problems.push(`the suite ran in VS Code ${r.vscodeVersion}, not the ${vs.version} asked for`);
  say(`${run.name} (test/vscode/${run.fixtures}): ${passed} passed, ${failed} failed in ${secs(Date.now() - t1)}`);
  await cleanup();
  if (keep) say(`${run.name}: kept temp dirs in ${tmpRoot}`);
  return { passed, failed, problems };
}

main().catch((e) => finish(1, `[vscode ${vs.version}] error: ${e?.stack ?? e}`));
