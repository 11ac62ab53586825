/**
 * Sections whose titles name no step ("The method", "Slide 4 — Approaches
 * compared", "Keeping it healthy") are read by what they say: a section that
 * makes at least two points of one step that has no section of its own, and
 * more of that step's points than of any other, is that step's section. A
 * reader of a design doc does the same; without it, a plain-words answer is
 * told that its model step "is missing" (an error) beside the section that is it.
 */
import { STEPS } from '../framework/steps';
import { HOLLOW_WORDS } from '../framework/required';
import { STEP_IDS, type StepId } from '../framework/types';
import type { ConceptId } from '../framework/concepts';
import { assignStep, lineOfOffset } from '../model/parse';
import { firstAtLeast } from '../util';
import type { Sentences } from './depth';
import { saidTogether } from './coverage';
import type { Answer, Section } from '../model/types';
import { conceptGroups } from './concepts';
import type { HitTable } from './hits';

/** Points of one step a section must make, at least, to count as that step's. */
const MIN_POINTS = 2;
/** Words of its own a section needs: a heading over a line or two is not a step. */
const MIN_WORDS = 25;
/** Words a section alone in a missing step's place needs: not a hollow one (a heading over a line is not a step). */
const SLOT_WORDS = HOLLOW_WORDS;
/** How many times the points of the next step its best step must outnumber: a whole essay under one title makes every step's. */
const DOMINANCE = 1.5;
/** Steps whose points a section makes, at least, to read as a whole essay rather than one step's section. */
const ESSAY_STEPS = 5;

/** Where a concept is said, by line (sorted): its phrases, its pairs (with which pair), its paraphrases. */
interface ConceptLines {
  readonly phrases: readonly number[];
  readonly pairs: readonly { readonly line: number; readonly pattern: number }[];
  readonly said: readonly number[];
}
/** Each concept's lines, found once per check (a lookup per section is then two binary searches). */
export type SaidLines = Map<ConceptId, ConceptLines>;

/** Distinct points of each step the lines [from, to) make, by their phrases, pairs or paraphrase rules. */
export function pointsIn(answer: Answer, hits: HitTable, sentences: Sentences, from: number, to: number, said: SaidLines = new Map()): Map<StepId, number> {
  const out = new Map<StepId, number>();
  const self = (l: number) => l;
  const any = (lines: readonly number[]) => {
    const i = firstAtLeast(lines, self, from);
    return i < lines.length && lines[i]! < to;
  };
  for (const step of STEPS) {
    let n = 0;
    for (const p of step.points) {
      const id = p.key as ConceptId;
      let c = said.get(id);
      if (!c) {
        const g = conceptGroups(id);
        c = {
          phrases: hits.all(g.phrases).map((h) => hits.line(h)),
          pairs: hits.all(g.pairs).map((h) => ({ line: hits.line(h), pattern: h.pattern })),
          said: saidTogether(g, answer, hits, sentences).map((x) => lineOfOffset(answer.lineStarts, x.start)),
        };
        said.set(id, c);
      }
      let pairs = 0;
      const seen = new Set<number>();
      for (let i = firstAtLeast(c.pairs, (x) => x.line, from); i < c.pairs.length && c.pairs[i]!.line < to && pairs < 2; i++) {
        if (!seen.has(c.pairs[i]!.pattern)) (seen.add(c.pairs[i]!.pattern), pairs++);
      }
      if (any(c.phrases) || pairs >= 2 || any(c.said)) n++;
    }
    if (n) out.set(step.id, n);
  }
  return out;
}

/** The first line of a section's text: a run-in title's paragraph starts on its own line. */
const bodyLine = (s: Section) => (s.kind === 'bold' ? s.line : s.line + 1);
/** Words of a section's own text (not its children's). */
const ownWords = (a: Answer, s: Section) => a.tokens.firstAtLine(s.ownEnd) - a.tokens.firstAtLine(bodyLine(s));
const stepIndex = (id: StepId) => STEP_IDS.indexOf(id);

/** Give each untitled section the step its content makes, where that step has no section yet. */
export function inferSectionSteps(answer: Answer, hits: HitTable, sentences: Sentences): void {
  const claimed = new Set<StepId>(answer.stepSections.keys());
  if (claimed.size === STEPS.length) return;
  const open = (s: Section) => s.steps.length === 0 && ownWords(answer, s) >= MIN_WORDS;
  const said: SaidLines = new Map();
  byOrder(answer, hits, sentences, said, claimed, open);
  for (const s of answer.sections as readonly Section[]) {
    if (!open(s)) continue;
    const counts = [...pointsIn(answer, hits, sentences, bodyLine(s), s.ownEnd, said).entries()].sort((a, b) => b[1] - a[1]);
    const [best, second] = counts;
    if (!best || best[1] < MIN_POINTS || (second && second[1] * DOMINANCE >= best[1]) || claimed.has(best[0])) continue;
    assignStep(answer, s, best[0]);
    claimed.add(best[0]);
  }
}

/**
 * Pairs of sections and steps, both in order, that make the most points in all
 * (each pair at least one): one section takes the step it makes most, three
 * sections and one missing step give it to the one that makes most of it.
 */
function matchInOrder<S>(sections: readonly S[], steps: readonly StepId[], w: (s: S, id: StepId) => number): [S, StepId][] {
  const n = sections.length;
  const m = steps.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const here = w(sections[i - 1]!, steps[j - 1]!);
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, here > 0 ? best[i - 1]![j - 1]! + here : 0);
    }
  }
  const out: [S, StepId][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = w(sections[i - 1]!, steps[j - 1]!);
    if (best[i]![j] === best[i - 1]![j]) i--;
    else if (best[i]![j] === best[i]![j - 1]) j--;
    else {
      if (here > 0) out.push([sections[i - 1]!, steps[j - 1]!]);
      i--;
      j--;
    }
  }
  return out.reverse();
}

/**
 * Answers follow the framework's order: an untitled section between the data
 * section and the evaluation section is, if anything, the model step. Between
 * two titled steps, each missing step takes the untitled section that makes
 * most of its points (one is enough: the order says the rest), in order. Then
 * an untitled section between two sections of one step is part of that step
 * ("D3. The selection problem" between two data decisions), and so is one right
 * after a step whose points it makes most. A section with no step missing
 * around it and none of its points (a summary, open questions at the end)
 * stays what it is.
 */
function byOrder(answer: Answer, hits: HitTable, sentences: Sentences, said: SaidLines, claimed: Set<StepId>, open: (s: Section) => boolean): void {
  if (claimed.size === 0) return;
  const sections = answer.sections as readonly Section[];
  const points = new Map<Section, Map<StepId, number>>();
  const pointsOf = (s: Section) => points.get(s) ?? points.set(s, pointsIn(answer, hits, sentences, bodyLine(s), s.ownEnd, said)).get(s)!;
  // A whole essay under the answer's title makes the points of most steps, none far more than the next: the order gives it no
  // single step (one heading added after it, "## 7. Monitoring", must not turn the essay into the data step).
  const essay = (s: Section) => {
    if (s.depth !== 1) return false;
    const counts = [...pointsOf(s).values()].sort((a, b) => b - a);
    return counts.length >= ESSAY_STEPS && counts[1]! * DOMINANCE >= counts[0]!;
  };
  const inOrder = (s: Section) => open(s) && !essay(s);
  fillSlots(answer, claimed, pointsOf);
  // Runs of untitled sections between titled ones (-1 and STEPS.length stand for the answer's start and end).
  let before = -1;
  let run: Section[] = [];
  const gaps: { before: number; after: number; run: Section[] }[] = [];
  for (const s of sections) {
    if (s.steps.length) {
      if (run.length) gaps.push({ before, after: Math.min(...s.steps.map(stepIndex)), run });
      run = [];
      before = Math.max(...s.steps.map(stepIndex));
    } else if (inOrder(s)) run.push(s);
  }
  if (run.length) gaps.push({ before, after: STEPS.length, run });
  for (const g of gaps) {
    const missing = STEPS.filter((x, k) => k > g.before && k < g.after && !claimed.has(x.id)).map((x) => x.id);
    for (const [s, id] of matchInOrder(g.run, missing, (s, id) => pointsOf(s).get(id) ?? 0)) {
      assignStep(answer, s, id);
      claimed.add(id);
    }
    // What is left continues the step before it: between two sections of one step, or making that step's points most.
    // The step of the next section of the run that took one (or the gap's end), from the back: one pass.
    const nextStep = new Array<number>(g.run.length);
    for (let i = g.run.length - 1, next = g.after; i >= 0; i--) {
      nextStep[i] = next;
      if (g.run[i]!.steps.length) next = stepIndex(g.run[i]!.steps[0]!);
    }
    let prev = g.before;
    g.run.forEach((s, i) => {
      if (s.steps.length) {
        prev = stepIndex(s.steps[0]!);
        return;
      }
      if (prev < 0) return;
      const next = nextStep[i]!;
      const counts = pointsOf(s);
      const mine = counts.get(STEPS[prev]!.id) ?? 0;
      if (next === prev || (next < STEPS.length && mine > 0 && [...counts.values()].every((n) => n <= mine))) {
        assignStep(answer, s, STEPS[prev]!.id);
        return;
      }
      // Or it opens the step after it, whose points it makes most ("Where the photos come from" before "Keeping the test honest").
      if (next >= STEPS.length) return;
      const theirs = counts.get(STEPS[next]!.id) ?? 0;
      if (theirs >= MIN_POINTS && [...counts.values()].every((n) => n < theirs || n === theirs)) assignStep(answer, s, STEPS[next]!.id);
    });
  }
  fillSlots(answer, claimed, pointsOf);
}

/**
 * A section alone in the place of the one step missing between two steps with
 * sections ("## Check", "## Run", "## Watch") is that step when it makes one of
 * its points, however short (a section not hollow): the order says the rest.
 */
function fillSlots(answer: Answer, claimed: Set<StepId>, pointsOf: (s: Section) => Map<StepId, number>): void {
  let last = -1;
  let lone: Section[] = [];
  for (const s of answer.sections as readonly Section[]) {
    if (!s.steps.length) {
      if (ownWords(answer, s) > 0) lone.push(s);
      continue;
    }
    const first = Math.min(...s.steps.map(stepIndex));
    const slot = STEPS[last + 1];
    if (last >= 0 && first === last + 2 && lone.length === 1 && slot && !claimed.has(slot.id) && ownWords(answer, lone[0]!) >= SLOT_WORDS && pointsOf(lone[0]!).has(slot.id)) {
      assignStep(answer, lone[0]!, slot.id);
      claimed.add(slot.id);
    }
    lone = [];
    last = Math.max(last, ...s.steps.map(stepIndex));
  }
}
