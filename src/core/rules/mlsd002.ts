import { STEPS } from '../framework/steps';
import type { StepDef } from '../framework/types';
import type { Section } from '../model/types';
import type { Rule } from './types';
import { STEP_RULES } from './groups';
import { asName, listOf } from '../findings';
import { isTemplateEcho } from './mlsd003';

export { HOLLOW_WORDS } from '../framework/required';
import { HOLLOW_WORDS } from '../framework/required';

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
  supersedes: [...STEP_RULES, 'MLSD003'],
  check(ctx, report) {
    const { answer, coverage } = ctx;
    // Per section (a section titled for two steps speaks for both), the hollow steps it opens.
    const hollow = new Map<number, { section: Section; steps: StepDef[]; words: number }>();
    for (const step of STEPS) {
      const sections = answer.stepSections.get(step.id) ?? [];
      // A step is hollow when the lines that count for it hold little content of the
      // writer's own (a subsection that belongs to another step is not its content).
      const words = coverage.steps.get(step.id)!.words;
      if (sections.length === 0 || words >= HOLLOW_WORDS) continue;
      const s = sections[0]!;
      if (isTemplateEcho(answer, s)) continue; // MLSD003 says it better
      // Short but complete is not hollow: a terse line that makes the step's points ("Runs inside the posting
      // pipeline; if it fails, the rules answer.") leaves nothing to ask for.
      const st = coverage.steps.get(step.id)!;
      if (words > 0 && st.points.some((p) => p.inStep) && st.points.every((p) => !p.required || p.anywhere)) continue;
      const h = hollow.get(s.index) ?? hollow.set(s.index, { section: s, steps: [], words }).get(s.index)!;
      h.steps.push(step);
    }
    // Sections nobody has started that follow one another (a template, a skeleton just
    // inserted) are one finding at the first: one place to start writing.
    const list = [...hollow.values()].sort((a, b) => a.section.line - b.section.line);
    for (let i = 0; i < list.length; ) {
      let j = i + 1;
      if (list[i]!.words === 0) while (j < list.length && list[j]!.words === 0 && list[j]!.section.line === list[j - 1]!.section.end) j++;
      const run = list.slice(i, j);
      i = j;
      const { section: s, words } = run[0]!;
      const steps = run.flatMap((h) => h.steps);
      const first = steps[0]!;
      const missing = coverage.steps
        .get(first.id)!
        .points.filter((p) => p.required && !p.anywhere)
        .map((p) => asName(p.point.title));
      const todo = missing.length ? `start with ${listOf(missing.slice(0, 2))}` : 'write it out in full sentences';
      const message =
        run.length > 1
          ? `${run.length} steps are not started, from "${s.title}" to "${run[run.length - 1]!.section.title}": ${todo}.`
          : words === 0
            ? `"${s.title}" is not started: ${todo}.`
            : `"${s.title}" has only ${words} word${words === 1 ? '' : 's'} of content: ${todo}.`;
      report({
        range: s.titleRange,
        step: first.id,
        steps: steps.map((x) => x.id),
        message,
        related: run.length > 1 ? run.map((h) => ({ range: h.section.titleRange, message: `"${h.section.title}" is not started` })) : undefined,
      });
    }
  },
};
