/**
 * A single linear pass that finds word and number tokens. Letters and digits
 * form separate tokens (`200ms` → `200`, `ms`); every other character separates
 * tokens. No strings are created here (a 1 MB answer has ~170k tokens): tokens
 * are offsets into the source, and `word(i)` lower-cases one on demand. There
 * is no regex, so no input can make it backtrack.
 */

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

export interface TokenStream {
  /** The text the offsets point into. */
  readonly text: string;
  readonly count: number;
  readonly kinds: Uint8Array;
  /** Offset of each token's first character. */
  readonly starts: Int32Array;
  /** Length (UTF-16 units) of each token. */
  readonly lens: Int32Array;
  /** 0-based line of each token. */
  readonly lines: Int32Array;
  /** `hashWord` and `hashWord2` of each token's ASCII-lower-cased text: keyword lookups compare these 62 bits, not the characters. */
  readonly hashes: Int32Array;
  readonly hashes2: Int32Array;
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
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  lens: Int32Array;
  lines: Int32Array;
  hashes: Int32Array;
  hashes2: Int32Array;
  private _words?: (string | undefined)[];

  constructor(readonly text: string, cap: number) {
    this.kinds = new Uint8Array(cap);
    this.starts = new Int32Array(cap);
    this.lens = new Int32Array(cap);
    this.lines = new Int32Array(cap);
    this.hashes = new Int32Array(cap);
    this.hashes2 = new Int32Array(cap);
  }

  word(i: number): string {
    // Preallocated so that the cache stays a fast (holey) array, not a dictionary.
    const cache = (this._words ??= new Array<string | undefined>(this.count));
    return (cache[i] ??= this.text.slice(this.starts[i]!, this.starts[i]! + this.lens[i]!).toLowerCase());
  }

  /** Make room: at least double, and at least `atLeast`. */
  grow(atLeast = 0): void {
    const size = Math.max(this.kinds.length * 2, atLeast);
    const u8 = new Uint8Array(size);
    u8.set(this.kinds);
    this.kinds = u8;
    for (const k of ['starts', 'lens', 'lines', 'hashes', 'hashes2'] as const) {
      const a = new Int32Array(size);
      a.set(this[k]);
      this[k] = a;
    }
  }
}

/**
 * Tokenise `text`, skipping the characters inside `skip` (sorted, non-overlapping
 * or overlapping spans; line numbers still count their line breaks).
 * `lineOffset` is added to every line number. `indent`, when given, is the
 * number of spaces and tabs that start each line (markdown-it measured them
 * already): they are stepped over without being read.
 */
export function tokenize(text: string, skip: readonly SkipSpan[] = [], lineOffset = 0, indent?: ArrayLike<number>): TokenStream {
  const n = text.length;
  // About one token per 5 to 6 characters in prose. The arrays start small (a 1 MB
  // run of punctuation has no tokens and should not zero megabytes), and the
  // first time they fill up they jump to that estimate, so that a long answer is
  // not copied once per doubling; denser text then grows by doubling.
  const estimate = Math.min(Math.ceil(n / 5), 1 << 20);
  const out = new Tokens(text, Math.max(16, Math.min(estimate, 4096)));
  // The arrays and the count in locals (re-read after a grow): the hot loop
  // then stores without loading them from `out` each time.
  let { kinds, starts, lens, lines, hashes, hashes2 } = out;
  let cap = kinds.length;
  let count = 0;
  let line = lineOffset;
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
        i++;
        continue;
      }
      if (cls === Cls.Newline) {
        line++;
        i++;
        if (indent) i += indent[line - lineOffset]!;
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
      if (count === cap) {
        out.count = count;
        out.grow(estimate);
        ({ kinds, starts, lens, lines, hashes, hashes2 } = out);
        cap = kinds.length;
      }
      kinds[count] = cls === Cls.Digit ? TokenKind.Number : TokenKind.Word;
      starts[count] = start;
      lens[count] = i - start;
      lines[count] = line;
      hashes[count] = h & 0x3fffffff;
      hashes2[count++] = h2;
    }
    if (i >= n) break;
    // Jump over the span, counting its line breaks.
    const end = Math.min(n, skip[si]!.end);
    for (let j = text.indexOf('\n', i); j >= 0 && j < end; j = text.indexOf('\n', j + 1)) line++;
    if (end > i) i = end;
    si++;
    while (si < skip.length && skip[si]!.end <= i) si++;
  }
  out.count = count;
  return out;
}
