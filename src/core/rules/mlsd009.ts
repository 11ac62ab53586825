import type { Rule } from './types';
import { docAnchor, explainedWhere, hitIn, hitText, sentenceOf, stepAnchor } from './util';
import { denies, hypothetical } from '../text/markers';
import type { Hit } from '../text/keywords';

type Span = { readonly start: number; readonly end: number };
import { saidTogether } from '../analysis/coverage';
import { explains, type AnswerSentence } from '../analysis/depth';



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
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['data', 'leakage'],
  concepts: ['interaction-data', 'time-split', 'random-split', 'split-leakage', 'split-stated', 'train-then-test', 'random-order'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const data = hits.all(ctx.concept('interaction-data').phrases);
    if (data.length === 0 || hits.all(ctx.concept('time-split').phrases).length > 0) return;
    // A random split stated (not "a random split would leak …") is a wrong choice, at any level, unless
    // the answer splits by time elsewhere; a split never mentioned is a senior point.
    const sentences = ctx.coverage.sentences;
    const sentenceAt = (h: Hit) => sentenceOf(ctx, h);
    const random = (s: Span | undefined) => !!s && !!hitIn(ctx, 'random-order', s);
    const split = ctx.concept('split-leakage');
    // A sentence that splits the data ("held out the last month"), not one that only mentions a test set ("on the test set it's 2,400 a day").
    const timeSplit =
      hits.all(split.phrases).some((h) => !random(sentenceAt(h))) ||
      saidTogether(split, answer, hits, sentences).some((x) => !!hitIn(ctx, 'split-stated', x) && !random(x));
    // A random split named as what not to do ("a random split would leak", "instead of", "no random split") is not chosen.
    const randomSplit = timeSplit
      ? undefined
      : hits.all(ctx.concept('random-split').phrases).find((h) => {
          const s = sentenceAt(h);
          return !s || !(denies(answer.text.slice(s.start, s.end)) || hypothetical(answer.text.slice(s.start, s.end)));
        });
    if (randomSplit) {
      report({
        range: hits.range(randomSplit),
        step: 'data',
        message: `"${hitText(answer, randomSplit)}" lets the future leak into training on logged data: split train and test by time, with features as of the event time.`,
        gap: `a split by time, not "${hitText(answer, randomSplit)}"`,
        concepts: ['split-leakage'],
        defect: true,
      });
      return;
    }
    // Said by time anywhere counts, though the point's first place is a random split named as what not to do
    // ("If we train on random pairs, … can leak. … we train on weeks 1 to 8 and test on weeks 9 and 10").
    // A sentence that trains on one stretch and tests on another ("we train on weeks 1 to 8 and test on weeks 9 and 10").
    const trainThenTest = new Set(saidTogether(ctx.concept('train-then-test'), answer, hits, sentences).map((x) => x.index));
    const saysSplit = (x: AnswerSentence) => explains(x) && trainThenTest.has(x.index) && !random(x);
    const byTime = saidTogether(split, answer, hits, sentences).some(saysSplit) || explainedWhere(ctx, 'data', 'split-leakage', (_text, _line, span) => !random(span));
    if (byTime || ctx.level === 'mid') return;
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
