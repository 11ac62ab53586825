import type { Hit, KeywordGroup } from '../text/keywords';
import type { Rule } from './types';
import { distributive } from '../text/markers';
import { parseQuantities } from '../analysis/quantities';
import { conceptSaid, hitText, lineInStep, pointHits, stepAnchor, saidAnywhere, saidInChinese, sentenceOf, servingBatchHits } from './util';


/** MLSD012: serving decides batch vs online and gives a latency budget. */
export const servingMode: Rule = {
  id: 'MLSD012',
  name: 'serving-mode',
  description: 'The serving step decides batch vs online (or hybrid) prediction and gives a latency budget.',
  rationale:
    'Batch prediction (precompute scores, look them up) is cheap and simple but stale and blind to request context; online prediction is fresh ' +
    'but has to fit a latency budget at peak QPS. Which one, and why, shapes the feature pipeline, the model size and the hardware. ' +
    'State the choice with its reason and the budget it must meet.\n\n' +
    'Good: "Online scoring per request, because query features cannot be precomputed; ad embeddings are precomputed in batch. Budget: 15 ms p99 for 300 candidates."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['serving'],
  concepts: ['serving-modes', 'latency-budget', 'batch-serving', 'training-words'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    if (!answer.stepSections.has('serving')) return; // MLSD001 reports the missing step
    // Said anywhere counts: a latency budget in the requirements holds for serving too.
    const find = (g: KeywordGroup) => hits.all(g).length > 0;
    const range = stepAnchor(answer, 'serving');
    const modePoint = saidAnywhere(ctx, 'serving', 'serving-mode');
    // A scoring path with a budget in milliseconds ("scoring sits in the SMTP accept path, 50 ms p99") has chosen online
    // prediction; said in another step, a budget in milliseconds for each item does too ("under 50 ms per message"),
    // where a page's budget does not (the page may read precomputed scores).
    const eachItem = (h: Hit) => {
      const s = sentenceOf(ctx, h);
      return !!s && distributive(answer.text.slice(s.start, s.end));
    };
    const msInServing = hits
      .all(ctx.concept('latency-budget').phrases)
      .some((h) => parseQuantities(hitText(answer, h)).some((q) => q.kind === 'time' && q.factor < 1) && (lineInStep(answer, hits.line(h), 'serving') || eachItem(h)));
    if (!modePoint && !msInServing && !find(ctx.concept('serving-modes').phrases) && !saidInChinese(ctx, 'serving-modes') && !saidInChinese(ctx, 'batch-serving')) {
      report({
        range,
        step: 'serving',
        message: 'Serving never decides between batch and online prediction: say which (or a hybrid) and why.',
        gap: 'batch or online prediction',
        concepts: ['serving-mode'],
      });
    }
    // Batch prediction has a deadline, not a per-request budget.
    if (!conceptSaid(ctx, 'latency-budget') && servingBatchHits(ctx, hits.all(ctx.concept('batch-serving').phrases)).length === 0 && !saidInChinese(ctx, 'batch-serving')) {
      report({
        range,
        step: 'serving',
        message: 'Serving has no latency budget: give the number it must meet (e.g. p99 in ms).',
        gap: 'a latency budget',
        concepts: ['serving-latency'],
      });
    }
  },
};
