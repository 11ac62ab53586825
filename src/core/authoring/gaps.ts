/**
 * The top gaps of a score for the practice summary and the session records:
 * the most important key points an answer still misses.
 */
import { POINT_RANK } from '../framework/required';
import type { StepId } from '../framework/types';
import type { AnswerScore, ScoredPoint } from './score';

/** A key point the answer misses, with its step. */
export interface MissingPoint {
  readonly step: StepId;
  readonly stepTitle: string;
  readonly point: ScoredPoint;
}

/**
 * The `n` most important missing key points: required at the answer's level,
 * covered nowhere in the answer; core before senior before staff, then in step
 * order (requirements first, as an interviewer would probe them).
 */
export function topMissingPoints(score: AnswerScore, n = 3): MissingPoint[] {
  const missing: (MissingPoint & { rank: number })[] = [];
  score.steps.forEach((st, rank) => {
    for (const p of st.points) if (p.required && !p.anywhere) missing.push({ step: st.id, stepTitle: st.title, point: p, rank });
  });
  missing.sort((a, b) => POINT_RANK[a.point.level] - POINT_RANK[b.point.level] || a.rank - b.rank);
  return missing.slice(0, n).map(({ step, stepTitle, point }) => ({ step, stepTitle, point }));
}
