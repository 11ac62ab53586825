// Builds the extension-host test suite: test/vscode/suite/*.ts -> dist/test/vscode/suite/*.js
// (one CJS bundle per file; `vscode` and `mocha` stay external: mocha resolves from
// node_modules at run time, vscode from the extension host).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const srcDir = join(here, 'suite');
const outDir = join(root, 'dist', 'test', 'vscode', 'suite');

const entryPoints = readdirSync(srcDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(srcDir, f));

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`build-suite: ${entryPoints.length} file(s) -> ${outDir}`);
