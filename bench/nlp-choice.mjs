// Which NLP library the sentence analysis (src/core/text/sentences.ts) stands on:
// `node bench/nlp-choice.mjs [--modules DIR] [--browser] [--quick]`.
//
// For each candidate it prints, on the typical answer (its first 10 KB and all of it)
// and on 1 MB of it repeated (no sentence twice: see `distinct`): the median time of one pass that gives what the
// checker needs (sentences, parts of speech, lemmas), next to one markdown-it parse
// of the same text run alternately with it; the cost per KB (is it linear?); the
// time to load the library; the minified browser bundle (esbuild, platform
// browser, es2022, ESM) and whether it builds; whether the bundle runs with no
// Node globals (a bare `vm` context), and with --browser in headless Chromium
// (Debian's, through playwright-core); and its version and licence.
//
// Candidates that are not installed are skipped with a note. The project depends
// only on the chosen one (wink-nlp + wink-eng-lite-web-model); to measure the
// others, install them outside the project and point --modules at that
// node_modules:  (cd /tmp/nlp && npm i compromise natural wink-nlp wink-eng-lite-web-model)
//                node bench/nlp-choice.mjs --modules /tmp/nlp/node_modules
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const k = argv.indexOf(name);
  return k >= 0 ? argv[k + 1] : undefined;
};
const extra = opt('--modules');
const inBrowser = argv.includes('--browser');
const quick = argv.includes('--quick');
const nodePaths = [join(root, 'node_modules'), ...(extra ? [extra] : [])];
const out = join(tmpdir(), `mlsd-nlp-choice-${process.pid}`);
mkdirSync(out, { recursive: true });
process.env.DOTENV_CONFIG_QUIET = 'true'; // natural loads dotenv, which prints a line per import otherwise

const KB = 1024;
const MB = 1 << 20;
/** A pass that takes longer than this once is not repeated. */
const REPEAT_LIMIT_MS = 3000;
/** A first pass on 1 MB runs in a worker and is stopped after this long (natural and Intl.Segmenter are superlinear). */
const PROBE_TIMEOUT_MS = 30000;

/** `s` as read from a file: one flat string (a rope from `repeat` is slower to read and would flatter the slower tool). */
const flat = (s) => Buffer.from(s).toString();

/** Where a package is installed (the project first, then --modules), or undefined. */
function installed(pkg) {
  for (const dir of nodePaths) if (existsSync(join(dir, pkg, 'package.json'))) return join(dir, pkg);
  return undefined;
}
const meta = (pkg) => {
  const dir = installed(pkg);
  if (!dir) return undefined;
  const p = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { version: p.version, license: typeof p.license === 'string' ? p.license : p.license?.type };
};

// ---------------------------------------------------------------------------
// Inputs: the typical answer, with the Markdown blanked as the checker will do
// before it asks for sentences (front matter, comments, fences, headings, list
// markers, emphasis, table pipes become spaces; offsets and line breaks stay).

const blank = (s) => s.replace(/[^\n]/g, ' ');
function prose(md) {
  return flat(
    md
      .replace(/^---\n[\s\S]*?\n---\n/, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
      .replace(/^#{1,6} [^\n]*$/gm, blank)
      .replace(/^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t])/gm, (_m, ind, mk) => ind + ' '.repeat(mk.length))
      .replace(/\*\*|__|`/g, (m) => ' '.repeat(m.length))
      .replace(/^\|?[ \t]*:?-{3,}.*$/gm, blank),
  );
}

const typicalFile = 'examples/ctr-sponsored-search.mlsd.md';
const whole = flat(readFileSync(join(root, typicalFile), 'utf8'));
const cut = whole.indexOf('\n\n', 10 * KB);
const ten = flat(whole.slice(0, cut < 0 ? whole.length : cut + 1));
/**
 * 1 MB: the answer repeated (without its front matter after the first copy), with a
 * counter word at the start of each prose line, table cell and sentence, so that no
 * sentence repeats: a per-sentence memo would otherwise tag each sentence once.
 */
function distinct(md, i) {
  let fence = false;
  return md
    .split('\n')
    .map((l) => {
      if (/^\s*(```|~~~)/.test(l)) fence = !fence;
      if (fence || /^\s*(```|~~~|#|---|<!--|\|?\s*:?-{3,})/.test(l) || !l.trim()) return l;
      if (/^\s*\|/.test(l)) return l.replace(/\| (?=\S)/g, `| W${i} `);
      return l
        .replace(/^(\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)/, `$1W${i} `)
        .replace(/([.!?](?:\*\*|__)?) (?=\S)/g, `$1 W${i} `)
        .replace(/\| (?=\S)/g, `| W${i} `);
    })
    .join('\n');
}
const front = /^---\n[\s\S]*?\n---\n/.exec(whole)?.[0] ?? '';
const body = whole.slice(front.length);
const copies = [front + distinct(body, 0)];
for (let i = 1, size = copies[0].length; size < MB; i++) {
  copies.push(distinct(body, i));
  size += copies[i].length;
}
const big = flat(copies.join('\n'));
const inputs = [
  { label: '10kb', md: ten, runs: quick ? 11 : 41 },
  { label: 'answer', md: whole, runs: quick ? 11 : 31 },
  { label: '1mb', md: big, runs: quick ? 3 : 7 },
].map((x) => ({ ...x, text: prose(x.md) }));

// ---------------------------------------------------------------------------
// Candidates: an ES module entry that exports `setup()` and `pass(text)`; the
// pass returns a small summary (so nothing is optimised away).

const ours = join(root, 'src/core/text/sentences.ts');
const candidates = [
  {
    name: 'markdown-it (reference)',
    packages: ['markdown-it'],
    reference: true,
    entry: `import MarkdownIt from 'markdown-it';
      const md = new MarkdownIt({ html: true, linkify: false });
      export function setup() {}
      export function pass(t) { return md.parse(t, {}).length; }`,
  },
  {
    name: 'ours: sentences.ts (wink, cold)',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'analyzeSentences + isExplained on every sentence + lemmatize; every cache cleared before each pass',
    entry: `import { analyzeSentences, isExplained, lemmatize, clearSentenceCaches } from ${JSON.stringify(ours)};
      export function setup() { analyzeSentences('Warm the model up because it loads lazily.').forEach(isExplained); clearSentenceCaches(); }
      export function before() { clearSentenceCaches(); }
      export function pass(t) { let e = 0; for (const s of analyzeSentences(t)) if (isExplained(s)) e++; return e + lemmatize(t).length; }`,
  },
  {
    name: 'ours: sentences.ts (wink, cold, no lemmas)',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'analyzeSentences + isExplained only (the model tags only sentences that could be explained)',
    entry: `import { analyzeSentences, isExplained, clearSentenceCaches } from ${JSON.stringify(ours)};
      export function setup() { analyzeSentences('Warm the model up because it loads lazily.').forEach(isExplained); clearSentenceCaches(); }
      export function before() { clearSentenceCaches(); }
      export function pass(t) { let e = 0; for (const s of analyzeSentences(t)) if (isExplained(s)) e++; return e; }`,
  },
  {
    name: 'ours: sentences.ts (after an edit)',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'as the first, on a text where one sentence changed since the last pass (only it is tagged again)',
    entry: `import { analyzeSentences, isExplained, lemmatize } from ${JSON.stringify(ours)};
      let k = 0;
      export function setup() {}
      export function variant(t) { const at = t.indexOf('. ', t.length >> 1); return at < 0 ? t : t.slice(0, at) + ' edit' + (k++ % 97) + t.slice(at); }
      export function pass(t) { let e = 0; for (const s of analyzeSentences(t)) if (isExplained(s)) e++; return e + lemmatize(t).length; }`,
  },
  {
    name: "wink-nlp + wink-eng-lite-web-model, pipe ['pos']",
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'readDoc of the whole text, out(pos), out(lemma)',
    entry: `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
      let nlp;
      export function setup() { nlp = winkNLP(model, ['pos']); }
      export function pass(t) { const d = nlp.readDoc(t); const k = d.tokens(); return k.out(nlp.its.pos).length + k.out(nlp.its.lemma).length; }`,
  },
  {
    name: 'wink-nlp + wink-eng-lite-web-model, default pipe',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    what: 'readDoc (sbd, negation, sentiment, pos, ner, cer), sentences, out(pos), out(lemma)',
    entry: `import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model';
      let nlp;
      export function setup() { nlp = winkNLP(model); }
      export function pass(t) { const d = nlp.readDoc(t); const k = d.tokens(); return d.sentences().length() + k.out(nlp.its.pos).length + k.out(nlp.its.lemma).length; }`,
  },
  {
    name: 'compromise',
    packages: ['compromise'],
    what: "nlp(text) (tagger), compute('root') for lemmas, json with offsets",
    entry: `import nlp from 'compromise';
      export function setup() { nlp('warm up').json(); }
      export function pass(t) { const d = nlp(t); d.compute('root'); return d.json({ offset: true, terms: { offset: true } }).length; }`,
  },
  {
    name: 'natural',
    packages: ['natural'],
    what: 'SentenceTokenizer, WordTokenizer, Brill POS tagger, Porter stemmer (it has no lemmatizer)',
    entry: `import natural from 'natural';
      let st, wt, tagger;
      export function setup() { st = new natural.SentenceTokenizer(); wt = new natural.WordTokenizer(); tagger = new natural.BrillPOSTagger(new natural.Lexicon('EN', 'N', 'NNP'), new natural.RuleSet('EN')); }
      export function pass(t) { let n = 0; for (const s of st.tokenize(t)) { const w = wt.tokenize(s); n += tagger.tag(w).taggedWords.length; for (const x of w) natural.PorterStemmer.stem(x); } return n; }`,
  },
  {
    name: 'Intl.Segmenter (built in; sentences only)',
    packages: [],
    what: 'sentence segments only: no parts of speech, no lemmas',
    entry: `let seg;
      export function setup() { seg = new Intl.Segmenter('en', { granularity: 'sentence' }); }
      export function pass(t) { let n = 0; for (const _ of seg.segment(t)) n++; return n; }`,
  },
];

const build = (c, options) =>
  esbuild.build({
    stdin: { contents: c.entry, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    nodePaths,
    ...options,
  });

// ---------------------------------------------------------------------------
// Timing.

function gcFn() {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}
const gc = gcFn();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r = (x, d = 2) => (typeof x === 'number' ? Number(x.toFixed(d)) : x);
const time = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

/** One pass on `text` in a worker, cut off after PROBE_TIMEOUT_MS: ms, or Infinity. */
function probe(file, text) {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then((m) => { m.setup(); m.before?.(); const t0 = performance.now(); m.pass(workerData.text); parentPort.postMessage(performance.now() - t0); });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { url: pathToFileURL(file).href, text } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve(Infinity);
    }, PROBE_TIMEOUT_MS);
    w.once('message', (ms) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(ms);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Medians of the candidate's pass and of markdown-it's parse, run alternately (after a warm-up). */
async function measure(mod, file, md, input) {
  const arg = (t) => (mod.variant ? mod.variant(t) : t);
  const one = () => {
    mod.before?.();
    const t = arg(input.text);
    return time(() => mod.pass(t));
  };
  const first = input.text.length > 256 * KB ? await probe(file, input.text) : one();
  if (first > REPEAT_LIMIT_MS) return { ms: first, md: median(Array.from({ length: 5 }, () => time(() => md.pass(input.md)))), runs: 1 };
  const warm = input.text.length < 64 * KB ? 20 : 2;
  for (let i = 0; i < warm; i++) {
    one();
    md.pass(input.md);
  }
  const a = [];
  const b = [];
  for (let i = 0; i < input.runs; i++) {
    if (i % 2) {
      a.push(one());
      b.push(time(() => md.pass(input.md)));
    } else {
      b.push(time(() => md.pass(input.md)));
      a.push(one());
    }
  }
  return { ms: median(a), md: median(b), runs: input.runs };
}

/** Load and first-call time, in a fresh process. */
function loadTime(file) {
  const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); const t1 = performance.now(); m.setup(); m.pass('We retrain every night because click patterns shift. Drift KL divergence.'); const t2 = performance.now(); console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
  const res = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
  return JSON.parse(res.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------

const print = (name, values) =>
  console.log(['nlp', name, ...Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'number' ? r(v) : v}`)].join(' '));

print('input', { file: typicalFile, '10kb_chars': ten.length, answer_chars: whole.length, '1mb_chars': big.length, node: process.version });

const present = candidates.filter((c) => {
  const missing = c.packages.filter((p) => !installed(p));
  if (missing.length) print(`skip "${c.name}"`, { missing: missing.join(','), hint: 'install outside the project and pass --modules DIR' });
  return !missing.length;
});

const md = await import(pathToFileURL(await nodeBundle(candidates[0])).href);
md.setup();

async function nodeBundle(c) {
  const file = join(out, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.node.mjs`);
  const res = await build(c, { platform: 'node', format: 'esm', target: 'node20', outfile: file, write: true, banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  if (res.errors.length) throw new Error(res.errors[0].text);
  return file;
}

const browserRuns = [];
for (const c of present) {
  const m = Object.fromEntries(c.packages.map((p) => [p, meta(p)]));
  const info = Object.entries(m).map(([p, v]) => `${p}@${v.version}(${v.license})`).join('+') || 'built-in';
  print(`candidate "${c.name}"`, { packages: info, ...(c.what ? { pass: `"${c.what}"` } : {}) });

  // Browser bundle: size and whether it builds.
  let size = 'n/a';
  let iife;
  try {
    const res = await build(c, { platform: 'browser', format: 'esm', target: 'es2022', minify: true, mainFields: ['browser', 'module', 'main'] });
    const bytes = res.outputFiles[0].contents;
    size = `${r(bytes.length / KB, 1)}KB(gzip:${r(gzipSync(bytes).length / KB, 1)}KB)`;
    const res2 = await build(c, { platform: 'browser', format: 'iife', globalName: '__nlp', target: 'es2022', minify: true, mainFields: ['browser', 'module', 'main'] });
    iife = res2.outputFiles[0].text;
  } catch (e) {
    size = `FAILS(${String(e.errors?.[0]?.text ?? e.message).replace(/\s+/g, '_').slice(0, 80)})`;
  }
  // Runs with no Node globals?
  let bare = 'n/a';
  if (iife) {
    try {
      const sandbox = { console: { log() {}, warn() {}, error() {} }, atob, btoa, TextEncoder, TextDecoder, URL, performance, setTimeout, clearTimeout, Intl };
      sandbox.self = sandbox;
      runInNewContext(`${iife}; __nlp.setup(); globalThis.__r = __nlp.pass('We retrain every night because clicks shift. Drift KL divergence.');`, sandbox, { timeout: 20000 });
      bare = `ok(${sandbox.__r})`;
    } catch (e) {
      bare = `FAILS(${String(e.message).replace(/\s+/g, '_').slice(0, 60)})`;
    }
    browserRuns.push({ c, iife });
  }
  print(`bundle "${c.name}"`, { browser_esm_min: size, runs_without_node_globals: bare });
  if (c.reference) continue;

  // Node timing.
  let mod;
  let file;
  try {
    file = await nodeBundle(c);
    mod = await import(pathToFileURL(file).href);
    const lt = loadTime(file);
    print(`load "${c.name}"`, { import_ms: lt.load, setup_and_first_pass_ms: lt.first });
    mod.setup();
  } catch (e) {
    print(`load "${c.name}"`, { error: String(e.message).replace(/\s+/g, '_').slice(0, 100) });
    continue;
  }
  const perKb = {};
  for (const input of inputs) {
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const m2 = await measure(mod, file, md, input);
    gc();
    const heap1 = process.memoryUsage().heapUsed;
    perKb[input.label] = m2.ms / (input.text.length / KB);
    print(`time "${c.name}" ${input.label}`, {
      runs: m2.runs,
      ms: m2.ms === Infinity ? `>${PROBE_TIMEOUT_MS}` : m2.ms,
      markdown_it_ms: m2.md,
      'x_parse': m2.ms / m2.md,
      us_per_kb: perKb[input.label] * 1000,
      ...(input.label === '1mb' ? { retained_heap_mb: (heap1 - heap0) / MB } : {}),
    });
  }
  print(`linear "${c.name}"`, { '1mb_per_kb/10kb_per_kb': perKb['1mb'] / perKb['10kb'] });
}

// ---------------------------------------------------------------------------
// Headless Chromium: does each browser bundle run in a page, and how fast.

if (inBrowser) {
  let browser;
  try {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  } catch (e) {
    print('browser', { skipped: String(e.message).replace(/\s+/g, '_').slice(0, 100) });
  }
  if (browser) {
    for (const { c, iife } of browserRuns) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.setContent('<!doctype html><title>nlp</title>');
        await page.addScriptTag({ content: iife });
        const res = await page.evaluate((text) => {
          const m = globalThis.__nlp;
          const t0 = performance.now();
          m.setup();
          const setup = performance.now() - t0;
          const xs = [];
          for (let i = 0; i < 15; i++) {
            m.before?.();
            const arg = m.variant ? m.variant(text) : text;
            const t = performance.now();
            m.pass(arg);
            xs.push(performance.now() - t);
          }
          xs.sort((a, b) => a - b);
          return { setup, ms: xs[7] };
        }, c.reference ? ten : inputs[0].text);
        print(`chromium "${c.name}" 10kb`, { runs: errors.length ? 'with-errors' : 'ok', setup_ms: res.setup, ms: res.ms });
      } catch (e) {
        print(`chromium "${c.name}"`, { error: String(e.message).replace(/\s+/g, '_').slice(0, 100) });
      }
      await page.close();
    }
    await browser.close();
  }
}
