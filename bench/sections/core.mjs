// Core checker speed next to markdown-it (its own parse) and markdownlint, on a
// typical answer, a 1 MB answer and 1 MB pathological inputs. Every check here is
// cold (what earlier checks remembered is forgotten first), but for the two
// re-checks at the end: of unchanged text, and after a one-word edit. Targets (issue 11):
// the whole check, sentence analysis included, at most 5x one markdown-it parse of
// the same text (pathological input too) and at least 10x faster than markdownlint;
// per-KB cost of the 1 MB answer within 1.5x of the typical one; after a one-word
// edit, the re-check costs at most one parse more than the parse it starts with
// (sections that did not change reuse their sentence analysis).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

export const name = 'core';

const TARGET = 5;
const PATHOLOGICAL_TARGET = 5;
/** markdownlint / check at least this on the typical answer. */
const MARKDOWNLINT_TARGET = 10;
/** Per-KB cost of the 1 MB answer / the typical one. */
const LINEARITY_TARGET = 1.5;
const MB = 1 << 20;
/** A tool that takes longer than this once is not repeated (its one time is reported). */
const REPEAT_LIMIT_MS = 5000;
/** A probe run that takes longer than this is stopped: the input hangs the tool. */
const PROBE_TIMEOUT_MS = 30000;

export async function prerequisites(ctx) {
  if (!existsSync(join(ctx.root, 'src/core/index.ts'))) return 'src/core/index.ts is missing';
  if (!existsSync(join(ctx.root, 'node_modules/markdownlint'))) return 'markdownlint is not installed (npm install)';
  return undefined;
}

/** Bundle the core to dist/bench/core.js, so the bench measures today's sources. */
async function loadCore(root) {
  const esbuild = await import('esbuild');
  const outfile = join(root, 'dist/bench/core.js');
  await esbuild.build({ entryPoints: [join(root, 'src/core/index.ts')], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

function typicalAnswer(root) {
  for (const p of ['examples/ctr-sponsored-search.mlsd.md', 'bench/fixtures/typical.mlsd.md']) {
    if (existsSync(join(root, p))) return { file: p, text: readFileSync(join(root, p), 'utf8') };
  }
  throw new Error('no typical answer found');
}

/**
 * `s` as a file read from disk gives it: one flat string. A text built by
 * `repeat`, `+=` or `replace` is a rope (a tree of pieces) that V8 reads more
 * slowly, character by character, and that slowness would hide part of the
 * check's cost behind markdown-it's.
 */
const flat = (s) => Buffer.from(s).toString();

/** Repeat `unit` up to `bytes` (whole units). */
const fill = (unit, bytes = MB) => flat(unit.repeat(Math.max(1, Math.floor(bytes / unit.length))));

/** A 1 MB answer: the typical one's step sections repeated with numbered titles. */
function largeAnswer(typical) {
  const body = typical.replace(/^---\n[\s\S]*?\n---\n/, '');
  const parts = [];
  let size = 0;
  for (let i = 1; size < MB; i++) {
    const part = body.replace(/^(#{1,6} )(.*)$/gm, (_m, h, t) => `${h}${t} (part ${i})`);
    parts.push(part);
    size += part.length;
  }
  return flat(parts.join('\n'));
}

/** 1 MB inputs built to make regexes and parsers backtrack or go quadratic. */
function pathological() {
  let nested = '';
  for (let i = 0; nested.length < MB; i++) nested += `${' '.repeat((i % 60) * 2)}- item ${i}\n`;
  return {
    lt: fill('<'),
    'bold-runs': fill('**a**'),
    braces: fill('{'),
    'unclosed-comment': flat('<!--' + fill('x <!-- ')),
    'comment-opens': fill('<!-- '),
    'disable-unclosed': fill('<!-- mlsd-disable x '),
    'nested-lists': flat(nested),
    'giant-line': fill('word '),
    'pipe-table': flat('| a | b |\n| --- | --- |\n' + fill('| x | y |\n')),
    pipes: fill('|'),
    'underscore-star': fill('_*'),
    backticks: fill('`'),
    brackets: fill('[['),
    'placeholder-opens': fill('<hint '),
    'bold-lines': fill('**Metrics:**\n'),
    headings: fill('## Evaluation metrics\n'),
    // Thousands of untitled sections with content between two steps: each is read for the step it makes.
    'untitled-sections': flat('## Requirements\n\nWe serve 100M users at 50 ms p99.\n\n' + fill('## Note\n\nWe retrain the model daily on fresh click logs because user behaviour shifts, and compare feature histograms with last week to catch drift.\n\n') + '## Monitoring\n\nWe alert on drift.\n'),
  };
}

/** A time, or `>limit` for a probe that was cut off. */
const ms = (v) => (v === Infinity ? `>${PROBE_TIMEOUT_MS}` : v);

function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Run one tool once on `text` in a worker, so that a hang is cut off: ms, or Infinity on timeout. */
function probe(root, tool, text) {
  const markdownlintUrl = pathToFileURL(createRequire(import.meta.url).resolve('markdownlint/sync')).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const core = require(${JSON.stringify(join(root, 'dist/bench/core.js'))});
      const { lint } = await import(${JSON.stringify(markdownlintUrl)});
      const f = { check: (t) => core.check(t), parse: (t) => core.markdownParser().parse(t, {}), markdownlint: (t) => lint({ strings: { doc: t } }) }[workerData.tool];
      const t0 = performance.now();
      f(workerData.text);
      parentPort.postMessage(performance.now() - t0);
    })();`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { tool, text } });
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

/**
 * Runs of check and parse side by side, then of markdownlint; medians in ms. Each tool is
 * probed once in a worker first: a tool that hangs or is very slow on this
 * input is reported with its one (or cut-off) time instead of being repeated.
 */
async function measure(ctx, tools, text, runs) {
  const once = {};
  for (const k of Object.keys(tools)) once[k] = await probe(ctx.root, k, text);
  const repeat = Object.keys(tools).filter((k) => once[k] <= REPEAT_LIMIT_MS);
  // Warm up, interleaved, so that every tool is measured in its steady state (the
  // optimising compiler needs a few dozen calls of a small input to kick in).
  const warm = text.length < 64 * 1024 ? runs : 3;
  for (let i = 0; i < warm; i++) for (const k of repeat) tools[k](text);
  const samples = Object.fromEntries(repeat.map((k) => [k, []]));
  // The checker and the parser it is compared with run side by side, in alternating
  // order; markdownlint, only a point of comparison, runs in a loop of its own (a
  // 20x slower tool interleaved with them leaves its garbage to whoever runs next).
  const pair = repeat.filter((k) => k !== 'markdownlint');
  for (let i = 0; i < runs; i++) for (const k of i % 2 ? pair : [...pair].reverse()) samples[k].push(time(() => tools[k](text)));
  // markdownlint takes up to seconds per 1 MB input: fewer runs of it there.
  const otherRuns = text.length < 64 * 1024 ? runs : Math.min(runs, 5);
  for (const k of repeat.filter((k) => !pair.includes(k))) for (let i = 0; i < otherRuns; i++) samples[k].push(time(() => tools[k](text)));
  const out = { ...once };
  for (const k of repeat) out[k] = ctx.median(samples[k]);
  out.runs = Object.fromEntries(Object.keys(tools).map((k) => [k, !repeat.includes(k) ? 1 : pair.includes(k) ? runs : otherRuns]));
  return out;
}

function gc() {
  setFlagsFromString('--expose-gc');
  const g = runInNewContext('gc');
  g();
  g();
}

/** A re-check of text checked before (every section remembered: a save, a change of level), side by side with one parse. */
function warmRecheck(ctx, core, md, text) {
  for (let i = 0; i < 50; i++) core.check(text);
  const check = [];
  const parse = [];
  for (let i = 0; i < 101; i++) {
    parse.push(time(() => md.parse(text, {})));
    check.push(time(() => core.check(text)));
  }
  const c = ctx.median(check);
  const p = ctx.median(parse);
  ctx.print('core.warm-recheck', { check_ms: c, parse_ms: p, 'check/parse': c / p, target: TARGET, verdict: c / p <= TARGET ? 'ok' : 'MISSED' });
}

/**
 * The editor re-checks as you type: after a one-word edit (a new word each time, so
 * the edited section is never cached) side by side with one parse of the same text.
 */
function editRecheck(ctx, core, md, text) {
  const at = text.indexOf('\n\n', text.length >> 1);
  const edited = (i) => `${text.slice(0, at)} word${i}${text.slice(at)}`;
  for (let i = 0; i < 50; i++) core.check(edited(-i - 1));
  const check = [];
  const parse = [];
  for (let i = 0; i < 101; i++) {
    const t = edited(i);
    parse.push(time(() => md.parse(t, {})));
    check.push(time(() => core.check(t)));
  }
  const c = ctx.median(check);
  const p = ctx.median(parse);
  ctx.print('core.edit-recheck', { check_ms: c, parse_ms: p, 'extra/parse': (c - p) / p, target: '1 (the re-check beyond its own parse)', verdict: c - p <= p ? 'ok' : 'MISSED' });
}

export async function run(ctx) {
  const core = await loadCore(ctx.root);
  const { lint } = await import('markdownlint/sync');
  const md = core.markdownParser();
  const tools = {
    // Cold: nothing remembered from the run before (each section's sentences and keyword hits are read anew).
    check: (t) => {
      core.forgetAnalyses();
      return core.check(t);
    },
    parse: (t) => md.parse(t, {}),
    markdownlint: (t) => lint({ strings: { doc: t } }),
  };
  const typical = typicalAnswer(ctx.root);
  const large = largeAnswer(typical.text);
  const report = async (label, text, runs, target) => {
    const m = await measure(ctx, tools, text, runs);
    const ratio = m.check / m.parse;
    ctx.print(`core.${label}`, {
      kb: text.length / 1024,
      lines: text.split('\n').length,
      runs: m.runs.check === m.runs.parse && m.runs.parse === m.runs.markdownlint ? runs : `${m.runs.check}/${m.runs.parse}/${m.runs.markdownlint}`,
      check_ms: ms(m.check),
      parse_ms: ms(m.parse),
      'check/parse': Number.isFinite(ratio) ? ratio : 'n/a',
      markdownlint_ms: ms(m.markdownlint),
      'markdownlint/check': Number.isFinite(m.markdownlint / m.check) ? m.markdownlint / m.check : 'n/a',
      target: `${target}`,
      verdict: ratio <= target ? 'ok' : m.check === Infinity ? `MISSED(check-timeout-${PROBE_TIMEOUT_MS / 1000}s)` : 'MISSED',
    });
    return m;
  };

  ctx.print('core.input', { typical: typical.file });
  const small = await report('typical', typical.text, 101, TARGET);
  const big = await report('large-1mb', large, 11, TARGET);
  const perKb = (ms, text) => (ms * 1000) / (text.length / 1024);
  const smallUs = perKb(small.check, typical.text);
  const bigUs = perKb(big.check, large);
  ctx.print('core.linearity', { typical_us_per_kb: smallUs, large_us_per_kb: bigUs, 'large/typical': bigUs / smallUs, target: LINEARITY_TARGET, verdict: bigUs / smallUs <= LINEARITY_TARGET ? 'linear' : 'SUPERLINEAR' });
  const mdl = small.markdownlint / small.check;
  ctx.print('core.markdownlint', { 'markdownlint/check': mdl, target: MARKDOWNLINT_TARGET, verdict: mdl >= MARKDOWNLINT_TARGET ? 'ok' : 'MISSED' });
  warmRecheck(ctx, core, md, typical.text);
  editRecheck(ctx, core, md, typical.text);

  for (const [label, text] of Object.entries(pathological())) await report(`pathological.${label}`, text, 11, PATHOLOGICAL_TARGET);

  gc();
  const base = process.memoryUsage().heapUsed;
  const result = core.check(large);
  const after = process.memoryUsage().heapUsed;
  gc();
  const retained = process.memoryUsage().heapUsed;
  ctx.print('core.memory', { input_mb: large.length / MB, heap_used_mb: after / MB, heap_growth_mb: (after - base) / MB, retained_mb: (retained - base) / MB, findings: result.findings.length });
}
