// Builds every runtime's bundle from one script: `node esbuild.config.mjs [--watch] [--production]`.
//  - extension host (Node, CommonJS, `vscode` external)        -> dist/extension.js
//  - web extension host (browser worker, CommonJS)              -> dist/web/extension.js
//  - CLI (Node, CommonJS)                                       -> dist/cli.js
//  - language client (Node, lazily required)                   -> dist/client.js
//  - language server (Node process / web worker)               -> dist/server.js, dist/web/server.js
//  - preview webview script (browser IIFE) + Mermaid's own IIFE -> dist/webview/
//  - extension-host test suites (Mocha external)                -> dist/test/vscode/suite/
// Type-checking is separate: `npm run typecheck` (tsc --noEmit).
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyHeavy, sharedNlp, vscodeOnce } from './scripts/esbuild-plugins.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7);

/** Prints errors in the `esbuild-problem-matcher` format VS Code tasks understand. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** `node:path` in a browser bundle is path-browserify (esbuild's alias does not take `node:` names). */
const nodePathInBrowser = {
  name: 'node-path-in-browser',
  setup(build) {
    build.onResolve({ filter: /^node:path$/ }, () => ({ path: resolve(root, 'node_modules/path-browserify/index.js') }));
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
  plugins: watch ? [problemMatcher] : [],
};

const suiteDir = join(root, 'test/vscode/suite');
const suiteEntries = existsSync(suiteDir)
  ? readdirSync(suiteDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(suiteDir, f))
  : [];

/** name -> esbuild options; entries whose source does not exist yet are skipped. */
/** The desktop extension host's three bundles: Node, CommonJS, `vscode` external. */
const nodeHost = { ...common, format: 'cjs', platform: 'node', target: 'node20', external: ['vscode'], metafile: true };

const targets = {
  extension: {
    ...nodeHost,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    plugins: [...common.plugins, lazyHeavy, vscodeOnce],
  },
  heavy: { ...nodeHost, entryPoints: ['src/extension/heavy.ts'], outfile: 'dist/heavy.js', plugins: [...common.plugins, sharedNlp] },
  // wink-nlp and its model, shared by heavy.js and cli.js.
  nlp: { ...nodeHost, entryPoints: ['src/core/text/wink.ts'], outfile: 'dist/nlp.js' },
  ui: {
    ...nodeHost,
    entryPoints: ['src/extension/ui.ts'],
    outfile: 'dist/ui.js',
    // Its own uses of heavy() require the one dist/heavy.js.
    plugins: [...common.plugins, lazyHeavy, vscodeOnce],
  },
  // The language client, required by dist/extension.js right after activation.
  client: { ...nodeHost, entryPoints: ['src/extension/client/start.node.ts'], outfile: 'dist/client.js', plugins: [...common.plugins, lazyHeavy, vscodeOnce] },
  // The language server: its own Node process (desktop, `mlsd lsp`) ...
  server: { ...nodeHost, entryPoints: ['src/server/node.ts'], outfile: 'dist/server.js', external: [], plugins: [...common.plugins, sharedNlp] },
  // ... and a web worker (VS Code for the Web). The Markdown language service imports `node:path` (POSIX path
  // arithmetic on URIs) and picomatch reads `process.platform`: path-browserify and a fixed platform, as
  // vscode-markdown-languageserver's own browser build does.
  webServer: {
    ...common,
    alias: { path: 'path-browserify' },
    plugins: [...common.plugins, nodePathInBrowser],
    entryPoints: ['src/server/browser.ts'],
    outfile: 'dist/web/server.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', 'process.platform': '"browser"', 'process.version': '"v20.0.0"' },
    metafile: true,
  },
  web: {
    ...common,
    entryPoints: ['src/extension/browserExtension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    metafile: true,
    plugins: [...common.plugins, vscodeOnce],
  },
  cli: {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [...common.plugins, sharedNlp],
  },
  webview: {
    ...common,
    entryPoints: ['src/webview/index.ts'],
    outfile: 'dist/webview/preview.js',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  },
  suite: {
    ...common,
    entryPoints: suiteEntries,
    outdir: 'dist/test/vscode/suite',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha', 'playwright-core'],
  },
};

function copyMermaid() {
  const src = join(root, 'node_modules/mermaid/dist/mermaid.min.js');
  if (!existsSync(src)) return;
  mkdirSync(join(root, 'dist/webview'), { recursive: true });
  copyFileSync(src, join(root, 'dist/webview/mermaid.min.js'));
}

const selected = Object.entries(targets).filter(([name, o]) => {
  if (only && !only.split(',').includes(name)) return false;
  return o.entryPoints.length > 0 && o.entryPoints.every((e) => existsSync(resolve(root, e)));
});

if (watch) {
  for (const [, o] of selected) (await esbuild.context(o)).watch();
  copyMermaid();
} else {
  const started = Date.now();
  const results = await Promise.all(selected.map(([, o]) => esbuild.build(o)));
  if (!only || only.includes('webview')) copyMermaid();
  for (const r of results) {
    for (const [file, out] of Object.entries(r.metafile?.outputs ?? {})) {
      if (file.endsWith('.js')) console.log(`built ${file} ${(out.bytes / 1024).toFixed(1)} KB`);
    }
  }
  console.log(`built ${selected.map(([n]) => n).join(', ')} in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
