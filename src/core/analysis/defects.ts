/**
 * What an interviewer marks down costs score. Coverage credits a step for the
 * points it makes; a step that makes them and also states a wrong choice
 * (accuracy as the metric of a 1% positive class, a random split of logged
 * data, a sum that does not add up) is worse than its coverage says, and so is
 * a step the checker raises a gap on (a warning: an interviewer would ask for
 * it), since coverage credits a point made anywhere or only named.
 */
import { STEPS } from '../framework/steps';
import type { StepId } from '../framework/types';
import type { Coverage, StepStatus } from './coverage';

/** Share of its step's score that each wrong choice costs (two cost about half). */
export const DEFECT_COST = 0.3;
/** Share of its step's score that each other warning or error on it costs (a gap raised; as much as a wrong choice: an interviewer marks down what is missing as much as what is wrong). */
export const GAP_COST = 0.3;

/**
 * Share of the whole answer's score each warning or error costs, on top of its step's charge:
 * an interviewer's verdict follows how many things they had to raise, not the average step
 * (three gaps in three steps make a mediocre answer, though each step alone is mostly fine).
 * Measured on the corpus (154 answers): 0, 3, 5 and 7% give score in band 124, 129, 128
 * and 128, and Spearman 0.80, 0.83, 0.84 and 0.85; at 7% a fourth sound answer falls under its band.
 * Measured again on 244 answers (2026-12-03): 5% gives band 196 and Spearman 0.853, 7% gives 200
 * and 0.863 (six mediocre answers come into their band, two weak ones fall under it, no sound one
 * leaves its band).
 */
export const ANSWER_COST = 0.07;

/**
 * The coverage with each step's score charged for the wrong choices stated in it
 * (what each distinct rule that found one costs) and for the other warnings
 * and errors on it (after the finding model: one per gap); the overall score
 * also for every warning and error raised (`raised`).
 */
export function chargeFindings(coverage: Coverage, defects: ReadonlyMap<StepId, readonly number[]>, gaps: ReadonlyMap<StepId, number>, raised = 0): Coverage {
  if (defects.size === 0 && gaps.size === 0 && raised === 0) return coverage;
  const steps = new Map<StepId, StepStatus>();
  let total = 0;
  for (const step of STEPS) {
    const st = coverage.steps.get(step.id)!;
    const d = defects.get(step.id) ?? [];
    const g = gaps.get(step.id) ?? 0;
    const score = d.length || g ? Math.round(st.score * d.reduce((keep, cost) => keep * (1 - cost), 1) * (1 - GAP_COST) ** g) : st.score;
    steps.set(step.id, d.length || g ? { ...st, score } : st);
    total += score;
  }
  return { ...coverage, steps, overall: Math.round((total / STEPS.length) * (1 - ANSWER_COST) ** raised) };
}
