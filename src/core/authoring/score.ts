/**
 * The score of a checked answer as plain data: what the practice summary, the
 * session records and "what to practise next" read. The language server's
 * `mlsd/result` (`MlsdScore`) is this shape with more fields, so practice mode
 * reads the server's results and the extension host never runs the checker.
 */
import type { Level, PointLevel, StepId } from '../framework/types';

/** One key point of a step and whether the answer covers it. */
export interface ScoredPoint {
  readonly key: string;
  readonly title: string;
  readonly advice: string;
  readonly level: PointLevel;
  /** Expected at the answer's level (and case). */
  readonly required: boolean;
  /** Covered somewhere in the answer, in its step or not. */
  readonly anywhere: boolean;
}

/** One step's score and key points. */
export interface ScoredStep {
  readonly id: StepId;
  readonly title: string;
  readonly summary: string;
  readonly score: number;
  readonly points: readonly ScoredPoint[];
}

/** An answer's score: overall, per step in framework order, at a level and for a case. */
export interface AnswerScore {
  readonly overall: number;
  readonly level: Level;
  /** The case study the answer is judged against (front matter, then `.mlsdrc.json`). */
  readonly caseId?: string;
  readonly steps: readonly ScoredStep[];
}
