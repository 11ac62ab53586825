/**
 * Which key points an answer is expected to cover, for its level and its
 * case: framework knowledge that the checker's coverage and the templates'
 * skeletons share (the skeletons need it without the checker).
 */
import type { CaseKind, KeyPoint, Level, PointLevel } from './types';

export const POINT_RANK: Record<PointLevel, number> = { core: 0, senior: 1, staff: 2 };
export const LEVEL_RANK: Record<Level, number> = { mid: 0, senior: 1, staff: 2 };

/** Below this many content words a step section is hollow (RUBRIC §1.4). */
export const HOLLOW_WORDS = 15;

/** The effective level of a point for a case: `coreFor` raises it to core. */
export function effectiveLevel(p: KeyPoint, kinds: readonly CaseKind[]): PointLevel {
  if (p.coreFor && p.coreFor.some((k) => kinds.includes(k))) return 'core';
  return p.level;
}

/** Is the point expected of an answer at `level` for a case of these kinds? */
export function pointRequired(p: KeyPoint, level: Level, kinds: readonly CaseKind[]): boolean {
  const applies = !!p.coreFor && p.coreFor.some((k) => kinds.includes(k));
  if (p.onlyFor && !applies) return false;
  return isRequired(effectiveLevel(p, kinds), level);
}

/** Is a point of this level expected of an answer at `level`? */
export function isRequired(pl: PointLevel, level: Level): boolean {
  return POINT_RANK[pl] <= LEVEL_RANK[level];
}

/**
 * Key points whose absence alone is worth a warning, however much else the step makes: a model step with no
 * simple first model to beat ("go straight to gradient boosted trees") is what an interviewer asks about
 * first. Measured on the corpus (244 answers): recall 522 -> 526 of 702 labels, precision 95.2% -> 95.1%.
 */
export const ALWAYS_ASKED: readonly string[] = ['baseline'];
