import type { Rule, RuleContext } from './types';
import { STEP_IDS } from '../framework/types';
import { pointStatus, stepHeadingSection, saidInChinese } from './util';



/** Points that watch the model rather than the service. */
const MODEL_WATCH = ['model-quality-monitoring', 'data-drift', 'concept-drift', 'training-serving-skew'] as const;

/**
 * The monitoring step watches the service (CPU, latency, errors) and nothing of the model: no
 * point that watches the model is made in it, and none is explained anywhere else (a point covered elsewhere is not missing). A drift
 * named in passing in another step ("new events every week") is no monitoring of it.
 */
function serviceOnly(ctx: RuleContext): boolean {
  if (!pointStatus(ctx, 'monitoring', 'system-monitoring')?.inStep) return false;
  const bit = 1 << STEP_IDS.indexOf('monitoring');
  if (ctx.hits.all(ctx.concept('drift-types').phrases).some((h) => ((ctx.answer.lineSteps[ctx.hits.line(h)] ?? 0) & bit) !== 0)) return false;
  // A point covered elsewhere is not reported missing: only one named in passing there is no watch.
  return MODEL_WATCH.every((k) => {
    const p = pointStatus(ctx, 'monitoring', k);
    return !p || (!p.inStep && p.depth !== 'explained');
  });
}

/** MLSD011: the monitoring section names drift types and a retraining cadence. */
export const monitoringDepth: Rule = {
  id: 'MLSD011',
  name: 'monitoring-depth',
  description: 'The monitoring section names at least one drift type (data, concept, PSI, KS …) and a retraining cadence or trigger.',
  rationale:
    'The world the model learned from keeps moving: new items, seasons, adversaries, product changes. A model starts to degrade the moment it is deployed, ' +
    'so "we monitor accuracy" is not a plan. Say which drift you watch (feature drift with PSI/KS, concept drift, label shift, training-serving skew), ' +
    'and how often or on what trigger you retrain.\n\n' +
    'Good: "Alert when PSI > 0.2 on top features or the calibration ratio leaves [0.95, 1.05]; warm-start the model every hour and retrain from scratch daily."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['monitoring'],
  concepts: ['drift-types', 'retraining-cadence'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const section = stepHeadingSection(answer, 'monitoring');
    if (!section) return; // MLSD001 reports the missing step
    // Said anywhere counts: the key points' own recognisers, or this rule's wider lists.
    const covered = (keys: readonly string[]) => keys.some((k) => pointStatus(ctx, 'monitoring', k)?.anywhere);
    // Live quality tracked in an explaining sentence ("a daily sample of live answers graded; alert when…") watches degradation too.
    const quality = pointStatus(ctx, 'monitoring', 'model-quality-monitoring')?.depth === 'explained';
    const noDrift = hits.all(ctx.concept('drift-types').phrases).length === 0 && !saidInChinese(ctx, 'drift-types') && !quality && !covered(['data-drift', 'concept-drift', 'training-serving-skew']);
    if (noDrift) {
      report({
        range: section.titleRange,
        step: 'monitoring',
        message: 'A deployed model starts to degrade at once: say which drift you watch (inputs, predictions, labels) and how you detect it.',
        gap: 'how drift is detected',
        concepts: ['data-drift'],
      });
    } else if (serviceOnly(ctx)) {
      report({
        range: section.titleRange,
        step: 'monitoring',
        message: 'Monitoring watches only the service (load, latency, errors): add what shows the model itself degrading, e.g. its score distribution, live quality on fresh labels, input drift.',
        gap: 'what shows the model degrading, not only the service',
        concepts: ['model-quality-monitoring'],
      });
    }
    if (hits.all(ctx.concept('retraining-cadence').phrases).length === 0 && !saidInChinese(ctx, 'retraining-cadence') && !covered(['retraining'])) {
      report({
        range: section.titleRange,
        step: 'monitoring',
        message: 'A deployed model starts to degrade at once: give a retraining cadence or trigger.',
        gap: 'a retraining cadence',
        concepts: ['retraining'],
      });
    }
  },
};
