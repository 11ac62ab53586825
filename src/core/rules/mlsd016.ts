import { isRequired } from '../analysis/coverage';
import { CASES } from '../framework/cases';
import { STEPS } from '../framework/steps';
import type { MustHave, PointLevel, StepId } from '../framework/types';
import { keywordGroup, type KeywordGroup } from '../text/keywords';
import type { Rule, Severity } from './types';
import { stepAnchor } from './util';
import { asName, listOf } from '../findings';

/**
 * One keyword group per must-have of every case, declared at module load and
 * scoped to its case: an answer's check scans only its own case's must-haves.
 */
const GROUPS = new Map<MustHave, KeywordGroup>();
for (const c of CASES) {
  c.mustHaves.forEach((m, i) => GROUPS.set(m, keywordGroup(`mlsd016/${c.id}/${i}`, m.keywords, c.id)));
}

/**
 * The key point a must-have restates (a phrase in common, in its step first), so a
 * step's one finding names it once; a must-have of its own is its own concept.
 */
const CONCEPT = new Map<MustHave, string>();
function conceptOf(m: MustHave): string {
  let c = CONCEPT.get(m);
  if (c === undefined) {
    const words = new Set(m.keywords);
    // The point sharing most phrases with it, its own step's points first on a tie.
    let best = 0;
    for (const st of [STEPS.find((x) => x.id === m.step)!, ...STEPS]) {
      for (const p of st.points) {
        const shared = p.strong.filter((k) => words.has(k)).length;
        if (shared > best) [best, c] = [shared, p.key];
      }
    }
    c ??= asName(m.title);
    CONCEPT.set(m, c);
  }
  return c;
}

const RANK: Record<PointLevel, number> = { core: 0, senior: 1, staff: 2 };

/** The severity for the worst missing item: core → the rule's own, senior → warning, staff → info. */
export function severityForLevel(worst: PointLevel): Severity | undefined {
  return worst === 'core' ? undefined : worst === 'senior' ? 'warning' : 'info';
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
  check(ctx, report) {
    const cs = ctx.caseStudy;
    if (!cs) return;
    const missing = new Map<StepId, MustHave[]>();
    for (const m of cs.mustHaves) {
      if (!isRequired(m.level, ctx.level) || ctx.hits.all(GROUPS.get(m)!).length > 0) continue;
      const list = missing.get(m.step) ?? [];
      list.push(m);
      missing.set(m.step, list);
    }
    for (const step of STEPS) {
      const list = missing.get(step.id);
      if (!list) continue;
      const worst = list.reduce<PointLevel>((w, m) => (RANK[m.level] < RANK[w] ? m.level : w), 'staff');
      report({
        range: stepAnchor(ctx.answer, step.id),
        step: step.id,
        // A hint: the case's own checklist is recognised by its phrases only, so it
        // never outweighs the framework's findings.
        severity: 'info',
        message: `${step.title}: ${cs.title} needs ${listOf(list.map((m) => asName(m.title)))}.`,
        gap: list.map((m) => asName(m.title)),
        concepts: list.map(conceptOf),
      });
    }
  },
};
