import { keywordGroup } from '../text/keywords';
import type { Rule } from './types';
import { docAnchor, lineWords, stepHeadingSection } from './util';

/** A latency number with a unit: `200 ms`, `200ms`, `10 milliseconds`. */
const LATENCY_MS = keywordGroup('mlsd005/latency-ms', ['#num ms|msec*|millisecond*']);
/** Seconds count only on a line that talks about latency (a "30 s" click window is not an SLO). */
const LATENCY_S = keywordGroup('mlsd005/latency-s', ['#num s|sec|secs|second|seconds']);
const LATENCY_WORDS = new Set(['latency', 'p', 'sla', 'slo', 'response', 'responses', 'respond', 'responds', 'timeout', 'budget']);
/** A scale number: `100k QPS`, `2 billion`, `500M DAU`, `10,000 requests`. */
const SCALE = keywordGroup('mlsd005/scale', [
  '#num k|m|b|bn|mm|thousand*|million*|billion*|trillion*',
  '#num qps|rps|tps|dau|mau|users|requests|queries|searches|impressions|predictions|events|transactions|items|ads|videos|posts',
  'qps|rps|tps|dau|mau #num',
]);

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
  check(ctx, report) {
    const { answer, hits } = ctx;
    const latency =
      hits.all(LATENCY_MS).length > 0 ||
      hits.all(LATENCY_S).some((h) => lineWords(answer, hits.line(h)).some((w) => LATENCY_WORDS.has(w)));
    const scale = hits.all(SCALE).length > 0;
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
