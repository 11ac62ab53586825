/**
 * "Show the working": what the checker understood of a number (its value in
 * plain units, the calculation or budget it belongs to, where the same figure
 * is stated again), and the capacity figures an answer's numbers imply
 * (traffic on average and at peak, predictions per second, storage per day
 * and retained), each with what it was derived from. Read only; the hovers
 * of the editor and the language server show it as Markdown.
 */
import type { Answer } from '../model/types';
import { escapeMarkdown as esc } from '../util';
import { findBudgets } from './budgets';
import { disagree, findFacts } from './consistency';
import { analyzeNumbers, formatResult, lexLine, visibleLines, type Calculation, type LineNumbers, type Quantity } from './quantities';

/** What a hover on a number shows: Markdown, and the characters of the number on its line. */
export interface NumberWorking {
  readonly markdown: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}


/** A positive number in a few significant digits with a k/M/B/T suffix: 23148 → 23k, 1.25e9 → 1.3B. */
export function human(x: number): string {
  const ax = Math.abs(x);
  for (const [f, s] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']] as const) {
    if (ax >= f * 0.9995) return `${trim(x / f)}${s}`;
  }
  return trim(x);
}

function trim(x: number): string {
  const ax = Math.abs(x);
  const s = ax >= 100 ? x.toFixed(0) : ax >= 10 ? x.toFixed(1) : ax >= 1 ? x.toFixed(2) : Number(x.toPrecision(2)).toString();
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const BYTES: readonly [number, string][] = [[1e15, 'PB'], [1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB']];

/** Bytes with a decimal unit: 1.2e13 → 12 TB. */
export function bytes(x: number): string {
  for (const [f, u] of BYTES) if (x >= f * 0.9995) return `${trim(x / f)} ${u}`;
  return `${trim(x)} B`;
}

/** Seconds as the unit a person would use. */
function seconds(x: number): string {
  if (x >= 86400) return `${trim(x / 86400)} days`;
  if (x >= 3600) return `${trim(x / 3600)} h`;
  if (x >= 1) return `${trim(x)} s`;
  if (x >= 1e-3) return `${trim(x * 1e3)} ms`;
  return `${trim(x * 1e6)} µs`;
}

const NOUNS: Readonly<Record<string, string>> = { dau: 'daily active users', mau: 'monthly active users', wau: 'weekly active users', qps: 'requests', rps: 'requests' };

/** A whole number with thousands separators, a fraction in a few digits. */
function full(x: number): string {
  return Math.abs(x) >= 1000 && Number.isInteger(Math.round(x)) ? Math.round(x).toLocaleString('en-US') : trim(x);
}

/** One line saying what a quantity is, in plain units. */
export function describe(q: Quantity): string {
  const v = q.display * q.factor;
  const nouns = q.nouns.length ? q.nouns.map((w) => NOUNS[w] ?? w) : /^(qps|rps)$/i.test(q.unit) ? ['requests'] : [];
  const what = nouns.length ? ` ${nouns.join(' ')}` : '';
  const per = q.perNoun ? ` per ${q.perNoun}` : '';
  const mark = q.bound === 'max' ? 'at most ' : q.bound === 'min' ? 'at least ' : q.approx ? 'about ' : '';
  const { t, b, m } = q.dim;
  let body: string;
  if (q.kind === 'percent') body = `${trim(q.display)}% (a share of ${trim(q.display / 100)})`;
  else if (q.kind === 'factor') body = `a factor of ${trim(q.display)}`;
  else if (t === -1 && b === 0 && m === 0) {
    const perSecond = `${human(v)}${what || ' events'}${per} per second`;
    body = q.period && q.period !== 1 ? `${human(q.display)}${what}${per} per ${seconds(q.period).replace(/^1 /, '')}, ${perSecond}` : perSecond;
  } else if (t === -1 && b === 1) body = `${bytes(v * (q.period || 1))} per ${q.period ? seconds(q.period).replace(/^1 /, '') : 'second'}`;
  else if (b === 1 && t === 0) body = q.binFactor !== q.factor ? `${bytes(v)} (${human(q.display * q.binFactor)} bytes with 1024-based units)` : `${human(v)} bytes`;
  else if (t === 1 && b === 0) body = seconds(v);
  else if (m === 1) body = `$${human(v)}`;
  else body = `${full(v)}${what}${per}`;
  return `${mark}${body}`;
}

/** The calculation of a line that uses `q` as an operand or states it as the result. */
function calculationOf(l: LineNumbers, q: Quantity): Calculation | undefined {
  return l.calculations.find((c) => c.result === q) ?? l.calculations.find((c) => q.start >= c.start && q.end <= c.end);
}

function calculationLine(c: Calculation, q: Quantity): string {
  const computed = `${formatResult(c.expected, c.result).text}${c.result.unit ? ` ${c.result.unit}` : ''}`;
  const verdict = c.ok ? 'it checks out' : `it works out to ${computed}, not ${esc(c.result.text.replace(/^[≈~=\s]+/, ''))}`;
  return c.result === q ? `Worked out as ${esc(c.lhs)}: ${verdict}.` : `Used in ${esc(c.lhs)} → ${esc(c.result.text.replace(/^[≈~=\s]+/, ''))}: ${verdict}.`;
}

function budgetLine(a: Answer, q: Quantity): string | undefined {
  for (const b of findBudgets(a)) {
    const isTotal = b.total === q;
    if (!isTotal && !b.parts.some((p) => p.q === q)) continue;
    const sum = b.total.dim.b ? bytes(b.sum) : b.total.dim.t === 1 ? seconds(b.sum) : human(b.sum);
    const total = esc(b.total.text);
    const fit = b.over ? 'more than the total' : 'within it';
    return isTotal
      ? `A budget split into ${b.parts.length} parts that add up to ${sum}: ${fit}.`
      : `One of ${b.parts.length} parts of the ${total} budget; together they take ${sum}, ${fit}.`;
  }
  return undefined;
}

function factLine(a: Answer, q: Quantity, said: string): string | undefined {
  const facts = findFacts(a);
  const own = facts.find((f) => f.q === q);
  if (!own) return undefined;
  const others = facts.filter((f) => f.key === own.key && f !== own);
  const clash = others.filter((f) => disagree(own, f));
  if (clash.length) return `Read as ${own.label}; also stated as ${clash.map((f) => `${esc(f.q.text)} (line ${f.q.line + 1})`).join(', ')}.`;
  if (others.length) return `Read as ${own.label}; stated again on line ${others.map((f) => f.q.line + 1).join(', ')} with the same value.`;
  return said.includes(own.label) ? undefined : `Read as ${own.label}.`;
}

/** The working of the number at a position, or undefined when there is none. */
export function numberWorkingAt(a: Answer, line: number, character: number): NumberWorking | undefined {
  // The analysis lexes only the sentences that can matter to a rule; a hover explains any number.
  const analysed = analyzeNumbers(a).lines.find((x) => x.line === line);
  const visible = analysed ? undefined : visibleLines(a)[line];
  const tokens = analysed?.tokens ?? (visible ? lexLine(visible, line) : []);
  let q: Quantity | undefined;
  for (const t of tokens) if (t.k === 'q' && character >= t.q.start && character <= t.q.end) q = t.q;
  if (!q) return undefined;
  const text = q.text.replace(/^[≈~=\s]+/, '');
  const said = describe(q);
  // "80 ms" needs no gloss; "230k QPS" does ("about 230k requests per second").
  const gloss = said.replace(/[\s,]/g, '') !== text.replace(/[\s,]/g, '');
  const parts = [gloss ? `**${esc(text)}**: ${esc(said)}.` : `**${esc(text)}**`];
  const c = analysed && calculationOf(analysed, q);
  if (c) parts.push(calculationLine(c, q));
  const b = budgetLine(a, q);
  if (b) parts.push(b);
  const f = factLine(a, q, gloss ? said : '');
  if (f) parts.push(f);
  if (parts.length === 1 && !gloss) return undefined;
  return { markdown: parts.join('\n\n'), line, start: q.start, end: q.end };
}
