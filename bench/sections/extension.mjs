// Bench section: the extension host's cost. Builds the production bundles and prints
//   bench extension-bundle main_kb=… heavy_kb=… mermaid=0 target_kb=150 ok|MISSED
//   bench activation module_load_ms=… activate_ms=… load_and_activate_ms=… target_ms=20 ok|MISSED
// (module load: our bundle's modules running; VS Code's own work — building the `vscode`
// API object at the first require, creating the extension context before calling
// activate() — is printed as vscode_api_ms or not counted.)
// `main` is dist/extension.js, what activation loads; `heavy` is dist/heavy.js
// (checker core, renderer, templates), required on the first check; `ui` is
// dist/ui.js (preview, New Answer, practice), required when first used. Activation is
// measured inside the real VS Code 1.100.3 (test/vscode/launcher.mjs, one test).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyHeavy, vscodeOnce } from '../../scripts/esbuild-plugins.mjs';

export const name = 'extension';

export async function prerequisites() {
  return undefined;
}

/** Production build of one entry; returns bytes and whether any Mermaid source went in. */
async function bundle(ctx, entry, plugins = []) {
  const r = await esbuild.build({
    entryPoints: [join(ctx.root, entry)],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    plugins,
    logLevel: 'silent',
  });
  const inputs = Object.keys(r.metafile.inputs);
  return { bytes: r.outputFiles[0].contents.length, mermaid: inputs.filter((f) => f.includes('node_modules/mermaid')).length };
}

export async function run(ctx) {
  // The plugins the real build uses (lazy chunks external, one shared `vscode` module).
  const main = await bundle(ctx, 'src/extension/extension.ts', [lazyHeavy, vscodeOnce]);
  const heavy = await bundle(ctx, 'src/extension/heavy.ts');
  const ui = await bundle(ctx, 'src/extension/ui.ts', [lazyHeavy, vscodeOnce]);
  const kb = (b) => (b / 1024).toFixed(1);
  const ok = main.bytes <= 150 * 1024 && main.mermaid + heavy.mermaid + ui.mermaid === 0;
  console.log(`bench extension-bundle main_kb=${kb(main.bytes)} heavy_kb=${kb(heavy.bytes)} ui_kb=${kb(ui.bytes)} total_kb=${kb(main.bytes + heavy.bytes + ui.bytes)} mermaid=${main.mermaid + heavy.mermaid + ui.mermaid} target_kb=150 ${ok ? 'ok' : 'MISSED'}`);

  if (process.env.MLSD_BENCH_SKIP_VSCODE) {
    console.log('bench activation skipped reason="MLSD_BENCH_SKIP_VSCODE is set"');
    return;
  }
  // Measure what users install: the production (minified) bundles.
  const built = spawnSync(process.execPath, [join(ctx.root, 'esbuild.config.mjs'), '--production', '--only=extension,heavy,ui'], { cwd: ctx.root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`production build failed:\n${built.stderr}`);
  const out = join(ctx.root, 'test-output/vscode/activation.json');
  rmSync(out, { force: true });
  const r = spawnSync('npm', ['run', '-s', 'test:vscode'], {
    cwd: ctx.root,
    env: { ...process.env, MLSD_VSCODE_GREP: 'activation timing', MLSD_VSCODE_VERSION: 'oldest' },
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (!existsSync(out)) {
    console.log(`bench activation skipped reason="the VS Code run wrote no timing (exit ${r.status})"`);
    return;
  }
  const t = JSON.parse(readFileSync(out, 'utf8'));
  const verdict = t.loadAndActivateMs <= 20 ? 'ok' : 'MISSED';
  console.log(`bench activation vscode_api_ms=${t.vscodeApiMs.toFixed(2)} module_load_ms=${t.moduleLoadMs.toFixed(2)} activate_ms=${t.activationMs.toFixed(2)} load_and_activate_ms=${t.loadAndActivateMs.toFixed(2)} vscode=${t.vscodeVersion} target_ms=20 ${verdict}`);
}
