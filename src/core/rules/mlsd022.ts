import { analyzeNumbers, formatResult, stepOfLine, type Calculation } from '../analysis/quantities';
import type { Rule } from './types';

/** Longest left-hand side quoted in a message. */
const QUOTE = 70;

/** The unit to show after a number in a message: sizes, times and money; counts and rates go without (as the answer wrote the number). */
function unitOf(c: Calculation): string {
  const q = c.result;
  const spaced = (u: string) => (u.startsWith('/') ? u : ` ${u}`);
  if (q.kind === 'time' || q.kind === 'size') return spaced(q.unit);
  if (q.kind === 'percent') return '%';
  if (q.kind === 'money' && q.unit) return spaced(q.unit);
  // A conversion is about the unit: "2M a day is about 23/s, not 60/s".
  if (c.form === 'conversion' && q.unit) return spaced(q.unit);
  return '';
}

const DECIMAL = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** `x` in the size unit written at the start of `after`, moved up while it is 1,000 or more; undefined when it need not move. */
function rescaleSize(x: number, after: string): { value: number; unit: string; old: string; space: string } | undefined {
  const m = /^(\s?)([KMGTPE]i?B|kB|B)(?![A-Za-z])/.exec(after);
  if (!m) return undefined;
  const old = m[2]!;
  const table = old.includes('i') ? BINARY : DECIMAL;
  const step = old.includes('i') ? 1024 : 1000;
  let i = table.indexOf(old === 'kB' ? 'KB' : old);
  if (i < 0) return undefined;
  let value = x;
  while (value >= 1000 && i < table.length - 1) [value, i] = [value / step, i + 1];
  return table[i] === (old === 'kB' ? 'KB' : old) ? undefined : { value, unit: table[i]!, old, space: m[1]! };
}

/** The message and fix of one calculation that is off. */
export function arithmeticFinding(c: Calculation, lineText: string) {
  const q = c.result;
  const stated = lineText.slice(q.numStart, q.numEnd);
  let { text: fixed, exact } = formatResult(c.expected, q);
  // A fix that reads as the stated number (heavy rounding) would change nothing: show more digits.
  if (fixed === stated) ({ text: fixed, exact } = formatResult(c.expected, { ...q, sig: Math.min(4, q.sig + 2) }));
  let unit = unitOf(c);
  let end = q.numEnd;
  // "20000 GB/day" reads as "20 TB/day": a size result moves up its unit while it is 1,000 or more.
  const rescaled = q.kind === 'size' ? rescaleSize(c.expected, lineText.slice(q.numEnd)) : undefined;
  if (rescaled) {
    ({ text: fixed, exact } = formatResult(rescaled.value, { ...q, style: 'plain', scale: '' }));
    fixed = `${fixed}${rescaled.space}${rescaled.unit}`;
    unit = unit.slice(unit.indexOf(rescaled.old) + rescaled.old.length);
    end = q.numEnd + rescaled.space.length + rescaled.old.length;
  }
  const shown = rescaled ? lineText.slice(q.numStart, end) : stated;
  const money = q.kind === 'money' ? lineText.slice(q.start, q.numStart).replace(/[~≈∼<>≤≥=\s]/g, '') : '';
  const lhs = c.lhs.length > QUOTE ? `${c.lhs.slice(0, QUOTE - 1)}…` : c.lhs;
  const about = exact ? '' : 'about ';
  const message =
    c.form === 'conversion'
      ? `${lhs} is ${about}${money}${fixed}${unit}, not ${money}${shown}${unit}: redo the conversion.`
      : `${lhs} is ${about}${money}${fixed}${unit}, not ${money}${shown}${unit}.`;
  return {
    message,
    fix: {
      title: `Replace ${shown} with ${fixed}`,
      edits: [{ range: { start: { line: q.line, character: q.numStart }, end: { line: q.line, character: end } }, newText: fixed }],
    },
  };
}

/** MLSD022: a calculation the answer states is recomputed; a result that is off is reported with the right one. */
export const arithmetic: Rule = {
  id: 'MLSD022',
  name: 'arithmetic',
  description: 'Every calculation the answer states adds up: `A × B ÷ C ≈ D`, "A users, B per user → C", a peak factor, a per-day figure restated per second.',
  rationale:
    'Interviewers redo the back-of-envelope arithmetic. "200M DAU × 10 requests ÷ 86,400 s ≈ 230k QPS" is off by ten, and every sizing built on it ' +
    '(servers, candidates scored per second, storage) is off with it. The checker recomputes each stated calculation with its units ' +
    '(5B × 2 KB is 10 TB; sizes may use 1000 or 1024), allowing 2% for `=` and 10% for `≈`, `~`, `→` or "about" (more when the result is written ' +
    'with fewer digits), and says what the result should be; the quick fix writes it in.\n\n' +
    'Good: "200M DAU × 10 requests ÷ 86,400 s ≈ 23k QPS on average; with a peak factor of 3, about 70k QPS."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['numbers', 'requirements'],
  defect: true,
  check(ctx, report) {
    const { answer } = ctx;
    for (const l of analyzeNumbers(answer).lines) {
      for (const c of l.calculations) {
        if (c.ok) continue;
        const q = c.result;
        const { message, fix } = arithmeticFinding(c, l.text);
        report({
          range: { start: { line: q.line, character: q.numStart }, end: { line: q.line, character: q.end } },
          step: stepOfLine(answer, q.line),
          message,
          fix,
          concepts: ['back-of-envelope'],
          related: [{ range: { start: { line: c.line, character: c.start }, end: { line: c.line, character: c.end } }, message: `The calculation: ${c.lhs}` }],
        });
      }
    }
  },
};
