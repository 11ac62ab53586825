import { STEPS } from '../framework/steps';
import { stepSkeleton } from '../framework/skeleton';
import { range } from '../util';
import type { Rule } from './types';
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
  check(ctx, report) {
    const { answer, coverage } = ctx;
    for (const step of STEPS) {
      if (answer.stepSections.has(step.id)) continue;
      const st = coverage.steps.get(step.id)!;
      const core = st.points.filter((p) => p.level === 'core');
      const covered = core.filter((p) => p.anywhere).length;
      if (core.length && covered * 2 >= core.length) continue;
      const line = insertionLine(answer, step.id);
      const at = Math.min(line, answer.lineCount - 1);
      const text = stepSkeleton(step.id, {
        depth: stepDepth(answer),
        numbered: numbersSteps(answer),
        level: ctx.level,
        caseStudy: ctx.caseStudy,
      });
      const missing = core.filter((p) => !p.anywhere).map((p) => p.point.title.toLowerCase());
      report({
        range: range(at, 0, at, answer.lineText(at).length),
        step: step.id,
        message:
          `Step ${step.index} "${step.title}" is missing: add a section for it` +
          (line < answer.lineCount ? ' here' : ' at the end') +
          ` covering ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ', …' : ''}.`,
        fix: { title: `Insert the "${step.title}" step`, edits: [insertLinesAt(answer, line, text)] },
      });
    }
  },
};
