import type { CaseKind } from '../framework/types';
import { keywordGroup } from '../text/keywords';
import type { Rule } from './types';
import { keyPoint, stepAnchor, stepBit } from './util';

/** Offline metrics: the classification, ranking and task-metric key points of step 5 (accuracy alone does not count). */
const OFFLINE = keywordGroup('mlsd004/offline', [
  ...keyPoint('evaluation', 'offline-metrics').strong,
  ...keyPoint('evaluation', 'ranking-metrics').strong.filter((k) => k !== 'coverage' && k !== 'diversity' && k !== 'novelty'),
  ...keyPoint('evaluation', 'task-metrics').strong,
]);
/** Online metrics: step 5's online/business metrics. */
const ONLINE = keywordGroup('mlsd004/online', [...keyPoint('evaluation', 'online-metrics').strong, 'online metric*']);

/** Examples that fit the case family: [offline, online]. */
const EXAMPLES: Record<CaseKind, [string, string]> = {
  ads: ['log loss / normalized entropy, AUC and calibration', 'CTR, revenue per mille (RPM) and advertiser ROI'],
  recsys: ['recall@k, nDCG@k and coverage', 'CTR, watch time or dwell time, and retention'],
  search: ['nDCG@k and MRR', 'session success rate, CTR and time to success'],
  fraud: ['PR-AUC and recall at a fixed false-positive rate', 'fraud loss rate, false-decline rate and review load'],
  moderation: ['PR-AUC and recall at a fixed precision per class', 'prevalence of violating views and appeal-reversal rate'],
  regression: ['MAE, MAPE and quantile coverage', 'on-time rate and cancellations'],
  vision: ['recall@k and mAP', 'CTR on results and saves'],
  generic: ['AUC, precision/recall or log loss', 'CTR, conversion, engagement or revenue in an A/B test'],
};

/**
 * MLSD004: offline and online metrics come in pairs. Mentions of an online
 * metric in the requirements step alone (the business objective) do not count.
 */
export const metricsPairing: Rule = {
  id: 'MLSD004',
  name: 'metrics-pairing',
  description: 'The answer names at least one offline metric and at least one online metric.',
  rationale:
    'Offline metrics (AUC, log loss, nDCG) decide which model is worth testing; online metrics (CTR, revenue, retention) decide what ships. ' +
    'An answer with only one side either cannot compare models before launch or cannot say whether the launch helped the business. ' +
    'Name both, and say how they relate.\n\n' +
    'Good: "Offline: log loss and AUC on a time-based holdout, calibration per slice. Online: CTR and revenue per mille in an A/B test, with latency and hide rate as guardrails."',
  severity: { mid: 'warning', senior: 'error', staff: 'error' },
  tags: ['evaluation', 'metrics'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const reqBit = stepBit('requirements');
    const offline = hits.all(OFFLINE);
    const online = hits.all(ONLINE).filter((h) => answer.lineSteps[hits.line(h)] !== reqBit);
    if (offline.length > 0 === online.length > 0) return; // both, or neither (MLSD017 asks for metrics)
    const kind = ctx.kinds[0] ?? 'generic';
    const [offEx, onEx] = EXAMPLES[kind];
    const hasEval = answer.stepSections.has('evaluation');
    const anchor = hasEval ? stepAnchor(answer, 'evaluation') : hits.range((offline[0] ?? online[0])!);
    report({
      range: anchor,
      step: 'evaluation',
      message:
        offline.length > 0
          ? `Offline metrics are named but no online metric: add the online metrics the A/B test decides on, e.g. ${onEx}.`
          : `Online metrics are named but no offline metric: add the offline metrics that pick the model before launch, e.g. ${offEx}.`,
    });
  },
};
