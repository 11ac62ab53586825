/**
 * Key-point coverage and the 0-100 scores, per step and overall, for a level.
 * A point is covered by one strong keyword or two distinct weak keywords, in
 * the step's own sections ("in step") or anywhere in the answer.
 */
import { STEPS } from '../framework/steps';
import type { CaseKind, KeyPoint, Level, PointLevel, StepDef, StepId } from '../framework/types';
import type { Answer, Range, Section } from '../model/types';
import { keywordGroup, type KeywordGroup } from '../text/keywords';
import { HitTable } from './hits';

interface PointGroups {
  readonly strong: KeywordGroup;
  readonly weak: KeywordGroup;
}

/** The keyword groups of every key point, declared once at module load. */
const POINT_GROUPS = new Map<KeyPoint, PointGroups>();
for (const step of STEPS) {
  for (const p of step.points) {
    POINT_GROUPS.set(p, {
      strong: keywordGroup(`${step.id}/${p.key}/strong`, p.strong),
      weak: keywordGroup(`${step.id}/${p.key}/weak`, p.weak),
    });
  }
}

/** The shared keyword groups of a key point (so rules can query its hits without declaring the keywords again). */
export function keyPointGroups(p: KeyPoint): { readonly strong: KeywordGroup; readonly weak: KeywordGroup } {
  const g = POINT_GROUPS.get(p);
  if (!g) throw new Error(`not a key point of STEPS: ${p.id}`);
  return g;
}

export interface PointStatus {
  readonly step: StepId;
  readonly point: KeyPoint;
  /** The point's effective level for this answer's case (coreFor raises it). */
  readonly level: PointLevel;
  /** Expected at the answer's level. */
  readonly required: boolean;
  readonly inStep: boolean;
  readonly anywhere: boolean;
  /** Where it is covered (in the step if possible). */
  readonly where?: Range;
}

export interface StepStatus {
  readonly step: StepDef;
  /** Sections whose own heading maps to the step. */
  readonly sections: readonly Section[];
  /** Content words on lines that count for the step. */
  readonly words: number;
  readonly points: readonly PointStatus[];
  /** 0-100 for the answer's level. */
  readonly score: number;
}

export interface Coverage {
  readonly level: Level;
  readonly steps: ReadonlyMap<StepId, StepStatus>;
  readonly overall: number;
  readonly hits: HitTable;
}

const WEIGHT: Record<PointLevel, number> = { core: 3, senior: 2, staff: 1 };
const RANK: Record<PointLevel, number> = { core: 0, senior: 1, staff: 2 };
const LEVEL_RANK: Record<Level, number> = { mid: 0, senior: 1, staff: 2 };

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
  return RANK[pl] <= LEVEL_RANK[level];
}

export function computeCoverage(answer: Answer, level: Level, kinds: readonly CaseKind[], hits = new HitTable(answer)): Coverage {
  const steps = new Map<StepId, StepStatus>();
  const { lineSteps, tokens } = answer;
  // Content words per step: the tokens of each run of lines with the same step
  // mask, counted by two binary searches (tokens are in line order).
  const words = new Array<number>(STEPS.length).fill(0);
  for (let l = 0, from = 0; l < lineSteps.length; ) {
    const m = lineSteps[l]!;
    let end = l + 1;
    while (end < lineSteps.length && lineSteps[end] === m) end++;
    const to = tokens.firstAtLine(end);
    if (m) for (let b = 0; b < STEPS.length; b++) if (m & (1 << b)) words[b]! += to - from;
    [l, from] = [end, to];
  }
  let total = 0;
  STEPS.forEach((step, si) => {
    const bit = 1 << si;
    const points: PointStatus[] = [];
    let got = 0;
    let max = 0;
    for (const p of step.points) {
      const g = POINT_GROUPS.get(p)!;
      const pl = effectiveLevel(p, kinds);
      const required = pointRequired(p, level, kinds);
      const inStepHit = hits.covering(g.strong, g.weak, bit);
      const anyHit = inStepHit ?? hits.covering(g.strong, g.weak, 0);
      const status: PointStatus = {
        step: step.id,
        point: p,
        level: pl,
        required,
        inStep: !!inStepHit,
        anywhere: !!anyHit,
        where: anyHit ? hits.range(anyHit) : undefined,
      };
      points.push(status);
      if (required) {
        max += WEIGHT[pl];
        got += status.inStep ? WEIGHT[pl] : status.anywhere ? WEIGHT[pl] / 2 : 0;
      }
    }
    const score = max === 0 ? 100 : Math.round((100 * got) / max);
    total += score;
    steps.set(step.id, { step, sections: answer.stepSections.get(step.id) ?? [], words: words[si]!, points, score });
  });
  return { level, steps, overall: Math.round(total / STEPS.length), hits };
}
