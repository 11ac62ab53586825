import type { Rule } from './types';
import { docAnchor, lineWords, saidInChinese, servingBatchHits, stepHeadingSection } from './util';

const LATENCY_WORDS = new Set(['latency', 'p', 'sla', 'slo', 'response', 'responses', 'respond', 'responds', 'timeout', 'budget', 'deadline', 'turnaround']);

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
  concepts: ['latency-in-ms', 'latency-in-seconds', 'batch-serving', 'scale-numbers'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    // A batch system's latency is its job's deadline: saying it is batch answers the question.
    const latency =
      hits.all(ctx.concept('latency-in-ms').phrases).length > 0 ||
      servingBatchHits(ctx, hits.all(ctx.concept('batch-serving').phrases)).length > 0 ||
      hits.all(ctx.concept('latency-in-seconds').phrases).some((h) => lineWords(answer, hits.line(h)).some((w) => LATENCY_WORDS.has(w))) ||
      saidInChinese(ctx, 'latency-in-ms') ||
      saidInChinese(ctx, 'batch-serving');
    const scale = hits.all(ctx.concept('scale-numbers').phrases).length > 0 || saidInChinese(ctx, 'scale-numbers');
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
