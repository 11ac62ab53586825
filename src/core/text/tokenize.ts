/**
 * A single linear pass that finds word and number tokens. Letters and digits
 * form separate tokens (`200ms` → `200`, `ms`); every other character separates
 * tokens. No strings are created here (a 1 MB answer has ~170k tokens): tokens
 * are offsets into the source, and `word(i)` lower-cases one on demand. There
 * is no regex, so no input can make it backtrack.
 */
import { grownInt32, lastAtMost } from '../util';

/**
 * Hash of a lower-case word (31-bit, so it stays a small integer). A token's
 * hash is the same function of its characters with ASCII letters lower-cased
 * (`code | 32`; digits are unchanged by it).
 */
export function hashWord(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

/** A second, independent hash of a lower-case word (32-bit FNV-1a); tokens carry it too. */
export function hashWord2(w: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
  return h;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export const enum TokenKind {
  Word = 0,
  Number = 1,
}

/** Layout of a token in `TokenStream.data`: four 32-bit numbers per token. */
export const enum Tok {
  Stride = 4,
  /** Offset of the token's first character. */
  Start = 0,
  /** Length (UTF-16 units), with `NUMBER_BIT` set for a number token. */
  Len = 1,
  /** `hashWord` of the ASCII-lower-cased text. */
  Hash = 2,
  /** `hashWord2` of it. */
  Hash2 = 3,
}

/** Set in a token's `Tok.Len` field when it is a number (digits); a length is below 2^30. */
export const NUMBER_BIT = 1 << 30;
const LEN_MASK = NUMBER_BIT - 1;

export interface TokenStream {
  /** The text the offsets point into. */
  readonly text: string;
  readonly count: number;
  /**
   * Token i is `data[4i .. 4i + 4)` (see `Tok`): one interleaved array, written in
   * one stream by the tokenizer and read by the keyword scan. Keyword lookups
   * compare the two hashes (62 bits), not the characters. Other code uses the
   * accessors below.
   */
  readonly data: Int32Array;
  kind(i: number): TokenKind;
  /** Offset of token i's first character. */
  start(i: number): number;
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

export const enum Cls {
  Sep = 0,
  Letter = 1,
  Digit = 2,
  Newline = 3,
}

/** Character class of a UTF-16 code unit. */
export function classify(c: number): Cls {
  if (c < 128) {
    if (c >= 97 && c <= 122) return Cls.Letter; // a-z
    if (c >= 65 && c <= 90) return Cls.Letter; // A-Z
    if (c >= 48 && c <= 57) return Cls.Digit;
    if (c === 10) return Cls.Newline;
    return Cls.Sep;
  }
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

/** Class of every UTF-16 code unit, computed once (64 KB), so the hot loop is one array read per character. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = classify(c);

class Tokens implements TokenStream {
  private _words?: (string | undefined)[];

  /** `lineFirst[l]`: the first token at or after line l, for lines 0 .. `lineCount - 1`. */
  constructor(
    readonly text: string,
    readonly count: number,
    readonly data: Int32Array,
    private readonly _lineFirst: Int32Array,
    private readonly _lineCount: number,
  ) {}

  kind(i: number): TokenKind {
    return (this.data[i * Tok.Stride + Tok.Len]! & NUMBER_BIT) !== 0 ? TokenKind.Number : TokenKind.Word;
  }

  start(i: number): number {
    return this.data[i * Tok.Stride + Tok.Start]!;
  }

  len(i: number): number {
    return this.data[i * Tok.Stride + Tok.Len]! & LEN_MASK;
  }

  /** The last line whose first token is at or before i (binary search over lines). */
  line(i: number): number {
    return lastAtMost(this._lineFirst, i, this._lineCount);
  }

  firstAtLine(line: number): number {
    if (line <= 0) return 0;
    return line < this._lineCount ? this._lineFirst[line]! : this.count;
  }

  word(i: number): string {
    // Preallocated so that the cache stays a fast (holey) array, not a dictionary.
    const cache = (this._words ??= new Array<string | undefined>(this.count));
    const s = this.start(i);
    return (cache[i] ??= this.text.slice(s, s + this.len(i)).toLowerCase());
  }
}

/**
 * Tokenise `text`, skipping the characters inside `skip` (sorted, non-overlapping
 * or overlapping spans; line numbers still count their line breaks).
 * `indent`, when given, is the number of spaces and tabs that start each line
 * (markdown-it measured them already): they are stepped over without being read.
 */
export function tokenize(text: string, skip: readonly SkipSpan[] = [], indent?: ArrayLike<number>): TokenStream {
  const n = text.length;
  // About one token per 5 to 6 characters in prose. The array starts small (a 1 MB
  // run of punctuation has no tokens and should not zero megabytes), and the
  // first time it fills up it jumps to what the density so far predicts (at most
  // that estimate), so that a long answer is not copied once per doubling;
  // denser text then grows by doubling.
  const estimate = Math.min(Math.ceil(n / 5), 1 << 20);
  const first = Math.max(16, Math.min(estimate, 4096)) * Tok.Stride;
  let data = new Int32Array(first);
  let lineFirst = new Int32Array(64);
  let full = data.length;
  let o = 0; // write position in `data`: 4 x the token count
  let line = 0;
  let si = 0;
  let i = indent ? indent[0]! : 0;
  while (i < n) {
    // The characters up to the next skipped span: one tight loop per token.
    const limit = si < skip.length ? Math.min(n, Math.max(skip[si]!.start, i)) : n;
    while (i < limit) {
      let c = text.charCodeAt(i);
      if (c === 32) {
        // Runs of spaces (indentation) without the table read.
        while (++i < limit && text.charCodeAt(i) === 32);
        continue;
      }
      const cls = CLASS[c]!;
      if (cls === Cls.Sep) {
        // Runs of punctuation (a fence, a table rule) in a loop of their own.
        while (++i < limit && CLASS[text.charCodeAt(i)] === Cls.Sep);
        continue;
      }
      if (cls === Cls.Newline) {
        if (++line === lineFirst.length) lineFirst = grownInt32(lineFirst, line * 2);
        lineFirst[line] = o >> 2;
        i++;
        if (indent) i += indent[line]!;
        continue;
      }
      // A run of letters or of digits, hashed as it is read.
      const start = i;
      let h = 0;
      let h2 = FNV_OFFSET;
      do {
        h = (Math.imul(h, 31) + (c | 32)) | 0;
        h2 = Math.imul(h2 ^ (c | 32), FNV_PRIME);
        if (++i >= limit) break;
        c = text.charCodeAt(i);
      } while (CLASS[c] === cls);
      // Inlined push: the hot path of the whole check.
      if (o === full) {
        // The first time, room for the tokens this density gives the whole text
        // (plus a tenth); then by doubling.
        const expect = o === first ? Math.ceil(((o >> 2) * n * 1.1) / i) + 16 : 0;
        data = grownInt32(data, Math.max(full * 2, Math.min(expect, estimate) * Tok.Stride));
        full = data.length;
      }
      data[o] = start;
      data[o + 1] = cls === Cls.Digit ? (i - start) | NUMBER_BIT : i - start;
      data[o + 2] = h & 0x3fffffff;
      data[o + 3] = h2;
      o += Tok.Stride;
    }
    if (i >= n) break;
    // Jump over the span, counting its line breaks.
    const end = Math.min(n, skip[si]!.end);
    for (let j = text.indexOf('\n', i); j >= 0 && j < end; j = text.indexOf('\n', j + 1)) {
      if (++line === lineFirst.length) lineFirst = grownInt32(lineFirst, line * 2);
      lineFirst[line] = o >> 2;
    }
    if (end > i) i = end;
    si++;
    while (si < skip.length && skip[si]!.end <= i) si++;
  }
  return new Tokens(text, o >> 2, data, lineFirst, line + 1);
}
