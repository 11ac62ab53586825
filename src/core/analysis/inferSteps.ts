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
import { assignStep, lineOfOffset } from '../model/parse';
import type { Sentences } from './depth';
import { saidTogether } from './coverage';
import type { Answer, Section } from '../model/types';
import { conceptGroups } from './concepts';
import type { HitTable } from './hits';

/** Points of one step a section must make, at least, to count as that step's. */
const MIN_POINTS = 2;
/** Words of its own a section needs: a heading over a line or two is not a step. */
const MIN_WORDS = 25;
/** How many times the points of the next step its best step must outnumber: a whole essay under one title makes every step's. */
const DOMINANCE = 1.5;

/** Lines of the sentences that say each concept by its paraphrase rules, found once per check. */
type SaidLines = Map<ConceptId, readonly number[]>;

/** Distinct points of each step the lines [from, to) make, by their phrases, pairs or paraphrase rules. */
function pointsIn(answer: Answer, hits: HitTable, sentences: Sentences, said: SaidLines, from: number, to: number): Map<StepId, number> {
  const out = new Map<StepId, number>();
  const inside = (l: number) => l >= from && l < to;
  for (const step of STEPS) {
    let n = 0;
    for (const p of step.points) {
      const id = p.key as ConceptId;
      const g = conceptGroups(id);
      const pairs = new Set(hits.all(g.pairs).filter((h) => inside(hits.line(h))).map((h) => h.pattern));
      let lines = said.get(id);
      if (!lines) said.set(id, (lines = saidTogether(g, answer, hits, sentences).map((s) => lineOfOffset(answer.lineStarts, s.start))));
      if (hits.all(g.phrases).some((h) => inside(hits.line(h))) || pairs.size >= 2 || lines.some(inside)) n++;
    }
    if (n) out.set(step.id, n);
  }
  return out;
}

/** The first line of a section's text: a run-in title's paragraph starts on its own line. */
const bodyLine = (s: Section) => (s.kind === 'bold' ? s.line : s.line + 1);

/** Give each untitled section the step its content makes, where that step has no section yet. */
export function inferSectionSteps(answer: Answer, hits: HitTable, sentences: Sentences): void {
  const claimed = new Set<StepId>(answer.stepSections.keys());
  if (claimed.size === STEPS.length) return;
  const t = answer.tokens;
  const open = (s: Section) => s.steps.length === 0 && t.firstAtLine(s.ownEnd) - t.firstAtLine(bodyLine(s)) >= MIN_WORDS;
  const said: SaidLines = new Map();
  byOrder(answer, hits, sentences, said, claimed, open);
  for (const s of answer.sections as readonly Section[]) {
    if (!open(s)) continue;
    const counts = [...pointsIn(answer, hits, sentences, said, bodyLine(s), s.ownEnd).entries()].sort((a, b) => b[1] - a[1]);
    const [best, second] = counts;
    if (!best || best[1] < MIN_POINTS || (second && second[1] * DOMINANCE >= best[1]) || claimed.has(best[0])) continue;
    assignStep(answer, s, best[0]);
    claimed.add(best[0]);
  }
}

/**
 * Answers follow the framework's order: an untitled section between the data
 * section and the evaluation section is, if anything, the model step. Such a
 * section takes the missing step of its gap whose points it makes most (one is
 * enough: the order says the rest); a section with no step missing on either
 * side of it (a summary after monitoring, trade-offs between two steps that
 * follow each other) stays what it is.
 */
function byOrder(answer: Answer, hits: HitTable, sentences: Sentences, said: SaidLines, claimed: Set<StepId>, open: (s: Section) => boolean): void {
  if (claimed.size === 0) return;
  const index = (id: StepId) => STEPS.findIndex((st) => st.id === id);
  const sections = answer.sections as readonly Section[];
  // The first step of any section after each one (assignments below only touch the section at hand, so these hold).
  const after = new Array<number>(sections.length + 1).fill(STEPS.length);
  for (let j = sections.length - 1; j >= 0; j--) after[j] = Math.min(after[j + 1]!, ...sections[j]!.steps.map(index));
  let before = -1;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (open(s)) {
      const next = after[i + 1]!;
      const gap = STEPS.filter((st, k) => k > before && k < next && !claimed.has(st.id));
      const counts = gap.length ? pointsIn(answer, hits, sentences, said, bodyLine(s), s.ownEnd) : undefined;
      let best: StepId | undefined;
      for (const st of gap) if ((counts!.get(st.id) ?? 0) > (best ? counts!.get(best)! : 0)) best = st.id;
      if (best) {
        assignStep(answer, s, best);
        claimed.add(best);
      }
    }
    before = Math.max(before, ...s.steps.map(index));
  }
}
