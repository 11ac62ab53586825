import type { Rule } from './types';
import { hitIn, hitText, lineInStep, stepAnchor, saidAnywhere } from './util';


/** MLSD010: predictions that feed an auction or a threshold must be calibrated. */
export const calibrationNeeded: Rule = {
  id: 'MLSD010',
  name: 'calibration-needed',
  description: 'When predictions feed an auction (bid × pCTR) or a decision threshold, the answer says how they are calibrated.',
  rationale:
    'An auction ranks and prices by bid × pCTR, and a fraud or moderation system acts when a score crosses a threshold: both use the number itself, ' +
    'not just the order. A model with a good AUC can still be off by 2× in probability, mis-pricing every click or flooding the review queue. ' +
    'Negative downsampling skews probabilities too. Say how you correct and check it.\n\n' +
    'Good: "Correct for downsampling with q = p / (p + (1 − p) / w), fit isotonic calibration per slice, and alert when predicted/observed clicks drifts from 1."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['model', 'calibration'],
  concepts: ['probability-uses', 'calibration-methods', 'decision-threshold-words'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    if (hits.all(ctx.concept('calibration-methods').phrases).length > 0 || saidAnywhere(ctx, 'model', 'calibration')) return;
    if (ctx.caseStudy?.needsCalibration) {
      report({
        range: stepAnchor(answer, 'model'),
        step: 'model',
        message: 'Scores feed an auction or a threshold, so they must be probabilities: say how they are calibrated and how that is checked.',
        gap: 'calibration',
        concepts: ['calibration'],
      });
      return;
    }
    // An alerting threshold in monitoring is not a decision threshold.
    const trigger = hits
      .all(ctx.concept('probability-uses').phrases)
      .find((h) => !(hitIn(ctx, 'decision-threshold-words', { start: answer.tokens.start(h.token), end: answer.tokens.end(h.token) }) && lineInStep(answer, hits.line(h), 'monitoring')));
    if (!trigger) return;
    report({
      range: hits.range(trigger),
      step: 'model',
      // A word such as "threshold" is a hint that scores are used as probabilities, not proof.
      severity: 'info',
      message: `"${hitText(answer, trigger)}" uses the score as a probability: say how scores are calibrated and how that is checked.`,
      gap: 'calibration',
      concepts: ['calibration'],
    });
  },
};
