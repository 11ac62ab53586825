/**
 * Where a step already is in an answer, the way the checker maps it, so that
 * completion and quick fixes never insert a second section for it: its
 * section by title ("## Monitoring and retraining"), the section the checker
 * reads as the step from what it says (`analysis/inferSteps.ts`: "## The
 * method" that makes the model's points), or, for a step the checker finds no
 * section for, an untitled section where the step belongs that makes one of
 * its points ("## Problem" between the requirements and the data): a heading
 * to rename rather than a section to add beside it.
 */
import type { CheckResult } from '../check';
import { pointsIn } from '../analysis/inferSteps';
import { STEPS } from '../framework/steps';
import type { StepDef, StepId } from '../framework/types';
import type { Section } from '../model/types';
import type { TextEdit } from '../rules/types';
import { numbersSteps, stepDepth } from '../rules/util';

export interface StepPlace {
  readonly step: StepDef;
  readonly section: Section;
  /**
   * `title`: its heading names the step; `content`: the checker reads the step in
   * what the section says; `place`: the checker does not map it, but it sits where
   * the step belongs and makes one of its points (a heading to rename).
   */
  readonly by: 'title' | 'content' | 'place';
}

/** The step's section in the answer (by title or content), or a section to rename into it. */
export function stepPlace(result: CheckResult, id: StepId): StepPlace | undefined {
  const step = STEPS.find((s) => s.id === id)!;
  const list = result.answer.stepSections.get(id);
  if (list?.length) {
    const section = list.find((s) => s.kind === 'heading') ?? list[0]!;
    return { step, section, by: section.aliasSteps.includes(id) ? 'title' : 'content' };
  }
  const section = renameCandidate(result, step);
  return section ? { step, section, by: 'place' } : undefined;
}

/**
 * A heading of no step, at the answer's step depth, between the sections of the
 * steps before and after `step` (in the framework's order), whose own lines make
 * at least one of `step`'s points and more than of any other missing step (a
 * tie names no step, as in `inferSteps`): the most points wins, then the first.
 */
function renameCandidate(result: CheckResult, step: StepDef): Section | undefined {
  const a = result.answer;
  const depth = stepDepth(a);
  const line = (id: StepId) => a.stepSections.get(id)?.find((s) => s.kind === 'heading')?.line ?? a.stepSections.get(id)?.[0]?.line;
  let after = -1;
  for (let i = step.index - 2; i >= 0 && after < 0; i--) after = line(STEPS[i]!.id) ?? -1;
  let before = a.lineCount;
  for (let i = step.index; i < STEPS.length && before === a.lineCount; i++) before = line(STEPS[i]!.id) ?? a.lineCount;
  let best: { s: Section; n: number } | undefined;
  for (const s of a.sections) {
    if (s.kind !== 'heading' || s.steps.length || s.depth !== depth || s.line <= after || s.line >= before) continue;
    const counts = pointsIn(a, result.coverage.hits, result.coverage.sentences, s.line + 1, s.ownEnd);
    const n = counts.get(step.id) ?? 0;
    if (n === 0) continue;
    const rival = [...counts].some(([other, m]) => other !== step.id && m >= n && !a.stepSections.has(other));
    if (!rival && (!best || n > best.n)) best = { s, n };
  }
  return best?.s;
}

/** How the heading of `s` reads in a title: `## Problem`, `**Problem**`. */
export function headingLabel(s: Section): string {
  return s.kind === 'heading' ? `${'#'.repeat(s.depth)} ${s.title}` : `**${s.title}**`;
}

/** The title the step's heading gets when renamed, numbered when the answer numbers its steps. */
export function stepTitleFor(result: CheckResult, step: StepDef): string {
  return `${numbersSteps(result.answer) ? `${step.index}. ` : ''}${step.title}`;
}

export interface StepRename {
  /** `Rename "## Problem" to "## 2. Frame the problem as an ML task"`. */
  readonly title: string;
  /** Replaces the heading's text (its `#`s and anything around it stay). */
  readonly edit: TextEdit;
}

/** The edit that gives the place's heading the step's own title, so the checker maps it by its title. */
export function renameToStep(result: CheckResult, place: StepPlace): StepRename {
  const s = place.section;
  const title = stepTitleFor(result, place.step);
  const renamed = s.kind === 'heading' ? `${'#'.repeat(s.depth)} ${title}` : `**${title}**`;
  return { title: `Rename "${headingLabel(s)}" to "${renamed}"`, edit: { range: s.titleRange, newText: title } };
}

/** `Go to the existing step 7 section "## Monitoring and retraining"`: the item or action that reveals it. */
export function goToTitle(place: StepPlace): string {
  return `Go to the existing step ${place.step.index} section "${headingLabel(place.section)}"`;
}
