import type { Rule, RuleContext } from './types';
import { analyzeNumbers } from '../analysis/quantities';
import { saidTogether } from '../analysis/coverage';
import { docAnchor, saidInChinese, servingBatchHits, stepHeadingSection } from './util';

/** A rate of things from this many per period is a load ("60,000 conversations a day", "80k a second"). */
const MIN_RATE = 100;
/** A count of things from this many is a size ("27M store-product pairs", "8 million customers"). */
const MIN_COUNT = 10_000;

/** Is a load or a size stated anywhere, in whatever words for the things counted (the quantities the numbers rules read)? */
function loadStated(ctx: RuleContext): boolean {
  for (const line of analyzeNumbers(ctx.answer).lines) {
    for (const t of line.tokens) {
      if (t.k !== 'q') continue;
      const q = t.q;
      // Counts and rates of counts (per second: dim t = -1), not times, sizes or money.
      if (q.dim.b !== 0 || q.dim.m !== 0 || q.dim.t !== (q.period > 0 ? -1 : 0) || (q.kind !== 'count' && q.kind !== 'number')) continue;
      if (q.period > 0 ? q.display >= MIN_RATE : q.kind === 'count' && q.display >= MIN_COUNT) return true;
    }
  }
  return false;
}

/** MLSD005: the requirements put numbers on latency and scale. */
export const unquantifiedSlo: Rule = {
  id: 'MLSD005',
  name: 'unquantified-slo',
  description: 'The answer gives a latency target with a unit (e.g. "p99 ≤ 50 ms") and a scale number (e.g. "100k QPS", "500M DAU").',
  rationale:
    '"Low latency" and "large scale" are not requirements; numbers are. They drive every later choice: how many candidates can be scored, ' +
    'whether a deep model fits the budget, batch vs online prediction, how much hardware. Senior answers derive them in a back-of-envelope step.\n\n' +
    'Good: "Peak 100k search QPS × ~300 candidate ads = 30M predictions/s; the CTR ranker gets 15 ms p99 of the 200 ms page budget."',
  severity: { mid: 'info', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['requirements', 'numbers'],
  concepts: ['latency-in-ms', 'latency-in-seconds', 'latency-budget', 'batch-serving', 'scale-numbers', 'latency-words', 'training-words'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    // A duration in seconds is a latency on a line that speaks of one ("responses in 2 s", "a 3 s timeout").
    const latencyLines = new Set(hits.all(ctx.concept('latency-words').phrases).map((h) => hits.line(h)));
    // A batch system's latency is its job's deadline: saying it is batch answers the question.
    const latency =
      hits.all(ctx.concept('latency-in-ms').phrases).length > 0 ||
      servingBatchHits(ctx, hits.all(ctx.concept('batch-serving').phrases)).length > 0 ||
      hits.all(ctx.concept('latency-in-seconds').phrases).some((h) => latencyLines.has(hits.line(h))) ||
      saidInChinese(ctx, 'latency-in-ms') ||
      // A deadline said in a sentence ("shown within about 5 seconds of the vitals being entered"); its bare phrases ("SLO") carry no number.
      saidTogether(ctx.concept('latency-budget'), answer, hits, ctx.coverage.sentences).length > 0 ||
      saidInChinese(ctx, 'batch-serving');
    const scale = hits.all(ctx.concept('scale-numbers').phrases).length > 0 || saidInChinese(ctx, 'scale-numbers') || loadStated(ctx);
    const req = stepHeadingSection(answer, 'requirements');
    const range = req ? req.titleRange : docAnchor(answer);
    if (!latency) {
      report({
        range,
        step: 'requirements',
        message: 'No latency target with a number: add one with its unit, e.g. "p99 ≤ 50 ms".',
        gap: 'a latency target in ms',
        concepts: ['latency-slo'],
      });
    }
    if (!scale) {
      report({
        range,
        step: 'requirements',
        message: 'No scale number: add the load in numbers (users, items, peak requests per second).',
        gap: 'the scale in numbers',
        concepts: ['scale'],
      });
    }
  },
};
