/**
 * Key-point coverage and the 0-100 scores, per step and overall, for a level.
 * A point is covered by one strong keyword or two distinct weak keywords, in
 * the step's own sections ("in step") or anywhere in the answer.
 */
import { STEPS } from '../framework/steps';
import type { CaseKind, KeyPoint, Level, PointLevel, StepDef, StepId } from '../framework/types';
import type { Answer, Range, Section } from '../model/types';
import { lineOfOffset } from '../model/parse';
import { HitTable } from './hits';
import type { ConceptId } from '../framework/concepts';
import { conceptGroups, type ConceptGroups } from './concepts';
import { ANSWER_GAP, LIST_MARKER_RE, Sentences, explains, type AnswerSentence } from './depth';
import { LEVEL_RANK, POINT_RANK, effectiveLevel, pointRequired } from '../framework/required';

export { effectiveLevel, isRequired, pointRequired } from '../framework/required';
import { KeywordIndex, type Hit, type KeywordGroup } from '../text/keywords';
import { hasOwnWords } from '../text/mask';
import { tokenize, TokenKind } from '../text/tokenize';

/** The key point's concept (its key is its id in the table). */
function groupsOf(p: KeyPoint): ConceptGroups {
  return conceptGroups(p.key as ConceptId);
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
  /** How it is covered: named in a fragment, or explained in a sentence (a reason, a comparison, a number). */
  readonly depth: 'missing' | 'named' | 'explained';
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
  /** The answer's sentences (for rules that quote or judge them). */
  readonly sentences: Sentences;
  readonly steps: ReadonlyMap<StepId, StepStatus>;
  readonly overall: number;
  readonly hits: HitTable;
  /** Sentences with a number or a comparison, and the factor they put on every score. */
  readonly specifics: Specifics;
}

const WEIGHT: Record<PointLevel, number> = { core: 3, senior: 2, staff: 1 };
/** Credit for a point that is only named (a fragment, no reason or number), against 1 for an explained one. */
export const NAMED_CREDIT = 0.35;
/** Share of the points at the answer's own level (senior at senior, staff at staff) that earns full marks: no answer makes every one. */
export const OPTIONAL_SHARE = 0.5;
/** Share of the senior points that earns full marks at staff level (most, not all: a staff answer goes deep where it matters). */
export const SENIOR_AT_STAFF = 0.6;
/** Share of an answer's sentences with a number or a comparison that a sound answer reaches (they hold 0.3 to 0.7; keyword dumps and filler under 0.2). */
export const CONCRETE_SHARE = 0.3;
/** What an answer with no number and no comparison in any sentence keeps of its score. */
export const VAGUE_FLOOR = 0.35;
/** Share of its words an answer may write in fragments and lists of names at no cost (sound answers, tables and terse bullets included, stay under it). */
export const FRAGMENT_SHARE = 0.3;
/** Share of fragments at which an answer keeps only VAGUE_FLOOR of its score (a keyword dump). */
export const ALL_FRAGMENTS = 0.8;

/**
 * How concrete the answer is, as a factor of its scores: an interviewer rewards a
 * number and a trade-off, and an answer that never gives either ("we use a
 * state-of-the-art model to ensure success", or bare lists of names) keeps at
 * most half of what its points would earn; from `CONCRETE_SHARE` of its
 * sentences with a number or a comparison, all of it.
 */
export function concreteness(sentences: Sentences): Specifics {
  let n = 0;
  let concrete = 0;
  for (const s of sentences.list) {
    // A question asks: it is neither concrete nor vague (a Q&A's questions are a quarter of its sentences).
    if (s.words < 5 || (s.question && !s.number && !s.comparison)) continue;
    n++;
    if (s.number || s.comparison) concrete++;
  }
  const vague = n === 0 ? 1 : Math.min(1, VAGUE_FLOOR + ((1 - VAGUE_FLOOR) * concrete) / n / CONCRETE_SHARE);
  // An answer written mostly in fragments names its points and argues none: its numbers do not make it concrete.
  // (fragments of a few words and lists of names: "Kafka → Spark → Hive", "AUC, log loss, NE").
  const fragments = sentences.fragmentShare;
  const written = 1 - (1 - VAGUE_FLOOR) * Math.min(1, Math.max(0, (fragments - FRAGMENT_SHARE) / (ALL_FRAGMENTS - FRAGMENT_SHARE)));
  return { sentences: n, concrete, fragments, factor: Math.min(vague, written) };
}

/** How concrete an answer is: its sentences (of five words or more), those with a number or a comparison, and the factor of its scores. */
export interface Specifics {
  readonly sentences: number;
  readonly concrete: number;
  /** Share of the answer's words in fragments and lists of names. */
  readonly fragments: number;
  readonly factor: number;
}

/** Chinese (CJK unified ideographs). */
const CJK_RE = /[\u4e00-\u9fff]/;
const chineseMemo = new WeakMap<Sentences, boolean>();

/** Has the answer Chinese prose (looked up once per check)? Only then are the concepts' Chinese phrases searched. */
export function hasChinese(sentences: Sentences): boolean {
  let v = chineseMemo.get(sentences);
  if (v === undefined) chineseMemo.set(sentences, (v = CJK_RE.test(sentences.prose)));
  return v;
}

/**
 * A lead label at a line's start: `Online:`, `**Offline:**`, `- Guardrails:` (a few words, then a colon), a bold
 * run-in title `**Live test.**`, or one capitalised word and a period that opens a paragraph (`Online. Two weeks in shadow …`).
 */
const LEAD_LABEL_RE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:(?:\*\*|__)?[A-Za-z][A-Za-z /&-]{0,30}?(?:\*\*|__)?:(?:\*\*|__)?|(?:\*\*|__)[A-Za-z][A-Za-z /&-]{0,30}?\.(?:\*\*|__)|[A-Z][a-z]{2,20}\.)\s/;

/** A line's lead label: its length, and the sentences of the paragraph it starts. */
interface LabelScope {
  readonly length: number;
  readonly sentences: readonly number[];
}
const NO_LABEL: LabelScope = { length: 0, sentences: [] };
/** Per check, each line's lead label, found once (a paraphrase rule asks at every hit of each of its parts). */
const labelMemo = new WeakMap<Sentences, (LabelScope | undefined)[]>();

/** Each line's lead label of this check, found on first use. */
function labelMemoOf(answer: Answer, sentences: Sentences): (LabelScope | undefined)[] {
  let memo = labelMemo.get(sentences);
  if (!memo) labelMemo.set(sentences, (memo = new Array<LabelScope | undefined>(answer.lineCount)));
  return memo;
}

/** The sentences of the paragraph that a lead label holding offset `o` (on `line`) starts (none when `o` is not in one). */
function labelScope(answer: Answer, sentences: Sentences, o: number, line: number, memo = labelMemoOf(answer, sentences)): readonly number[] {
  const scope = (memo[line] ??= lineLabel(answer, sentences, line));
  return o - answer.lineStarts[line]! < scope.length ? scope.sentences : NO_LABEL.sentences;
}

/** A table's header row (the next line is its `|---|` row): its first cell labels the table ("| Online A/B (split by restaurant) | Role |"). */
const TABLE_HEAD_RE = /^\s*\|?[^|]{1,60}\|/;
const TABLE_RULE_RE = /^\s*\|?\s*:?-{3,}/;

/** A line that leads into a list: it ends with a colon ("Before release, on the held-out field photos:", "We measure:"). */
const LEAD_IN_RE = /^[^|#]{3,300}:(?:\*\*|__)?\s*$/;

/** The list a lead-in line introduces (blank lines between may separate it): the end of the list's last line, or -1 when no list follows. */
function listAfter(answer: Answer, line: number): number {
  let l = line + 1;
  while (l < answer.lineCount && answer.lineText(l).trim() === '') l++;
  if (l >= answer.lineCount || !LIST_MARKER_RE.test(answer.lineText(l))) return -1;
  // A lead-in that is itself an item holds only the items nested under it.
  const own = LIST_MARKER_RE.exec(answer.lineText(line));
  const deeper = (m: RegExpExecArray) => !own || m[1]!.length > own[1]!.length;
  if (!deeper(LIST_MARKER_RE.exec(answer.lineText(l))!)) return -1;
  let end = l;
  for (; l < answer.lineCount; l++) {
    const t = answer.lineText(l);
    if (t.trim() === '') continue;
    const m = LIST_MARKER_RE.exec(t);
    // An item of the list (or a nested one), or a continuation line indented under an item.
    if ((m && deeper(m)) || (!m && /^[ \t]{2,}\S/.test(t) && !t.trimStart().startsWith('#'))) end = l;
    else break;
  }
  return end + 1 < answer.lineCount ? answer.lineStarts[end + 1]! : answer.text.length;
}

function lineLabel(answer: Answer, sentences: Sentences, line: number): LabelScope {
  const text = answer.lineText(line);
  // A line that leads into a list speaks for its items: "We measure:" then "- How often farmers follow the advice."
  if (LEAD_IN_RE.test(text)) {
    const to = listAfter(answer, line);
    if (to >= 0) return { length: text.length, sentences: sentencesFrom(answer, sentences, line, to) };
  }
  const head = TABLE_HEAD_RE.exec(text);
  if (head && TABLE_RULE_RE.test(answer.lineText(line + 1))) {
    let end = line + 2;
    while (end < answer.lineCount && answer.lineText(end).trim().startsWith('|')) end++;
    const to = end < answer.lineCount ? answer.lineStarts[end]! : answer.text.length;
    return { length: head[0].length, sentences: sentencesFrom(answer, sentences, line, to) };
  }
  const m = LEAD_LABEL_RE.exec(text);
  if (!m) return NO_LABEL;
  // A paragraph's label holds the list that follows it ("**Online.** An experiment randomised by author." then
  // "- Primary: median time to merge"): its items' own labels do not end its scope; the next paragraph label does.
  const paragraph = !LIST_MARKER_RE.test(answer.lineText(line));
  const ends = (l: number) => LEAD_LABEL_RE.test(answer.lineText(l)) && !(paragraph && LIST_MARKER_RE.test(answer.lineText(l)));
  let end = line + 1;
  while (end < answer.lineCount && answer.lineText(end).trim() !== '' && !ends(end)) end++;
  let to = end < answer.lineCount ? answer.lineStarts[end]! : answer.text.length;
  // An item's label also holds the items nested under it ("- online: a/b test, 50/50" then "  - main metric: checkouts from a rec").
  if (!paragraph) to = Math.max(to, listAfter(answer, line));
  return { length: m[0].length, sentences: sentencesFrom(answer, sentences, line, to) };
}

/** The indices of the sentences from the start of `line` up to offset `to`. */
function sentencesFrom(answer: Answer, sentences: Sentences, line: number, to: number): number[] {
  const out: number[] = [];
  for (let i = sentences.firstEndingAfter(answer.lineStarts[line]!); i < sentences.list.length && sentences.list[i]!.start < to; i++) out.push(i);
  return out;
}

/** Per check (its `Sentences`), the sentences each concept's paraphrase rules found: read by the steps' inference and the coverage alike. */
const saidMemo = new WeakMap<Sentences, Map<ConceptId, readonly AnswerSentence[]>>();

/** Sentences that say a concept by its paraphrase rules (every part matched inside one sentence), in order; found once per check. */
export function saidTogether(g: ConceptGroups, answer: Answer, hits: HitTable, sentences: Sentences): readonly AnswerSentence[] {
  let memo = saidMemo.get(sentences);
  if (!memo) saidMemo.set(sentences, (memo = new Map()));
  let found = memo.get(g.id);
  if (!found) memo.set(g.id, (found = findTogether(g, answer, hits, sentences)));
  return found;
}

/** Per check, the sentences each keyword group of a paraphrase rule reaches (a part recurs in many rules). */
const reachMemo = new WeakMap<Sentences, Map<number, Reach>>();

/** Sentences reached: their indices, once each, and a mark per sentence of the answer. */
interface Reach {
  readonly ids: readonly number[];
  readonly has: Uint8Array;
}

/** The sentences the hits of `part` fall in, and those a lead label among them speaks for ("Online: …", "**Offline:** …"). */
function reached(part: KeywordGroup, answer: Answer, hits: HitTable, sentences: Sentences): Reach {
  let memo = reachMemo.get(sentences);
  if (!memo) reachMemo.set(sentences, (memo = new Map()));
  let out = memo.get(part.id);
  if (out) return out;
  const ids: number[] = [];
  const has = new Uint8Array(sentences.list.length);
  const add = (i: number) => {
    if (has[i]) return;
    has[i] = 1;
    ids.push(i);
  };
  const { tokens } = answer;
  const labels = labelMemoOf(answer, sentences);
  for (const h of hits.all(part)) {
    const s = sentences.ofToken(h.token);
    if (s >= 0) {
      add(s);
      // A question speaks through its answer: "How often is the fraud model updated? Every night, …".
      const q = sentences.list[s]!;
      if (q.question) {
        const a = sentences.list[s + 1];
        if (a && !a.question && a.start - q.end <= ANSWER_GAP) add(s + 1);
      }
    }
    const scope = labelScope(answer, sentences, tokens.start(h.token), tokens.line(h.token), labels);
    for (let k = 0; k < scope.length; k++) add(scope[k]!);
  }
  memo.set(part.id, (out = { ids, has }));
  return out;
}

/** A lead label that names a concept is at most this long ("Online metrics:", "**Data sources.**"). */
const LABEL_CHARS = 40;
/** A value that says the label is not filled: "Drift: none yet", "Retraining: not planned", "Fallback: n/a". */
const NO_VALUE_RE = /^[\s*_:.|\-–—]*(?:none|no|not|nothing|n\/?a|tbd|later|skip(?:ped)?|out of scope)\b/i;

/** Did the writer fill in what a label or title names: words of their own, and not "none"? */
function filledIn(value: string): boolean {
  return hasOwnWords(value) && !NO_VALUE_RE.test(value);
}

/** The sentences a filled lead label that names the concept speaks for: "Online metric: minutes listened per user per day". */
function labelled(g: ConceptGroups, answer: Answer, hits: HitTable, sentences: Sentences, out: Map<number, AnswerSentence>): void {
  const { tokens } = answer;
  const memo = labelMemoOf(answer, sentences);
  for (const h of hits.all(g.labels)) {
    const line = tokens.line(h.token);
    const scope = labelScope(answer, sentences, tokens.start(h.token), line, memo);
    const label = memo[line]!;
    if (scope.length === 0 || label.length > LABEL_CHARS) continue;
    const last = sentences.list[scope[scope.length - 1]!]!;
    const value = sentences.prose.slice(answer.lineStarts[line]! + label.length, last.end);
    if (filledIn(value)) for (const i of scope) out.set(i, sentences.list[i]!);
  }
}

/** Per concept with labels, an index of them alone, to read section titles with (titles hold no tokens of the answer). */
const titleIndexes = new Map<ConceptId, KeywordIndex>();
/** Per concept, the titles that name it as a label, remembered across checks (titles repeat as the writer types). */
const titleLabels = new Map<string, boolean>();

/** Does a section title name the concept as its label: most of the title's words are one of its labels ("Online metrics", "7.2 Retraining")? */
function titleNames(g: ConceptGroups, title: string): boolean {
  const key = `${g.id}\u0000${title}`;
  let v = titleLabels.get(key);
  if (v === undefined) {
    if (titleLabels.size > 20000) titleLabels.clear();
    let index = titleIndexes.get(g.id);
    if (!index) titleIndexes.set(g.id, (index = new KeywordIndex([g.labels])));
    const ts = tokenize(title);
    let words = 0;
    for (let k = 0; k < ts.words.length; k++) if (ts.kind(k) === TokenKind.Word) words++;
    let best = 0;
    index.scan(ts, (h) => void (best = Math.max(best, h.end - h.token)));
    titleLabels.set(key, (v = title.length <= LABEL_CHARS && best * 2 > words));
  }
  return v;
}

/** The sentences under a section title that names the concept, when the writer filled the section in ("### Online metrics" over a list). */
function titled(g: ConceptGroups, answer: Answer, sentences: Sentences, out: Map<number, AnswerSentence>): void {
  for (const s of answer.sections) {
    if (s.line + 1 >= s.ownEnd || !titleNames(g, s.title)) continue;
    const from = answer.lineStarts[s.line + 1]!;
    const to = s.ownEnd < answer.lineCount ? answer.lineStarts[s.ownEnd]! : answer.text.length;
    const value = sentences.prose.slice(from, to);
    if (!filledIn(value)) continue;
    for (let i = sentences.firstEndingAfter(from); i < sentences.list.length && sentences.list[i]!.start < to; i++) out.set(i, sentences.list[i]!);
  }
}

function findTogether(g: ConceptGroups, answer: Answer, hits: HitTable, sentences: Sentences): readonly AnswerSentence[] {
  const rules = g.sentences;
  const out = new Map<number, AnswerSentence>();
  if (g.labels.patterns.length) {
    if (hits.all(g.labels).length) labelled(g, answer, hits, sentences, out);
    titled(g, answer, sentences, out);
  }
  if (rules.length === 0) return [...out.values()].sort((a, b) => a.start - b.start);
  for (const parts of rules) {
    // A part no hit reaches leaves nothing to meet: the common case, found without reading the others.
    if (parts.some((part) => hits.all(part).length === 0)) continue;
    const sets = parts.map((part) => reached(part, answer, hits, sentences)).sort((a, b) => a.ids.length - b.ids.length);
    for (const id of sets[0]!.ids) if (sets.every((set) => set.has[id] === 1)) out.set(id, sentences.list[id]!);
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Two sorted sentence lists as one, without repeats. */
function mergeSaid(a: readonly AnswerSentence[], b: readonly AnswerSentence[]): readonly AnswerSentence[] {
  if (b.length === 0) return a;
  const m = new Map<number, AnswerSentence>();
  for (const s of [...a, ...b]) m.set(s.index, s);
  return [...m.values()].sort((x, y) => x.start - y.start);
}

export function computeCoverage(answer: Answer, level: Level, kinds: readonly CaseKind[], hits = new HitTable(answer), sentences = new Sentences(answer)): Coverage {
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
  const prose = sentences.prose;
  const hasCjk = hasChinese(sentences);
  const offsetOf = (h: Hit) => tokens.start(h.token);
  let total = 0;
  const concrete = concreteness(sentences);
  STEPS.forEach((step, si) => {
    const bit = 1 << si;
    const points: PointStatus[] = [];
    let explained = 0;
    let named = 0;
    let max = 0;
    for (const p of step.points) {
      const g = groupsOf(p);
      const pl = effectiveLevel(p, kinds);
      const required = pointRequired(p, level, kinds);
      let found = findPoint(p, g, bit);
      // A point that another of the step's points meets (an offline metric that fits the task) is covered by it.
      for (const key of found.depth === 'missing' ? (p.metBy ?? []) : []) {
        const alt = step.points.find((x) => x.key === key);
        const other = alt ? findPoint(alt, groupsOf(alt), bit) : undefined;
        if (other && other.depth !== 'missing') {
          found = other;
          break;
        }
      }
      const status: PointStatus = { step: step.id, point: p, level: pl, required, ...found };
      points.push(status);
      if (required) {
        // The bar rises with the level: core points are all expected; of the points at the answer's own
        // level (senior at senior, staff at staff) a strong step makes about half, and a staff answer,
        // which goes deep on the choices that matter, most of the senior ones.
        max += pl !== 'core' && POINT_RANK[pl] === LEVEL_RANK[level] ? WEIGHT[pl] * OPTIONAL_SHARE : pl === 'senior' && level === 'staff' ? WEIGHT[pl] * SENIOR_AT_STAFF : WEIGHT[pl];
        const where = status.inStep ? 1 : status.anywhere ? 0.8 : 0;
        if (status.depth === 'explained') explained += WEIGHT[pl] * where;
        else named += WEIGHT[pl] * where;
      }
    }
    // Named points earn a share of what they would if explained, and together at
    // most that share of the step: naming every point still scores low.
    const got = explained + Math.min(named, max) * NAMED_CREDIT;
    const score = max === 0 ? 100 : Math.min(100, Math.round(((100 * got) / max) * concrete.factor));
    total += score;
    steps.set(step.id, { step, sections: answer.stepSections.get(step.id) ?? [], words: words[si]!, points, score });
  });

  /** Where and how a point is covered: its phrases first, then its paraphrase rules, in the step before anywhere. */
  function findPoint(p: KeyPoint, g: ConceptGroups, bit: number): Pick<PointStatus, 'inStep' | 'anywhere' | 'where' | 'depth'> {
    const inStepHit = hits.covering(g.phrases, g.pairs, bit);
    const anyHit = inStepHit ?? hits.covering(g.phrases, g.pairs, 0);
    const said = mergeSaid(saidTogether(g, answer, hits, sentences), cjk(g));
    const inStepSaid = said.find((s) => (lineSteps[lineOf(s.start)]! & bit) !== 0);
    const inStep = !!inStepHit || !!inStepSaid;
    const anywhere = inStep || !!anyHit || said.length > 0;
    if (!anywhere) return { inStep, anywhere, depth: 'missing' };
    // Explained when any occurrence of its phrases (in the step when it is covered there) sits in an explaining sentence.
    const inScope = (o: number) => !inStep || (lineSteps[lineOf(o)]! & bit) !== 0;
    const explained =
      said.some((s) => inScope(s.start) && sentences.explained(s)) ||
      [...hits.all(g.phrases), ...hits.all(g.pairs)].some((h) => inScope(offsetOf(h)) && sentences.explainedAt(offsetOf(h)));
    const hit = inStepHit ?? (inStepSaid ? undefined : anyHit);
    const where = hit ? hits.range(hit) : rangeAt((inStepSaid ?? said[0])!.start);
    return { inStep, anywhere, where, depth: explained ? 'explained' : 'named' };
  }

  /** Sentences holding a Chinese phrase of the concept (only answers with Chinese text are searched). */
  function cjk(g: ConceptGroups): readonly AnswerSentence[] {
    const phrases = hasCjk ? g.cjk : undefined;
    if (!phrases?.length) return [];
    const out = new Map<number, AnswerSentence>();
    for (const ph of phrases) {
      for (let o = prose.indexOf(ph); o >= 0; o = prose.indexOf(ph, o + ph.length)) {
        const st = sentences.at(o);
        if (st) out.set(st.index, st);
      }
    }
    return [...out.values()];
  }

  function lineOf(o: number): number {
    return lineOfOffset(answer.lineStarts, o);
  }

  function rangeAt(o: number): Range {
    const line = lineOf(o);
    const character = o - answer.lineStarts[line]!;
    return { start: { line, character }, end: { line, character } };
  }

  return { level, sentences, steps, overall: Math.round(total / STEPS.length), hits, specifics: concrete };
}
