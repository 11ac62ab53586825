// Bench section: the time from opening an answer to its first diagnostics, for our
// language server and for VS Code's built-in Markdown language server (its link
// validation, `markdown.validate.enabled: true`), on the same text, in the real VS Code
// (the VS Code Server of test/vscode/versions.json "newest", 1.139.1, in Chromium) with
// the production VSIX installed (issue 15). The text is the typical answer
// (bench/fixtures/typical.mlsd.md) with a link to a note that does not exist, so that
// the built-in server has a diagnostic to give; it is saved as ours-N.mlsd.md and
// builtin-N.md, one pair per round.
//
// The timing runs in the extension host (bench/vscode/first-diagnostics.cjs, the
// workbench's extensionTestsPath): from just before the file opens (`vscode.open`, as a
// click in the Explorer) to the first onDidChangeDiagnostics that gives the file
// diagnostics (the host fires that event 50 ms after a change at the earliest, for both
// servers alike), and for ours to the status-bar score (the first `mlsd/result`, as the
// status bar item shows it). Each of RUNS workbenches (a fresh server, user data and
// extensions folder each) opens first one file of each language (cold: the extension
// activates and its server starts), ours first in even runs and the built-in's first in
// odd ones, then ROUNDS - 1 pairs of fresh files with both servers running (warm),
// alternating which goes first. Printed: each value, then the medians and their ratio:
//   bench first-diagnostics.rounds cold_ours_ms=a/b/c cold_builtin_ms=… warm_ours_ms=… warm_builtin_ms=… load=…
//   bench first-diagnostics.cold vscode=… runs=5 ours_ms=… builtin_ms=… ratio=… ours_score_ms=… target_ratio=1 ok|MISSED
//   bench first-diagnostics.warm vscode=… rounds=… ours_ms=… builtin_ms=… ratio=… ours_score_ms=… target_ratio=1 ok|MISSED
// ratio = builtin / ours (> 1: ours faster); the target is "ours no slower" (ratio >= 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ensureVSCodeServer, installVsix, startWorkbench, vscodeServer } from '../../test/vscode/server.mjs';

export const name = 'first-diagnostics';
const RUNS = Number(process.env.MLSD_BENCH_FIRST_RUNS ?? 5);
const ROUNDS = Number(process.env.MLSD_BENCH_FIRST_ROUNDS ?? 4); // per run: 1 cold, then warm
const TIMEOUT = 240_000;
const BROKEN_LINK = '\nThe capacity figures are worked out in [the capacity notes](./capacity-notes.md).\n';

export async function prerequisites() {
  if (process.env.MLSD_BENCH_SKIP_VSCODE) return 'MLSD_BENCH_SKIP_VSCODE is set';
  if (!existsSync(CHROMIUM)) return 'Debian chromium is not installed (apt-get install -y chromium)';
  return undefined;
}

/** One workbench: the rounds as the extension host measured them. */
async function oneRun(ctx, vs, vsix, run) {
  const tmp = mkdtempSync(join(tmpdir(), 'mlsd-bench-first-'));
  let wb;
  try {
    const extensionsDir = join(tmp, 'extensions');
    installVsix(vsix, extensionsDir, vs.name);
    // Test mode runs extensionTestsPath only with an extension under development: an empty one.
    const carrier = join(tmp, 'carrier');
    mkdirSync(carrier, { recursive: true });
    writeFileSync(join(carrier, 'package.json'), JSON.stringify({ name: 'mlsd-bench-carrier', publisher: 'mlsd-bench', version: '0.0.0', engines: { vscode: '^1.100.0' } }));

    const workspace = join(tmp, 'workspace');
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    const text = readFileSync(join(ctx.root, 'bench/fixtures/typical.mlsd.md'), 'utf8') + BROKEN_LINK;
    for (let i = 0; i < ROUNDS; i++) {
      writeFileSync(join(workspace, `ours-${i}.mlsd.md`), text);
      writeFileSync(join(workspace, `builtin-${i}.md`), text);
    }
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'markdown.validate.enabled': true }, null, 2));
    const userDataDir = join(tmp, 'user-data');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({
      'markdown.validate.enabled': true,
      'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
      'extensions.ignoreRecommendations': true, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }, null, 2));

    const out = join(tmp, 'result.json');
    wb = await startWorkbench({
      workspace,
      payload: [['extensionDevelopmentPath', carrier], ['extensionTestsPath', join(ctx.root, 'bench/vscode/first-diagnostics.cjs')]],
      extensionsDir, userDataDir, serverDataDir: join(tmp, 'server-data'), version: vs.name,
      env: { MLSD_BENCH_OUT: out, MLSD_BENCH_ROUNDS: String(ROUNDS), MLSD_BENCH_FIRST: run % 2 ? 'builtin' : 'ours' },
      logFile: join(ctx.root, 'test-output', 'bench', 'first-diagnostics.log'),
    });
    const t0 = Date.now();
    while (!existsSync(out)) {
      if (Date.now() - t0 > TIMEOUT) throw new Error(`no result within ${TIMEOUT} ms (log: test-output/bench/first-diagnostics.log)`);
      await new Promise((r) => setTimeout(r, 200)); // polling for the result file
    }
    const r = JSON.parse(readFileSync(out, 'utf8'));
    if (r.error) throw new Error(`in the extension host: ${r.error}`);
    if (!r.validate) throw new Error('markdown.validate.enabled did not reach the workbench');
    if (r.active.ours || r.active.builtin) throw new Error(`an extension was active before its first file opened: ${JSON.stringify(r.active)}`);
    for (const round of r.rounds) {
      if (round.ours.language !== 'mlsd' || round.builtin.language !== 'markdown') throw new Error(`languages: ${round.ours.language}, ${round.builtin.language}`);
      // The broken link, from both servers: the built-in's code, ours as the Markdown service gives it.
      if (!round.builtin.codes.includes('link.no-such-file')) throw new Error(`the built-in server's first diagnostics: ${JSON.stringify(round.builtin)}`);
      if (!round.ours.codes.includes('link.no-such-file') || !round.ours.sources.includes('mlsd')) throw new Error(`our server's first diagnostics: ${JSON.stringify(round.ours)}`);
    }
    return r;
  } finally {
    await wb?.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function run(ctx) {
  const vs = vscodeServer('newest');
  ensureVSCodeServer({ version: vs.name, log: (m) => console.log(`[bench ${name}] ${m}`) });

  // What users install: the production VSIX.
  const packed = spawnSync(process.execPath, [join(ctx.root, 'scripts/package.mjs'), '--allow-incomplete'], { cwd: ctx.root, encoding: 'utf8', timeout: 300_000 });
  if (packed.status !== 0) throw new Error(`scripts/package.mjs failed (exit ${packed.status ?? packed.signal}):\n${packed.stdout}\n${packed.stderr}`);
  const vsix = join(ctx.root, 'dist', 'mlsd-author.vsix');

  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneRun(ctx, vs, vsix, i));
  const cold = runs.map((r) => r.rounds[0]);
  const warm = runs.flatMap((r) => r.rounds.slice(1));
  const list = (rounds, which, key = 'diagnosticsMs') => rounds.map((x) => x[which][key].toFixed(0)).join('/');
  console.log(`bench ${name}.rounds cold_ours_ms=${list(cold, 'ours')} cold_builtin_ms=${list(cold, 'builtin')} cold_ours_score_ms=${list(cold, 'ours', 'scoreMs')} ` +
    `warm_ours_ms=${list(warm, 'ours')} warm_builtin_ms=${list(warm, 'builtin')} warm_ours_score_ms=${list(warm, 'ours', 'scoreMs')} load=${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
  const line = (what, rounds, count) => {
    const m = (which, key = 'diagnosticsMs') => ctx.median(rounds.map((x) => x[which][key]));
    const ratio = m('builtin') / m('ours');
    console.log(`bench ${name}.${what} vscode=${runs[0].vscode} ${count} ours_ms=${m('ours').toFixed(0)} builtin_ms=${m('builtin').toFixed(0)} ` +
      `ratio=${ratio.toFixed(2)} ours_score_ms=${m('ours', 'scoreMs').toFixed(0)} target_ratio=1 ${ratio >= 1 ? 'ok' : 'MISSED'}`);
  };
  line('cold', cold, `runs=${cold.length}`);
  if (warm.length) line('warm', warm, `rounds=${warm.length}`);
}
