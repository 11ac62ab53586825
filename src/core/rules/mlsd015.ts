import type { Rule } from './types';
import { docAnchor } from './util';

/** Words per expected trade-off marker. */
export const WORDS_PER_TRADEOFF = 500;
/** Shorter answers are left to the other rules. */
const MIN_WORDS = 150;

/** MLSD015: trade-offs are stated explicitly and often enough. */
export const tradeoffDensity: Rule = {
  id: 'MLSD015',
  name: 'tradeoff-density',
  description: `The answer states trade-offs explicitly: at least one marker ("trade-off", "vs", "pros/cons", "downside", "rather than" …) or sentence that compares a choice with another ("cheaper than", "unlike") per ${WORDS_PER_TRADEOFF} words.`,
  rationale:
    'At senior and staff level the signal is judgement: naming the options, what each costs and why you chose one, before being asked. ' +
    'An answer that only states decisions reads as a recipe. Make each major choice a visible trade-off.\n\n' +
    'Good: "Online rather than batch scoring: fresher and query-aware, at the cost of a 15 ms budget per request; the downside is GPU cost at peak."',
  severity: { mid: 'off', senior: 'info', staff: 'warning' },
  tags: ['communication', 'judgement'],
  concepts: ['tradeoff-markers'],
  check(ctx, report) {
    const words = ctx.answer.tokens.count;
    if (words < MIN_WORDS) return;
    // A trade-off phrase, or a sentence that weighs a choice against another ("X rather than Y", "cheaper than", "unlike"): the sentence layer's comparisons.
    const phrases = ctx.hits.all(ctx.concept('tradeoff-markers').phrases).length;
    const compared = ctx.coverage.sentences.list.filter((s) => s.comparison && !s.listLike).length;
    const markers = Math.max(phrases, compared);
    const needed = Math.max(1, Math.floor(words / WORDS_PER_TRADEOFF));
    if (markers >= needed) return;
    report({
      range: docAnchor(ctx.answer),
      step: null,
      message: `${markers} explicit trade-off${markers === 1 ? '' : 's'} in ${words} words: for each major choice, say what you gave up and why ("X rather than Y because …").`,
    });
  },
};
