// Evaluation runner: checks every labelled answer in test/eval/corpus/ with
// today's core and measures how well the findings and the score match what a
// staff-level interviewer would say (the labels). See test/eval/README.md.
//
//   npm run eval              per-file table and summary
//   npm run eval -- --json    summary as JSON
//   npm run eval -- --verbose every finding of every file as well
//   npm run eval -- a-ctr      only files whose name starts with "a-ctr"
//   MLSD_EVAL_CORPUS=dir       read another corpus directory
//   MLSD_EVAL_PROBES=file      read another probe file (test/eval/probes.json by default)
//
// Exit 0 (a measurement), 2 when a corpus file's labels are malformed, 1 when
// check() throws on a file.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcRoot = process.env.MLSD_EVAL_ROOT ?? root;
const corpusDir = process.env.MLSD_EVAL_CORPUS ?? join(root, 'test/eval/corpus');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const verbose = args.includes('--verbose');
const filters = args.filter((a) => !a.startsWith('--'));

const STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring', 'general'];
const POINTS = new Set(`business-objective use-case scale latency-slo constraints data-availability scope-assumptions
  functional-requirements back-of-envelope stakeholders ml-objective input-output ml-category label-definition need-for-ml
  multi-objective architecture-funnel reframing data-sources labels-collection imbalance-sampling ingestion-mode storage
  feature-engineering feature-representation feature-store data-flow split-leakage data-quality privacy-bias baseline
  model-progression stage-models loss training-details distributed-training continual-learning calibration special-problems
  multi-task-modeling interpretability offline-metrics ranking-metrics task-metrics online-metrics guardrail-metrics ab-test
  alternative-online-eval offline-protocol offline-online-gap serving-mode serving-latency serving-funnel ann-index caching
  serving-infra model-optimization safe-rollout business-logic fallback cost system-monitoring model-quality-monitoring
  data-drift concept-drift training-serving-skew alerting retraining feedback-loops logging-lineage human-in-the-loop
  platform-ownership trade-offs diagram cold-start responsible-ai extensions risk-register`.split(/\s+/));

/** Bundle the core to dist/eval/core.js, so the runner measures today's sources. */
async function loadCore() {
  const esbuild = await import('esbuild');
  const outfile = join(root, 'dist/eval/core.js');
  await esbuild.build({ entryPoints: [join(srcRoot, 'src/core/index.ts')], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

/** Parse and validate a file's labels; problems are returned, not thrown. */
function parseLabels(text) {
  const problems = [];
  let evalLabel;
  const expects = [];
  const silents = new Set();
  const lineOf = (i) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/<!--\s*(eval|expect|silent)\b([\s\S]*?)-->/g)) {
    const [raw, kind, body] = m;
    const where = `line ${lineOf(m.index)}`;
    if (kind === 'eval') {
      const q = /^\s+quality=(\d+)\s+score=(\d+)-(\d+)\s*$/.exec(body);
      if (!q) { problems.push(`${where}: malformed eval label ${raw} (want <!-- eval quality=Q score=LO-HI -->)`); continue; }
      const [quality, lo, hi] = q.slice(1).map(Number);
      if (quality < 1 || quality > 5) problems.push(`${where}: quality ${quality} is not 1..5`);
      if (lo > hi || hi > 100) problems.push(`${where}: bad band ${lo}-${hi}`);
      if (evalLabel) problems.push(`${where}: a second eval label`);
      evalLabel = { quality, lo, hi };
      continue;
    }
    const l = /^:\s*([a-z]+)(?:\/([a-z-]+))?\s*$/.exec(body);
    if (!l) { problems.push(`${where}: malformed ${kind} label ${raw}`); continue; }
    const [, step, point] = l;
    if (!STEPS.includes(step)) problems.push(`${where}: unknown step "${step}"`);
    if (point && !POINTS.has(point)) problems.push(`${where}: unknown point "${point}"`);
    if (kind === 'silent' && point) problems.push(`${where}: a silent label names a step only`);
    if (kind === 'expect') expects.push({ step, point, line: lineOf(m.index) });
    else silents.add(step);
  }
  if (!evalLabel) problems.push('no <!-- eval quality=Q score=LO-HI --> label');
  for (const e of expects) if (silents.has(e.step)) problems.push(`line ${e.line}: step "${e.step}" is both expected and silent`);
  return { evalLabel, expects, problems };
}

const stepKey = (f) => f.step ?? 'general';
/** Every step a finding speaks for (several when it groups steps missing or not started at one place). */
const stepsOf = (f) => f.steps ?? [stepKey(f)];
const loud = (f) => f.severity === 'warning' || f.severity === 'error';
const short = (s, n = 80) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');

/** Spearman rank correlation (average ranks for ties). */
function spearman(xs, ys) {
  const ranks = (v) => {
    const order = v.map((x, i) => [x, i]).sort((a, b) => a[0] - b[0]);
    const r = new Array(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
      for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const a = ranks(xs), b = ranks(ys), n = xs.length;
  const mean = (v) => v.reduce((s, x) => s + x, 0) / n;
  const ma = mean(a), mb = mean(b);
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < n; i++) { num += (a[i] - ma) * (b[i] - mb); da += (a[i] - ma) ** 2; db += (b[i] - mb) ** 2; }
  return da && db ? num / Math.sqrt(da * db) : NaN;
}

/** Measure one file against its labels. */
function measure(file, text, labels, check) {
  const { coverage, findings } = check(text);
  const score = Math.round(coverage.overall);
  const warnErr = findings.filter(loud);
  const expected = new Set(labels.expects.map((e) => e.step));
  const missed = [];
  let found = 0, pointByStep = 0;
  for (const e of labels.expects) {
    const onStep = warnErr.filter((f) => stepsOf(f).includes(e.step));
    let ok = onStep.length > 0;
    if (ok && e.point) {
      if (onStep.some((f) => Array.isArray(f.concepts))) ok = onStep.some((f) => f.concepts?.includes(e.point));
      else pointByStep++;
    }
    if (ok) found++;
    else missed.push(e.point ? `${e.step}/${e.point}` : e.step);
  }
  const falseFindings = warnErr.filter((f) => !stepsOf(f).some((st) => expected.has(st)));
  const perLine = new Map();
  for (const f of findings) perLine.set(f.range.start.line, (perLine.get(f.range.start.line) ?? 0) + 1);
  const crowded = findings.filter((f) => perLine.get(f.range.start.line) > 2).length;
  const { quality, lo, hi } = labels.evalLabel;
  return {
    file, quality, lo, hi, score, inBand: score >= lo && score <= hi, findings, warnErr: warnErr.length,
    errors: findings.filter((f) => f.severity === 'error').length, expects: labels.expects.length,
    pointLabels: labels.expects.filter((e) => e.point).length, found, pointByStep, missed, falseFindings, crowded,
  };
}

function summarize(rows) {
  const sum = (k) => rows.reduce((s, r) => s + (typeof k === 'function' ? k(r) : r[k]), 0);
  const allFindings = rows.flatMap((r) => r.findings);
  const longest = allFindings.reduce((best, f) => (f.message.length > (best?.message.length ?? -1) ? f : best), undefined);
  const unlabelled = rows.filter((r) => r.expects === 0);
  const pct = (a, b) => (b ? Math.round((1000 * a) / b) / 10 : null);
  const onExpected = sum('warnErr') - sum((r) => r.falseFindings.length);
  const inBand = rows.filter((r) => r.inBand).length;
  return {
    files: rows.length,
    recall: { found: sum('found'), labels: sum('expects'), percent: pct(sum('found'), sum('expects')) },
    pointLabels: { total: sum('pointLabels'), matchedByStepOnly: sum('pointByStep') },
    precision: { expected: onExpected, findings: sum('warnErr'), percent: pct(onExpected, sum('warnErr')) },
    scoreInBand: { inBand, files: rows.length, percent: pct(inBand, rows.length) },
    spearmanQualityScore: Math.round(1000 * spearman(rows.map((r) => r.quality), rows.map((r) => r.score))) / 1000,
    findingsPerAnswer: { all: Math.round((10 * allFindings.length) / rows.length) / 10, warningOrError: Math.round((10 * sum('warnErr')) / rows.length) / 10 },
    errorsOnAnswersWithoutExpects: { errors: unlabelled.reduce((n, r) => n + r.errors, 0), answers: unlabelled.length },
    longestMessage: longest ? { chars: longest.message.length, ruleId: longest.ruleId, start: short(longest.message, 60) } : null,
    crowdedLineShare: pct(sum('crowded'), allFindings.length),
  };
}

function printTable(rows) {
  const head = ['file', 'Q', 'band', 'score', '', 'find', 'w+e', 'labels'];
  const cells = rows.map((r) => [r.file.replace(/\.mlsd\.md$/, ''), String(r.quality), `${r.lo}-${r.hi}`, String(r.score), r.inBand ? '✓' : '✗', String(r.findings.length), String(r.warnErr), `${r.found}/${r.expects}`]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(line(head));
  rows.forEach((r, i) => {
    console.log(line(cells[i]));
    if (r.missed.length) console.log(`    missed: ${r.missed.join(', ')}`);
    for (const f of r.falseFindings) console.log(`    false:  ${f.ruleId}@${stepKey(f)}: ${short(f.message)}`);
    if (verbose) for (const f of r.findings) console.log(`    · L${f.range.start.line + 1} ${f.severity} ${f.ruleId}@${stepKey(f)}${f.concepts ? ` [${f.concepts.join(',')}]` : ''}: ${f.message}`);
  });
}

function printSummary(s) {
  const f = (x) => (x === null || Number.isNaN(x) ? 'n/a' : x);
  console.log(`
Summary (${s.files} answers)
  recall            ${s.recall.found}/${s.recall.labels} expect labels found (${f(s.recall.percent)}%)
  point labels      ${s.pointLabels.total}, of which ${s.pointLabels.matchedByStepOnly} matched by step only (no finding on the step carries concepts)
  precision         ${s.precision.expected}/${s.precision.findings} warning/error findings on an expected step (${f(s.precision.percent)}%)
  score in band     ${s.scoreInBand.inBand}/${s.scoreInBand.files} (${f(s.scoreInBand.percent)}%)
  spearman(Q,score) ${f(s.spearmanQualityScore)}
  findings/answer   ${s.findingsPerAnswer.all} all, ${s.findingsPerAnswer.warningOrError} warning+error
  no-expect errors  ${s.errorsOnAnswersWithoutExpects.errors} errors on ${s.errorsOnAnswersWithoutExpects.answers} answers with no expect label
  longest message   ${s.longestMessage ? `${s.longestMessage.chars} chars (${s.longestMessage.ruleId}: "${s.longestMessage.start}")` : 'n/a'}
  crowded lines     ${f(s.crowdedLineShare)}% of findings sit on a line with more than two findings`);
}

const STEP_HEADINGS = { requirements: 'Requirements', framing: 'Problem framing', data: 'Data', model: 'Model', evaluation: 'Evaluation', serving: 'Serving', monitoring: 'Monitoring' };

/** Each probe sentence alone under its step's heading: is its point made (plain words), or not (a near miss)? */
function probe(check) {
  const probes = JSON.parse(readFileSync(process.env.MLSD_EVAL_PROBES ?? join(root, 'test/eval/probes.json'), 'utf8'));
  const out = { plain: { made: 0, total: 0 }, near: { silent: 0, total: 0 } };
  for (const [id, { plain, near }] of Object.entries(probes)) {
    const [step, key] = id.split('/');
    const made = (sentence) => {
      const r = check(`---\nlevel: senior\n---\n# Probe\n\n## ${STEP_HEADINGS[step]}\n\n${sentence}\n`);
      return r.coverage.steps.get(step).points.find((p) => p.point.key === key).depth !== 'missing';
    };
    for (const x of plain) (out.plain.total++, made(x) && out.plain.made++);
    for (const x of near) (out.near.total++, made(x) || out.near.silent++);
  }
  return out;
}

async function main() {
  let files;
  try {
    files = readdirSync(corpusDir).filter((f) => f.endsWith('.mlsd.md') && (!filters.length || filters.some((x) => f.startsWith(x)))).sort();
  } catch {
    files = [];
  }
  if (!files.length) { console.error(`no *.mlsd.md files in ${corpusDir}`); process.exit(2); }
  const inputs = files.map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    return { file, text, labels: parseLabels(text) };
  });
  const bad = inputs.filter((i) => i.labels.problems.length);
  if (bad.length) {
    for (const i of bad) for (const p of i.labels.problems) console.error(`${i.file}: ${p}`);
    process.exit(2);
  }
  const { check, checkAsync } = await loadCore();
  const rows = [];
  let crashed = false;
  for (const { file, text, labels } of inputs) {
    try {
      // Mermaid's parse is async: checkAsync leaves each diagram's verdict for check() to read (MLSD025).
      if (checkAsync) await checkAsync(text);
      rows.push(measure(file, text, labels, check));
    } catch (e) {
      console.error(`${file}: check() threw: ${e?.stack ?? e}`);
      crashed = true;
    }
  }
  if (!rows.length) process.exit(1);
  const summary = summarize(rows);
  // The probes: one sentence alone under its step's heading (test/eval/probes.json; with the whole corpus only).
  if (!filters.length && !process.env.MLSD_EVAL_CORPUS) summary.probes = probe(check);
  if (asJson) console.log(JSON.stringify(summary, null, 2));
  else {
    printTable(rows);
    printSummary(summary);
    if (summary.probes) console.log(`  probes            ${summary.probes.plain.made}/${summary.probes.plain.total} plain-words sentences make their point; ${summary.probes.near.silent}/${summary.probes.near.total} near misses do not`);
  }
  process.exit(crashed ? 1 : 0);
}

await main();
