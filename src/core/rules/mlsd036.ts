import type { Rule } from './types';
import { roughly } from './util';
import { analyzeNumbers, stepOfLine, type Quantity } from '../analysis/quantities';

/**
 * How many times its whole-system average a per-second figure may be before it is reported: a peak factor
 * of up to 10 times a fan-out of up to a thousand (candidates scored per feed load, couriers per order).
 */
const MAX_RATIO = 10_000;
/** A volume counts as the whole system's when it is at least this many a period (not "10 searches a day" per user). */
const MIN_VOLUME = 1e6;
const DAY = 86400;


/** A whole-system volume over a day or more: "50 million passengers a year", "1B impressions/day". */
const isVolume = (q: Quantity) => q.dim.t === -1 && q.period >= DAY && q.display >= MIN_VOLUME && !q.perNoun && q.bound === undefined;
/** A figure per second: "150,000 requests per second", "70k QPS". */
const isPerSecond = (q: Quantity) => q.dim.t === -1 && q.period === 1 && q.bound === undefined;

/** MLSD036: a per-second figure derived from a daily or yearly volume is within reach of that volume's average. */
export const implausibleRate: Rule = {
  id: 'MLSD036',
  name: 'implausible-rate',
  description: 'A per-second figure stated next to a daily or yearly volume is near what that volume averages per second: "50 million passengers a year" is about 1.6/s, so "150,000 requests per second" is off.',
  rationale:
    'Back-of-envelope numbers set the serving design: GPUs, shards, caches. A volume per day or per year divided by the seconds in it is the average rate; ' +
    'a peak is a few times that, and a fan-out (candidates scored per request) multiplies it again, but a figure ten thousand times the average means ' +
    'a unit was lost on the way, and the design built on it is off by as much. The checker compares a per-second figure with the whole-system volumes ' +
    '(a million or more per day or longer) stated before it in the same paragraph.\n\n' +
    'Good: "50M passengers a year is about 1.6 check-ins per second; with a morning peak of 10× and 20 seat offers scored per check-in, about 320 scorings per second."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  defect: true,
  tags: ['numbers', 'requirements'],
  check(ctx, report) {
    const { answer } = ctx;
    let volumes: Quantity[] = [];
    let last = -2;
    for (const l of analyzeNumbers(answer).lines) {
      // A paragraph: the lines with numbers since the last blank line.
      for (let k = last + 1; k < l.line; k++) if (answer.lineText(k).trim() === '') volumes = [];
      last = l.line;
      for (const t of l.tokens) {
        if (t.k !== 'q') continue;
        const q = t.q;
        if (isVolume(q)) {
          volumes.push(q);
          continue;
        }
        if (!isPerSecond(q)) continue;
        const rate = q.display * q.factor;
        const v = volumes.find((x) => rate > MAX_RATIO * x.display * x.factor);
        if (!v) continue;
        const average = v.display * v.factor;
        report({
          range: { start: { line: q.line, character: q.start }, end: { line: q.line, character: q.end } },
          step: stepOfLine(answer, q.line) ?? 'requirements',
          message: `${q.text} is ${roughly(rate / average)}× the ${roughly(average)}/s that ${v.text} averages: redo the rate (a peak is a few times the average).`,
          concepts: ['back-of-envelope'],
          related: [{ range: { start: { line: v.line, character: v.start }, end: { line: v.line, character: v.end } }, message: `The volume: ${v.text}` }],
        });
        volumes = volumes.filter((x) => x !== v);
      }
    }
  },
};
