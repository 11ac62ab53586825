import { isRequired } from '../analysis/coverage';
import { CASES } from '../framework/cases';
import { STEPS } from '../framework/steps';
import type { MustHave, StepId } from '../framework/types';
import type { Rule, RuleContext } from './types';
import { stepAnchor } from './util';
import { asName, listOf } from '../findings';
import type { ConceptId } from '../framework/concepts';
import { STEP_IDS } from '../framework/types';



/**
 * Is the item covered? An item that is a key point is covered as the point is (its
 * phrases, a sentence that says it, Chinese phrases); an item of its own by its phrases.
 */
function covered(ctx: RuleContext, m: MustHave): boolean {
  const point = ctx.coverage.steps.get(m.step)?.points.find((p) => p.point.key === m.concept)
    ?? STEP_IDS.map((id) => ctx.coverage.steps.get(id)!.points.find((p) => p.point.key === m.concept)).find((p) => p);
  if (point) return point.anywhere;
  return ctx.hits.all(ctx.concept(m.concept as ConceptId).phrases).length > 0;
}

/** MLSD016: the case's must-have checklist, per step. */
export const caseMustHaves: Rule = {
  id: 'MLSD016',
  name: 'case-must-haves',
  description: 'When the front matter sets a case (`case: ctr-sponsored-search`), the answer covers that case\'s must-have checklist at its level.',
  rationale:
    'Each classic case has points interviewers expect whatever the framework: sponsored-search CTR needs bid × pCTR, calibration, negative downsampling with recalibration ' +
    'and a time-based split; fraud needs a cost-based threshold and label delay; recommendations need a retrieval → ranking funnel. ' +
    'The checklist comes from the case study in the rubric; items are tagged core, senior or staff and only those expected at the answer\'s level are asked for. ' +
    'Findings are grouped per step, at the step\'s heading.\n\n' +
    'Set the case in the front matter (`case: ctr-sponsored-search`) and add the items the finding lists, in the step it names.',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['case'],
  // Every case checklist's items, from the case data.
  concepts: [...new Set(CASES.flatMap((c) => c.mustHaves.map((m) => m.concept)))],
  check(ctx, report) {
    const cs = ctx.caseStudy;
    if (!cs) return;
    const missing = new Map<StepId, MustHave[]>();
    for (const m of cs.mustHaves) {
      if (!isRequired(m.level, ctx.level) || covered(ctx, m)) continue;
      const list = missing.get(m.step) ?? [];
      list.push(m);
      missing.set(m.step, list);
    }
    for (const step of STEPS) {
      const list = missing.get(step.id);
      if (!list) continue;
      report({
        range: stepAnchor(ctx.answer, step.id),
        step: step.id,
        // A hint: the case's own checklist is recognised by its phrases only, so it
        // never outweighs the framework's findings.
        severity: 'info',
        message: `${step.title}: ${cs.title} needs ${listOf(list.map((m) => asName(m.title)))}.`,
        gap: list.map((m) => asName(m.title)),
        concepts: list.map((m) => m.concept),
      });
    }
  },
};
