import { CASES, caseById } from '../framework/cases';
import { range } from '../util';
import type { Rule } from './types';

/** MLSD020: the front matter's `level:` and `case:` are known values. */
export const frontMatter: Rule = {
  id: 'MLSD020',
  name: 'front-matter',
  description: 'The front matter sets a known `level:` (mid, senior, staff) and a known `case:` id.',
  rationale:
    'The level decides which points are expected and how severe each finding is; the case switches on its must-have checklist. ' +
    'A typo silently falls back to the defaults, so the answer is judged against the wrong bar.\n\n' +
    'Good:\n\n```yaml\n---\nlevel: staff\ncase: ctr-sponsored-search\n---\n```',
  severity: { mid: 'error', senior: 'error', staff: 'error' },
  tags: ['configuration'],
  check(ctx, report) {
    const { answer } = ctx;
    const fm = answer.frontMatter;
    for (const p of fm.problems) report({ range: valueRange(ctx.answer.lineText(p.line), p.line), step: null, message: p.message });
    if (fm.caseId && !caseById(fm.caseId)) {
      let line = 1;
      for (let l = 1; l < fm.end; l++) if (/^\s*case\s*:/i.test(answer.lineText(l))) line = l;
      report({
        range: valueRange(answer.lineText(line), line),
        step: null,
        message: `Unknown case "${fm.caseId}": use one of ${CASES.map((c) => c.id).join(', ')}.`,
      });
    }
  },
};

/** The range of the value after `key:` on a front-matter line (the whole line when there is no colon). */
function valueRange(text: string, line: number) {
  const colon = text.indexOf(':');
  if (colon < 0) return range(line, 0, line, text.length);
  let s = colon + 1;
  while (s < text.length && (text[s] === ' ' || text[s] === '\t')) s++;
  return range(line, s, line, text.trimEnd().length);
}
