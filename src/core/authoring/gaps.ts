/**
 * The checker's top gaps for the practice summary and the session records: the
 * most important key points an answer still misses.
 */
import type { PointStatus } from '../analysis/coverage';
import type { CheckResult } from '../check';
import { STEPS } from '../framework/steps';

const LEVEL_RANK = { core: 0, senior: 1, staff: 2 } as const;
export const STEP_RANK = new Map(STEPS.map((s, i) => [s.id, i]));

/**
 * The `n` most important missing key points: required at the answer's level,
 * covered nowhere in the answer; core before senior before staff, then in step
 * order (requirements first, as an interviewer would probe them).
 */
export function topMissingPoints(result: CheckResult, n = 3): PointStatus[] {
  const missing: PointStatus[] = [];
  for (const st of result.coverage.steps.values()) for (const p of st.points) if (p.required && !p.anywhere) missing.push(p);
  missing.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || STEP_RANK.get(a.step)! - STEP_RANK.get(b.step)!);
  return missing.slice(0, n);
}
