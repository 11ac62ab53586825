import type { Rule, RuleContext } from './types';
import { hitIn, lineInStep, pointHits, sentenceOf } from './util';
import { setsAside } from '../text/markers';
import { parseQuantities } from '../analysis/quantities';


/** A share of at most this many percent, said with an outcome word, is a rare positive ("about 4% cancel in a given month"). */
const RARE_SHARE = 10;

/** The outcome is stated as rare in numbers: a share of at most 10% in one sentence with an outcome word (churn, cancel, fraud …), read by the numbers' lexer. */
function rareOutcome(ctx: RuleContext): boolean {
  const { answer, hits } = ctx;
  const seen = new Set<number>();
  for (const h of hits.all(ctx.concept('title-outcome').phrases)) {
    const s = sentenceOf(ctx, h);
    if (!s || seen.has(s.index)) continue;
    seen.add(s.index);
    if (parseQuantities(answer.text.slice(s.start, s.end)).some((q) => q.kind === 'percent' && q.display > 0 && q.display <= RARE_SHARE)) return true;
  }
  return false;
}

/** MLSD013: accuracy is the main offline metric of an imbalanced problem. */
export const accuracyOnImbalanced: Rule = {
  id: 'MLSD013',
  name: 'accuracy-on-imbalanced',
  description: 'An imbalanced problem (CTR, fraud, moderation, rare positives) is not judged mainly by accuracy.',
  rationale:
    'With 1% positives, a model that always says "no" is 99% accurate. Accuracy hides exactly the errors that matter on rare classes and says nothing ' +
    'about the probabilities an auction or a threshold uses. Use PR-AUC or recall at a fixed precision for rare positives, log loss/NE and calibration for probabilities, ' +
    'and ROC-AUC for ranking quality.\n\n' +
    'Good: "CTR is ~1%, so accuracy is meaningless; we track log loss (NE), ROC-AUC and calibration per slice."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['evaluation', 'metrics'],
  defect: true,
  concepts: ['accuracy', 'imbalance', 'title-outcome', 'beyond-accuracy-metrics', 'training-words'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const hasEval = answer.stepSections.has('evaluation');
    const listQualities = ctx.concept('beyond-accuracy-metrics').phrases.patterns;
    const chosen = hits
      .all(ctx.concept('accuracy').phrases)
      .filter((h) => !hasEval || lineInStep(answer, hits.line(h), 'evaluation'))
      // Accuracy criticised or set aside, not chosen: "accuracy is misleading", "not accuracy", "instead of accuracy".
      .filter((h) => !setsAside(answer.lineText(hits.line(h))));
    if (chosen.length === 0) return;
    const imbalanced =
      ctx.kinds.some((k) => k === 'ads' || k === 'fraud' || k === 'moderation') || hits.all(ctx.concept('imbalance').phrases).length > 0 || rareOutcome(ctx);
    if (!imbalanced) return;
    const first = chosen[0]!;
    // Offline metrics that suit imbalance: anything but accuracy.
    const better = [
      ...pointHits(ctx, 'evaluation', 'offline-metrics'),
      ...pointHits(ctx, 'evaluation', 'ranking-metrics', (k) => !listQualities.includes(k)),
    ]
      .sort((a, b) => a.token - b.token)
      .filter((h) => !hasEval || lineInStep(answer, hits.line(h), 'evaluation'))
      // A loss the model is trained with is no metric it is judged by: "trained with weighted log loss".
      .filter((h) => {
        const s = sentenceOf(ctx, h);
        return !s || !hitIn(ctx, 'training-words', s);
      });
    // "Main": no better metric at all, or accuracy is the first offline metric named.
    if (better.length > 0 && better[0]!.token < first.token) return;
    report({
      range: hits.range(first),
      step: 'evaluation',
      message: 'Accuracy misleads when positives are rare (always predicting "no" scores high): lead with PR-AUC or recall at a fixed precision.',
      concepts: ['offline-metrics'],
    });
  },
};
