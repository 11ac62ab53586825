import type { Rule } from './types';
import { saidTogether } from '../analysis/coverage';
import { stepOfLine } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';
import { lineRange } from '../util';

/** "Would", "never", "instead of": the answer names the trap to avoid it. */
const AVOIDED_RE = /\b(?:would|never|not|don't|do not|avoid\w*|instead|rather than|unless|except|excluded?|only from)\b/i;

/** MLSD029: the model's own decisions are not its labels. */
export const ownDecisionsAsLabels: Rule = {
  id: 'MLSD029',
  name: 'own-decisions-as-labels',
  description: 'Labels come from outcomes the model did not decide: what it blocked, removed or chose to show is not evidence that it was right.',
  rationale:
    'A login the model blocked never shows whether it was a takeover, and an item it never showed never gets a click. ' +
    'Counting the model\'s own blocks as positives (or its own picks as relevant) trains it on itself: its mistakes become labels, ' +
    'its offline metrics improve while it gets worse, and the loop tightens with every retraining. ' +
    'Take labels from outcomes it did not decide (chargebacks, user reports, reviewers\' verdicts on a sample), and keep a small random or holdout share ' +
    'where the model does not act, so that you can still measure it.\n\n' +
    'Good: "Blocked logins get no label; 1% of would-be blocks go to a second factor instead, and those outcomes are the labels for the blocked region."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['data', 'monitoring', 'feedback-loops'],
  defect: true,
  concepts: ['own-decisions-as-labels'],
  check(ctx, report) {
    const { answer, hits, coverage } = ctx;
    for (const s of saidTogether(ctx.concept('own-decisions-as-labels'), answer, hits, coverage.sentences)) {
      const text = answer.text.slice(s.start, s.end);
      if (AVOIDED_RE.test(text)) continue;
      const line = lineOfOffset(answer.lineStarts, s.start);
      report({
        range: lineRange(answer.lineText(line), line),
        step: stepOfLine(answer, line) ?? 'monitoring',
        message: 'The model\'s own decisions become its labels here, so it learns from itself: take labels from outcomes it did not decide, and keep a share where it does not act.',
        concepts: ['feedback-loops'],
      });
      return;
    }
  },
};
