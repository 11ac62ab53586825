import type { Rule, RuleContext, RuleReport } from './types';
import type { Section } from '../model/types';
import { tokenize } from '../text/tokenize';
import { KeywordIndex } from '../text/keywords';
import { lineInStep } from './util';

/** The index of the title concepts, built on first use (the table's groups never change). */
let titleIndex: KeywordIndex | undefined;

/** Share of every step's score an answer to another problem loses. */
const WRONG_PROBLEM_COST = 0.6;
/** An answer to a title that asks for an outcome names it more often than this (the title is not counted). */
const OUTCOME_NAMED = 1;
/** Words an answer has before it is judged by what it names (a real answer has 250 or more). */
const MIN_WORDS = 150;
/** The steps an answer to another problem gets wrong: all of them. */
const ALL_STEPS = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'] as const;

/**
 * The title asks to predict an outcome ("Predicting loan default") that the answer
 * names at most once: it designs something else (who accepts a loan offer).
 * Reports it and says whether it did.
 */
function outcomeNeverNamed(ctx: RuleContext, heading: Section, report: (r: RuleReport) => void): boolean {
  return neverNamed(ctx, heading, 'title-outcome', report) || neverNamed(ctx, heading, 'title-lever', report);
}

/** Indexes of the title's concepts, one per concept, built on first use. */
const titleIndexes = new Map<string, KeywordIndex>();

/** What the title asks about, of one concept (an outcome to predict, a lever to set), that the answer names at most once. */
function neverNamed(ctx: RuleContext, heading: Section, id: 'title-outcome' | 'title-lever', report: (r: RuleReport) => void): boolean {
  const { answer, hits } = ctx;
  // A note of a few lines names what it names once: only an answer long enough to name it often is judged.
  if (answer.tokens.count < MIN_WORDS) return false;
  const group = ctx.concept(id).phrases;
  const title = heading.title;
  const asked = new Set<number>();
  /** The title's own word for each pattern it matches ("pricing" for `pric*`). */
  const words = new Map<number, string>();
  let index = titleIndexes.get(id);
  if (!index) titleIndexes.set(id, (index = new KeywordIndex([group])));
  const titleTokens = tokenize(title);
  index.scan(titleTokens, (h) => {
    asked.add(h.pattern);
    if (!words.has(h.pattern)) words.set(h.pattern, titleTokens.word(h.token));
  });
  if (asked.size === 0) return false;
  const body = hits.all(group);
  // Every outcome the title asks about is named in the answer: it is answered (a click-fraud title, "fraud" named three times).
  for (const pattern of asked) {
    if (body.filter((h) => h.pattern === pattern).length > OUTCOME_NAMED) continue;
    const word = words.get(pattern) ?? String(group.patterns[pattern]).replace(/\*$/, '');
    const short = title.length > 60 ? `${title.slice(0, 57)}…` : title;
    report({
      range: heading.titleRange,
      step: 'framing',
      steps: [...ALL_STEPS],
      message:
        id === 'title-outcome'
          ? `"${short}" asks about ${word}, which the answer never predicts: frame the label on it, or say why another target serves the title.`
          : `"${short}" asks for ${word}, which the answer never decides: design for it, or say why another target serves the title.`,
      concepts: ['ml-objective'],
    });
    return true;
  }
  return false;
}

/** MLSD030: the answer designs the system its title asks for. */
export const answersTheTitle: Rule = {
  id: 'MLSD030',
  name: 'answers-the-title',
  description: 'The framing solves the problem the title asks for: a quantity (an arrival time, a demand) is not framed as a choice among items, nor a choice as a quantity, an outcome the title names (a default, a churn) is what the answer predicts, and what it asks to set (a price, a bid, an ad insertion) is what it decides.',
  rationale:
    'A fluent answer to a different question scores nothing in an interview: asked for arrival-time estimation, a design that ranks routes by the chance a rider picks one ' +
    'never predicts a time; asked for dispatch scoring, a demand forecast never scores a driver for a request; asked for loan default, a model of who accepts a loan offer never names a default. ' +
    'It costs every step 60% of its score. ' +
    'When a reframing is better, say so to the interviewer and still answer what was asked, or design both.\n\n' +
    'Good: "Asked for ETA: we predict minutes from pickup to drop-off (regression on the route\'s segments); route choice is the routing engine\'s, not this model\'s."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['framing'],
  defect: true,
  // An answer to another problem scores next to nothing in an interview, however sound its parts.
  defectCost: WRONG_PROBLEM_COST,
  concepts: ['title-quantity', 'title-choice', 'title-probability', 'regression-task', 'choice-framing', 'classifier-regression', 'title-outcome', 'title-lever'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const title = answer.sections.find((s) => s.depth === 1 && s.kind === 'heading');
    if (!title) return;
    // The title's words (headings are not in the answer's tokens).
    const asks = new Set<string>();
    const groups = { quantity: ctx.concept('title-quantity').phrases, choice: ctx.concept('title-choice').phrases, probability: ctx.concept('title-probability').phrases };
    titleIndex ??= new KeywordIndex(Object.values(groups));
    titleIndex.scan(tokenize(title.title), (h) => void asks.add(h.group === groups.quantity.id ? 'quantity' : h.group === groups.choice.id ? 'choice' : 'probability'));
    if (outcomeNeverNamed(ctx, title, report)) return;
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
