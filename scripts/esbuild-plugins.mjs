// The esbuild plugins of the extension-host bundles, shared by the build
// (esbuild.config.mjs) and the bench (bench/sections/extension.mjs), so that what
// the bench measures is bundled exactly as what users install.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Desktop extension host: `lazy.ts` → `lazy.node.ts`, which requires `./heavy.js`
 * (the checker core, renderer and templates, built as its own bundle) on first
 * use, and `lazyUi.ts` → `lazyUi.node.ts`, which requires `./ui.js` (preview,
 * New Answer, practice) when the user first asks for them, and `lazyClient.ts` →
 * `lazyClient.node.ts`, which requires `./client.js` (the language client) right
 * after activation; so activation loads only the small bundle. The web build
 * inlines all three.
 */
export const lazyHeavy = {
  name: 'lazy-heavy',
  setup(build) {
    build.onResolve({ filter: /(^|\/)lazy(Ui|Client)?$/ }, (a) => ({ path: join(a.resolveDir, `${a.path}.node.ts`) }));
    build.onResolve({ filter: /^\.\/(heavy|ui|client)\.js$/ }, (a) => ({ path: a.path, external: true }));
  },
};

/**
 * Desktop bundles that hold the checker (heavy.js, cli.js): its NLP model module
 * (`src/core/text/wink.ts`) becomes `require('./nlp.js')`, one bundle of its own
 * beside them, so the VSIX carries the model once for both.
 */
export const sharedNlp = {
  name: 'shared-nlp',
  setup(build) {
    build.onResolve({ filter: /^\.\/wink$/ }, (a) => (a.importer.endsWith(join('core', 'text', 'sentences.ts')) ? { path: './nlp.js', external: true } : undefined));
  },
};

/**
 * `import * as vscode from 'vscode'` in N modules becomes N calls of esbuild's
 * CommonJS interop helper, each copying every property of the API object (a few
 * hundred getters): milliseconds of activation for nothing. This resolves
 * `vscode` to one internal ES module that requires the API once and re-exports
 * the names our sources use (`vscode.<name>`, collected from src/), so every
 * import shares it. Type-checking is unaffected (tsc reads the real module).
 */
function vscodeNames() {
  const names = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/\bvscode\.([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
    }
  };
  walk(join(root, 'src'));
  return [...names].sort();
}
export const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    // Libraries (the language client) use API names our sources do not: they require `vscode` as it is.
    build.onResolve({ filter: /^vscode$/ }, (a) =>
      a.namespace === 'vscode-once' || /[\\/]node_modules[\\/]/.test(a.importer) ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => {
      const names = vscodeNames();
      return {
        contents: `const v = require('vscode');\n${names.map((n) => `export const ${n} = v.${n};`).join('\n')}\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};
