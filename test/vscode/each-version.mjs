// Runs a real-VS Code driver once per VS Code version under test, one after the other,
// and exits non-zero when any run failed (every run goes ahead, so one report covers all).
//
//   node test/vscode/each-version.mjs node test/vscode/launcher.mjs
//   MLSD_VSCODE_VERSION=newest npm run test:vscode     one version only (or oldest,newest; or 1.139.1)
//
// Each run gets MLSD_VSCODE_VERSION=<name> and prints its own result lines naming the
// version; this script ends with one line per version: `versions: <cmd> on VS Code X: ok in Ns`.
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { VERSION_NAMES, vscodeServer } from './server.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node test/vscode/each-version.mjs <command> [args...]');
  process.exit(2);
}
const wanted = (process.env.MLSD_VSCODE_VERSION || VERSION_NAMES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const servers = wanted.map((w) => vscodeServer(w)); // throws on an unknown version
const what = args.map((a) => basename(a)).find((a) => a.endsWith('.mjs')) ?? cmd;

const summary = [];
let failed = 0;
for (const vs of servers) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, MLSD_VSCODE_VERSION: vs.name } });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  const ok = r.status === 0;
  if (!ok) failed++;
  summary.push(`versions: ${what} on VS Code ${vs.version}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${secs}s`);
}
for (const l of summary) console.log(l);
process.exit(failed ? 1 : 0);
