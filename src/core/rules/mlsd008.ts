import type { Rule } from './types';
import { docAnchor, explainedWhere, stepAnchor } from './util';

const NOT_BEFORE = new Set(['false', 'true']);
const NOT_AFTER = new Set([
  'feedback', 'sampling', 'downsampling', 'down', 'subsampling', 'weight', 'weights', 'rate', 'rates', 'sentiment',
  'reviews', 'impact', 'effect', 'effects', 'experience', 'signals',
]);

/** MLSD008: the answer says exactly what a positive and a negative example are. */
export const labelUndefined: Rule = {
  id: 'MLSD008',
  name: 'label-undefined',
  description: 'The answer defines its label: what counts as a positive and a negative example, with the time window.',
  rationale:
    'The label is the contract between the business goal and the model. "We predict clicks" leaves open the questions that decide data quality: ' +
    'which impressions count, how long to wait for a click, what happens to accidental or fraudulent clicks, whether a hide is a negative.\n\n' +
    'Good: "Positive = a valid click within 30 minutes of a viewable impression; negative = a viewable impression with no click after the window closes."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['framing', 'data', 'label'],
  concepts: ['label-defined', 'label-polarity', 'regression-task', 'observed-target'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    // A sentence that defines it in other words counts; a bare "Labels" bullet does not.
    const defines = (text: string) => !/\b(false|true)[\s-]+(positive|negative)|(positive|negative)[\s-]+(sampl|downsampl|mining)/i.test(text);
    if (hits.all(ctx.concept('label-defined').phrases).length > 0 || explainedWhere(ctx, 'framing', 'label-definition', defines)) return;
    const t = answer.tokens;
    const polar = hits.all(ctx.concept('label-polarity').phrases).some((h) => {
      const before = h.token > 0 ? t.word(h.token - 1) : '';
      const after = h.end < t.count ? t.word(h.end) : '';
      return !NOT_BEFORE.has(before) && !NOT_AFTER.has(after);
    });
    if (polar) return;
    // A quantity's label is the value observed later: "the actual delivery time", "the recorded volume".
    const quantity = ctx.kinds.includes('regression') || hits.all(ctx.concept('regression-task').phrases).length > 0;
    if (quantity && hits.all(ctx.concept('observed-target').phrases).length > 0) return;
    const range = answer.stepSections.has('framing')
      ? stepAnchor(answer, 'framing')
      : answer.stepSections.has('data')
        ? stepAnchor(answer, 'data')
        : docAnchor(answer);
    report({
      range,
      step: 'framing',
      message: quantity
        ? 'The label is never defined: say which observed value the model learns from, and when it is known.'
        : 'The label is never defined: say what counts as a positive and a negative example, and within what time window.',
      gap: 'the label definition',
      concepts: ['label-definition'],
    });
  },
};
