import type { CaseKind } from '../framework/types';
import type { Rule } from './types';
import { saidTogether } from '../analysis/coverage';
import { conceptGroups } from '../analysis/concepts';
import { docAnchor, explainedWhere, pointHits, pointStatus, saidInChinese, sentenceOf, stepAnchor, stepBit } from './util';



/** Examples that fit the case family: [offline, online]. */
const EXAMPLES: Record<CaseKind, [string, string]> = {
  ads: ['log loss / normalized entropy, AUC and calibration', 'CTR, revenue per mille (RPM) and advertiser ROI'],
  recsys: ['recall@k, nDCG@k and coverage', 'CTR, watch time or dwell time, and retention'],
  search: ['nDCG@k and MRR', 'session success rate, CTR and time to success'],
  fraud: ['PR-AUC and recall at a fixed false-positive rate', 'fraud loss rate, false-decline rate and review load'],
  moderation: ['PR-AUC and recall at a fixed precision per class', 'prevalence of violating views and appeal-reversal rate'],
  regression: ['MAE, MAPE and quantile coverage', 'on-time rate and cancellations'],
  vision: ['recall@k and mAP', 'CTR on results and saves'],
  generic: ['precision and recall, or the error, on held-out data', 'the product metric the launch must move (task success, retention, revenue)'],
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
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['evaluation', 'metrics'],
  concepts: ['live-comparison', 'ab-test-named', 'live-test', 'beyond-accuracy-metrics'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const reqBit = stepBit('requirements');
    // Offline: the classification, ranking and task-metric key points of step 5 (accuracy alone does not count),
    // not the list qualities among the ranking metrics (coverage, diversity).
    const listQualities = ctx.concept('beyond-accuracy-metrics').phrases.patterns;
    const offline = [
      ...pointHits(ctx, 'evaluation', 'offline-metrics'),
      ...pointHits(ctx, 'evaluation', 'ranking-metrics', (k) => !listQualities.includes(k)),
      ...pointHits(ctx, 'evaluation', 'task-metrics'),
    ].sort((a, b) => a.token - b.token);
    // Online: the online-metrics key point (not its weak "online metrics", which is also a template label).
    // Nor one named in the data step, where it is a logged signal or a label ("dwell time" in the action log).
    const dataBit = stepBit('data');
    const online = [...pointHits(ctx, 'evaluation', 'online-metrics')].filter(
      (h) => answer.lineSteps[hits.line(h)] !== reqBit && answer.lineSteps[hits.line(h)] !== dataBit,
    );
    // Said in other words counts too, but not the business objective in the requirements.
    const notObjective = (_: string, line: number) => answer.lineSteps[line] !== reqBit && answer.lineSteps[line] !== dataBit;
    // Said in the evaluation step's own words counts too, named or explained ("Main measure: resolved share").
    const inEvaluation = (key: string) => (answer.stepSections.has('evaluation') && pointStatus(ctx, 'evaluation', key)?.inStep) === true;
    // In the requirements or the data step, a metric said in the same sentence as a live comparison is evaluation, not the
    // objective or a logged signal ("Live: we keep a 5% slice back and compare its conversion rates with the treated traffic").
    const live = new Set(hits.all(ctx.concept('live-comparison').phrases).map((h) => sentenceOf(ctx, h)?.index));
    live.delete(undefined);
    const onlineGroups = conceptGroups('online-metrics');
    const inLiveTest =
      live.size > 0 &&
      (hits.all(onlineGroups.phrases).some((h) => live.has(sentenceOf(ctx, h)?.index)) ||
        saidTogether(onlineGroups, answer, hits, ctx.coverage.sentences).some((s) => live.has(s.index)));
    const hasOnline = online.length > 0 || inLiveTest || explainedWhere(ctx, 'evaluation', 'online-metrics', notObjective) || inEvaluation('online-metrics') || saidInChinese(ctx, 'online-metrics');
    const hasOffline = offline.length > 0 || explainedWhere(ctx, 'evaluation', 'offline-metrics') || saidInChinese(ctx, 'offline-metrics');
    // Nothing is ever tried live: no A/B test, shadow run or interleaving said anywhere, in any words. Offline
    // metrics then decide the launch, and an online metric named as the goal is never measured ("ship it if RMSE drops").
    const abNamed = hits.all(ctx.concept('ab-test-named').phrases).length > 0;
    const neverLive =
      !pointStatus(ctx, 'evaluation', 'ab-test')?.anywhere &&
      !pointStatus(ctx, 'evaluation', 'alternative-online-eval')?.anywhere &&
      !abNamed &&
      hits.all(ctx.concept('live-test').phrases).length === 0 &&
      saidTogether(ctx.concept('live-test'), answer, hits, ctx.coverage.sentences).length === 0;
    if (!hasOffline && !hasOnline) return; // neither (MLSD017 asks for metrics)
    if (hasOffline && hasOnline && !neverLive) return;
    const kind = ctx.kinds[0] ?? 'generic';
    const [offEx, onEx] = EXAMPLES[kind];
    const untested = hasOffline && (neverLive || (live.size === 0 && !abNamed));
    const hasEval = answer.stepSections.has('evaluation');
    // With no evaluation section, at the first metric; one said only in other words (no phrase of either) has its place
    // in the point's status, else the finding goes at the top.
    const firstMetric = offline[0] ?? online[0];
    const said = pointStatus(ctx, 'evaluation', 'offline-metrics')?.where ?? pointStatus(ctx, 'evaluation', 'online-metrics')?.where;
    const anchor = hasEval ? stepAnchor(answer, 'evaluation') : firstMetric ? hits.range(firstMetric) : (said ?? docAnchor(answer));
    report({
      range: anchor,
      step: 'evaluation',
      message:
        hasOffline
          ? hasOnline
            ? `Offline metrics alone decide the launch: test it live against the current system (an A/B test) and judge it by its online metric.`
            : untested
            ? `Offline metrics are named but no online metric or live test: add what the launch is judged by in a live comparison, e.g. ${onEx}.`
            : `Offline metrics are named but no online metric: add what the launch is judged by, e.g. ${onEx}.`
          : `Online metrics are named but no offline metric: add what picks the model before launch, e.g. ${offEx}.`,
      // No online metric and no live test of any kind ("promoted if it beats production offline"): the launch is never measured.
      gap: !hasOffline ? 'an offline metric' : hasOnline ? 'an A/B test against the current system' : untested ? ['an online metric', 'a live test of it'] : 'an online metric',
      concepts: !hasOffline ? ['offline-metrics'] : untested ? ['online-metrics', 'ab-test'] : ['online-metrics'],
    });
  },
};
