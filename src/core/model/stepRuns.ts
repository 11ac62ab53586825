/**
 * Which step each line of an answer counts for, in a compact form for the
 * language server's `mlsd/result`: runs of lines with the same first step.
 * Practice mode reads the step under the cursor from it, so the extension host
 * needs neither the parser nor the checker (whose step inference moves lines).
 */
import { STEP_IDS, type StepId } from '../framework/types';

/** From `line` until the next run's line, the lines count first for `step` (null: for no step). */
export interface StepRun {
  readonly line: number;
  readonly step: StepId | null;
}

/** The runs of `lineSteps` (an answer's per-line step bit masks), in line order; a line's step is the lowest bit of its mask. */
export function stepRuns(lineSteps: ArrayLike<number>): StepRun[] {
  const runs: StepRun[] = [];
  for (let l = 0; l < lineSteps.length; l++) {
    const mask = lineSteps[l]!;
    const b = mask ? 31 - Math.clz32(mask & -mask) : -1;
    const step = b >= 0 ? (STEP_IDS[b] ?? null) : null;
    if (runs.length === 0 || runs[runs.length - 1]!.step !== step) runs.push({ line: l, step });
  }
  return runs;
}

/** The step `line` counts for (null when it counts for none). */
export function stepAtLine(runs: readonly StepRun[], line: number): StepId | null {
  let lo = 0;
  let hi = runs.length - 1;
  let hit: StepRun | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.line <= line) {
      hit = runs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return hit?.step ?? null;
}
