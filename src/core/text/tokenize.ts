/**
 * One linear pass that finds word and number tokens. Letters and digits form
 * separate tokens (`200ms` → `200`, `ms`); every other character separates
 * tokens. There is no regex, so no input can make it backtrack.
 */
import { grownInt32 } from '../util';

export const enum TokenKind {
  Word = 0,
  Number = 1,
}

/**
 * Token i is the lower-cased `words[i]`, at offsets [start(i), end(i)) on line
 * `line(i)`. Offsets and lines are in typed arrays rather than one object per
 * token: a 1 MB answer has ~200k tokens, and that many objects cost the garbage
 * collector several times what tokenizing does.
 */
export interface TokenStream {
  readonly count: number;
  /** The lower-cased text of every token: what keyword patterns compare with. */
  readonly words: readonly string[];
  kind(i: number): TokenKind;
  /** Offset of token i's first character. */
  start(i: number): number;
  /** Offset after token i's last character. */
  end(i: number): number;
  /** Length (UTF-16 units) of token i. */
  len(i: number): number;
  /** 0-based line of token i. */
  line(i: number): number;
  /** Index of the first token at or after `line` (`count` past the last line). */
  firstAtLine(line: number): number;
  /** The lower-cased text of token `i`. */
  word(i: number): string;
}

/** A span of offsets [start, end) whose characters are not tokenised. */
export interface SkipSpan {
  readonly start: number;
  readonly end: number;
}

const enum Cls {
  Sep = 0,
  Letter = 1,
  Digit = 2,
}

/** ASCII classes in a table: one read per character on the common path (1 MB of punctuation is a bench input). */
const ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? Cls.Letter : c >= 48 && c <= 57 ? Cls.Digit : Cls.Sep,
);

/** Character class of a UTF-16 code unit: non-ASCII letters (é, ß, CJK) are letters; punctuation and symbols separate. */
function classify(c: number): Cls {
  if (c < 128) return ASCII[c]!;
  // Latin-1 punctuation and symbols, × and ÷.
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return Cls.Sep;
  // General punctuation, arrows, maths, box drawing, dingbats ... up to CJK symbols.
  if (c >= 0x2000 && c <= 0x2bff) return Cls.Sep;
  if (c >= 0x3000 && c <= 0x303f) return Cls.Sep; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return Cls.Sep; // CJK compatibility forms
  if (c >= 0xff00 && c <= 0xff0f) return Cls.Sep; // fullwidth punctuation
  if (c >= 0xff1a && c <= 0xff20) return Cls.Sep;
  if (c === 0xfeff || c === 0xfffd) return Cls.Sep;
  if (c >= 0xd800 && c <= 0xdfff) return Cls.Sep; // surrogates (emoji and the like)
  return Cls.Letter;
}

class Tokens implements TokenStream {
  constructor(
    readonly words: readonly string[],
    private readonly _starts: Int32Array,
    private readonly _ends: Int32Array,
    private readonly _lines: Int32Array,
  ) {}

  get count(): number {
    return this.words.length;
  }
  kind(i: number): TokenKind {
    return isNumber(this.words[i]!) ? TokenKind.Number : TokenKind.Word;
  }
  start(i: number): number {
    return this._starts[i]!;
  }
  end(i: number): number {
    return this._ends[i]!;
  }
  len(i: number): number {
    return this._ends[i]! - this._starts[i]!;
  }
  line(i: number): number {
    return this._lines[i]!;
  }
  word(i: number): string {
    return this.words[i]!;
  }
  /** Binary search: tokens are in line order. */
  firstAtLine(line: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this._lines[mid]! < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Is a token's text a number? Tokens never mix digits (0-9 sort below every letter) and letters. */
export function isNumber(word: string): boolean {
  return word.charCodeAt(0) <= 57;
}

/**
 * Numbers written as words ("under ten minutes", "two weeks"). "one" is left out:
 * it is as often a pronoun or an article ("one day", "one of them") as a count.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred dozen'.split(' '),
);

/**
 * Tokenise `text`, skipping the characters inside `skip` (sorted by start; they
 * may overlap). Line numbers still count the line breaks of skipped spans, and
 * no token runs into a span.
 */
export function tokenize(text: string, skip: readonly SkipSpan[] = []): TokenStream {
  const words: string[] = [];
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let lines = new Int32Array(256);
  const n = text.length;
  let line = 0;
  let i = 0;
  for (let si = 0; i < n; si++) {
    // An empty span skips nothing, and must not cut the run it falls in two.
    if (si < skip.length && skip[si]!.end <= skip[si]!.start) continue;
    // Tokenise up to the next span, then jump over it.
    const limit = si < skip.length ? Math.min(n, Math.max(skip[si]!.start, i)) : n;
    while (i < limit) {
      let c = text.charCodeAt(i);
      const cls = classify(c);
      if (cls === Cls.Sep) {
        if (c === 10) line++;
        // Runs of spaces (indentation) in a loop of their own.
        else if (c === 32) while (i + 1 < limit && text.charCodeAt(i + 1) === 32) i++;
        i++;
        continue;
      }
      // A run of letters or of digits, lower-cased only when it has to be (most words are already).
      const start = i;
      let plain = true;
      do if (c > 122 || (c < 97 && c > 57)) plain = false;
      while (++i < limit && classify((c = text.charCodeAt(i))) === cls);
      const k = words.length;
      if (k === starts.length) [starts, ends, lines] = [grownInt32(starts, 2 * k), grownInt32(ends, 2 * k), grownInt32(lines, 2 * k)];
      starts[k] = start;
      ends[k] = i;
      lines[k] = line;
      const word = text.slice(start, i);
      words.push(plain ? word : word.toLowerCase());
    }
    if (si >= skip.length) break;
    const end = Math.min(n, skip[si]!.end);
    for (let j = text.indexOf('\n', i); j >= 0 && j < end; j = text.indexOf('\n', j + 1)) line++;
    if (end > i) i = end;
  }
  return new Tokens(words, starts, ends, lines);
}
