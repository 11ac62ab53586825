import type { Rule } from './types';
import { tokenize } from '../text/tokenize';
import { KeywordIndex } from '../text/keywords';
import { lineInStep } from './util';

/** The index of the title concepts, built on first use (the table's groups never change). */
let titleIndex: KeywordIndex | undefined;

/** MLSD030: the answer designs the system its title asks for. */
export const answersTheTitle: Rule = {
  id: 'MLSD030',
  name: 'answers-the-title',
  description: 'The framing solves the problem the title asks for: a quantity (an arrival time, a demand) is not framed as a choice among items, nor a choice as a quantity.',
  rationale:
    'A fluent answer to a different question scores nothing in an interview: asked for arrival-time estimation, a design that ranks routes by the chance a rider picks one ' +
    'never predicts a time; asked for dispatch scoring, a demand forecast never scores a driver for a request. ' +
    'When a reframing is better, say so to the interviewer and still answer what was asked, or design both.\n\n' +
    'Good: "Asked for ETA: we predict minutes from pickup to drop-off (regression on the route\'s segments); route choice is the routing engine\'s, not this model\'s."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['framing'],
  defect: true,
  concepts: ['title-quantity', 'title-choice', 'title-probability', 'regression-task', 'choice-framing', 'classifier-regression'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const title = answer.sections.find((s) => s.depth === 1 && s.kind === 'heading');
    if (!title) return;
    // The title's words (headings are not in the answer's tokens).
    const asks = new Set<string>();
    const groups = { quantity: ctx.concept('title-quantity').phrases, choice: ctx.concept('title-choice').phrases, probability: ctx.concept('title-probability').phrases };
    titleIndex ??= new KeywordIndex(Object.values(groups));
    titleIndex.scan(tokenize(title.title), (h) => void asks.add(h.group === groups.quantity.id ? 'quantity' : h.group === groups.choice.id ? 'choice' : 'probability'));
    // A title that asks for a probability ("click-through prediction for search") fits either framing.
    if (asks.size !== 1 || asks.has('probability')) return;
    const inFraming = answer.stepSections.has('framing');
    const said = (g: Parameters<typeof hits.all>[0]) => hits.all(g).filter((h) => !inFraming || lineInStep(answer, hits.line(h), 'framing'));
    // "Logistic regression" is a classifier: its "regression" says nothing of a quantity.
    const classifiers = hits.all(ctx.concept('classifier-regression').phrases);
    const quantity = said(ctx.concept('regression-task').phrases).filter((h) => !classifiers.some((c) => c.token <= h.token && h.end <= c.end));
    const choice = said(ctx.concept('choice-framing').phrases);
    const wanted = [...asks][0]!;
    const other = wanted === 'quantity' ? (quantity.length === 0 ? choice[0] : undefined) : choice.length === 0 ? quantity[0] : undefined;
    if (!other) return;
    report({
      range: hits.range(other),
      step: 'framing',
      steps: ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'],
      message:
        wanted === 'quantity'
          ? `"${title.title}" asks for a quantity, but the framing chooses among items: predict the quantity asked for, or say why not and design both.`
          : `"${title.title}" asks to choose among items, but the framing predicts a quantity: score the items asked for, or say why not and design both.`,
      concepts: ['ml-objective'],
    });
  },
};
