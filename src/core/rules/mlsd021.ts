import { STEPS } from '../framework/steps';
import { clip } from '../util';
import type { Rule } from './types';

/** A step needs this many covered points before "all of them only named" is a pattern, not chance. */
const MIN_POINTS = 2;
/** Longest fragment quoted in the message. */
const QUOTE = 48;

/** MLSD021: a step whose points are all named in fragments, none explained. */
export const namedOnly: Rule = {
  id: 'MLSD021',
  name: 'named-only',
  description: 'A step explains at least one of its points: a sentence that says what is done and why, or how much, not only names in fragments.',
  rationale:
    'An interviewer rewards a reason, a number and a trade-off, not vocabulary. "Drift KL divergence. Retrain weekly. Isotonic calibration." names three ' +
    'good ideas and explains none: which inputs are compared with what, what triggers a retrain, why isotonic. ' +
    'The score credits a point that is only named about a third of one that is explained.\n\n' +
    'Good: "We compare each day\'s feature histograms with the training month (PSI) and retrain when any top feature passes 0.2, because new campaigns shift the mix within days."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  // "Only names its points: say what you do and why, or how much" already asks what MLSD028 would.
  supersedes: ['MLSD028'],
  tags: ['content', 'depth'],
  check(ctx, report) {
    const { answer, coverage } = ctx;
    const text = answer.text;
    for (const step of STEPS) {
      const section = answer.stepSections.get(step.id)?.[0];
      // The document's title standing in for a step is the whole answer, not a step's section (as in MLSD028).
      if (!section || (section.depth === 1 && !section.aliasSteps.includes(step.id))) continue;
      const covered = coverage.steps.get(step.id)!.points.filter((p) => p.inStep);
      if (covered.length < MIN_POINTS || covered.some((p) => p.depth === 'explained')) continue;
      const at = covered.find((p) => p.where)?.where;
      const sentence = at ? coverage.sentences.at(answer.lineStarts[at.start.line]! + at.start.character) : undefined;
      const raw = sentence ? text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim() : '';
      const quote = clip(raw, QUOTE);
      report({
        range: section.titleRange,
        step: step.id,
        message: `"${section.title}" only names its points${quote ? ` ("${quote}")` : ''}: say what you do and why, or how much.`,
        concepts: covered.map((p) => p.point.key),
      });
    }
  },
};
