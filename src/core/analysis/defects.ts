/**
 * Wrong choices cost score. Coverage credits a step for the points it makes;
 * a step that makes them and also states a wrong choice (accuracy as the metric
 * of a 1% positive class, a random split of logged data, a sum that does not add
 * up) is worse than its coverage says, and an interviewer marks it down for it.
 */
import { STEPS } from '../framework/steps';
import type { StepId } from '../framework/types';
import type { Coverage, StepStatus } from './coverage';

/** Share of its step's score that each wrong choice costs (two cost about half). */
export const DEFECT_COST = 0.3;

/** The coverage with each step's score charged for the wrong choices stated in it (by the number of distinct rules that found one). */
export function chargeDefects(coverage: Coverage, defects: ReadonlyMap<StepId, number>): Coverage {
  if (defects.size === 0) return coverage;
  const steps = new Map<StepId, StepStatus>();
  let total = 0;
  for (const step of STEPS) {
    const st = coverage.steps.get(step.id)!;
    const n = defects.get(step.id) ?? 0;
    const score = n ? Math.round(st.score * (1 - DEFECT_COST) ** n) : st.score;
    steps.set(step.id, n ? { ...st, score } : st);
    total += score;
  }
  return { ...coverage, steps, overall: Math.round(total / STEPS.length) };
}
