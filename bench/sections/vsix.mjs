// Bench section: the size of what users download. Packages the production VSIX
// (scripts/package.mjs) and prints
//   bench vsix size_kb=… target_kb=5120 files=… ok|MISSED
//   bench web-bundle size_kb=… gzip_kb=…
// (the web bundle is dist/web/extension.js, what VS Code for the Web loads).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const name = 'vsix';

/** @param {{ root: string }} ctx */
export async function prerequisites(ctx) {
  if (!existsSync(join(ctx.root, 'node_modules/@vscode/vsce/vsce'))) return '@vscode/vsce is not installed (npm ci)';
  return undefined;
}

/** @param {{ root: string }} ctx */
export async function run(ctx) {
  const started = Date.now();
  // --allow-incomplete: a missing doc file must not hide the size; `npm run package` stays strict.
  const r = spawnSync(process.execPath, [join(ctx.root, 'scripts/package.mjs'), '--allow-incomplete'], {
    cwd: ctx.root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`scripts/package.mjs failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  const { listVsix, VSIX_BUDGET_BYTES, VSIX_PATH } = await import(pathToFileURL(join(ctx.root, 'scripts/package.mjs')).href);
  const vsix = listVsix(VSIX_PATH);
  const kb = (b) => (b / 1024).toFixed(0);
  const verdict = vsix.bytes <= VSIX_BUDGET_BYTES ? 'ok' : 'MISSED';
  console.log(`bench vsix size_kb=${kb(vsix.bytes)} target_kb=${VSIX_BUDGET_BYTES / 1024} files=${vsix.files.length} package_s=${((Date.now() - started) / 1000).toFixed(1)} ${verdict}`);

  const web = readFileSync(join(ctx.root, 'dist/web/extension.js'));
  console.log(`bench web-bundle size_kb=${kb(web.length)} gzip_kb=${kb(gzipSync(web).length)}`);
}
