import { keywordGroup } from '../text/keywords';
import type { Rule } from './types';
import { pointStatus, stepHeadingSection } from './util';

/** A named drift type or drift statistic. */
const DRIFT_TYPE = keywordGroup('mlsd011/drift', [
  'data|feature|concept|covariate|label|prediction|score|prior|distribution|input|output|embedding|calibration|query|seasonal drift*',
  'covariate|label|prior|distribution|dataset|domain|concept shift*',
  'psi', 'population stability', 'ks', 'ks test*', 'kolmogorov*', 'kl divergence', 'jensen shannon', 'js divergence',
  'wasserstein', 'chi square*|squared', 'training serving skew', 'train serve skew',
]);
/** A retraining cadence or trigger. */
const CADENCE = keywordGroup('mlsd011/cadence', [
  'daily', 'hourly', 'weekly', 'monthly', 'nightly', 'every #num|day|hour|week|month|night|few|minute',
  'each day|hour|week|night', 'once a|per day|week|month', 'trigger* retrain*|training|by|on|when',
  'retrain* when|if|on|whenever|after', 'continual learning|training', 'continuous training|learning|retrain*',
  'online learning|training|updates', 'incremental* train*|update*|retrain*|fine tun*', 'warm start*', 'scheduled retrain*|training',
]);


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
  check(ctx, report) {
    const { answer, hits } = ctx;
    const section = stepHeadingSection(answer, 'monitoring');
    if (!section) return; // MLSD001 reports the missing step
    // Said anywhere counts: the key points' own recognisers, or this rule's wider lists.
    const covered = (keys: readonly string[]) => keys.some((k) => pointStatus(ctx, 'monitoring', k)?.anywhere);
    // Live quality tracked in an explaining sentence ("a daily sample of live answers graded; alert when…") watches degradation too.
    const quality = pointStatus(ctx, 'monitoring', 'model-quality-monitoring')?.depth === 'explained';
    if (hits.all(DRIFT_TYPE).length === 0 && !quality && !covered(['data-drift', 'concept-drift', 'training-serving-skew'])) {
      report({
        range: section.titleRange,
        step: 'monitoring',
        message: 'A deployed model starts to degrade at once: say which drift you watch (inputs, predictions, labels) and how you detect it.',
        gap: 'how drift is detected',
        concepts: ['data-drift'],
      });
    }
    if (hits.all(CADENCE).length === 0 && !covered(['retraining'])) {
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
