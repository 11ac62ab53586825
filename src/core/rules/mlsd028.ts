import { STEPS } from '../framework/steps';
import { STEP_IDS } from '../framework/types';
import { lineOfOffset } from '../model/parse';
import type { Rule } from './types';
import { docAnchor } from './util';

/** Sentences an answer needs before its share of concrete ones means something. */
const MIN_SENTENCES = 8;
/** Below this share of sentences with a number or a comparison, the answer is vague throughout. */
export const VAGUE_SHARE = 0.12;
/** Sentences a step's section needs before "none of them is concrete" is a pattern, not chance. */
const STEP_SENTENCES = 2;

/** MLSD028: the answer gives numbers and comparisons, not only names and praise. */
export const noSpecifics: Rule = {
  id: 'MLSD028',
  name: 'no-specifics',
  description: `At least ${Math.round(VAGUE_SHARE * 100)}% of the answer's sentences give a number (a scale, a latency, a window, a threshold) or compare a choice with an alternative; in an answer under that, each step that gives neither is named.`,
  rationale:
    'An interviewer rewards a reason, a number and a trade-off. An answer that names every technique but never says how much, how fast, or what a choice beats ' +
    '("we use a state-of-the-art model to ensure success", textbook definitions of each step, or lists of names under each heading) shows vocabulary, not design. ' +
    'Sound answers give a number or a comparison in a third of their sentences or more; the score keeps at most about a third of what the points would earn when none does. ' +
    'In such an answer each step whose sentences give neither gets one finding (a step that only names its points gets MLSD021 instead); otherwise one hint says why the score is low.\n\n' +
    'Good: "Peak 100k QPS × 300 candidates; DCN-v2 rather than GBDT because feature crosses gain 0.4% NE, paid for by a 15 ms p99 budget."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['content', 'depth'],
  check(ctx, report) {
    const { answer, coverage } = ctx;
    const { sentences, concrete } = coverage.specifics;
    if (sentences < MIN_SENTENCES || concrete >= sentences * VAGUE_SHARE) return;
    // Per step: its sentences of five words or more, and whether any gives a number or a comparison.
    const count = new Array<number>(STEPS.length).fill(0);
    const specific = new Array<boolean>(STEPS.length).fill(false);
    for (const s of coverage.sentences.list) {
      if (s.words < 5) continue;
      const mask = answer.lineSteps[lineOfOffset(answer.lineStarts, s.start)]!;
      for (let b = 0; b < STEPS.length; b++) {
        if (!(mask & (1 << b))) continue;
        count[b]!++;
        if (s.number || s.comparison) specific[b] = true;
      }
    }
    let named = 0;
    for (const step of STEPS) {
      const b = STEP_IDS.indexOf(step.id);
      const section = answer.stepSections.get(step.id)?.[0];
      // The document's title standing in for a step (an essay with no step heading of its own there) is the whole answer: the hint below says it.
      const title = section && section.depth === 1 && !section.aliasSteps.includes(step.id);
      if (!section || title || count[b]! < STEP_SENTENCES || specific[b]) continue;
      named++;
      report({
        range: section.titleRange,
        step: step.id,
        message: `"${section.title}" gives no number and no comparison: say how much, how fast, and what each choice beats.`,
      });
    }
    if (named > 0) return;
    report({
      range: docAnchor(answer),
      step: null,
      severity: 'info',
      message: `Only ${concrete} of ${sentences} sentences give a number or a comparison: say how much, how fast, and what each choice beats.`,
    });
  },
};
