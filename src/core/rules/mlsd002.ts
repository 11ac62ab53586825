import { STEPS } from '../framework/steps';
import type { Rule } from './types';
import { isTemplateEcho } from './mlsd003';
import { bodyLines, listNames, sectionWords } from './util';

/** Below this many content words a step section is hollow (RUBRIC §1.4). */
export const HOLLOW_WORDS = 15;

/** MLSD002: a step's section is empty, one line long, or only placeholders. */
export const hollowSection: Rule = {
  id: 'MLSD002',
  name: 'hollow-section',
  description: 'A step section has real content: at least 15 words of the writer\'s own beyond headings, labels and placeholders.',
  rationale:
    'Real answers are often structurally complete but hollow: the heading is there, the body is empty, one line, ' +
    'or still the template\'s placeholders. An interviewer scores what is said, not the headings. ' +
    'Fill the section with the step\'s key points; the message names the ones still missing.',
  severity: { mid: 'warning', senior: 'error', staff: 'error' },
  tags: ['structure', 'content'],
  check(ctx, report) {
    const seen = new Set<number>(); // a section titled for two steps ("Scaling, Monitoring") is reported once
    const { answer, coverage } = ctx;
    for (const step of STEPS) {
      let todo: string | undefined; // what to write, the same for every section of the step
      for (const s of answer.stepSections.get(step.id) ?? []) {
        if (seen.has(s.index)) continue;
        seen.add(s.index);
        const words = sectionWords(answer, s);
        if (words >= HOLLOW_WORDS) continue;
        if (isTemplateEcho(answer, s)) continue; // MLSD003 says it better
        const body = bodyLines(answer, s);
        const why =
          body.length === 0
            ? 'is empty'
            : words === 0
              ? 'holds only labels or placeholders'
              : body.length === 1
                ? `is one line (${words} word${words === 1 ? '' : 's'})`
                : `has only ${words} word${words === 1 ? '' : 's'} of content`;
        if (todo === undefined) {
          const missing = coverage.steps
            .get(step.id)!
            .points.filter((p) => p.required && !p.inStep)
            .map((p) => p.point.title.toLowerCase());
          todo = missing.length ? listNames(missing, 4) : 'the step in full sentences';
        }
        report({ range: s.titleRange, step: step.id, message: `Section "${s.title}" ${why}: write out ${todo}.` });
      }
    }
  },
};
