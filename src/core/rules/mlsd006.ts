import type { Rule } from './types';
import { hitIn, hitText, lineInStep, longestAt, pointStatus, saidInChinese, sentenceOf } from './util';


/**
 * Simple baselines. GBDT counts as simple here: relative to deep models it is
 * cheap, strong on tabular features and a standard first model (Facebook 2014
 * used GBDT+LR), so "GBDT, then DCN" already shows the progression.
 */

/** MLSD006: an advanced model with no simple baseline before it or in the model step. */
export const noBaseline: Rule = {
  id: 'MLSD006',
  name: 'no-baseline',
  description: 'An advanced model (DCN, DeepFM, two-tower, transformer, GNN …) comes with a simple baseline (heuristic, logistic regression, GBDT).',
  rationale:
    'Interviewers want to see the progression: a heuristic or a simple model first, then the advanced model, with the gain that justifies its cost in latency, ' +
    'training and operations. A baseline also gives the offline number the deep model must beat and a fallback when it times out. ' +
    'GBDT counts as a baseline relative to deep models: it is cheap, strong on tabular features and the usual first learned model.\n\n' +
    'Good: "Baseline: logistic regression with hashed feature crosses (FTRL). Next: GBDT leaves as LR features. Then DCN-v2 over ID embeddings, if it beats LR by > 0.5% NE within the 15 ms budget."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['model'],
  concepts: ['advanced-models', 'baseline-models', 'popularity-words', 'feature-or-sampling-words'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const advanced = hits.all(ctx.concept('advanced-models').phrases);
    if (advanced.length === 0) return;
    const first = longestAt(advanced, advanced[0]!);
    const firstLine = hits.line(first);
    // Before the advanced model, or in the model step; in an answer with no model section (an essay), anywhere.
    const sectioned = answer.stepSections.has('model');
    // "Popularity" among features or in a sampling scheme ("negatives sampled by popularity") is not a first model.
    const asFeature = (h: (typeof advanced)[number]) => {
      const s = sentenceOf(ctx, h);
      return !!s && !!hitIn(ctx, 'popularity-words', { start: answer.tokens.start(h.token), end: answer.tokens.end(h.end - 1) }) && !!hitIn(ctx, 'feature-or-sampling-words', s);
    };
    const baseline = hits
      .all(ctx.concept('baseline-models').phrases)
      // In the data step, "popularity" or "counts" are features or a sampling scheme, not a first model.
      .some((h) => !asFeature(h) && (lineInStep(answer, hits.line(h), 'model') || ((!sectioned || hits.line(h) <= firstLine) && !lineInStep(answer, hits.line(h), 'data'))));
    // Said in the model step in its own words ("First: rank by each clip's watch-through rate. That's the bar.").
    if (baseline || saidInChinese(ctx, 'baseline-models') || (sectioned && pointStatus(ctx, 'model', 'baseline')?.inStep)) return;
    const name = hitText(answer, first);
    report({
      range: hits.range(first),
      step: 'model',
      message: `"${name}" has no baseline: start with a simple model (a heuristic, logistic regression, GBDT) and say what "${name}" must gain over it.`,
      gap: `a baseline before "${name}"`,
      concepts: ['baseline'],
    });
  },
};
