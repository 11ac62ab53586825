/**
 * The numbers of an answer, read the way a staff engineer reads a
 * back-of-envelope estimate: quantities with their scale and unit (`200M DAU`,
 * `86,400 s`, `2 KB`, `23k/s`, `$1.1M/year`), and the calculations a line
 * states (`A × B ÷ C ≈ D`, `A, B per user → C`, "with a peak factor of 3,
 * about D", `2M a day (~23/s)`), each recomputed.
 *
 * A small parser of its own rather than a units library: js-quantities reads
 * `3B` as three bytes and `200M` as molar concentration and knows no `10k`,
 * `KB`, `QPS` or `86,400 s`; none of js-quantities, unitmath, convert or mathjs
 * knows scale suffixes, counts or rates (`k`, `DAU`, "per day") or scans prose;
 * and they add 33-35 KB (mathjs about 690 KB) minified to the browser bundle for
 * what is here a table of some twenty factors.
 *
 * Read only: lines outside code blocks, front matter and headings, with HTML
 * comments, inline code and placeholders blanked. Pure and linear in the text.
 */
import { STEP_IDS, type StepId } from '../framework/types';
import type { Answer } from '../model/types';
import { TextCache } from '../util';

/** Exponents of the base units: seconds, bytes, money. Counts are dimensionless. */
export interface Dim {
  readonly t: number;
  readonly b: number;
  readonly m: number;
}

const NO_DIM: Dim = { t: 0, b: 0, m: 0 };

export type QuantityKind = 'number' | 'count' | 'percent' | 'factor' | 'time' | 'size' | 'money';

/** How the number is written, so a fix writes the right one the same way. */
export type NumberStyle = 'plain' | 'comma' | 'suffix' | 'word' | 'sci' | 'super';

export interface Quantity {
  readonly line: number;
  /** Characters on the line: the whole quantity (prefix, number, unit, noun, per-phrase). */
  readonly start: number;
  readonly end: number;
  /** The number and its scale (`230k`, `1.2 billion`, `3 × 10⁹`): what a fix replaces. */
  readonly numStart: number;
  readonly numEnd: number;
  readonly text: string;
  /** The number as written, scale applied (`230k` → 230000). */
  readonly display: number;
  /** Base units (s, bytes, money; per second for rates) per display unit, decimal convention. */
  readonly factor: number;
  /** The same with 1024-based sizes (equal to `factor` for everything else). */
  readonly binFactor: number;
  readonly dim: Dim;
  /** Seconds of the rate's period as written (`per day` → 86400), 0 when not a rate. */
  readonly period: number;
  readonly kind: QuantityKind;
  /** The unit as written (`TB`, `ms`, `QPS`, `/s`), '' for none. */
  readonly unit: string;
  /** Lower-cased words of its noun phrase (`candidate ads` → ['candidate', 'ads']). */
  readonly nouns: readonly string[];
  /** `user` in "per user" / "/user", `each` for "each". */
  readonly perNoun?: string;
  /** Written as approximate (`~`, `≈`, "about"). */
  readonly approx: boolean;
  /** How it was marked approximate: `~`/`≈` directly before the number, or a word. */
  readonly approxMark: '' | 'sign' | 'word';
  /** A bound, not a value: "under 50 ms" (max), "above 600" (min). */
  readonly bound?: 'max' | 'min';
  /** Significant digits as written (`100` → 1, `35` → 2, `86,400` → 3). */
  readonly sig: number;
  readonly style: NumberStyle;
  /** The scale as written (`k`, `M`, ` billion`), '' for none. */
  readonly scale: string;
  /** A percentile label right after it (`15 ms p99` → `p99`). */
  readonly pct?: string;
}

/** Base value (decimal convention) of a quantity. */
export function baseValue(q: Quantity): number {
  return q.display * q.factor;
}

export type Token =
  | { readonly k: 'q'; readonly q: Quantity; readonly s: number; readonly e: number }
  | { readonly k: 'op'; readonly op: '*' | '/' | '+' | '-'; readonly s: number; readonly e: number }
  | { readonly k: 'rel'; readonly rel: '=' | '≈' | '→'; readonly s: number; readonly e: number }
  | { readonly k: 'w'; readonly w: string; readonly s: number; readonly e: number }
  | { readonly k: 'p'; readonly p: string; readonly s: number; readonly e: number };

// ---------------------------------------------------------------------------
// Units

interface UnitDef {
  readonly kind: QuantityKind;
  readonly factor: number;
  readonly bin: number;
  readonly dim: Dim;
  /** Seconds of the period for a rate unit (QPS). */
  readonly period?: number;
}

const T = (f: number): UnitDef => ({ kind: 'time', factor: f, bin: f, dim: { t: 1, b: 0, m: 0 } });
const SIZE = (dec: number, bin: number): UnitDef => ({ kind: 'size', factor: dec, bin, dim: { t: 0, b: 1, m: 0 } });

export const PERIODS: Readonly<Record<string, number>> = {
  ns: 1e-9, µs: 1e-6, μs: 1e-6, us: 1e-6, ms: 1e-3, msec: 1e-3, millisecond: 1e-3, milliseconds: 1e-3,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
  wk: 604800, week: 604800, weeks: 604800,
  mo: 2592000, month: 2592000, months: 2592000,
  yr: 31536000, yrs: 31536000, year: 31536000, years: 31536000,
};

/** Words that give a period after "per", "/", "a": no `ns`/`ms` (nobody counts per millisecond). */
const PERIOD_WORDS: Readonly<Record<string, number>> = {
  s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hr: 3600, hour: 3600, d: 86400, day: 86400,
  wk: 604800, week: 604800, mo: 2592000, month: 2592000, yr: 31536000, year: 31536000,
};

const ADVERB_PERIODS: Readonly<Record<string, number>> = { hourly: 3600, daily: 86400, weekly: 604800, monthly: 2592000, yearly: 31536000, annually: 31536000 };

const UNITS: ReadonlyMap<string, UnitDef> = new Map<string, UnitDef>([
  ...Object.entries(PERIODS).map(([k, v]) => [k, T(v)] as [string, UnitDef]),
  ['B', SIZE(1, 1)], ['byte', SIZE(1, 1)], ['bytes', SIZE(1, 1)],
  ['KB', SIZE(1e3, 1024)], ['kB', SIZE(1e3, 1024)], ['KiB', SIZE(1024, 1024)],
  ['MB', SIZE(1e6, 1024 ** 2)], ['MiB', SIZE(1024 ** 2, 1024 ** 2)],
  ['GB', SIZE(1e9, 1024 ** 3)], ['GiB', SIZE(1024 ** 3, 1024 ** 3)],
  ['TB', SIZE(1e12, 1024 ** 4)], ['TiB', SIZE(1024 ** 4, 1024 ** 4)],
  ['PB', SIZE(1e15, 1024 ** 5)], ['PiB', SIZE(1024 ** 5, 1024 ** 5)],
  ['EB', SIZE(1e18, 1024 ** 6)],
  ...['QPS', 'RPS', 'TPS', 'qps', 'rps', 'tps'].map((u) => [u, { kind: 'number', factor: 1, bin: 1, dim: { t: -1, b: 0, m: 0 }, period: 1 }] as [string, UnitDef]),
]);

/** A unit right after the number (a space allowed, or a hyphen before a time unit: "a 30-day window"), longest first; `B` attached is a billion, not a byte. */
const UNIT_RE = /(?:\s|-(?=(?:millisecond|second|sec|minute|min|hour|hr|day|week|month|year|yr)))?(KiB|MiB|GiB|TiB|PiB|KB|kB|MB|GB|TB|PB|EB|bytes?|QPS|RPS|TPS|qps|rps|tps|milliseconds?|msec|ms|ns|µs|μs|us|seconds?|secs?|minutes?|mins?|hours?|hrs?|hr|days?|weeks?|wk|months?|mo|years?|yrs?|min|s|h|d|B)(?![\p{L}\p{N}_])/uy;

const SCALE_SUFFIX: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, bn: 1e9, T: 1e12 };
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
};
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const APPROX_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'nearly', 'almost', 'some', 'circa', 'ca']);
const MAX_WORDS = new Set(['under', 'below', 'within', 'max', 'maximum', 'most', 'less', 'fewer', 'than', 'up', 'inside', 'exceed', 'beneath', 'cap', 'capped']);
const MIN_WORDS = new Set(['above', 'over', 'beyond', 'least', 'more', 'exceeds', 'min', 'minimum', 'past']);

/** Words that end a quantity's noun phrase. */
const STOP = new Set(
  `a an the of in on at to for with from by and or but nor is are was were be been being per each every that which who whom whose so than as into onto
  after before within under over across plus vs via we i you it its this these those there not no only about around roughly nearly almost gives giving
  get gets got has have had need needs must should can could will would may might takes take took total overall if when while where then also
  still just even all any both either neither such same other more less most least much many few fewer up down out off
  too very per ms s p99 p95 p90 p50 x times`.split(/\s+/),
);

// ---------------------------------------------------------------------------
// Visible text of a line

/** Lines a number can be read on: not code, front matter or a heading. Comments, inline code and placeholders are blanked (offsets kept). */
export function visibleLines(a: Answer): (string | null)[] {
  const out: (string | null)[] = new Array(a.lineCount).fill(null);
  const skip = new Uint8Array(a.lineCount);
  for (const c of a.codeBlocks) skip.fill(1, c.line, Math.min(c.end, a.lineCount));
  skip.fill(1, 0, Math.min(a.frontMatter.end, a.lineCount));
  for (const s of a.sections) skip[s.line] = 1;
  const blanks = [...a.comments, ...a.placeholders].sort((x, y) => x.start - y.start);
  let bi = 0;
  for (let l = 0; l < a.lineCount; l++) {
    const from = a.lineStarts[l]!;
    let t = a.lineText(l);
    const to = from + t.length;
    while (bi < blanks.length && blanks[bi]!.end <= from) bi++;
    if (skip[l]) continue;
    for (let j = bi; j < blanks.length && blanks[j]!.start < to; j++) {
      const s = Math.max(0, blanks[j]!.start - from);
      const e = Math.min(t.length, blanks[j]!.end - from);
      if (e > s) t = t.slice(0, s) + ' '.repeat(e - s) + t.slice(e);
    }
    if (t.includes('`')) t = blankInlineCode(t);
    if (/\d/.test(t)) out[l] = t;
  }
  return out;
}

/** Inline code spans (`` `x` ``) blanked, backticks included. */
function blankInlineCode(t: string): string {
  let out = t;
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}

// ---------------------------------------------------------------------------
// Lexing one line

const LETTER_RE = /[\p{L}_]/u;
function isLetter(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95;
  return LETTER_RE.test(c);
}
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
/** End of the word starting at `i` (letters, digits, `'`, `’`, `-`). */
function wordEnd(t: string, i: number): number {
  let j = i + 1;
  wordHasUpper = t.charCodeAt(i) < 97 || t.charCodeAt(i) > 122;
  for (; j < t.length; j++) {
    const k = t.charCodeAt(j);
    // a-z, 0-9, _, -, '
    if ((k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 95 || k === 45 || k === 39) continue;
    if (k >= 65 && k <= 90) {
      wordHasUpper = true;
      continue;
    }
    if (k < 128) break;
    if (k === 0x2019 || (k >= 0x300 && k < 0x370) || LETTER_RE.test(t[j]!)) {
      wordHasUpper = true;
      continue;
    }
    break;
  }
  return j;
}
/** Set by `wordEnd`: the word needs lower-casing. */
let wordHasUpper = false;
function wordAt(t: string, i: number, e: number): string {
  const w = t.slice(i, e);
  return wordHasUpper ? w.toLowerCase() : w;
}
const WORD_RE = /[\p{L}][\p{L}\p{N}'’-]*/uy;
const NUM_RE = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|\.\d+/y;

/** Significant digits of a number as written (trailing zeros of an integer do not count). */
function sigDigits(raw: string): number {
  const s = raw.replace(/,/g, '');
  if (s.includes('.')) {
    const digits = s.replace('.', '').replace(/^0+/, '');
    return Math.max(1, digits.length);
  }
  const digits = s.replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

interface Lexed {
  readonly q: Quantity | null;
  /** Where scanning goes on. */
  readonly next: number;
  /** The number starts a range (`10-50 ms`): the next number is part of it. */
  readonly range?: boolean;
}

/** Reads the quantity at `i` (a digit, `.5`, or `~`/`≈`/`$` before one). */
function lexQuantity(t: string, line: number, i: number, inRange: boolean): Lexed {
  let at = i;
  let approxMark: Quantity['approxMark'] = '';
  let money = false;
  let bound: Quantity['bound'];
  for (;;) {
    const c = t[at];
    if (c === '~' || c === '≈' || c === '∼') {
      approxMark = 'sign';
      at++;
    } else if (c === '$' || c === '€' || c === '£') {
      money = true;
      at++;
    } else if ((c === '<' || c === '>' || c === '≤' || c === '≥') && !bound) {
      bound = c === '<' || c === '≤' ? 'max' : 'min';
      at++;
      if (t[at] === '=') at++;
    } else break;
    while (t[at] === ' ' && (isDigit(t[at + 1]) || t[at + 1] === '$')) at++;
  }
  const numStart = at;
  NUM_RE.lastIndex = at;
  const m = NUM_RE.exec(t);
  if (!m) return { q: null, next: i + 1 };
  let end = at + m[0].length;
  const raw = m[0];
  const skipWord = () => {
    let j = end;
    while (j < t.length && /[\p{L}\p{N}_.\-/:@]/u.test(t[j]!)) j++;
    return { q: null, next: Math.max(j, end) };
  };
  // Glued to a word or another number: GPT-4, p99, v2, recall@10, top-1000, 10:30.
  const before = t[i - 1];
  if (isLetter(before) || isDigit(before) || (before && '_@#.^-–—\\'.includes(before)) || (before === '/' && !isDigit(t[i - 2]) && t[i - 2] !== ' ' && !isLetter(t[i - 2]))) {
    return skipWord();
  }
  // Versions and times of day: 1.8.0, 10:30, 3.2.1.
  if ((t[end] === '.' || t[end] === ':') && isDigit(t[end + 1])) return skipWord();
  // List numbering: `1.` / `2)` at the start of a line or item.
  if (i < 16 && /^\s*(?:[-*+>]\s+)*$/.test(t.slice(0, i)) && /^[.)](?:\s|$)/.test(t.slice(end, end + 2)) && !raw.includes(',')) return { q: null, next: end + 1 };
  // Ranges: 10-50 ms, 10–50, 10 – 50, 10 to 50, 10k-50k.
  const RANGE = /^[kKMB]?(?:[-–—]\s*[~$]?\d|\s+[–—]\s*[~$]?\d|\s+to\s+[~$]?\d)/;
  const rc = t[end];
  const rangeAfter = (rc === ' ' || rc === '-' || rc === '–' || rc === '—' || rc === 'k' || rc === 'K' || rc === 'M' || rc === 'B') && RANGE.test(t.slice(end, end + 9));
  let value = Number(raw.replace(/,/g, ''));
  let style: NumberStyle = raw.includes(',') ? 'comma' : 'plain';
  let sig = sigDigits(raw);
  let scale = '';
  // Scientific forms: 1e9, 10⁹, 10^9, 3 × 10⁹.
  const sci = /^e([+-]?\d{1,3})(?![\p{L}\p{N}])/uy;
  sci.lastIndex = 0;
  const ec = t[end];
  const rest = ec === 'e' || ec === '^' || ec === ' ' || ec === '×' || ec === 'x' || ec === '*' || (ec !== undefined && SUPERSCRIPT.includes(ec)) ? t.slice(end, end + 12) : '';
  const e1 = ec === 'e' ? sci.exec(rest) : null;
  if (e1 && isDigit(raw[0])) {
    value *= 10 ** Number(e1[1]);
    end += e1[0].length;
    style = 'sci';
  } else if (raw === '10' && (SUPERSCRIPT.includes(t[end] ?? 'x') || t[end] === '^')) {
    const pm = /^(?:\^(-?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))/.exec(rest);
    if (!pm) return skipWord();
    const exp = pm[1] ? Number(pm[1]) : superscriptNumber(pm[2]!);
    value = 10 ** exp;
    end += pm[0].length;
    style = 'super';
    sig = 1;
  } else if (rest) {
    const times = /^\s?[×x*]\s?10(?:\^(-?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))/.exec(rest);
    if (times) {
      value *= 10 ** (times[1] ? Number(times[1]) : superscriptNumber(times[2]!));
      end += times[0].length;
      style = 'super';
    }
  }
  if (rangeAfter || inRange) {
    // Skip the number with its unit.
    let j = end;
    while (j < t.length && /[\p{L}%µμ]/u.test(t[j]!)) j++;
    return { q: null, next: j, range: rangeAfter };
  }
  // Scale: attached suffix (k, M, B, bn, T) or a word (million).
  let scaleFactor = 1;
  if (style !== 'sci' && style !== 'super') {
    const c = t[end];
    const c2 = t[end + 1];
    if (c && SCALE_SUFFIX[c] !== undefined && !(c === 'T' && c2 === 'B') && !(c === 'M' && (c2 === 'B' || c2 === 'i')) && !(c === 'K' && (c2 === 'B' || c2 === 'i')) && !isLetter(c2) && !(c === 'B' && c2 === 'p')) {
      scaleFactor = SCALE_SUFFIX[c]!;
      scale = c;
      end += 1;
    } else if (c === 'b' && c2 === 'n' && !isLetter(t[end + 2])) {
      scaleFactor = 1e9;
      scale = 'bn';
      end += 2;
    } else if (c === 'm' && !isLetter(c2) && /^\s+(?:[\p{L}-]+\s+)?(?:users|dau|mau|daily|monthly|members|customers|requests|queries|searches|items|videos|posts|impressions|predictions|events|images|products|orders|documents|ads|listings|accounts)\b/iu.test(t.slice(end + 1, end + 40))) {
      scaleFactor = 1e6;
      scale = 'm';
      end += 1;
    } else if (c === ' ' && (c2 === 't' || c2 === 'm' || c2 === 'b')) {
      const w = /^\s([a-z]+)(?![\p{L}])/u.exec(t.slice(end, end + 14));
      if (w && SCALE_WORDS[w[1]!] !== undefined) {
        scaleFactor = SCALE_WORDS[w[1]!]!;
        scale = w[0];
        end += w[0].length;
      }
    }
    if (scale) style = scale.startsWith(' ') ? 'word' : 'suffix';
  }
  const numEnd = end;
  const display = value * scaleFactor;
  let kind: QuantityKind = money ? 'money' : 'number';
  let factor = 1;
  let binFactor = 1;
  let dim: Dim = money ? { t: 0, b: 0, m: 1 } : NO_DIM;
  let period = 0;
  let unit = '';
  // Percent, factor (10×), unit.
  if (t[end] === '%') {
    kind = 'percent';
    factor = binFactor = 0.01;
    unit = '%';
    end++;
  } else if ((t[end] === '×' || t[end] === 'x') && !isLetter(t[end + 1]) && !/^\s?[~≈]?\d/.test(t.slice(end + 1, end + 4))) {
    kind = 'factor';
    unit = t[end]!;
    end++;
  } else if (!money) {
    UNIT_RE.lastIndex = end;
    const u = UNIT_RE.exec(t);
    // A lone `s`/`h`/`d`/`B` needs to be glued or spaced as a unit, not a word (`5 s` but not `5 self`).
    if (u && !(u[1] === 'B' && scale)) {
      const def = UNITS.get(u[1]!)!;
      kind = def.kind;
      factor = def.factor;
      binFactor = def.bin;
      dim = def.dim;
      if (def.period) period = def.period;
      unit = u[1]!;
      end = UNIT_RE.lastIndex;
    }
  }
  if (kind === 'number' && isLetter(t[end]) ) return skipWord();
  if (kind === 'number' && isDigit(t[end])) return skipWord();
  // Noun phrase (counts only): "300 candidate ads", "500M DAU", "5 home-feed loads".
  const nouns: string[] = [];
  if (kind === 'number' && period === 0) {
    let j = end;
    for (let n = 0; n < 3; n++) {
      if (t[j] !== ' ' || !isLetter(t[j + 1])) break;
      WORD_RE.lastIndex = j + 1;
      const w = WORD_RE.exec(t);
      if (!w) break;
      const word = w[0].toLowerCase();
      if (STOP.has(word) || (ADVERB_PERIODS[word] !== undefined && n > 0)) break;
      if (UNITS.has(w[0]) && n === 0) break;
      const rateUnit = UNITS.get(w[0]);
      if (rateUnit?.period) {
        // "100k search QPS": the noun, then the rate unit.
        dim = rateUnit.dim;
        period = rateUnit.period;
        unit = w[0];
        nouns.push(word);
        j = WORD_RE.lastIndex;
        break;
      }
      nouns.push(word.replace(/[’']s$/, ''));
      j = WORD_RE.lastIndex;
    }
    if (nouns.length) {
      kind = 'count';
      end = j;
    }
  }
  // Rate and per-noun phrases: /s, per day, a day, per user, /user/day, each, daily.
  let perNoun: string | undefined;
  for (let n = 0; n < 3; n++) {
    // Only `/x`, ` per`, ` a`/` an`/` every`, ` each` and ` daily`-like words can follow.
    const f0 = t[end];
    const f1 = t[end + 1];
    if (!(f0 === '/' || (f0 === ' ' && f1 !== undefined && 'paehdwmy'.includes(f1)))) break;
    const rest2 = t.slice(end, end + 24);
    let pm = /^\/([\p{L}]+)(?![\p{L}\p{N}])/u.exec(rest2) ?? /^ per ([\p{L}-]+)(?![\p{L}\p{N}])/u.exec(rest2);
    if (pm) {
      const w = pm[1]!.toLowerCase();
      const p = PERIOD_WORDS[w.replace(/s$/, '')] ?? PERIOD_WORDS[w];
      if (p !== undefined && period === 0) {
        period = p;
        unit = unit ? `${unit}${pm[0]}` : pm[0].trim();
      } else if (p === undefined && !perNoun && !PERIODS[w]) perNoun = singular(w);
      else break;
      end += pm[0].length;
      continue;
    }
    pm = /^ (?:a|an|every) (second|minute|hour|day|week|month|year)(?![\p{L}])/u.exec(rest2);
    if (pm && period === 0) {
      period = PERIOD_WORDS[pm[1]!]!;
      unit = unit ? `${unit}${pm[0]}` : pm[0].trim();
      end += pm[0].length;
      continue;
    }
    pm = /^ each(?![\p{L}])/u.exec(rest2);
    if (pm && !perNoun && nouns.length) {
      perNoun = 'each';
      end += pm[0].length;
      continue;
    }
    pm = /^ (hourly|daily|weekly|monthly|yearly|annually)(?![\p{L}])/u.exec(rest2);
    if (pm && period === 0 && nouns.length) {
      period = ADVERB_PERIODS[pm[1]!]!;
      unit = pm[0].trim();
      end += pm[0].length;
      continue;
    }
    break;
  }
  if (period > 0 && !(dim.t === -1 && UNITS.get(unit)?.period)) {
    dim = { ...dim, t: dim.t - 1 };
    factor /= period;
    binFactor /= period;
  }
  const pctM = t[end] === ' ' && t[end + 1] === 'p' ? /^ (p\d{2}(?:\.\d)?)(?![\p{L}\p{N}])/u.exec(t.slice(end, end + 8)) : null;
  return {
    q: {
      line,
      start: i,
      end,
      numStart,
      numEnd,
      text: t.slice(i, end),
      display,
      factor,
      binFactor,
      dim,
      period,
      kind,
      unit,
      nouns,
      perNoun,
      approx: approxMark !== '',
      approxMark,
      bound,
      sig,
      style,
      scale,
      pct: pctM?.[1],
    },
    next: end,
  };
}

function superscriptNumber(s: string): number {
  let n = 0;
  for (const c of s) if (c !== '⁻') n = n * 10 + SUPERSCRIPT.indexOf(c);
  return s.startsWith('⁻') ? -n : n;
}

function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses')) return w.slice(0, -2);
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Tokens of one visible line: quantities, operators, relations, words and punctuation. */
export function lexLine(t: string, line: number, whole = true): Token[] {
  const out: Token[] = [];
  let i = 0;
  let inRange = false;
  // Unless asked for the whole line, only sentences that can matter are lexed (a
  // calculation, a budget and a fact's context never cross a sentence end); a
  // skipped sentence still ends the one before.
  const spans = whole ? null : digitSentences(t);
  let span = 0;
  // A line of thousands of tokens is data, not prose: its head is read, not all of it.
  while (i < t.length && out.length < MAX_TOKENS) {
    if (spans) {
      while (span < spans.length && i >= spans[span + 1]!) span += 2;
      if (span >= spans.length) break;
      if (i < spans[span]!) {
        // A skipped sentence still ends the one before.
        if (out.length) out.push({ k: 'p', p: '.', s: spans[span]!, e: spans[span]! });
        i = spans[span]!;
      }
    }
    const c = t[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    // Fast path: a plain ASCII word (most of every line).
    const code = c.charCodeAt(0);
    if (((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) && !((c === 'x' || c === 'X') && t[i - 1] === ' ' && t[i + 1] === ' ')) {
      const e = wordEnd(t, i);
      out.push({ k: 'w', w: wordAt(t, i, e), s: i, e });
      i = e;
      continue;
    }
    const startsNumber =
      isDigit(c) ||
      (c === '.' && isDigit(t[i + 1]) && !isDigit(t[i - 1])) ||
      ((c === '~' || c === '≈' || c === '∼' || c === '$' || c === '€' || c === '£') && /^[~≈∼$€£]{0,2}\s?\d/.test(t.slice(i + 1, i + 5)) && !isDigit(t[i - 1]));
    if (startsNumber) {
      const lx = lexQuantity(t, line, i, inRange);
      inRange = !!lx.range;
      if (lx.q) out.push({ k: 'q', q: lx.q, s: lx.q.start, e: lx.q.end });
      else out.push({ k: 'w', w: '#', s: i, e: lx.next });
      i = Math.max(lx.next, i + 1);
      continue;
    }
    if (c === '≤' || c === '≥' || ((c === '<' || c === '>') && /^=?\s?[~$]?\d/.test(t.slice(i + 1, i + 5)))) {
      const lx = lexQuantity(t, line, i, inRange);
      inRange = !!lx.range;
      if (lx.q) {
        out.push({ k: 'q', q: lx.q, s: lx.q.start, e: lx.q.end });
        i = Math.max(lx.next, i + 1);
        continue;
      }
      out.push({ k: 'p', p: c, s: i, e: i + 1 });
      i++;
      continue;
    }
    const two = c === '-' || c === '=' ? t.slice(i, i + 2) : '';
    if (two === '->' || two === '=>') {
      out.push({ k: 'rel', rel: '→', s: i, e: i + 2 });
      i += 2;
      continue;
    }
    if ('→⟶⇒⇨'.includes(c)) {
      out.push({ k: 'rel', rel: '→', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === '=' || c === '≈' || c === '≃' || c === '≅' || c === '~' || c === '∼') {
      let e = i + 1;
      while (t[e] === '=' || t[e] === '~') e++;
      out.push({ k: 'rel', rel: c === '=' && e === i + 1 ? '=' : '≈', s: i, e });
      i = e;
      continue;
    }
    if (c === '*' && !(out[out.length - 1]?.k === 'q' || (out[out.length - 1] as { p?: string } | undefined)?.p === ')') || (c === '*' && !/^\s?[~≈$(.\d]/.test(t.slice(i + 1, i + 3)))) {
      // Markdown emphasis (`**Scale:**`, `*about*`), not a product.
      out.push({ k: 'p', p: c, s: i, e: i + 1 });
      i++;
      continue;
    }
    if ('×✕⨉*·'.includes(c)) {
      out.push({ k: 'op', op: '*', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === '÷' || c === '/') {
      out.push({ k: 'op', op: '/', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === '+') {
      out.push({ k: 'op', op: '+', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === '−' || (c === '-' && t[i - 1] === ' ' && t[i + 1] === ' ')) {
      out.push({ k: 'op', op: '-', s: i, e: i + 1 });
      i++;
      continue;
    }
    if ((c === 'x' || c === 'X') && t[i - 1] === ' ' && t[i + 1] === ' ' && /^\s[~≈$]?\d/.test(t.slice(i + 1, i + 4))) {
      out.push({ k: 'op', op: '*', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (isLetter(c) && c !== '_') {
      const e = wordEnd(t, i);
      out.push({ k: 'w', w: wordAt(t, i, e), s: i, e });
      i = e;
      continue;
    }
    out.push({ k: 'p', p: c, s: i, e: i + 1 });
    i++;
  }
  markContext(out);
  return out;
}

const MAX_TOKENS = 3000;

/** A table row or list item: lexed whole (a budget's parts are one number per row or item). */
const ITEM_LINE_RE = /^\s*(?:\||[-*+]\s|\d{1,2}[.)]\s)/;
const ITEM_WORTH_RE = /\d\s?(?:ns|µs|μs|us|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|[KMGTPE]i?B|kB|bytes?|%)(?![\p{L}])|[$€£]/u;
/** Words of the facts MLSD024 compares and of a load ("50,000 requests an hour", MLSD005): a sentence with one number and none of them cannot matter. */
const FACT_HINT_RE = /dau|mau|daily|monthly|qps|rps|\/s\b|second|candidate|rank|peak|average|avg|mean|factor|budget|latency|p9\d|\b(?:a|an|per) (?:minute|hour|day|week|month|year)\b/i;

/** What a calculation, a conversion or a budget needs besides numbers: an operator, a relation, a rate, a budget's words. */
const CALC_HINT_RE = /[=≈≃~→⇒×÷*+−]|->|\d\s?[x/]\s?\d|\s-\s|\b(?:so|giving|gives|per|each|within|total|budget|slack|headroom|leaving|of which)\b|\/[a-z]|\b(?:a|an) (?:second|minute|hour|day|week|month|year)\b|hourly|weekly|[$€£]|:/i;
const UNIT_NUMBER_RE = /\d\s?(?:ns|µs|μs|us|ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|[KMGTPE]i?B|kB|bytes?)\b/g;

/** Can a sentence with `numbers` numbers give a calculation, a budget or a fact? A cheap test before lexing it. */
function worthLexing(s: string, numbers: number): boolean {
  if (FACT_HINT_RE.test(s)) return true;
  if (numbers < 2) return false;
  if (CALC_HINT_RE.test(s)) return true;
  // A budget in words alone: three numbers with units.
  UNIT_NUMBER_RE.lastIndex = 0;
  let units = 0;
  while (UNIT_NUMBER_RE.exec(s) && ++units < 3);
  return units >= 3;
}

/**
 * [start, end) pairs of the sentences of a line worth lexing (two numbers, or one
 * with a fact's words), or null when the line is lexed whole.
 */
function digitSentences(t: string): number[] | null {
  if (/:\s*$/.test(t)) return null;
  // An item or row is lexed whole when it can be a budget's part (a unit, money, a share) or says a fact.
  const item = ITEM_LINE_RE.exec(t);
  if (item) {
    const rest = t.slice(item[0].length);
    return ITEM_WORTH_RE.test(rest) || worthLexing(rest, 2) ? null : [];
  }
  const out: number[] = [];
  let start = 0;
  // Numbers in the sentence: two or more can make a calculation, a conversion or a
  // budget; a single one matters only as a fact (peak QPS, DAU, the ranker's budget).
  let numbers = 0;
  let prev = 32;
  const n = t.length;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? t.charCodeAt(k) : 46;
    if (c >= 48 && c <= 57) {
      if (!(prev >= 48 && prev <= 57) && prev !== 44 && prev !== 46) numbers++;
    } else if ((c === 46 || c === 33 || c === 63) && (k >= n - 1 || t.charCodeAt(k + 1) === 32)) {
      const end = Math.min(n, k + 1);
      if (numbers > 0 && worthLexing(t.slice(start, end), numbers)) {
        if (out.length && out[out.length - 1] === start) out[out.length - 1] = end;
        else out.push(start, end);
      }
      start = end;
      numbers = 0;
    }
    prev = c;
  }
  return out;
}

/** Approximation and bound words before a quantity ("about 30 ms", "under 50 ms", "at least 600"). */
function markContext(toks: Token[]): void {
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (tk.k !== 'q') continue;
    const w1 = toks[i - 1]?.k === 'w' ? (toks[i - 1] as { w: string }).w : undefined;
    const w2 = toks[i - 2]?.k === 'w' ? (toks[i - 2] as { w: string }).w : undefined;
    let q: Quantity = tk.q;
    if (w1 && APPROX_WORDS.has(w1) && !q.approx) q = { ...q, approx: true, approxMark: 'word' };
    let bound: Quantity['bound'] = q.bound;
    if (!bound && w1) {
      if (w1 === 'than') bound = w2 === 'more' || w2 === 'greater' ? 'min' : w2 === 'less' || w2 === 'fewer' ? 'max' : undefined;
      else if (w1 === 'most' && w2 === 'at') bound = 'max';
      else if (w1 === 'least' && w2 === 'at') bound = 'min';
      else if (w1 === 'to' && w2 === 'up') bound = 'max';
      else if (MIN_WORDS.has(w1) && w1 !== 'more' && w1 !== 'least') bound = 'min';
      else if (MAX_WORDS.has(w1) && !['most', 'less', 'fewer', 'than', 'up'].includes(w1)) bound = 'max';
    }
    if (!bound && toks[i - 1]?.k === 'p') {
      const p = (toks[i - 1] as { p: string }).p;
      if (p === '<' || p === '≤') bound = 'max';
      if (p === '>' || p === '≥') bound = 'min';
    }
    if (bound !== q.bound) q = { ...q, bound };
    if (q !== tk.q) toks[i] = { ...tk, q };
  }
}

// ---------------------------------------------------------------------------
// Values and arithmetic

/** A computed value: both size conventions, its dimension and the period its rates were stated in. */
export interface Value {
  readonly dec: number;
  readonly bin: number;
  readonly dim: Dim;
  /** Period (s) of the rate operand(s), to compare with a result stated without one. */
  readonly period: number;
}

export function valueOf(q: Quantity): Value {
  return { dec: q.display * q.factor, bin: q.display * q.binFactor, dim: q.dim, period: q.period };
}

const sameDim = (a: Dim, b: Dim) => a.t === b.t && a.b === b.b && a.m === b.m;

export function combine(a: Value, op: '*' | '/' | '+' | '-', b: Value): Value | null {
  const period = a.period || b.period;
  switch (op) {
    case '*':
      return { dec: a.dec * b.dec, bin: a.bin * b.bin, dim: { t: a.dim.t + b.dim.t, b: a.dim.b + b.dim.b, m: a.dim.m + b.dim.m }, period };
    case '/':
      if (b.dec === 0 || b.bin === 0) return null;
      return { dec: a.dec / b.dec, bin: a.bin / b.bin, dim: { t: a.dim.t - b.dim.t, b: a.dim.b - b.dim.b, m: a.dim.m - b.dim.m }, period: a.period };
    case '+':
    case '-':
      if (!sameDim(a.dim, b.dim)) return null;
      return op === '+' ? { dec: a.dec + b.dec, bin: a.bin + b.bin, dim: a.dim, period } : { dec: a.dec - b.dec, bin: a.bin - b.bin, dim: a.dim, period };
  }
}

/** What the stated result should read, in its own unit: the candidates from each convention. */
export function expectedDisplays(v: Value, stated: Quantity): number[] {
  const out: number[] = [];
  if (sameDim(v.dim, stated.dim)) {
    out.push(v.dec / stated.factor, v.bin / stated.binFactor);
  } else if (stated.period > 0 && v.dim.t === stated.dim.t + 1 && v.dim.b === stated.dim.b && v.dim.m === stated.dim.m) {
    // "20B × 1 KB ≈ 20 TB per day": the operands leave the period implicit.
    out.push(v.dec / (stated.factor * stated.period), v.bin / (stated.binFactor * stated.period));
  } else if (stated.period === 0 && v.dim.t < 0 && v.dim.t === stated.dim.t - 1 && v.dim.b === stated.dim.b && v.dim.m === stated.dim.m) {
    // "100k QPS × 300 = 30M predictions": a rate's result leaves the period implicit. Counts never make a
    // time: "GBDT 1k×200 ~20 ms" is how long the 1k × 200 trees take, not their product.
    const p = v.period || 1;
    out.push((v.dec * p) / stated.factor, (v.bin * p) / stated.binFactor);
  } else if (stated.dim.t === 0 && stated.dim.b === 0 && stated.dim.m === 0 && stated.kind !== 'percent') {
    // A bare result ("≈ 23k") of a computation with units: read it in base units.
    if (v.dim.t === -1 && v.dim.b === 0 && v.dim.m === 0) out.push(v.dec, v.bin);
  }
  return out.filter((x) => Number.isFinite(x));
}

export type Relation = '=' | '≈' | '→' | 'implied';

/** Tolerance for a result: 2% for `=`, 10% when approximate, widened to the rounding its digits allow (at most twice). */
export function tolerance(rel: Relation, stated: Quantity): number {
  const base = rel === 'implied' ? 0.25 : rel === '=' && !stated.approx ? 0.02 : 0.1;
  const half = roundingHalf(stated);
  return Math.max(base, Math.min(half, 2 * base));
}

/** Half a unit of the last significant digit, relative to the number: `12k` → 4%, `100k` → 50%. */
function roundingHalf(q: Quantity): number {
  const n = Math.abs(q.display / (q.scale ? (SCALE_SUFFIX[q.scale] ?? SCALE_WORDS[q.scale.trim()] ?? 1) : 1));
  if (!(n > 0)) return 0;
  const mag = Math.floor(Math.log10(n));
  const unitDigit = 10 ** (mag - q.sig + 1);
  return (0.5 * unitDigit) / n;
}

/** Is `stated` within tolerance of one reading of `v`? The closest reading, and its relative error. */
export function compare(v: Value, stated: Quantity, rel: Relation): { ok: boolean; expected: number; err: number } | null {
  const cands = expectedDisplays(v, stated);
  if (!cands.length || !(stated.display > 0)) return null;
  let best = cands[0]!;
  let err = Infinity;
  for (const c of cands) {
    if (!(c > 0)) continue;
    const e = Math.abs(stated.display - c) / c;
    if (e < err) {
      err = e;
      best = c;
    }
  }
  if (!Number.isFinite(err)) return null;
  const ok = err <= tolerance(rel, stated) + 1e-9;
  // Off either way: say the decimal reading (explicit KiB/MiB are binary in it already).
  if (!ok && cands[0]! > 0) return { ok, expected: cands[0]!, err: Math.abs(stated.display - cands[0]!) / cands[0]! };
  return { ok, expected: best, err };
}

// ---------------------------------------------------------------------------
// Formatting

const SUFFIXES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];
const WORDS: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function roundSig(x: number, sig: number): string {
  if (x === 0) return '0';
  const r = Number(x.toPrecision(sig));
  // Up to 3 decimals, no float noise, no trailing zeros.
  const s = Math.abs(r) >= 1e21 ? r.toExponential(sig - 1) : r.toFixed(Math.max(0, Math.min(6, sig - 1 - Math.floor(Math.log10(Math.abs(r))))));
  return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s;
}

function withCommas(s: string): string {
  const [int, frac] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * A recomputed result written the way `like` writes its number, with the fewest
 * digits (two at least, as many as `like` has) that keep it within 1%; `exact`
 * when nothing was rounded away.
 */
export function formatResult(x: number, like: Quantity): { text: string; exact: boolean } {
  let sig = Math.min(4, Math.max(2, like.sig));
  while (sig < 4 && Math.abs(Number(x.toPrecision(sig)) - x) > 0.01 * Math.abs(x)) sig++;
  const r = Number(x.toPrecision(sig));
  return { text: formatLike(x, { ...like, sig }), exact: Math.abs(r - x) <= 1e-9 * Math.abs(x) };
}

/** `x` (in the stated quantity's display units, scale included) written the way `like` writes its number. */
export function formatLike(x: number, like: Quantity): string {
  const sig = Math.min(4, Math.max(2, like.sig));
  const ax = Math.abs(x);
  switch (like.style) {
    case 'suffix':
    case 'word': {
      const table = like.style === 'word' ? WORDS : SUFFIXES;
      for (const [f, s] of table) {
        if (ax >= f * 0.9995) {
          let suffix = s;
          if (like.style === 'suffix') {
            if (s === 'k' && like.scale === 'K') suffix = 'K';
            if (s === 'B' && like.scale === 'bn') suffix = 'bn';
            if (s === 'M' && like.scale === 'm') suffix = 'm';
          }
          return `${roundSig(x / f, sig)}${like.style === 'word' ? ' ' : ''}${suffix}`;
        }
      }
      return roundSig(x, sig);
    }
    case 'comma':
      return withCommas(roundSig(x, sig));
    case 'sci': {
      if (ax === 0) return '0';
      const e = Math.floor(Math.log10(ax));
      return `${roundSig(x / 10 ** e, sig)}e${e}`;
    }
    case 'super': {
      if (ax === 0) return '0';
      const e = Math.floor(Math.log10(ax));
      const mant = roundSig(x / 10 ** e, sig);
      const sup = String(e).replace('-', '⁻').replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
      return mant === '1' ? `10${sup}` : `${mant} × 10${sup}`;
    }
    default:
      // A plain number grown past a million reads better with a scale: 100B, not 100000000000.
      return ax >= 1e6 ? formatLike(x, { ...like, style: 'suffix', scale: '' }) : roundSig(x, sig);
  }
}

// ---------------------------------------------------------------------------
// Stated calculations

export interface Calculation {
  readonly line: number;
  /** Characters of the left-hand side (what the message quotes). */
  readonly start: number;
  readonly end: number;
  readonly lhs: string;
  readonly value: Value;
  readonly rel: Relation;
  readonly result: Quantity;
  /** The result's number in its own units, recomputed. */
  readonly expected: number;
  readonly ok: boolean;
  readonly form: 'expression' | 'product' | 'factor' | 'conversion';
}

type Node = { readonly q: Quantity } | { readonly op: '*' | '/' | '+' | '-'; readonly l: Node; readonly r: Node };

/** Longest calculation read (operators) and deepest parentheses: a stated estimate is short. */
const MAX_OPS = 16;
const MAX_DEPTH = 3;

type Parsed = { node: Node; next: number; ops: number } | null;

/** Recursive descent over the tokens: expr := term (±term)*, term := factor (×÷ factor)*, factor := q | (expr). */
function parseExpr(toks: readonly Token[], i: number, depth = 0): Parsed {
  return parseLevel(toks, i, '+', '-', (j) => parseTerm(toks, j, depth));
}

function parseTerm(toks: readonly Token[], i: number, depth: number): Parsed {
  return parseLevel(toks, i, '*', '/', (j) => parseFactor(toks, j, depth));
}

/** One precedence level: operands read by `operand`, joined left to right by `a` or `b`. */
function parseLevel(toks: readonly Token[], i: number, a: '+' | '*', b: '-' | '/', operand: (i: number) => Parsed): Parsed {
  const first = operand(i);
  if (!first) return null;
  let { node, next, ops } = first;
  for (;;) {
    const tk = toks[next];
    if (tk?.k !== 'op' || (tk.op !== a && tk.op !== b)) break;
    const r = operand(next + 1);
    if (!r) break;
    node = { op: tk.op, l: node, r: r.node };
    next = r.next;
    ops += r.ops + 1;
    if (ops > MAX_OPS) return null;
  }
  return { node, next, ops };
}

function parseFactor(toks: readonly Token[], i: number, depth: number): Parsed {
  const tk = toks[i];
  if (tk?.k === 'q') return tk.q.kind === 'factor' && toks[i + 1]?.k !== 'op' && toks[i - 1]?.k !== 'op' ? null : { node: { q: tk.q }, next: i + 1, ops: 0 };
  if (tk?.k === 'p' && tk.p === '(' && depth < MAX_DEPTH) {
    const e = parseExpr(toks, i + 1, depth + 1);
    const close = e ? toks[e.next] : undefined;
    if (e && close?.k === 'p' && close.p === ')') return { node: e.node, next: e.next + 1, ops: e.ops };
  }
  return null;
}

function evaluate(n: Node): Value | null {
  if ('q' in n) return valueOf(n.q);
  const l = evaluate(n.l);
  const r = evaluate(n.r);
  return l && r ? combine(l, n.op, r) : null;
}

function leaves(n: Node, out: Quantity[] = []): Quantity[] {
  if ('q' in n) out.push(n.q);
  else {
    leaves(n.l, out);
    leaves(n.r, out);
  }
  return out;
}

/**
 * "86,400 s ÷ 60 = 1,440 min", "2 s × 1000 = 2,000 ms": a bare number that is the
 * factor between an operand's unit and the result's converts the unit, as the
 * writer meant; read the value in the operand's unit.
 */
function convertsWithBareFactor(n: Node, v: Value, stated: Quantity, rel: Relation): boolean {
  const qs = leaves(n);
  for (const op of qs) {
    if (!sameDim(op.dim, stated.dim) || op.kind === 'number' || op.kind === 'count' || op.unit === stated.unit) continue;
    const r = op.factor / stated.factor;
    const bare = qs.some((b) => b.kind === 'number' && !b.unit && (Math.abs(b.display - r) < 1e-9 * r || Math.abs(b.display * r - 1) < 1e-9));
    if (!bare) continue;
    const inOp = v.dec / op.factor;
    if (inOp > 0 && Math.abs(stated.display - inOp) / inOp <= tolerance(rel, stated)) return true;
  }
  return false;
}

function leftmost(n: Node): Quantity {
  return 'q' in n ? n.q : leftmost(n.l);
}

const RESULT_WORDS = new Set(['so', 'giving', 'gives', 'which', 'thus', 'hence', 'i', 'e', 'ie', 'that', 'is', 'makes', 'yields', 'or', 'for']);

/** The result after a relation at `i`: `= 30M`, `≈ about 20 TB`, `→ 3B`, or a `~30M` right after the expression. */
function resultAfter(toks: readonly Token[], i: number): { rel: Relation; q: Quantity; next: number } | null {
  let j = i;
  const tk = toks[j];
  if (tk?.k === 'q' && tk.q.approxMark === 'sign') return { rel: '≈', q: tk.q, next: j + 1 };
  if (tk?.k !== 'rel') return null;
  const rel: Relation = tk.rel;
  j++;
  if (toks[j]?.k === 'w' && APPROX_WORDS.has((toks[j] as { w: string }).w)) j++;
  const r = toks[j];
  if (r?.k !== 'q' || r.q.bound) return null;
  return { rel: r.q.approx && rel === '=' ? '≈' : rel, q: r.q, next: j + 1 };
}

/** Text of tokens [from, to) as written. */
function span(t: string, toks: readonly Token[], from: number, to: number): string {
  return t.slice(toks[from]!.s, toks[to - 1]!.e).trim();
}

/** Calculations read on one line at most. */
const MAX_PER_LINE = 32;

/** Calculations stated on one line. */
export function lineCalculations(t: string, line: number, toks: readonly Token[], prevRate?: Quantity): Calculation[] {
  const out: Calculation[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < toks.length && out.length < MAX_PER_LINE; i++) {
    const tk = toks[i]!;
    if (tk.k !== 'q' && !(tk.k === 'p' && tk.p === '(')) continue;
    const prev = toks[i - 1];
    if (prev?.k === 'op' || (prev?.k === 'p' && prev.p === '(')) continue;
    const e = parseExpr(toks, i);
    if (!e) continue;
    const res = resultAfter(toks, e.next);
    if (!res || taken.has(e.next)) continue;
    const value = evaluate(e.node);
    if (!value) continue;
    if (e.ops === 0) {
      // `A ≈ B` alone is a conversion only between different units of one dimension: "1B per day ≈ 12k QPS".
      const a = leftmost(e.node);
      if (!isConversion(a, res.q) || res.rel === '→') continue;
      const c = compare(value, res.q, res.rel);
      if (c) out.push({ line, start: a.start, end: a.end, lhs: a.text.trim(), value, rel: res.rel, result: res.q, expected: c.expected, ok: c.ok, form: 'conversion' });
      continue;
    }
    if (leftmost(e.node).bound) continue;
    let c = compare(value, res.q, res.rel);
    if (c && !c.ok && convertsWithBareFactor(e.node, value, res.q, res.rel)) c = { ...c, ok: true };
    taken.add(e.next);
    if (!c) continue;
    out.push({ line, start: tk.s, end: toks[e.next - 1]!.e, lhs: span(t, toks, i, e.next), value, rel: res.rel, result: res.q, expected: c.expected, ok: c.ok, form: 'expression' });
    // `A × B = C ≈ D`: every further result restates the same value.
    let k = res.next;
    for (;;) {
      const more = resultAfter(toks, k);
      if (!more) break;
      const c2 = compare(value, more.q, more.rel);
      if (c2) out.push({ line, start: tk.s, end: toks[e.next - 1]!.e, lhs: span(t, toks, i, e.next), value, rel: more.rel, result: more.q, expected: c2.expected, ok: c2.ok, form: 'expression' });
      k = more.next;
    }
  }
  // A line of dozens of calculations is a generated table, not an estimate: the first ones are enough.
  if (out.length >= MAX_PER_LINE) return dedupe(out);
  out.push(...implicitProducts(t, line, toks));
  out.push(...peakFactors(line, toks, prevRate));
  out.push(...impliedConversions(line, toks));
  return dedupe(out).slice(0, MAX_PER_LINE);
}

/** One calculation per stated result (the first reading wins). */
function dedupe(cs: Calculation[]): Calculation[] {
  const seen = new Set<number>();
  return cs.filter((c) => (seen.has(c.result.start) ? false : (seen.add(c.result.start), true)));
}

/** Same dimension, different units (or periods): a conversion someone may get wrong. */
function isConversion(a: Quantity, b: Quantity): boolean {
  if (!sameDim(a.dim, b.dim) || a.bound || b.bound) return false;
  if (a.dim.t === 0 && a.dim.b === 0 && a.dim.m === 0) return false;
  return a.unit !== b.unit && Math.abs(a.factor - b.factor) > 1e-12 * Math.max(a.factor, b.factor);
}

// Noun classes, for chains such as "500M DAU, 6 searches per user per day → 3B".
const USER_NOUNS = new Set(['user', 'users', 'dau', 'mau', 'wau', 'member', 'members', 'customer', 'customers', 'people', 'viewer', 'viewers', 'shopper', 'shoppers', 'account', 'accounts', 'subscriber', 'subscribers', 'visitor', 'visitors', 'actives']);
const REQUEST_NOUNS = new Set([
  'request', 'requests', 'query', 'queries', 'search', 'searches', 'qps', 'rps', 'load', 'loads', 'page', 'pages', 'visit', 'visits', 'session', 'sessions',
  'call', 'calls', 'view', 'views', 'pageview', 'pageviews', 'open', 'opens', 'keystroke', 'keystrokes',
]);

export function nounClass(words: readonly string[], unit = ''): 'user' | 'request' | 'prediction' | 'candidate' | undefined {
  if (/^(qps|rps)$/i.test(unit)) return 'request';
  let cls: 'user' | 'request' | 'prediction' | 'candidate' | undefined;
  for (const w of words) {
    if (w.startsWith('candidate')) return 'candidate';
    if (w.startsWith('prediction') || w === 'scores' || w === 'inferences') cls = 'prediction';
    else if (USER_NOUNS.has(w)) cls ??= 'user';
    else if (REQUEST_NOUNS.has(w)) cls = cls === 'user' ? cls : 'request';
  }
  return cls;
}

function perClass(w: string): 'user' | 'request' | undefined {
  if (USER_NOUNS.has(w) || USER_NOUNS.has(`${w}s`)) return 'user';
  if (REQUEST_NOUNS.has(w) || REQUEST_NOUNS.has(`${w}s`) || REQUEST_NOUNS.has(`${w}es`)) return 'request';
  return undefined;
}

const SEPARATORS = new Set([',', ';', '(', ')']);
const LINK_WORDS = new Set(['and', 'with', 'at', 'of', 'by']);

/** "500M DAU, 6 searches per user per day → 3B searches per day": each "per X" multiplies by the X before it. */
function implicitProducts(t: string, line: number, toks: readonly Token[]): Calculation[] {
  const out: Calculation[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    if (first.k !== 'q' || first.q.bound || toks[i - 1]?.k === 'op') continue;
    let cls: string | undefined = nounClass(first.q.nouns, first.q.unit);
    if (!cls || cls === 'prediction' || cls === 'candidate') continue;
    const factors: Quantity[] = [first.q];
    let j = i + 1;
    for (;;) {
      const k = skipFillers(toks, j, 4);
      const tk = toks[k];
      if (tk?.k !== 'q' || !tk.q.perNoun || tk.q.bound) break;
      const per = tk.q.perNoun;
      if (per !== 'each' && perClass(per) !== cls) break;
      factors.push(tk.q);
      cls = nounClass(tk.q.nouns) ?? cls;
      j = k + 1;
    }
    if (factors.length < 2) continue;
    // The relation: an arrow or `=`/`≈`, or "so", "giving" (then maybe "about"/"around").
    let k = skipFillers(toks, j, 4, true);
    let rel: Relation | null = null;
    const tk = toks[k];
    if (tk?.k === 'rel') {
      rel = tk.rel;
      k++;
    } else if (tk?.k === 'w' && (tk.w === 'so' || tk.w === 'giving' || tk.w === 'gives')) {
      rel = '≈';
      k++;
    }
    if (!rel) continue;
    if (toks[k]?.k === 'w' && APPROX_WORDS.has((toks[k] as { w: string }).w)) k++;
    const r = toks[k];
    // The result, not the start of a calculation stated in full ("so 100k × 300 = 30M"),
    // nor a figure per the first factor's unit ("500M DAU, 200 items each → 40 ad slots per user").
    if (r?.k !== 'q' || r.q.bound || toks[k + 1]?.k === 'op') continue;
    if (r.q.perNoun && perClass(r.q.perNoun) === nounClass(first.q.nouns, first.q.unit)) continue;
    let v: Value | null = valueOf(factors[0]!);
    for (const f of factors.slice(1)) v = v && combine(v, '*', valueOf(f));
    if (!v) continue;
    const c = compare(v, r.q, rel === '=' && !r.q.approx ? '=' : '≈');
    if (!c) continue;
    out.push({
      line,
      start: first.s,
      end: factors[factors.length - 1]!.end,
      lhs: factors.map((f) => t.slice(f.numStart, f.numEnd)).join(' × '),
      value: v,
      rel: rel === '=' && !r.q.approx ? '=' : '≈',
      result: r.q,
      expected: c.expected,
      ok: c.ok,
      form: 'product',
    });
    i = k;
  }
  return out;
}

/** Skips punctuation separators and up to `words` plain words (no numbers, no sentence end). */
function skipFillers(toks: readonly Token[], j: number, words: number, stopAtRel = false): number {
  let n = 0;
  while (j < toks.length) {
    const tk = toks[j]!;
    if (tk.k === 'p' && SEPARATORS.has(tk.p)) j++;
    else if (tk.k === 'w' && tk.w !== '#' && (LINK_WORDS.has(tk.w) || n < words) && !(stopAtRel && (tk.w === 'so' || tk.w === 'giving' || tk.w === 'gives'))) {
      if (!LINK_WORDS.has(tk.w)) n++;
      j++;
    } else break;
  }
  return j;
}

/** "≈ 35k QPS; with a peak factor of 3, about 100k QPS at peak": the last rate times the factor. */
function peakFactors(line: number, toks: readonly Token[], prevRate?: Quantity): Calculation[] {
  const out: Calculation[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    if (tk.k !== 'w' || !/peak/.test(tk.w)) continue;
    // "peak factor of 3", "peak-to-average factor 3", "peak factor ×3", "3× peak".
    let n: Quantity | undefined;
    let at = i;
    const after = toks.slice(i + 1, i + 5);
    const fw = after.findIndex((x) => x.k === 'w' && (x.w === 'factor' || x.w === 'ratio' || x.w === 'multiplier'));
    if (fw >= 0 || tk.w.includes('factor')) {
      for (let j = i + 1 + Math.max(0, fw); j < Math.min(toks.length, i + 8); j++) {
        const x = toks[j]!;
        if (x.k === 'q') {
          if (x.q.kind === 'number' || x.q.kind === 'factor') {
            n = x.q;
            at = j;
          }
          break;
        }
        if (x.k === 'w' && !['factor', 'ratio', 'multiplier', 'of', 'is', 'a', 'the', 'to', 'average', 'mean'].includes(x.w)) break;
      }
    } else if (toks[i - 1]?.k === 'q' && (toks[i - 1] as { q: Quantity }).q.kind === 'factor') {
      n = (toks[i - 1] as { q: Quantity }).q;
      at = i;
    }
    if (!n || !(n.display > 1) || n.display > 100) continue;
    // The result: the next quantity within a few tokens.
    let k = at + 1;
    let words = 0;
    while (k < toks.length && toks[k]!.k !== 'q' && words < 4) {
      const x = toks[k]!;
      if (x.k === 'p' && (x.p === '.' || x.p === ';')) break;
      if (x.k === 'w') words++;
      k++;
    }
    const r = toks[k];
    if (r?.k !== 'q' || r.q.bound) continue;
    // The base: the last rate stated before the factor on this line, else on the previous line.
    let base: Quantity | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 40) && !base; j--) {
      const x = toks[j]!;
      if (x.k === 'q' && x.q !== n && x.q.dim.t === -1) base = x.q;
    }
    base ??= prevRate;
    if (!base || !sameDim(base.dim, r.q.dim)) continue;
    const v = combine(valueOf(base), '*', valueOf(n));
    if (!v) continue;
    const c = compare(v, r.q, '≈');
    if (!c) continue;
    const baseText = base.text.slice(base.numStart - base.start, base.numEnd - base.start);
    out.push({ line, start: tk.s, end: n.end, lhs: `${baseText} × ${n.text.replace(/[×x]$/, '').trim()} (the peak factor)`, value: v, rel: '≈', result: r.q, expected: c.expected, ok: c.ok, form: 'factor' });
  }
  return out;
}

/** "2M photo searches a day (~60/s, 300/s at peak)": a daily count restated per second, read as the conversion it is. */
function impliedConversions(line: number, toks: readonly Token[]): Calculation[] {
  const out: Calculation[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    if (a.k !== 'q' || a.q.period === 0 || a.q.bound || a.q.dim.b || a.q.dim.m) continue;
    const sep = toks[i + 1];
    if (sep?.k !== 'p' || (sep.p !== ',' && sep.p !== '(')) continue;
    let k = i + 2;
    if (toks[k]?.k === 'w' && APPROX_WORDS.has((toks[k] as { w: string }).w)) k++;
    const b = toks[k];
    if (b?.k !== 'q' || b.q.period === 0 || b.q.bound || !isConversion(a.q, b.q) || b.q.period === a.q.period) continue;
    // "Peak" in the clause or in the quantity itself ("30k peak QPS") makes it no restatement of the average.
    if (clauseHas(toks, i, /peak|spike|burst|max/) || clauseHas(toks, k, /peak|spike|burst|max|holiday/) || /\b(?:peak|spike|burst|max)/i.test(b.q.text)) continue;
    const c = compare(valueOf(a.q), b.q, 'implied');
    if (!c) continue;
    out.push({ line, start: a.s, end: a.e, lhs: a.q.text.trim(), value: valueOf(a.q), rel: 'implied', result: b.q, expected: c.expected, ok: c.ok, form: 'conversion' });
  }
  return out;
}

/** Does the clause around token `i` (between separators) contain a word matching `re`? */
export function clauseHas(toks: readonly Token[], i: number, re: RegExp): boolean {
  return clauseWords(toks, i).some((w) => re.test(w));
}

const CLAUSE = 40;
const CLAUSE_END = new Set([',', ';', '.', '(', ')', '|', ':', '!', '?']);

/** Words of the clause around token `i`; with `own`, only up to the neighbouring quantities (the words that qualify this one). */
export function clauseWords(toks: readonly Token[], i: number, own = false): string[] {
  const out: string[] = [];
  const stop = (x: Token) => (x.k === 'p' && CLAUSE_END.has(x.p)) || x.k === 'rel' || (own && x.k === 'q');
  // At most CLAUSE tokens each way: a clause is a few words, and a line of numbers stays linear.
  for (let j = i - 1; j >= Math.max(0, i - CLAUSE); j--) {
    const x = toks[j]!;
    if (stop(x)) break;
    if (x.k === 'w') out.push(x.w);
  }
  for (let j = i + 1; j < Math.min(toks.length, i + 1 + CLAUSE); j++) {
    const x = toks[j]!;
    if (stop(x)) break;
    if (x.k === 'w') out.push(x.w);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The analysis of an answer, computed once and shared by the number rules

export interface LineNumbers {
  readonly line: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly calculations: readonly Calculation[];
}

export interface NumberAnalysis {
  /** Lines with at least one quantity, in order. */
  readonly lines: readonly LineNumbers[];
}

const CACHE = new WeakMap<Answer, NumberAnalysis>();

/** Each line's tokens by its text, from earlier checks: a re-check lexes only the lines that changed. */
const LEXED = new TextCache<Token[]>(20_000, 4 << 20);

/** `lexLine(t, line, false)`, remembered by the text; a line that moved gets its quantities with its new line number. */
function lexRemembered(t: string, line: number): Token[] {
  const known = LEXED.get(t);
  if (!known) {
    const tokens = lexLine(t, line, false);
    LEXED.set(t, tokens);
    return tokens;
  }
  const q0 = known.find((x) => x.k === 'q');
  if (!q0 || (q0.k === 'q' && q0.q.line === line)) return known;
  return known.map((x) => (x.k === 'q' ? { ...x, q: { ...x.q, line } } : x));
}

/** Forget every remembered line (the bench's cold check). */
export function forgetLexedLines(): void {
  LEXED.clear();
}

export function analyzeNumbers(a: Answer): NumberAnalysis {
  const hit = CACHE.get(a);
  if (hit) return hit;
  const vis = visibleLines(a);
  const lines: LineNumbers[] = [];
  let prevRate: Quantity | undefined;
  let prevLine = -2;
  for (let l = 0; l < vis.length; l++) {
    const t = vis[l];
    if (t == null) {
      if (a.lineText(l).trim()) prevRate = undefined;
      continue;
    }
    const tokens = lexRemembered(t, l);
    if (!tokens.some((x) => x.k === 'q')) continue;
    const calculations = lineCalculations(t, l, tokens, prevLine === l - 1 ? prevRate : undefined);
    lines.push({ line: l, text: t, tokens, calculations });
    prevRate = undefined;
    for (let j = tokens.length - 1; j >= 0; j--) {
      const x = tokens[j]!;
      if (x.k === 'q' && x.q.dim.t === -1) {
        prevRate = x.q;
        break;
      }
    }
    prevLine = l;
  }
  const out: NumberAnalysis = { lines };
  CACHE.set(a, out);
  return out;
}

/** The step a line counts for (its first), or null. */
export function stepOfLine(a: Answer, line: number): StepId | null {
  const mask = a.lineSteps[line] ?? 0;
  return STEP_IDS.find((_, i) => mask & (1 << i)) ?? null;
}

/** Every quantity of the answer's visible lines. */
export function allQuantities(n: NumberAnalysis): Quantity[] {
  const out: Quantity[] = [];
  for (const l of n.lines) for (const t of l.tokens) if (t.k === 'q') out.push(t.q);
  return out;
}

/** Parse the quantities of a piece of text (one line), for tests and tools. */
export function parseQuantities(text: string): Quantity[] {
  return lexLine(text, 0).flatMap((t) => (t.k === 'q' ? [t.q] : []));
}

/** Small numbers written as words before a time unit: "two weeks", "an hour". */
const DURATION_WORDS_RE = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/gi;
const WORD_NUMBER: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** The longest duration a piece of text states ("1h", "a 30-day window", "within two weeks"), in seconds, and its words. */
export function longestDuration(text: string): { secs: number; said: string } {
  let best = { secs: 0, said: '' };
  for (const q of parseQuantities(text)) {
    if (q.kind !== 'time' || q.period > 0) continue;
    const secs = baseValue(q);
    if (secs > best.secs) best = { secs, said: text.slice(q.start, q.end) };
  }
  for (const m of text.matchAll(DURATION_WORDS_RE)) {
    const unit = UNITS.get(m[2]!.toLowerCase());
    const secs = WORD_NUMBER[m[1]!.toLowerCase()]! * (unit?.factor ?? 0);
    if (secs > best.secs) best = { secs, said: m[0] };
  }
  return best;
}

/** The calculations a piece of text (one line) states, for tests and tools. */
export function parseCalculations(text: string): Calculation[] {
  return lineCalculations(text, 0, lexLine(text, 0));
}
