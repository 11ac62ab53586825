import { STEPS } from '../framework/steps';
import { stepSkeleton } from '../framework/skeleton';
import { range } from '../util';
import { asName, listOf } from '../findings';
import type { Rule } from './types';
import { STEP_RULES } from './groups';
import { insertLinesAt, insertionLine, numbersSteps, stepDepth } from './util';

/** MLSD001: a step has no heading and its core points are mostly absent. */
export const missingStep: Rule = {
  id: 'MLSD001',
  name: 'missing-step',
  description: 'Every step of the seven-step framework has a section, or its core points are covered elsewhere.',
  rationale:
    'Interviewers walk the whole framework: requirements, framing, data, model, evaluation, serving, monitoring. ' +
    'A step with no heading whose core points are also absent from the rest of the answer reads as a step skipped. ' +
    'Any heading alias counts ("Metrics" satisfies evaluation wherever it appears; numbered, bold-only and Chinese headings work too). ' +
    'The quick fix inserts the step skeleton at its canonical place, between its neighbours.',
  severity: { mid: 'error', senior: 'error', staff: 'error' },
  tags: ['structure', 'framework'],
  supersedes: STEP_RULES,
  check(ctx, report) {
    const { answer, coverage } = ctx;
    // Missing steps that go in at one place are one finding with one fix that inserts
    // them all, in order: one place, one problem (and the fix replaces it by one
    // "not started" finding for the run of new sections, never more).
    const groups = new Map<number, { step: (typeof STEPS)[number]; missing: string[] }[]>();
    for (const step of STEPS) {
      if (answer.stepSections.has(step.id)) continue;
      const st = coverage.steps.get(step.id)!;
      const core = st.points.filter((p) => p.level === 'core');
      const covered = core.filter((p) => p.anywhere).length;
      if (core.length && covered * 2 >= core.length) continue;
      const line = insertionLine(answer, step.id);
      const missing = core.filter((p) => !p.anywhere).map((p) => asName(p.point.title));
      (groups.get(line) ?? groups.set(line, []).get(line)!).push({ step, missing });
    }
    const options = { depth: stepDepth(answer), numbered: numbersSteps(answer), level: ctx.level, caseStudy: ctx.caseStudy };
    for (const [line, group] of groups) {
      // At the end of the section before (its last line), not on the next heading, whose own findings stay there.
      const at = Math.max(0, Math.min(line, answer.lineCount) - 1);
      const text = group.map((g) => stepSkeleton(g.step.id, options).trimEnd()).join('\n\n');
      const first = group[0]!;
      const message =
        group.length === 1
          ? `Step ${first.step.index} "${first.step.title}" is missing: add a section${first.missing.length ? ` covering ${listOf(first.missing.slice(0, 3))}` : ''}.`
          : group.length === 2
            ? `Steps ${first.step.index} "${first.step.title}" and ${group[1]!.step.index} "${group[1]!.step.title}" are missing: add a section for each.`
            : `Steps ${listOf(group.map((g) => String(g.step.index)), 7)} are missing ("${first.step.title}" to "${group[group.length - 1]!.step.title}"): add a section for each.`;
      report({
        range: range(at, 0, at, answer.lineText(at).length),
        step: first.step.id,
        steps: group.map((g) => g.step.id),
        message,
        related: group.length > 1 ? group.map((g) => ({ range: range(at, 0), message: `Step ${g.step.index} "${g.step.title}"${g.missing.length ? `: ${listOf(g.missing.slice(0, 3))}` : ''}` })) : undefined,
        fix: {
          title: group.length === 1 ? `Insert the "${first.step.title}" step` : `Insert the ${group.length} missing steps`,
          edits: [insertLinesAt(answer, line, text)],
        },
      });
    }
  },
};
