/**
 * The sentences of an answer's prose, found once per check, and whether a place
 * in the answer is *explained* (a sentence that says what is done and why or how
 * much) or only *named* (a fragment: a noun list, a label, no verb, no reason).
 *
 * The prose is the answer's content view (headings, code, comments, labels and
 * placeholders blanked) with list markers and table pipes blanked too, analysed
 * section by section: an edit re-analyses only the section it touched (the
 * sentence layer caches by text).
 */
import type { Answer } from '../model/types';
import { firstAtLeast, TextCache } from '../util';
import { lineOfOffset } from '../model/parse';
import { CJK_COMPARISON, CJK_REASON } from '../framework/concepts';
import { analyzeSentences, type SentenceInfo } from '../text/sentences';
import { relates } from '../text/markers';

/** A sentence with its offsets in the answer's text (what it says is read lazily: the verb needs the tagger). */
export class AnswerSentence implements SentenceInfo {
  constructor(
    private readonly _info: SentenceInfo,
    readonly start: number,
    readonly end: number,
    /** Index in `Sentences.list`. */
    readonly index: number,
    /** A list of names (commas, semicolons or table cells between most words), not a statement. */
    readonly listLike: boolean,
    /** Names strung together with a number among them (see `enumerates`): the number does not say how much of what. */
    readonly enumerates: boolean,
    /** Chinese reason or comparison markers in the sentence. */
    private readonly _cjk: { reason: boolean; comparison: boolean } = NO_CJK,
    /** A subject that does something (we, it, the model, users …): a clause, not a noun phrase. */
    readonly subject = false,
  ) {}
  get words(): number {
    return this._info.words;
  }
  get hasVerb(): boolean {
    return this._info.hasVerb;
  }
  /** Opens with a verb in its base form ("Predict minutes from …"): the writer is its subject. */
  get imperative(): boolean {
    return !!this._info.imperative;
  }
  get reason(): boolean {
    return this._info.reason || this._cjk.reason;
  }
  get comparison(): boolean {
    return this._info.comparison || this._cjk.comparison;
  }
  get number(): boolean {
    return this._info.number;
  }
  get question(): boolean {
    return !!this._info.question;
  }
  get hollow(): boolean {
    return !!this._info.hollow;
  }
}

/** A list item's marker, with a task list's box (`- [x] `) if any. */
export const LIST_MARKER_RE = /^([ \t]*)((?:[-*+]|\d{1,3}[.)])(?:[ \t]+\[[ xX]\])?)([ \t]+)/;

const NO_CJK = { reason: false, comparison: false };
const CJK_RE = /[\u4e00-\u9fff]/;

/**
 * A sentence that opens with a determiner opens with its subject ("The pre-ranker is …", "Each request …"),
 * after a lead label if any ("Baseline: the current rule set, scored …": what follows the label is the sentence).
 * One anchored test: no copy of the sentence is made.
 */
const LEADING_SUBJECT_RE = /^\s*(?:[*_]{0,2}[A-Za-z][A-Za-z /&-]{0,30}[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*)?(the|a|an|our|its|their|each|every|all|both|most|some|new|one|two|three)\b/i;

/** Words that start a clause about who does what ("we retrain", "the model scores"); fragments rarely hold one. */
const SUBJECT_RE = /\b(we|i|it|they|this|that|these|those|which|who|each|every|users?|members?|people|the (model|system|service|team|job|pipeline|ranker))\b/i;

/** Chinese reason and comparison markers (only looked for in a sentence with Chinese text). */
function cjkMarkers(text: string): { reason: boolean; comparison: boolean } {
  if (!CJK_RE.test(text)) return NO_CJK;
  return { reason: CJK_REASON.some((m) => text.includes(m)), comparison: CJK_COMPARISON.some((m) => text.includes(m)) };
}

/** The separators between names in a text: , ; | and the full-width ，；、 */
export function separatorCount(text: string): number {
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 124 || c === 0xff0c || c === 0xff1b || c === 0x3001) separators++;
  }
  return separators;
}

const SEPARATOR_RE = /[,;|]/;
const DIGIT_RE = /\d/;
/**
 * Names strung together, a number among them: separated, with no word that relates one to another, and most
 * items without a number ("data drift, concept drift, KL divergence 0.023"). A list of measurements
 * ("~5M DAU, ~40M requests/day, peak ~2k QPS") says how much of each; Chinese prose is not read this way.
 */
function enumerates(text: string): boolean {
  if (!SEPARATOR_RE.test(text) || relates(text) || CJK_RE.test(text)) return false;
  const items = text.split(SEPARATOR_RE).filter((x) => x.trim() !== '');
  return items.filter((x) => DIGIT_RE.test(x)).length * 2 < items.length;
}

/** Do separators stand between most of the words (one every three words or closer)? */
export function isListLike(text: string, words: number, separators = separatorCount(text)): boolean {
  return separators >= 3 && separators * 3 >= words;
}

/**
 * Is a sentence an explanation: a statement (not a list of names) with a reason, a
 * comparison or a number, or a full sentence that says what is done?
 */
export function explains(s: SentenceInfo & { readonly listLike?: boolean; readonly enumerates?: boolean; readonly subject?: boolean; readonly question?: boolean }): boolean {
  // A question asks; a list names; filler praises; none explains. A sentence that gives a reason or a
  // comparison and then lists questions ("four yes/no questions rather than a score, since …: (1) correct?") explains.
  if (s.words < 4 || s.listLike || s.hollow || (s.question && !(s.reason || s.comparison))) return false;
  if (s.reason || s.comparison) return s.words >= 5;
  // A number says how much in a clause or a single measured phrase ("p99 under 50 ms"), not when it is
  // one more name in a string of them ("data drift, concept drift, KL divergence 0.023").
  if (s.number) return s.hasVerb || (s.words >= 4 && !s.enumerates);
  // No reason and no number: a full clause that says what is done (a verb, and in a
  // short sentence who does it: "Online: watch time and CTR" is a noun phrase).
  // An instruction or a plan ("Predict minutes from order placed to food handed over") has the writer for subject.
  return s.hasVerb && (s.words >= 12 || (s.words >= 8 && (!!s.subject || !!s.imperative)));
}

/** Sentences after a question that answer it, at most, and how far (characters) the answer may start after it. */
export const ANSWER_SENTENCES = 3;
export const ANSWER_GAP = 200;

/** Share of fragments from which an answer is a list of names (keyword dumps hold 0.48 and more; sound answers under 0.3). */
export const NAMES_SHARE = 0.45;
const bare = (s: { readonly reason: boolean; readonly comparison: boolean; readonly hasVerb: boolean }) => !s.reason && !s.comparison && !s.hasVerb;

/** A sentence of a chunk, with what its own text says (offsets relative to the chunk). */
interface ChunkSentence {
  readonly info: SentenceInfo;
  readonly listLike: boolean;
  readonly enumerates: boolean;
  readonly cjk: { reason: boolean; comparison: boolean };
  readonly subject: boolean;
}

/** Each chunk's sentences by its prose and its own text, from earlier checks: a re-check reads only the sections that changed. */
const CHUNKS = new TextCache<readonly ChunkSentence[]>(2000, 8 << 20);

/** The sentences of one chunk: `prose` is its prose view, `own` its text (the same length). */
function chunkSentences(prose: string, own: string): readonly ChunkSentence[] {
  const key = `${prose}\u0000${own}`;
  let out = CHUNKS.get(key);
  if (out) return out;
  out = analyzeSentences(prose).map((info) => {
    const text = own.slice(info.start, info.end);
    return { info, listLike: isListLike(text, info.words, separatorCount(text)), enumerates: enumerates(text), cjk: cjkMarkers(text), subject: SUBJECT_RE.test(text) || LEADING_SUBJECT_RE.test(text) };
  });
  CHUNKS.set(key, out);
  return out;
}

/** Forget every remembered chunk (with the sentence caches: the bench's cold check). */
export function forgetChunkSentences(): void {
  CHUNKS.clear();
}

export class Sentences {
  readonly list: AnswerSentence[] = [];
  /** The prose view the sentences were found in (offsets as in the answer's text). */
  readonly prose: string;
  private readonly _starts: number[] = [];
  private _items: Int32Array | undefined;
  private readonly _merged = new Map<number, (SentenceInfo & { listLike: boolean; enumerates: boolean; subject: boolean; question: boolean }) | null>();

  constructor(private readonly _answer: Answer) {
    const answer = _answer;
    const { text, lineStarts, sections, lineCount } = answer;
    const prose = (this.prose = proseView(answer));
    // Chunks: the text before the first section, then each section's own body.
    const cuts = new Set<number>([0, text.length]);
    for (const s of sections) {
      cuts.add(lineStarts[s.line]!);
      if (s.ownEnd < lineCount) cuts.add(lineStarts[s.ownEnd]!);
    }
    const bounds = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i]!;
      const chunk = prose.slice(from, bounds[i + 1]!);
      if (chunk.trim() === '') continue;
      for (const r of chunkSentences(chunk, text.slice(from, bounds[i + 1]!))) {
        const abs = new AnswerSentence(r.info, r.info.start + from, r.info.end + from, this.list.length, r.listLike, r.enumerates, r.cjk, r.subject);
        this.list.push(abs);
        this._starts.push(abs.start);
      }
    }
  }

  /** The sentence holding offset `o`, if any. */
  at(o: number): AnswerSentence | undefined {
    let lo = 0;
    let hi = this._starts.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this._starts[mid]! <= o) [best, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const s = best >= 0 ? this.list[best] : undefined;
    return s && o < s.end ? s : undefined;
  }

  /** Index of the sentence holding token `i` of the answer's tokens, or -1: one merge of two sorted lists, on first use. */
  ofToken(i: number): number {
    if (!this._ofToken) {
      const { tokens } = this._answer;
      const out = (this._ofToken = new Int32Array(tokens.count).fill(-1));
      for (let t = 0, k = 0; t < tokens.count && k < this.list.length; t++) {
        const o = tokens.start(t);
        while (k < this.list.length && this.list[k]!.end <= o) k++;
        if (k < this.list.length && this.list[k]!.start <= o) out[t] = k;
      }
    }
    return this._ofToken[i] ?? -1;
  }
  private _ofToken: Int32Array | undefined;

  /** Index of the first sentence that ends after offset `o` (the list's length when none does). */
  firstEndingAfter(o: number): number {
    return firstAtLeast(this.list, (s) => s.end, o + 1);
  }

  /** Is the place at offset `o` explained? */
  explainedAt(o: number): boolean {
    const s = this.at(o);
    return !!s && this.explained(s);
  }

  /**
   * Does a sentence explain, alone or with the rest of its list item? A bullet is one
   * thought: "- Start: word-count naive Bayes + the block list. ~1 ms." gives its
   * number in a fragment of its own.
   */
  explained(s: AnswerSentence): boolean {
    if (this._explainedHere(s)) return true;
    // A question is explained by its answer: "Q: Where do labels come from? A: Past purchases. A return
    // with reason 'too small' means it did not fit …". The answer is what follows, up to the next question.
    if (!s.question) return false;
    for (let i = s.index + 1; i < this.list.length && i <= s.index + ANSWER_SENTENCES; i++) {
      const t = this.list[i]!;
      if (t.question || t.start - s.end > ANSWER_GAP) break;
      if (this._explainedHere(t)) return true;
    }
    return false;
  }

  /**
   * Share of the answer's words in fragments (under five words) and lists of names. Sound answers,
   * tables and terse bullets included, stay under a third; keyword dumps and mind maps are well above.
   */
  get fragmentShare(): number {
    if (this._fragmentShare === undefined) {
      let words = 0;
      let fragments = 0;
      for (const s of this.list) {
        words += s.words;
        if (s.words < 5 || s.listLike) fragments += s.words;
      }
      this._fragmentShare = words === 0 ? 0 : fragments / words;
    }
    return this._fragmentShare;
  }
  private _fragmentShare: number | undefined;

  private _explainedHere(s: AnswerSentence): boolean {
    const item = this._item(s);
    // In an answer made of names, a figure beside a name ("latency p99 38.5 ms", "negative sampling 1:4.26")
    // is one more name: only a clause, a reason or a comparison explains there.
    if (this.fragmentShare >= NAMES_SHARE && bare(s) && (!item || bare(item))) return false;
    if (explains(s)) return true;
    // The item lends a reason, a comparison or a number; more words alone make no clause of a fragment.
    return item !== undefined && (item.reason || item.comparison || item.number) && explains(item);
  }

  /** The sentences of `s`'s list item read as one, when the item has more than one. */
  private _item(s: AnswerSentence): SentenceInfo & { listLike: boolean; enumerates: boolean; subject: boolean; question: boolean } | undefined {
    const items = (this._items ??= this._listItems());
    const key = items[lineOfOffset(this._answer.lineStarts, s.start)]!;
    if (key < 0) return undefined;
    let merged = this._merged.get(key);
    if (merged !== undefined) return merged ?? undefined;
    const { lineStarts } = this._answer;
    let end = key + 1;
    while (end < items.length && items[end] === key) end++;
    const from = lineStarts[key]!;
    const to = end < lineStarts.length ? lineStarts[end]! : this._answer.text.length;
    const parts: AnswerSentence[] = [];
    for (let i = this.firstEndingAfter(from); i < this.list.length && this.list[i]!.start < to; i++) parts.push(this.list[i]!);
    const own = this._answer.text.slice(from, to);
    const sep = separatorCount(own);
    merged = parts.length < 2 ? null : mergeSentences(parts, isListLike(own, parts.reduce((n, p) => n + p.words, 0), sep), enumerates(own));
    this._merged.set(key, merged);
    return merged ?? undefined;
  }

  /** For each line, the first line of the list item it belongs to, or -1. */
  private _listItems(): Int32Array {
    const a = this._answer;
    const out = new Int32Array(a.lineCount).fill(-1);
    let cur = -1;
    for (let l = 0; l < a.lineCount; l++) {
      const line = a.lineText(l);
      if (LIST_MARKER_RE.test(line)) cur = l;
      else if (line.trim() === '' || /^\s{0,3}#/.test(line)) cur = -1;
      out[l] = cur;
    }
    return out;
  }
}

/** Sentences of one list item read as one: their words together, and what any of them says. */
function mergeSentences(parts: readonly AnswerSentence[], listLike: boolean, enumerates: boolean): SentenceInfo & { listLike: boolean; enumerates: boolean; subject: boolean; question: boolean } {
  const first = parts[0]!;
  return {
    start: first.start,
    end: parts[parts.length - 1]!.end,
    words: parts.reduce((n, p) => n + p.words, 0),
    listLike,
    enumerates,
    subject: first.subject,
    question: parts.every((p) => p.question),
    hollow: parts.every((p) => p.hollow),
    get hasVerb() {
      return parts.some((p) => p.hasVerb);
    },
    get imperative() {
      return first.imperative;
    },
    reason: parts.some((p) => p.reason),
    comparison: parts.some((p) => p.comparison),
    number: parts.some((p) => p.number),
  };
}

/** The answer's text with everything that is not prose turned into spaces (offsets kept). */
export function proseView(answer: Answer): string {
  const { text } = answer;
  const parts: string[] = [];
  let at = 0;
  for (const sp of answer.masked) {
    if (sp.end <= at) continue;
    const start = Math.max(at, sp.start);
    parts.push(text.slice(at, start), blank(text.slice(start, sp.end)));
    at = sp.end;
  }
  parts.push(text.slice(at));
  return parts
    .join('')
    .split('\n')
    .map((line) => {
      // The marker stays (the sentence scan ends a sentence at a new item); a task list's box goes.
      const unlisted = line.replace(LIST_MARKER_RE, (_m, a: string, b: string, c: string) => {
        const marker = /^\S+/.exec(b)![0];
        return a + marker + ' '.repeat(b.length - marker.length) + c;
      });
      return unlisted.indexOf('|') < 0 ? unlisted : blankPipes(unlisted);
    })
    .join('\n');
}

/** Spaces in place of every character but line breaks (one repeat per line: spans can be megabytes). */
/**
 * `s` with every `|` a space. Char codes in chunks, not a global replace or
 * split/join: those cost about 90 and 15 ns a pipe (a 1 MB line of pipes took
 * 90 ms); this is linear in the length alone (3 ms).
 */
function blankPipes(s: string): string {
  const CHUNK = 4096;
  const codes: number[] = [];
  let out = '';
  for (let i = 0; i < s.length; i += CHUNK) {
    const m = Math.min(CHUNK, s.length - i);
    codes.length = m;
    for (let j = 0; j < m; j++) {
      const c = s.charCodeAt(i + j);
      codes[j] = c === 124 ? 32 : c;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function blank(s: string): string {
  if (s.indexOf('\n') < 0) return ' '.repeat(s.length);
  return s
    .split('\n')
    .map((l) => ' '.repeat(l.length))
    .join('\n');
}
