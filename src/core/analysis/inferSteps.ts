/**
 * Sections whose titles name no step ("The method", "Slide 4 — Approaches
 * compared", "Keeping it healthy") are read by what they say: a section that
 * makes at least two points of one step that has no section of its own, and
 * more of that step's points than of any other, is that step's section. A
 * reader of a design doc does the same; without it, a plain-words answer is
 * told that its model step "is missing" (an error) beside the section that is it.
 */
import { STEPS } from '../framework/steps';
import type { StepId } from '../framework/types';
import type { ConceptId } from '../framework/concepts';
import { assignStep } from '../model/parse';
import type { Answer, Section } from '../model/types';
import { conceptGroups } from './concepts';
import type { HitTable } from './hits';

/** Points of one step a section must make, at least, to count as that step's. */
const MIN_POINTS = 2;
/** Words of its own a section needs: a heading over a line or two is not a step. */
const MIN_WORDS = 25;

/** Distinct points of each step the lines [from, to) make, by their phrases. */
export function pointsIn(hits: HitTable, from: number, to: number): Map<StepId, number> {
  const out = new Map<StepId, number>();
  for (const step of STEPS) {
    let n = 0;
    for (const p of step.points) {
      const g = conceptGroups(p.key as ConceptId);
      const inside = (gr: typeof g.phrases) => hits.all(gr).some((h) => {
        const l = hits.line(h);
        return l >= from && l < to;
      });
      if (inside(g.phrases)) n++;
    }
    if (n) out.set(step.id, n);
  }
  return out;
}

/** Give each untitled section the step its content makes, where that step has no section yet. */
export function inferSectionSteps(answer: Answer, hits: HitTable): void {
  const claimed = new Set<StepId>(answer.stepSections.keys());
  if (claimed.size === STEPS.length) return;
  const t = answer.tokens;
  for (const s of answer.sections as readonly Section[]) {
    if (s.steps.length || s.kind !== 'heading') continue;
    if (t.firstAtLine(s.ownEnd) - t.firstAtLine(s.line + 1) < MIN_WORDS) continue;
    const counts = [...pointsIn(hits, s.line + 1, s.ownEnd).entries()].sort((a, b) => b[1] - a[1]);
    const [best, second] = counts;
    if (!best || best[1] < MIN_POINTS || (second && second[1] >= best[1]) || claimed.has(best[0])) continue;
    assignStep(answer, s, best[0]);
    claimed.add(best[0]);
  }
}
