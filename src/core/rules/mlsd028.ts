import type { Rule } from './types';
import { docAnchor } from './util';

/** Sentences an answer needs before its share of concrete ones means something. */
const MIN_SENTENCES = 8;
/** Below this share of sentences with a number or a comparison, the answer is vague throughout. */
export const VAGUE_SHARE = 0.12;

/** MLSD028: the answer gives numbers and comparisons, not only names and praise. */
export const noSpecifics: Rule = {
  id: 'MLSD028',
  name: 'no-specifics',
  description: `At least ${Math.round(VAGUE_SHARE * 100)}% of the answer's sentences give a number (a scale, a latency, a window, a threshold) or compare a choice with an alternative.`,
  rationale:
    'An interviewer rewards a reason, a number and a trade-off. An answer that names every technique but never says how much, how fast, or what a choice beats ' +
    '("we use a state-of-the-art model to ensure success", or lists of names under each heading) shows vocabulary, not design. ' +
    'Sound answers give a number or a comparison in a third of their sentences or more; the score keeps at most half of what the points would earn when none does.\n\n' +
    'Good: "Peak 100k QPS × 300 candidates; DCN-v2 rather than GBDT because feature crosses gain 0.4% NE, paid for by a 15 ms p99 budget."',
  // A hint that says why the score is low: the steps' own findings say what to add.
  severity: { mid: 'info', senior: 'info', staff: 'info' },
  tags: ['content', 'depth'],
  check(ctx, report) {
    const { sentences, concrete } = ctx.coverage.specifics;
    if (sentences < MIN_SENTENCES || concrete >= sentences * VAGUE_SHARE) return;
    report({
      range: docAnchor(ctx.answer),
      step: null,
      message: `Only ${concrete} of ${sentences} sentences give a number or a comparison: say how much, how fast, and what each choice beats.`,
    });
  },
};
