import { lineOfOffset } from '../model/parse';
import type { Rule } from './types';

/** Longest placeholder text quoted in a message. */
const QUOTE = 60;

/** MLSD019: every unreplaced placeholder, at its exact range. */
export const placeholderLeft: Rule = {
  id: 'MLSD019',
  name: 'placeholder',
  description: 'No template placeholder is left: `<hint…>`, `{slot}`, TODO, TBD, FIXME.',
  rationale:
    'Templates and snippets leave slots such as `<add the QPS…>` or `{north-star metric}` for you to fill. A slot left in place reads as an unfinished answer, ' +
    'and the checker does not count it as content (so the step also looks thin). Replace each one with your own words, or delete it.\n\n' +
    'Good: `**Scale:** 500M DAU, peak 100k QPS` instead of `**Scale:** <DAU, peak QPS…>`.',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['content', 'template'],
  check(ctx, report) {
    const { answer } = ctx;
    for (const p of answer.placeholders) {
      const line = lineOfOffset(answer.lineStarts, p.start);
      const endLine = lineOfOffset(answer.lineStarts, p.end);
      const start = p.start - answer.lineStarts[line]!;
      const end = p.end - answer.lineStarts[endLine]!;
      const raw = answer.text.slice(p.start, p.end);
      const shown = raw.length > QUOTE ? `${raw.slice(0, QUOTE - 1)}…` : raw;
      report({
        range: { start: { line, character: start }, end: { line: endLine, character: end } },
        step: null,
        message: `Replace the placeholder ${shown} with your answer (or delete it).`,
      });
    }
  },
};
