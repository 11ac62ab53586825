/**
 * A single linear pass that splits text into lower-cased word and number tokens.
 * Letters and digits form separate tokens (`200ms` → `200`, `ms`); every other
 * character separates tokens. There is no regex here, so no input can make it
 * backtrack: the cost is one look at each character.
 */

export const enum TokenKind {
  Word = 0,
  Number = 1,
}

export interface TokenStream {
  readonly words: string[];
  readonly kinds: Uint8Array;
  /** 0-based line of each token. */
  readonly lines: Int32Array;
  /** 0-based column (UTF-16 units) of each token's first character. */
  readonly cols: Int32Array;
  /** Length (UTF-16 units) of each token in the source. */
  readonly lens: Int32Array;
  readonly count: number;
}

const enum Cls {
  Sep = 0,
  Letter = 1,
  Digit = 2,
  Newline = 3,
}

/** Character class of a UTF-16 code unit. */
function classify(c: number): Cls {
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

/**
 * Tokenise `text`. `lineOffset` is added to every line number (used when a
 * caller tokenises a slice of a larger document).
 */
export function tokenize(text: string, lineOffset = 0): TokenStream {
  // Upper bound on tokens: half the characters, plus one.
  let cap = Math.max(16, Math.min(text.length >> 1, 1 << 16));
  let kinds: Uint8Array = new Uint8Array(cap);
  let lines: Int32Array = new Int32Array(cap);
  let cols: Int32Array = new Int32Array(cap);
  let lens: Int32Array = new Int32Array(cap);
  const words: string[] = [];
  let count = 0;
  let line = lineOffset;
  let lineStart = 0;
  let start = -1;
  let startCls: Cls = Cls.Sep;
  const n = text.length;

  const push = (end: number) => {
    if (count === cap) {
      cap *= 2;
      kinds = growU8(kinds, cap);
      lines = growI32(lines, cap);
      cols = growI32(cols, cap);
      lens = growI32(lens, cap);
    }
    const raw = text.slice(start, end);
    words.push(startCls === Cls.Letter ? raw.toLowerCase() : raw);
    kinds[count] = startCls === Cls.Digit ? TokenKind.Number : TokenKind.Word;
    lines[count] = line;
    cols[count] = start - lineStart;
    lens[count] = end - start;
    count++;
  };

  for (let i = 0; i < n; i++) {
    const cls = classify(text.charCodeAt(i));
    if (start >= 0 && cls !== startCls) {
      push(i);
      start = -1;
    }
    if (cls === Cls.Letter || cls === Cls.Digit) {
      if (start < 0) {
        start = i;
        startCls = cls;
      }
    } else if (cls === Cls.Newline) {
      line++;
      lineStart = i + 1;
    }
  }
  if (start >= 0) push(n);
  return { words, kinds, lines, cols, lens, count };
}

function growU8(a: Uint8Array, size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}

function growI32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
