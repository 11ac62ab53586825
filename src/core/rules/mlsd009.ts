import type { Rule } from './types';
import { docAnchor, explainedWhere, stepAnchor } from './util';


/** MLSD009: interaction or log data needs a time-based split or a leakage guard. */
export const temporalSplit: Rule = {
  id: 'MLSD009',
  name: 'temporal-split',
  description: 'An answer trained on logs or interactions splits train/test by time, or says how leakage from the future is prevented.',
  rationale:
    'Logged interactions have a time order. A random split lets the model train on the future and test on the past: ' +
    'aggregates such as "clicks in the last 7 days" leak the label, and offline metrics look far better than what ships. ' +
    'Split by time (train on days 1–28, validate on day 29, test on day 30) and compute features as of the event time.\n\n' +
    'Good: "Split by time; all features are point-in-time joins as of the impression timestamp, so nothing after the impression leaks in."',
  severity: { mid: 'off', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['data', 'leakage'],
  concepts: ['interaction-data', 'time-split'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const data = hits.all(ctx.concept('interaction-data').phrases);
    // A split by time said in other words counts; "split randomly" is the problem itself.
    const byTime = explainedWhere(ctx, 'data', 'split-leakage', (text) => !/\brandom|\bshuffl/i.test(text));
    if (data.length === 0 || hits.all(ctx.concept('time-split').phrases).length > 0 || byTime) return;
    const range = answer.stepSections.has('data') ? stepAnchor(answer, 'data') : docAnchor(answer);
    report({
      range,
      step: 'data',
      message: 'Logged data is never split: split train and test by time, with features as of the event time, so nothing from the future leaks in.',
      gap: 'a split by time',
      concepts: ['split-leakage'],
    });
  },
};
