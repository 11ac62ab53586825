/**
 * Sentences of a section's prose, and for each one what it does beyond naming
 * things: has it a verb, does it give a reason, compare with an alternative, or
 * put a number on something. Plus lemmas (lower-case base forms) of the words,
 * so that "stray", "strays" and "strayed" are one word to a concept matcher.
 *
 * Two layers:
 *  - A linear scan of our own (no regex on the text) splits sentences, counts
 *    words and finds the reason / comparison / number markers, and the cheap
 *    signs of a verb (an auxiliary, `we` + a word). It knows about Markdown
 *    that was blanked to spaces: a line break ends a sentence unless the line
 *    plainly runs on (see `lineBreakEnds`), so list items are never merged.
 *  - wink-nlp (MIT) with its English "lite web" model (pipe: `pos` only) tags
 *    parts of speech and gives lemmas, one sentence at a time, and only when
 *    asked: `hasVerb` of a sentence without a cheap sign, or its lemmas.
 *    `isExplained` reads `hasVerb` last, so a sentence that is too short or
 *    gives no reason, comparison or number is never tagged. Tags are memoised
 *    per sentence text (bounded), so re-checking a section after an edit tags
 *    only the sentences that changed.
 *
 * Costs: importing the model evaluates ~3 MB of data (~60 ms in Node) and the
 * first tagging builds the model (~45 ms); the browser bundle is ~3.5 MB
 * minified (~1 MB gzip). See bench/nlp-choice.mjs for the measurements.
 *
 * Offsets are UTF-16 offsets into the text given. Nothing here imports `vscode`.
 */
import type { ItsFunction } from 'wink-nlp';
import { model, winkNLP } from './wink';

export interface SentenceInfo {
  /** UTF-16 offsets into the text given: the first word .. the end of the last word or the final punctuation. */
  readonly start: number;
  readonly end: number;
  /** Word and number tokens (`trade-off`, `10M`, `0.3` count one each; each CJK character counts one). */
  readonly words: number;
  /**
   * A finite or main verb: an auxiliary or modal (`is`, `can`, `will`; not after `to`) or a subject
   * pronoun before a word (`we page`) says so at once; otherwise the model's tags do (VERB/AUX, less
   * infinitives, bare gerunds, participles before a noun and verb-tagged nouns in lists). Computed
   * on first read, so that sentences nobody asks about are never tagged.
   */
  readonly hasVerb: boolean;
  /** A reason or purpose marker: because, since, so that, to avoid, in order to, which means, otherwise, trade-off, at the cost of, … */
  readonly reason: boolean;
  /** A comparison with an alternative: instead of, rather than, vs, versus, (choose X) over, … than, compared with, unlike, …, not X */
  readonly comparison: boolean;
  /** A number or quantity: 30 ms, 10M, 0.2, 5%, three (but not identifiers such as p99, L2, GPT-4). */
  readonly number: boolean;
  /** It ends with a question mark (`Do we have 90 days of logs?`). Information only: `isExplained` does not read it. */
  readonly question?: boolean;
  /**
   * Fluent filler: a buzzword or an empty reason ("because it is state of the art", "to ensure
   * success") and, besides it, fewer than three words that say something, and no number.
   */
  readonly hollow?: boolean;
  /** Opens with a verb in its base form, an instruction or a plan ("Predict minutes from …"); read lazily, like `hasVerb`. */
  readonly imperative?: boolean;
}

export interface LemmaToken {
  readonly start: number;
  readonly end: number;
  /** Lower-case base form: strays/strayed → stray, patterns → pattern, chose → choose. */
  readonly lemma: string;
}

/** Says what is done and why or how much: a verb, at least five words, and a reason, a comparison or a number. */
export function isExplained(s: SentenceInfo): boolean {
  return s.words >= 5 && (s.reason || s.comparison || s.number) && s.hasVerb && !s.hollow;
}

/** The sentences of `text` with at least one word, in order. Repeated calls with the same text are answered from a cache. */
export function analyzeSentences(text: string): readonly SentenceInfo[] {
  return analysis(text).sentences;
}

/** Lemma of each word token of `text` (as the model tokenises: `don't` → `do`, `not`), in order, with offsets. */
export function lemmatize(text: string): readonly LemmaToken[] {
  const a = analysis(text);
  if (a.lemmas) return a.lemmas;
  const out: LemmaToken[] = [];
  for (const s of a.sentences as readonly Sentence[]) pushLemmas(out, s);
  return (a.lemmas = out);
}

/**
 * Lemmas of one sentence of `analyzeSentences` (offsets into its text): for a caller that needs
 * lemmas only where something else already matched, so that the model tags only those sentences.
 */
export function sentenceLemmas(s: SentenceInfo): readonly LemmaToken[] {
  if (!(s instanceof Sentence)) throw new TypeError('sentenceLemmas: not a sentence from analyzeSentences');
  return pushLemmas([], s);
}

function pushLemmas(out: LemmaToken[], s: Sentence): LemmaToken[] {
  const t = s.tagged();
  const { offs, lemmas } = t;
  const at = s.start;
  for (let k = 0; k < lemmas.length; k++) out.push({ start: at + offs[2 * k]!, end: at + offs[2 * k + 1]!, lemma: lemmas[k]! });
  return out;
}

/** Drops every cache (the per-text results, the per-sentence tags, the verb lemmas). For benchmarks and tests. */
export function clearSentenceCaches(): void {
  verbLemmas.clear();
  texts.clear();
  textChars = 0;
  tagsYoung = new Map();
  tagsOld = new Map();
  youngChars = 0;
}

// ---------------------------------------------------------------------------
// Markers. Phrases are sequences of lower-case words as the scan splits them
// (letters, digits, inner apostrophes and hyphens: `trade-off` is one word).

/** Reason, purpose, consequence and cost markers. `so` and `given` are handled apart (see `markers`). */
export const REASON_PHRASES: readonly string[] = [
  'because', 'since', 'so that', 'so as to', 'in order to', 'in order for', 'therefore', 'thus', 'hence', 'thereby',
  'consequently', 'otherwise', 'or else', 'unless', 'due to', 'owing to', 'thanks to', 'given that', 'as a result',
  'as a consequence', 'for this reason', 'the reason', 'reason is', 'why', 'which means', 'that means', 'this means',
  'means', 'meaning', 'trade-off', 'trade-offs', 'tradeoff', 'tradeoffs', 'trade off', 'trades off', 'traded off',
  'trading off', 'at the cost of', 'at the expense of', 'at the price of', 'in exchange for', 'in return for',
  'downside', 'downsides', 'drawback', 'drawbacks', 'to avoid', 'to prevent', 'to ensure', 'to make sure', 'to keep',
  'to reduce', 'to limit', 'to cut', 'to lower', 'to minimise', 'to minimize', 'to maximise', 'to maximize',
  'to protect', 'to catch', 'to save', 'to stay', 'to guarantee', 'to cap', 'to bound', 'which lets', 'which allows',
  'which keeps', 'which makes', 'which avoids', 'which prevents', 'which reduces', 'which cuts', 'which saves',
  'which gives', 'which costs', 'lets us', 'allows us', 'enables us', 'sooner if', 'earlier if',
  // A choice judged by what it makes easy or hard: "quick to train", "easy to debug", "cheap to serve".
  'easy to', 'easier to', 'quick to', 'quicker to', 'cheap to', 'cheaper to', 'simple to', 'simpler to', 'fast to',
  'faster to', 'hard to', 'harder to', 'slow to', 'slower to', 'costly to', 'expensive to', 'safe to', 'safer to',
];

/** Comparison markers. `over` counts after a verb of choice (`choose X over Y`); `not` after a comma (`X, not Y`). */
export const COMPARISON_PHRASES: readonly string[] = [
  'instead', 'instead of', 'rather than', 'vs', 'versus', 'than', 'compare', 'compares', 'compared', 'comparing', 'comparison', 'relative to',
  'as opposed to', 'unlike', 'whereas', 'alternatively', 'outperform', 'outperforms', 'outperformed', 'beat', 'beats',
  // Against what is there today ("how often users correct us, against the rules in a split test").
  'against the current', 'against the existing', 'against the old', 'against the baseline', 'against a baseline',
  'against the rules', 'against the control', 'against control', 'against production', 'against the incumbent', 'against today',
];

const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'half', 'twice', 'thrice', 'percent',
];

/** Verbs of choice, after which `over` compares (`we choose pointwise over pairwise`). */
const CHOICE_WORDS = [
  'prefer', 'prefers', 'preferred', 'preferring', 'choose', 'chooses', 'chose', 'chosen', 'choosing', 'pick', 'picks',
  'picked', 'picking', 'favor', 'favors', 'favored', 'favoring', 'favour', 'favours', 'favoured', 'favouring', 'select',
  'selects', 'selected', 'selecting', 'opt', 'opts', 'opted', 'opting', 'use', 'uses', 'used', 'using', 'go', 'went',
];

/** A line that ends with one of these words runs on into the next line. */
const JOINER_WORDS = [
  'and', 'or', 'but', 'nor', 'of', 'to', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'than',
  'because', 'so', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'as', 'per', 'via', 'when', 'if', 'while',
  'whereas', 'vs', 'its', 'their', 'our', 'we', 'it', 'this', 'these', 'those', 'not',
];

/** Words after which a period does not end the sentence (`e.g.`, `vs.`); `etc.` ends one before a capital. */
const ABBREVIATIONS = [
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'approx', 'incl', 'resp', 'esp', 'viz', 'ca', 'al', 'fig', 'figs', 'eq', 'no',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vol', 'pp', 'ref', 'refs', 'sec', 'min', 'max', 'avg', 'est',
  'u.s', 'u.k', 'e.u', 'a.k.a', 'etc',
];

/** Words of praise and empty purpose that say nothing about the design ("state of the art", "robust", "to ensure success"). */
const FILLER_WORDS = [
  'state', 'art', 'sota', 'industry', 'standard', 'practice', 'practices', 'robust', 'robustness', 'scalable', 'scalability',
  'success', 'successful', 'succeed', 'quality', 'important', 'importance', 'crucial', 'critical', 'essential', 'powerful',
  'efficient', 'efficiency', 'optimal', 'performance', 'performant', 'reliable', 'reliability', 'seamless', 'seamlessly',
  'modern', 'proven', 'popular', 'flexible', 'flexibility', 'cutting', 'edge', 'leading', 'strong', 'excellent', 'great',
  'good', 'better', 'best', 'improve', 'improves', 'improved', 'performs', 'perform', 'effective', 'effectively', 'works',
  'advanced', 'sophisticated', 'innovative', 'world', 'class', 'smooth', 'optimize', 'optimise', 'maximize', 'maximise',
  'rigorous', 'rigorously', 'holistic', 'principled', 'unified', 'intelligent', 'mission', 'paradigm', 'paradigms',
  'synergy', 'synergies', 'empower', 'empowers', 'transformative', 'trustworthy', 'fidelity', 'centric', 'comprehensive',
  'thorough', 'thoroughly', 'carefully', 'cutting-edge', 'seamlessly', 'harness', 'harnesses', 'unlock', 'unlocks',
];

/** Words that carry no content of their own (with the marker, auxiliary and joiner words). */
const STOP_WORDS = [
  'the', 'a', 'an', 'it', 'its', 'of', 'and', 'or', 'we', 'our', 'us', 'this', 'that', 'these', 'those', 'in', 'on', 'for',
  'with', 'as', 'at', 'by', 'all', 'any', 'very', 'more', 'most', 'really', 'always', 'also', 'which', 'make', 'makes',
  'ensure', 'ensures', 'keep', 'get', 'thing', 'things', 'everything', 'overall', 'system', 'systems', 'model', 'models',
  'result', 'results', 'use', 'uses', 'using', 'used', 'leverage', 'leverages', 'leveraging', 'utilize', 'utilise',
  'will', 'then', 'there', 'here', 'well', 'way', 'ways', 'needed', 'need', 'needs', 'possible', 'always', 'every',
];

/** `so` does not mark a reason before these (`so far`, `so many`). */
const SO_NOT_BEFORE = ['far', 'much', 'many', 'long', 'on', 'forth', 'called', 'few', 'little', 'to', 'as'];

/**
 * Finite auxiliaries and modals: a sentence with one (not after `to`) has a verb, and the model
 * need not be asked. (`may`, `might`, `can`'s noun senses are rare in answers; `may` is left out.)
 */
const AUX_WORDS = [
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'has', 'have', 'had', 'does', 'do', 'did', 'can', 'could', 'would',
  'should', 'will', 'must', 'shall', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "can't",
  "won't", "wouldn't", "shouldn't", "hasn't", "haven't", "we're", "we'll", "we've", "it's", "they're", "that's",
];

/** Subject pronouns: followed by a word, they start a clause with a finite verb (`we page someone`). */
const SUBJECT_WORDS = ['we', 'they', 'he', 'she'];

const enum W {
  Number = 1,
  Choice = 2,
  Joiner = 4,
  Abbrev = 8,
  SoStop = 16,
  Aux = 32,
  Subject = 64,
  Filler = 128,
  Stop = 256,
}

interface Phrase {
  readonly ids: readonly number[];
  readonly reason: boolean;
}

/** The marker vocabulary: hash → id (chains for collisions), each word's flags, and the phrases by first word. */
const vocab: string[] = [];
const vocabFlags: number[] = [];
const byHash = new Map<number, number[]>();
const phrasesByFirst: Phrase[][] = [];

function wordId(w: string): number {
  const h = hashLower(w, 0, w.length);
  const chain = byHash.get(h);
  if (chain) for (const id of chain) if (vocab[id] === w) return id;
  const id = vocab.length;
  vocab.push(w);
  vocabFlags.push(0);
  phrasesByFirst.push([]);
  if (chain) chain.push(id);
  else byHash.set(h, [id]);
  return id;
}

function addPhrase(p: string, reason: boolean): void {
  const ids = p.split(' ').map(wordId);
  phrasesByFirst[ids[0]!]!.push({ ids, reason });
}

for (const p of REASON_PHRASES) addPhrase(p, true);
for (const p of COMPARISON_PHRASES) addPhrase(p, false);
for (const [list, flag] of [
  [NUMBER_WORDS, W.Number],
  [CHOICE_WORDS, W.Choice],
  [JOINER_WORDS, W.Joiner],
  [ABBREVIATIONS, W.Abbrev],
  [SO_NOT_BEFORE, W.SoStop],
  [AUX_WORDS, W.Aux],
  [SUBJECT_WORDS, W.Subject],
  [FILLER_WORDS, W.Filler],
  [STOP_WORDS, W.Stop],
  [[...REASON_PHRASES, ...COMPARISON_PHRASES].flatMap((p) => p.split(' ')), W.Stop],
] as const) {
  for (const w of list) vocabFlags[wordId(w)]! |= flag;
}
/** Flags of words that are not content. */
const NOT_CONTENT = W.Filler | W.Stop | W.Aux | W.Joiner | W.Subject | W.SoStop | W.Abbrev | W.Number;
const ID_SO = wordId('so');
const ID_NOT = wordId('not');
const ID_OVER = wordId('over');
const ID_ETC = wordId('etc');
const ID_TO = wordId('to');

/** 31-based hash of `text[from, to)` with ASCII letters lower-cased. */
function hashLower(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c |= 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** Id of the vocabulary word equal (ASCII case-insensitively) to `text[from, to)`, or -1. */
function lookup(text: string, from: number, to: number, h: number): number {
  const chain = byHash.get(h);
  if (!chain) return -1;
  next: for (const id of chain) {
    const w = vocab[id]!;
    if (w.length !== to - from) continue;
    for (let k = 0; k < w.length; k++) {
      let c = text.charCodeAt(from + k);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== w.charCodeAt(k)) continue next;
    }
    return id;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Characters.

const enum C {
  Space = 0,
  Newline = 1,
  Word = 2, // ASCII letter
  Digit = 3,
  /** `, ; : ( – —`: separates, and marks the next word as following punctuation. */
  Punct = 4,
  /** `. ! ? …`: may end a sentence. */
  Stop = 5,
  /** `|`: a table cell boundary. */
  Bar = 6,
  /** Anything else below 128. */
  Other = 7,
  Apos = 8,
  Hyphen = 9,
}

const ASCII = new Uint8Array(128).fill(C.Other);
for (let c = 65; c <= 90; c++) ASCII[c] = C.Word;
for (let c = 97; c <= 122; c++) ASCII[c] = C.Word;
for (let c = 48; c <= 57; c++) ASCII[c] = C.Digit;
ASCII[32] = ASCII[9] = ASCII[11] = ASCII[12] = C.Space;
ASCII[10] = ASCII[13] = C.Newline;
for (const ch of ',;:(') ASCII[ch.charCodeAt(0)] = C.Punct;
for (const ch of '.!?') ASCII[ch.charCodeAt(0)] = C.Stop;
ASCII[124] = C.Bar;
ASCII[39] = C.Apos;
ASCII[45] = C.Hyphen;

const LETTER_RE = /[\p{L}\p{M}\p{Nd}]/u;

const enum K {
  Space = 0,
  Newline = 1,
  Letter = 2,
  /** A CJK ideograph or kana: a word by itself. */
  Ideograph = 3,
  Punct = 4,
  Stop = 5,
  /** `。！？`: ends a sentence with no space after it. */
  StopCJK = 6,
  Other = 7,
  Apos = 8,
  Dash = 9,
}

/** The scan's class of each ASCII class (`C`): apostrophes and hyphens outside words are just symbols. */
const ASCII_KIND: readonly K[] = [K.Space, K.Newline, K.Letter, K.Letter, K.Punct, K.Stop, K.Other, K.Other, K.Other, K.Other];

/** Class of a non-ASCII code point. */
function highKind(cp: number): K {
  if (!(cp >= 0)) return K.Other;
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff) return K.Space;
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return K.Newline;
  if (cp === 0x2019) return K.Apos;
  if (cp === 0x2013 || cp === 0x2014) return K.Dash;
  if (cp === 0x2026) return K.Stop;
  if (cp === 0x3002 || cp === 0xff01 || cp === 0xff1f) return K.StopCJK;
  if (cp === 0xff0c || cp === 0xff1b || cp === 0xff1a || cp === 0x3001) return K.Punct;
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff)) return K.Ideograph;
  return LETTER_RE.test(String.fromCodePoint(cp)) ? K.Letter : K.Other;
}

/** Is the character at `i` a letter or digit (ASCII or not, not an ideograph)? */
function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === C.Word || ASCII[c] === C.Digit;
  return highKind(text.codePointAt(i)!) === K.Letter;
}

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const isLowerAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c !== 0xf7 && c < 0x250 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
};

const isUpperAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x250 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
};

/** Characters that may close a sentence after its final punctuation: quotes, brackets, emphasis. */
const isCloserAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95 || c === 96 || c === 0x201d || c === 0x2019;
};

/** Quotes and closing brackets (a sentence's end includes them; emphasis markers it does not). */
const isQuoteOrBracketAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
};

/** Punctuation that a sentence ending at a line break or a cell keeps after its last word. */
const isTrailingAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 58 || c === 59 || c === 37 || c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0x2026;
};

const isBlankAt = (text: string, i: number) => {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029;
};

/** A run of more words than this with no sentence boundary (a keyword dump, a pathological input) is cut into pieces this long. */
const MAX_WORDS = 400;

/** A line this long (content, without indentation) that does not end in punctuation may wrap onto the next. */
const WRAP_WIDTH = 50;

// ---------------------------------------------------------------------------
// The scan.

const enum F {
  Number = 1,
  /** A `, ; : ( – —` stands between the previous word and this one. */
  AfterPunct = 2,
}

interface Analysis {
  readonly sentences: readonly SentenceInfo[];
  lemmas?: readonly LemmaToken[];
}

/** Growable token arrays, reused across scans (the result keeps only per-sentence flags). */
let tokStart = new Int32Array(1024);
let tokEnd = new Int32Array(1024);
let tokId = new Int32Array(1024);
let tokFlags = new Uint8Array(1024);

function grow(): void {
  const n = tokStart.length * 2;
  const s = new Int32Array(n);
  s.set(tokStart);
  tokStart = s;
  const e = new Int32Array(n);
  e.set(tokEnd);
  tokEnd = e;
  const d = new Int32Array(n);
  d.set(tokId);
  tokId = d;
  const f = new Uint8Array(n);
  f.set(tokFlags);
  tokFlags = f;
}

function scan(text: string): SentenceInfo[] {
  const n = text.length;
  const src: Source = { text, lower: undefined };
  const out: SentenceInfo[] = [];
  let count = 0; // tokens so far
  let first = 0; // first token of the current sentence
  let punct = false; // a `, ; : ( – —` since the last token
  let stopEnd = -1; // end of the final punctuation, when the sentence ended on one
  let lineContent = -1; // first non-space character of the current line
  let lastNonSpace = -1;
  let tableLine = -1; // is the current line a table row: -1 not known yet, 0 or 1
  let question = false; // the current sentence ended with `?`

  const close = () => {
    if (count > first) {
      let end = tokEnd[count - 1]!;
      if (stopEnd > end) end = stopEnd;
      else while (end < n && isTrailingAt(text, end)) end++;
      out.push(features(src, tokStart[first]!, end, first, count, question));
    }
    first = count;
    stopEnd = -1;
    question = false;
  };

  /** Skip a list marker (`- `, `* `, `+ `, `1. `, `2) `, `> `) at `i`: the offset after it, or `i`. */
  const listMarker = (i: number): number => {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 42 || c === 43 || c === 62) && isBlankAt(text, i + 1)) return i + 1;
    let j = i;
    while (j < n && j - i < 9 && isDigitAt(text, j)) j++;
    if (j > i && j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && isBlankAt(text, j + 1)) return j + 1;
    return i;
  };

  /** Indentation, then a list marker: where the line's content starts (for the first line and after each break). */
  const lineStart = (i: number): { at: number; marker: boolean } => {
    while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const j = listMarker(i);
    return { at: j, marker: j > i };
  };

  let i = lineStart(0).at;
  lineContent = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    let kind: K;
    let width = 1;
    if (c < 128) {
      const a = ASCII[c]!;
      if (a === C.Bar) {
        // On a table row (it starts with `|`, or has two), a cell ends a sentence; elsewhere `|` is a symbol (`P(click | query)`).
        if (tableLine < 0) tableLine = isTableRow(text, lineContent, i) ? 1 : 0;
        if (tableLine) {
          lastNonSpace = i;
          close();
          punct = false;
          i++;
          continue;
        }
      }
      kind = ASCII_KIND[a]!;
      if (a === C.Hyphen && text.charCodeAt(i - 1) === 32 && isBlankAt(text, i + 1)) kind = K.Dash; // ` - ` as a dash
    } else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      kind = highKind(cp);
    }

    if (kind === K.Space) {
      i += width;
      continue;
    }
    if (kind === K.Newline) {
      // `\r\n` is one break.
      const after = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      const next = lineStart(after);
      if (lineBreakEnds(text, next.at, next.marker, lineContent, lastNonSpace, count > first ? tokId[count - 1]! : -1, count > first && tokEnd[count - 1] === lastNonSpace + 1)) {
        close();
        punct = false;
      }
      i = next.at;
      lineContent = i;
      tableLine = -1;
      continue;
    }
    lastNonSpace = i + width - 1;
    if (kind === K.Letter) {
      i = word(text, i, count, punct);
      lastNonSpace = i - 1;
      count++;
      punct = false;
      if (count - first >= MAX_WORDS) close();
      continue;
    }
    if (kind === K.Ideograph) {
      if (count === tokStart.length) grow();
      tokStart[count] = i;
      tokEnd[count] = i + width;
      tokId[count] = -1;
      tokFlags[count] = punct ? F.AfterPunct : 0;
      count++;
      punct = false;
      i += width;
      if (count - first >= MAX_WORDS) close();
      continue;
    }
    if (kind === K.Punct || kind === K.Dash) {
      punct = true;
      i += width;
      continue;
    }
    if (kind === K.StopCJK) {
      stopEnd = i + 1;
      question = c === 0xff1f;
      close();
      punct = false;
      i++;
      continue;
    }
    if (kind === K.Stop) {
      // The run of final punctuation (`?!`, `...`), then closing quotes and emphasis.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63 || text.charCodeAt(j) === 0x2026)) j++;
      const stopTo = j;
      while (j < n && isCloserAt(text, j)) j++;
      if (isBlankAt(text, j) && sentenceStops(text, c, i, j, count > first ? count - 1 : -1)) {
        let e = stopTo;
        while (e < j && isQuoteOrBracketAt(text, e)) e++;
        stopEnd = e;
        for (let q = i; q < stopTo; q++) if (text.charCodeAt(q) === 63) question = true;
        lastNonSpace = j - 1;
        close();
        punct = false;
      }
      lastNonSpace = j - 1;
      i = j;
      continue;
    }
    // Other symbols separate words and are otherwise ignored.
    i += width;
  }
  close();
  return out;
}

/** Is the line with content from `from` a table row: does it start with `|`, or hold a second `|` besides the one at `bar`? */
function isTableRow(text: string, from: number, bar: number): boolean {
  if (text.charCodeAt(from) === 124) return true;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (c === 124 && j !== bar) return true;
  }
  return false;
}

/** Reads the word starting at `i` into token `t`; returns the offset after it. */
function word(text: string, i: number, t: number, punct: boolean): number {
  const n = text.length;
  const from = i;
  let h = 0;
  let ascii = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const a = ASCII[c]!;
      if (a === C.Word || a === C.Digit) {
        h = (Math.imul(h, 31) + (a === C.Word && c <= 90 ? c | 32 : c)) | 0;
        i++;
        continue;
      }
      // Inner joiners: `don't`, `trade-off`, `0.3`, `1,000`, `e.g`.
      if ((a === C.Apos || a === C.Hyphen) && i > from && isWordAt(text, i + 1)) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      if ((c === 46 || c === 44) && isDigitAt(text, i - 1) && i + 1 < n && isDigitAt(text, i + 1)) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      if (c === 46 && i + 1 < n && isWordAt(text, i + 1) && !isDigitAt(text, i + 1) && isWordAt(text, i - 1)) {
        // `e.g`, `i.e`, `model.pkl`: a period with a letter right after it.
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      break;
    }
    const cp = text.codePointAt(i)!;
    const k = highKind(cp);
    if (k === K.Letter) {
      ascii = false;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (k === K.Apos && i > from && isWordAt(text, i + 1)) {
      ascii = false;
      i++;
      continue;
    }
    break;
  }
  if (t === tokStart.length) grow();
  tokStart[t] = from;
  tokEnd[t] = i;
  const id = ascii ? lookup(text, from, i, h) : -1;
  tokId[t] = id;
  let f = punct ? F.AfterPunct : 0;
  if ((isDigitAt(text, from) && !isIdentifierBefore(text, from)) || (id >= 0 && vocabFlags[id]! & W.Number)) f |= F.Number;
  tokFlags[t] = f;
  return i;
}

/** Do the digits at `at` belong to an identifier (`NDCG@10`, `top_5`, `x/86`)? A letter, `@`, `_` or `/` right before them says so. */
function isIdentifierBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return c === 64 || c === 95 || c === 47 || (c < 128 ? ASCII[c] === C.Word : isWordAt(text, at - 1));
}

/**
 * Does a `.`, `!`, `?` or `…` at `at` (followed by blank at `after`) end the sentence? Not after an
 * abbreviation (`e.g.`, `vs.`); `etc.` ends one only before a capital letter.
 */
function sentenceStops(text: string, c: number, at: number, after: number, last: number): boolean {
  if (c !== 46 || last < 0 || tokEnd[last] !== at) return true;
  const id = tokId[last]!;
  if (id < 0 || !(vocabFlags[id]! & W.Abbrev)) return true;
  if (id !== ID_ETC) return false;
  let j = after;
  while (j < text.length && isBlankAt(text, j)) j++;
  return j >= text.length || isUpperAt(text, j);
}

/**
 * Does the line break before `next` (the next line's content, after indentation and any list
 * marker) end the sentence? It does at a blank line, before a list item or heading, after final
 * punctuation or a colon; it does not when the line plainly runs on: it ends with a comma, a dash,
 * an open bracket or a joining word (`and`, `of`, `the`, …), or it is a long line (wrapped prose)
 * and the next one starts with a lower-case letter.
 */
function lineBreakEnds(text: string, next: number, marker: boolean, content: number, lastNonSpace: number, lastId: number, endsOnWord: boolean): boolean {
  if (marker || next >= text.length) return true;
  const c = text.charCodeAt(next);
  if (c === 10 || c === 13 || c === 35 || c === 124 || c === 0x2028 || c === 0x2029) return true; // blank line, heading, table
  if (lastNonSpace < content) return true; // the line was empty
  const last = text.charCodeAt(lastNonSpace);
  if (last === 44 || last === 45 || last === 0x2013 || last === 0x2014 || last === 40 || last === 47 || last === 38) return false;
  if (endsOnWord && lastId >= 0 && vocabFlags[lastId]! & W.Joiner) return false;
  // `.`, `:`, `?` end it; so does other punctuation (`)`, `%`, `"`) on a short line, not on a long line
  // wrapped in the middle of a sentence ("… detect a 1%" / "relative change in …").
  if (!endsOnWord && (last === 46 || last === 58 || last === 59 || last === 33 || last === 63)) return true;
  return !(isLowerAt(text, next) && lastNonSpace - content + 1 >= WRAP_WIDTH);
}

/** Words that say something a sentence with filler needs, at least, not to be hollow. */
const HOLLOW_CONTENT = 3;
/** Words of praise that make a sentence with no number hollow, whatever else it names ("rigorously evaluated with industry-standard metrics … ensuring robust performance"). */
const PUFFED = 2;

/** The flags of tokens [t0, t1): words, number, reason and comparison markers. */
function features(src: Source, start: number, end: number, t0: number, t1: number, question: boolean): Sentence {
  let number = false;
  let reason = false;
  let comparison = false;
  let choice = false;
  let verbCue = false;
  let filler = 0;
  let content = 0;
  for (let t = t0; t < t1; t++) {
    if (tokFlags[t]! & F.Number) number = true;
    const id = tokId[t]!;
    if (id < 0) {
      if (!(tokFlags[t]! & F.Number)) content++;
      continue;
    }
    const flags = vocabFlags[id]!;
    if (flags & W.Filler) filler++;
    else if (!(flags & NOT_CONTENT)) content++;
    if (flags & W.Choice) choice = true;
    if (!verbCue && flags & W.Aux && !(t > t0 && tokId[t - 1] === ID_TO)) verbCue = true;
    if (!verbCue && flags & W.Subject && t + 1 < t1 && !(tokFlags[t + 1]! & F.AfterPunct) && !(tokFlags[t + 1]! & F.Number)) verbCue = true;
    if (id === ID_SO) {
      // `so` as a conjunction: after a comma or first in the sentence, not `so far`.
      const nx = t + 1 < t1 ? tokId[t + 1]! : -1;
      if ((t === t0 || tokFlags[t]! & F.AfterPunct) && !(nx >= 0 && vocabFlags[nx]! & W.SoStop)) reason = true;
    } else if (id === ID_NOT) {
      if (tokFlags[t]! & F.AfterPunct && t > t0) comparison = true;
    } else if (id === ID_OVER) {
      if (choice) comparison = true;
    }
    if (reason && comparison) continue;
    for (const p of phrasesByFirst[id]!) {
      if (p.reason ? reason : comparison) continue;
      const len = p.ids.length;
      if (t + len > t1) continue;
      let k = 1;
      while (k < len && tokId[t + k] === p.ids[k]) k++;
      if (k === len) {
        if (p.reason) reason = true;
        else comparison = true;
      }
    }
  }
  if (!reason) reason = arrowReason(src.text, start, end);
  return new Sentence(src, start, end, t1 - t0, reason, comparison, number, question, verbCue, !number && ((filler > 0 && content < HOLLOW_CONTENT) || filler >= PUFFED));
}

/** An arrow, then a lower-case clause of three words or more: in notes, "X -> Y" says what follows from X. */
const ARROW_RE = /(?:->|=>|\u2192)[ \t]*([a-z][^\n]*?)(?=->|=>|\u2192|$)/g;
const ARROW_WORDS = 3;

/**
 * Does an arrow in [start, end) lead to a consequence ("~7% pos -> not extreme, keep all rows", "no real-time
 * need -> batch is fine")? A pipeline of names ("Kafka -> Flink -> Redis", "job -> feature table") does not.
 */
function arrowReason(text: string, start: number, end: number): boolean {
  // One pass over the sentence's characters (no slice, no search past its end): `->`, `=>` or `→`.
  let arrow = false;
  for (let i = start; i < end && !arrow; i++) {
    const c = text.charCodeAt(i);
    arrow = c === 0x2192 || (c === 62 && i > start && (text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 61));
  }
  if (!arrow) return false;
  const s = text.slice(start, end);
  ARROW_RE.lastIndex = 0;
  for (let m = ARROW_RE.exec(s); m; m = ARROW_RE.exec(s)) {
    if ((m[1]!.match(/[A-Za-z][\w'-]*/g)?.length ?? 0) >= ARROW_WORDS) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The model: parts of speech and lemmas, per sentence, memoised.

interface Tagged {
  readonly verb: boolean;
  /** The first word is a verb in its base form: an instruction or a plan ("Predict minutes from order placed to handover"). */
  readonly imperative: boolean;
  /** Start and end (relative to the sentence) of each word token, interleaved. */
  readonly offs: Int32Array;
  readonly lemmas: readonly string[];
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/** Tags per sentence text, in two generations: when the young one holds `TAG_CHARS` characters it becomes the old one. */
let tagsYoung = new Map<string, Tagged>();
let tagsOld = new Map<string, Tagged>();
let youngChars = 0;
const TAG_CHARS = 2_000_000;

function tagsOf(s: string): Tagged {
  let t = tagsYoung.get(s);
  if (t) return t;
  t = tagsOld.get(s);
  if (!t) t = tag(s);
  if (youngChars + s.length > TAG_CHARS) {
    tagsOld = tagsYoung;
    tagsYoung = new Map();
    youngChars = 0;
  }
  tagsYoung.set(s, t);
  youngChars += s.length;
  return t;
}

/** Before a participle (`-ed`, `-en`) that comes before a noun, these make it an adjective (`delayed clicks`, `the trained model`). */
const PRE_MODIFIER = new Set(['DET', 'ADJ', 'PUNCT', 'CCONJ', 'ADP', 'NUM', 'SYM', 'SPACE']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** A word tagged VERB right after one of these is a noun in a noun phrase (`5% ramp`, `the log`). */
const NOUN_SLOT = new Set(['DET', 'NUM', 'SYM', 'ADJ']);

/** ASCII letters lower-cased; same length, so offsets carry over. */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * Tags one sentence. The model is given the sentence with ASCII letters lower-cased: it
 * tags a capitalised first word as a proper noun otherwise, and proper nouns keep their
 * form (`Features` → `features`, `Rescaled` not a verb). Lemmas are then made consistent
 * across contexts: a word the model left as is gets the verb's lemma when it ends in
 * `-ing`/`-ed` (`calibrated` → `calibrate`, `training` → `train`), and a plural the
 * lexicon does not know loses its `-s` (`embeddings` → `embedding` → `embed`).
 */
function tag(lower: string): Tagged {
  const w = (wink ??= winkNLP(model, ['pos']));
  const its = w.its;
  const tokens = w.readDoc(lower).tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // (The package's typing of `its.lemma` does not fit its own `out`; the call is the documented one.)
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const m = values.length;
  const offs: number[] = [];
  const words: string[] = [];
  let at = 0;
  let verb = false;
  let first = -1;
  for (let k = 0; k < m; k++) {
    const v = values[k]!;
    // Tokens are the text's characters in order, with spaces between: find each from the last.
    const found = lower.startsWith(v, at) ? at : lower.indexOf(v, at);
    if (found < 0) continue; // (a token the model spelt otherwise: left out)
    at = found + v.length;
    if (isWordToken(v)) {
      offs.push(found, at);
      words.push(settle(v, lemmas[k]!, pos[k]!).toLowerCase());
      if (first < 0) first = k;
    }
    if (!verb) verb = isVerbAt(values, pos, k);
  }
  const imperative = first >= 0 && pos[first] === 'VERB' && lemmas[first]!.toLowerCase() === values[first];
  return { verb, imperative, offs: Int32Array.from(offs), lemmas: words };
}

/** A word (not a number, punctuation, a symbol or whitespace): it starts with a letter, or is a clitic such as `'s`, `n't`. */
function isWordToken(v: string): boolean {
  // (The model can give an empty token, e.g. for some abbreviations: it is no word.)
  if (v.length === 0) return false;
  const c = v.charCodeAt(0);
  if (c < 128) {
    if (ASCII[c] === C.Word) return true;
    return (c === 39 && v.length > 1 && ASCII[v.charCodeAt(1)] === C.Word) || (c === 110 && v === "n't");
  }
  if (c === 0x2019) return v.length > 1;
  return highKind(v.codePointAt(0)!) === K.Letter;
}

/** Is token `k` a finite or main verb: not an infinitive, a bare gerund, a participle before a noun, or a noun tagged as a verb? */
function isVerbAt(values: readonly string[], pos: readonly string[], k: number): boolean {
  const p = pos[k];
  if (p !== 'VERB' && p !== 'AUX') return false;
  const prev = prevTag(pos, k);
  const before = prev >= 0 ? pos[prev]! : '';
  if (before === 'PART' && values[prev] === 'to') return false; // an infinitive: `to reduce`
  if (p === 'AUX') return true;
  if (NOUN_SLOT.has(before)) return false; // `5% ramp`, `a log`
  if ((prev < 0 || values[prev] === ',') && isListEnd(values, pos, k)) return false; // `precision, recall, F1`
  const v = values[k]!;
  if (v.endsWith('ing')) {
    // Progressive only with an auxiliary before it: `we are retraining`, not `Monitoring drift`.
    for (let j = k - 1; j >= 0; j--) if (pos[j] === 'AUX') return true;
    return false;
  }
  if (v.endsWith('ed') || v.endsWith('en')) {
    const nx = nextTag(pos, k);
    if ((prev < 0 || PRE_MODIFIER.has(before)) && nx >= 0 && NOMINAL.has(pos[nx]!)) return false; // `delayed clicks`
  }
  return true;
}

/** The lemma a word keeps whatever its context (see `tag`). */
function settle(form: string, lemma: string, p: string): string {
  if (lemma !== form) return lemma.endsWith("'s") ? lemma.slice(0, -2) : lemma;
  const n = form.length;
  if (n < 4) return lemma;
  if (form.endsWith("'s")) return form.slice(0, -2); // `month's` as one token
  if (form.endsWith('ing') || form.endsWith('ed')) return verbLemma(form);
  if ((p === 'NOUN' || p === 'PROPN' || p === 'X') && form.charCodeAt(n - 1) === 115) {
    const b = form.charCodeAt(n - 2);
    if (b === 115 || b === 117 || b === 105) return lemma; // -ss, -us, -is: not a plural
    const one = form.endsWith('ies') ? form.slice(0, -3) + 'y' : /(?:ch|sh|ss|x)es$/.test(form) ? form.slice(0, -2) : form.slice(0, -1);
    return one.endsWith('ing') || one.endsWith('ed') ? verbLemma(one) : one;
  }
  return lemma;
}

/** The lemma of a form read as a verb (`they calibrated` → `calibrate`), memoised. */
const verbLemmas = new Map<string, string>();
function verbLemma(form: string): string {
  let l = verbLemmas.get(form);
  if (l !== undefined) return l;
  const w = wink!;
  const out = w.readDoc(`they ${form}`).tokens().out(w.its.lemma as unknown as ItsFunction<string>) as string[];
  l = out.length === 2 ? out[1]!.toLowerCase() : form;
  if (verbLemmas.size >= 50_000) verbLemmas.clear();
  verbLemmas.set(form, l);
  return l;
}

/** Does a list item end after token `k`: a comma, a colon or semicolon, or the end of the sentence? */
function isListEnd(values: readonly string[], pos: readonly string[], k: number): boolean {
  const nx = nextTag(pos, k);
  if (nx < 0) return true;
  const v = values[nx]!;
  return v === ',' || v === ';' || v === ':' || v === '.' || v === '!' || v === '?';
}

/** The token before `k`, skipping line breaks (tagged SPACE). */
function prevTag(pos: readonly string[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (pos[j] !== 'SPACE') return j;
  return -1;
}

function nextTag(pos: readonly string[], k: number): number {
  for (let j = k + 1; j < pos.length; j++) if (pos[j] !== 'SPACE') return j;
  return -1;
}

/**
 * A sentence. `hasVerb` needs the model and is computed on first read (`isExplained` reads it
 * last), so sentences that cannot be explained anyway are never tagged unless asked.
 * `toJSON` includes it; note that `{ ...s }` does not (it is a getter).
 */
/** The text a sentence was found in, and (made when first needed) its ASCII-lower-cased copy that the model reads. */
interface Source {
  readonly text: string;
  lower: string | undefined;
}

class Sentence implements SentenceInfo {
  private _tagged: Tagged | undefined;
  constructor(
    private readonly _src: Source,
    readonly start: number,
    readonly end: number,
    readonly words: number,
    readonly reason: boolean,
    readonly comparison: boolean,
    readonly number: boolean,
    readonly question: boolean,
    /** An auxiliary, or a subject pronoun before a word: a verb, without asking the model. */
    private readonly _verbCue: boolean,
    readonly hollow: boolean,
  ) {}

  get hasVerb(): boolean {
    return this._verbCue || this.tagged().verb;
  }

  /** Opens with a verb in its base form (an instruction or a plan: the subject is the writer). */
  get imperative(): boolean {
    return this.tagged().imperative;
  }

  tagged(): Tagged {
    if (this._tagged) return this._tagged;
    const src = this._src;
    const lower = (src.lower ??= asciiLower(src.text));
    return (this._tagged = tagsOf(lower.slice(this.start, this.end)));
  }

  toJSON(): SentenceInfo {
    const { start, end, words, hasVerb, reason, comparison, number, question, hollow } = this;
    return { start, end, words, hasVerb, reason, comparison, number, question, hollow };
  }
}

// ---------------------------------------------------------------------------
// Per-text cache: the last texts analysed (a section's text, checked again on every keystroke elsewhere).

const texts = new Map<string, Analysis>();
let textChars = 0;
const TEXT_CHARS = 4_000_000;

function analysis(text: string): Analysis {
  let a = texts.get(text);
  if (a) {
    // Most recently used last.
    texts.delete(text);
    texts.set(text, a);
    return a;
  }
  a = { sentences: scan(text) };
  texts.set(text, a);
  textChars += text.length;
  for (const [k] of texts) {
    if (textChars <= TEXT_CHARS || k === text) break;
    texts.delete(k);
    textChars -= k.length;
  }
  return a;
}
