// The cost of checking an answer's diagrams (issue 14): `node bench/diagrams.mjs [answer.mlsd.md]`.
//
//   first-parse   the first checkAsync() of a process: reading mermaid.min.js, the linkedom
//                 DOM, evaluating Mermaid, and parsing each block (split into its parts)
//   memory        heap and RSS growth that loading Mermaid costs
//   check         check() of the answer with its diagrams' verdicts known (what the editor
//                 runs on a keystroke), with and without the three diagram rules
//   recheck       checkAsync() with unchanged diagrams (no parse) and after one diagram changed
//   bundles       what the core's diagram code and its DOM shim add to each production bundle,
//                 and that none of them carries Mermaid itself
//
// The core is bundled from today's sources (dist/bench/diagrams-core.js), as `npm run bench` does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'examples/ctr-sponsored-search.mlsd.md');
const text = readFileSync(file, 'utf8');

const outfile = join(root, 'dist/bench/diagrams-core.js');
await esbuild.build({
  stdin: {
    contents: `export * from './src/core/index';\nexport { loadMermaidApi, loadMermaidParser } from './src/core/diagrams/mermaid';\nexport { readDiagram } from './src/core/diagrams/graph';\n`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const core = createRequire(import.meta.url)(outfile);

const ms = (t0) => performance.now() - t0;
const fmt = (v) => v.toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timeIt(fn, n = 30) {
  for (let i = 0; i < 3; i++) fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    xs.push(ms(t0));
  }
  return median(xs);
}
async function timeAsync(fn, n = 30) {
  for (let i = 0; i < 3; i++) await fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(ms(t0));
  }
  return median(xs);
}

const blocks = core.parseAnswer(text).mermaid;
console.log(`answer ${file.replace(`${root}/`, '')}: ${text.length} chars, ${blocks.length} Mermaid blocks`);

// First parse: the lazy load, in its parts, then one parse per block.
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
let t0 = performance.now();
const syncBefore = core.check(text).findings.length;
const firstSync = ms(t0);
t0 = performance.now();
const api = await core.loadMermaidApi();
const load = ms(t0);
if (!api) throw new Error('Mermaid could not be loaded: build dist/webview/mermaid.min.js or install mermaid');
const parse = await core.loadMermaidParser();
const perBlock = [];
for (const b of blocks) {
  t0 = performance.now();
  await parse(b.source).catch(() => undefined);
  perBlock.push(ms(t0));
}
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;
const rss1 = process.memoryUsage().rss;
console.log(`bench diagrams first-parse load_ms=${fmt(load)} first_parse_ms=${perBlock.map(fmt).join(',')} first_check_sync_ms=${fmt(firstSync)} (findings ${syncBefore})`);
console.log(`bench diagrams memory heap_mb=+${fmt((heap1 - heap0) / 2 ** 20)} rss_mb=+${fmt((rss1 - rss0) / 2 ** 20)}${global.gc ? '' : ' (run with --expose-gc for steadier figures)'}`);

// The whole first checkAsync in a fresh module state is what a CLI run pays: load + parses + two checks.
core.clearDiagramCache();
t0 = performance.now();
const first = await core.checkAsync(text);
console.log(`bench diagrams first-checkAsync ms=${fmt(ms(t0))} (Mermaid already loaded; parses every block, checks twice) findings=${first.findings.length}`);

// The check a keystroke runs: verdicts known.
const off = { MLSD025: 'off', MLSD026: 'off', MLSD027: 'off' };
// Interleaved, after a warm-up, so that neither side pays for the JIT.
for (let i = 0; i < 20; i++) core.check(text, i % 2 ? { rules: off } : {});
const on = [];
const offs = [];
for (let i = 0; i < 60; i++) {
  // Alternate which goes first, so that neither pays for the other's garbage.
  for (const withRules of i % 2 ? [true, false] : [false, true]) {
    const t = performance.now();
    core.check(text, withRules ? {} : { rules: off });
    (withRules ? on : offs).push(ms(t));
  }
}
const checkOn = median(on);
const checkOff = median(offs);
const read = timeIt(() => {
  for (const b of blocks) core.readDiagram(b.source);
});
console.log(`bench diagrams check ms=${fmt(checkOn)} without_diagram_rules_ms=${fmt(checkOff)} read_graphs_uncached_ms=${fmt(read)}`);

// Re-checks: unchanged diagrams (one check(), no parse) and one diagram changed (one parse, two checks).
const recheck = await timeAsync(() => core.checkAsync(text));
let k = 0;
const changed = await timeAsync(() => core.checkAsync(text.replace('flowchart LR', `flowchart LR\n  X${k++} --> Y`)), 15);
console.log(`bench diagrams recheck unchanged_ms=${fmt(recheck)} one_diagram_changed_ms=${fmt(changed)}`);

// Bundles: bytes the diagram code and linkedom add, and that Mermaid stays out.
const targets = {
  heavy: { entryPoints: [join(root, 'src/extension/heavy.ts')], platform: 'node', format: 'cjs', external: ['vscode'], target: 'node20' },
  cli: { entryPoints: [join(root, 'src/cli/main.ts')], platform: 'node', format: 'cjs', target: 'node20' },
  web: { entryPoints: [join(root, 'src/extension/browserExtension.ts')], platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022', mainFields: ['browser', 'module', 'main'] },
};
const SHIM = /node_modules\/(linkedom|htmlparser2|entities|domhandler|domutils|dom-serializer|domelementtype|css-select|css-what|boolbase|nth-check|cssom|cssomnom|html-escaper|uhyphen)\//;
for (const [name, o] of Object.entries(targets)) {
  const r = await esbuild.build({ ...o, bundle: true, minify: true, write: false, metafile: true, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' } });
  const out = Object.values(r.metafile.outputs)[0];
  let diagrams = 0;
  let shim = 0;
  let mermaid = 0;
  for (const [p, i] of Object.entries(out.inputs)) {
    if (p.includes('src/core/diagrams/') || /src\/core\/rules\/mlsd02[567]\.ts$/.test(p)) diagrams += i.bytesInOutput;
    else if (SHIM.test(p)) shim += i.bytesInOutput;
    else if (p.includes('node_modules/mermaid')) mermaid += i.bytesInOutput;
  }
  const kb = (b) => (b / 1024).toFixed(1);
  console.log(`bench diagrams bundle ${name} total_kb=${kb(out.bytes)} diagram_code_kb=${kb(diagrams)} dom_shim_kb=${kb(shim)} mermaid_kb=${kb(mermaid)}`);
}
