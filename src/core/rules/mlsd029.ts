import type { Rule, RuleContext, RuleReport } from './types';
import { saidTogether } from '../analysis/coverage';
import { stepOfLine } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';
import { lineRange } from '../util';
import { hitIn, hitText, sentenceOf } from './util';
import { hypothetical, setsAside } from '../text/markers';

const PAST: Readonly<Record<string, string>> = { flags: 'flagged', deletes: 'deleted', removes: 'removed', 'took down': 'taken down' };

/**
 * Labels only where a rule, a team or a review looked ("deleted = fake, everything else = real"):
 * the rest was never looked at, so calling it negative teaches the model the reviewers' blind spots.
 * Silent when the answer samples the rest at random or audits it (that sentence or the next).
 */
function reviewedOnly(ctx: RuleContext, report: (r: RuleReport) => void): boolean {
  const { answer, hits, coverage } = ctx;
  const said = saidTogether(ctx.concept('reviewed-only-labels'), answer, hits, coverage.sentences);
  if (said.length === 0) return false;
  const audited = new Set(hits.all(ctx.concept('label-audit').phrases).map((h) => sentenceOf(ctx, h)?.index ?? -1));
  for (const s of said) {
    const text = answer.text.slice(s.start, s.end);
    if (audited.has(s.index) || audited.has(s.index + 1) || hypothetical(text)) continue;
    const line = lineOfOffset(answer.lineStarts, s.start);
    // For labels only where someone looked, the trap is named to avoid it only hypothetically: "not flagged" is the pattern itself.
    const decision = hitIn(ctx, 'decision-verbs', s);
    const word = decision ? hitText(answer, decision).toLowerCase() : 'flagged';
    const verb = PAST[word] ?? word;
    report({
      range: lineRange(answer.lineText(line), line),
      step: stepOfLine(answer, line) ?? 'data',
      message: `Only what was "${verb}" is labelled positive here, so the model learns the blind spots of whoever looked: label a random sample of the rest too.`,
      concepts: ['label-definition', 'labels-collection', 'feedback-loops'],
    });
    return true;
  }
  return false;
}

/** MLSD029: the model's own decisions are not its labels. */
export const ownDecisionsAsLabels: Rule = {
  id: 'MLSD029',
  name: 'own-decisions-as-labels',
  description: 'Labels come from outcomes the system did not decide: what it blocked, removed or chose to show, or what a rule or a team chose to review, is no evidence about the rest.',
  rationale:
    'A login the model blocked never shows whether it was a takeover, and an item it never showed never gets a click. ' +
    'Counting the model\'s own blocks as positives (or its own picks as relevant) trains it on itself: its mistakes become labels, ' +
    'its offline metrics improve while it gets worse, and the loop tightens with every retraining. ' +
    'Take labels from outcomes it did not decide (chargebacks, user reports, reviewers\' verdicts on a sample), and keep a small random or holdout share ' +
    'where the model does not act, so that you can still measure it. ' +
    'The same holds for labels that exist only where a rule or a team looked ("deleted = fake, everything else = real"): what nobody reviewed is not a negative, ' +
    'so review a random sample of it.\n\n' +
    'Good: "Blocked logins get no label; 1% of would-be blocks go to a second factor instead, and those outcomes are the labels for the blocked region."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['data', 'monitoring', 'feedback-loops'],
  defect: true,
  concepts: ['own-decisions-as-labels', 'reviewed-only-labels', 'label-audit', 'decision-verbs'],
  check(ctx, report) {
    const { answer, hits, coverage } = ctx;
    if (reviewedOnly(ctx, report)) return;
    for (const s of saidTogether(ctx.concept('own-decisions-as-labels'), answer, hits, coverage.sentences)) {
      const text = answer.text.slice(s.start, s.end);
      // "Would", "never", "instead of", "labels only from chargebacks": the answer names the trap to avoid it.
      if (setsAside(text)) continue;
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
