/**
 * The keyword language (see `Keyword` in framework/types.ts) compiled into an
 * index over first tokens, and one linear scan of a token stream that reports
 * every pattern occurrence. All keyword groups of all rules share one scan.
 */
import type { Keyword } from '../framework/types';
import { grownInt32 } from '../util';
import { hashWord, hashWord2, NUMBER_BIT, Tok, type TokenStream } from './tokenize';

/** One token position of a compiled pattern. */
interface Slot {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly num: boolean;
}

/** A named list of keyword patterns; its id indexes scan results. */
export interface KeywordGroup {
  readonly id: number;
  readonly name: string;
  readonly patterns: readonly Keyword[];
  /** A case id: the group is scanned only in answers of that case. */
  readonly scope?: string;
}

/** One occurrence of a pattern: token index range [token, end). */
export interface Hit {
  readonly group: number;
  readonly pattern: number;
  readonly token: number;
  readonly end: number;
}

/** A token alternative: `#num`, digits, or lower-case ASCII letters with an optional trailing `*` (tokens never mix letters and digits). */
const TOKEN_RE = /^(?:#num|[a-z]+\*?|[0-9]+)$/;

/** Throws on a syntactically invalid pattern; used by tests and at compile time. */
export function parseKeyword(pattern: Keyword): Slot[] {
  const words = pattern.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') throw new Error(`empty keyword pattern`);
  return words.map((w) => {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    let num = false;
    for (const alt of w.split('|')) {
      if (!TOKEN_RE.test(alt)) throw new Error(`invalid token "${alt}" in keyword "${pattern}"`);
      if (alt === '#num') num = true;
      else if (alt.endsWith('*')) {
        const p = alt.slice(0, -1);
        if (p.length < 2) throw new Error(`prefix "${alt}" in "${pattern}" is shorter than 2 characters`);
        prefixes.push(p);
      } else exact.add(alt);
    }
    for (const t of [...exact, ...prefixes]) {
      if (t !== t.toLowerCase()) throw new Error(`keyword "${pattern}" must be lower case`);
    }
    return { exact, prefixes, num };
  });
}

/** Lower-case an ASCII letter's code; other codes unchanged. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function tokenStartsWith(ts: TokenStream, i: number, p: string): boolean {
  if (ts.len(i) < p.length) return false;
  const s = ts.start(i);
  for (let k = 0; k < p.length; k++) if (lower(ts.text.charCodeAt(s + k)) !== p.charCodeAt(k)) return false;
  return true;
}

/** A distinct pattern (the same text in several groups is compiled and matched once). */
interface Unique {
  readonly slots: readonly Slot[];
  /** The (group, pattern index) pairs that declared this pattern. */
  readonly owners: readonly { readonly group: number; readonly pattern: number }[];
  readonly id: number;
}

/** A node of the word-level trie over a pattern's tokens, while the index is built. */
interface WordNode {
  /** Number in the flat arrays (breadth-first order). */
  id: number;
  /** Distinct patterns complete at this node. */
  end: number[];
  /** Next token, matched exactly. */
  exact: Map<string, WordNode>;
  /** Next token, matched by a prefix (`''`: any number). */
  other: Map<string, WordNode>;
}

/** What a word node has, in one byte (`KeywordIndex._shape`). */
const enum Shape {
  /** Patterns end at the node. */
  Ends = 1,
  /** Prefix or number children. */
  Other = 2,
  /** Bits 2-3: how many exact children (0 none, 1 one: in `_oneHash`, `_oneHash2`, `_oneChild`; 2 several: in the slot table). */
  ExactShift = 2,
}

const wordNode = (): WordNode => ({ id: -1, end: [], exact: new Map(), other: new Map() });

const MEMO_SIZE = 4096;
const MEMO_MASK = MEMO_SIZE - 1;
const MEMO_SEEDS = 4;
const MEMO_STRIDE = 8;

function memoTable(): Int32Array {
  const memo = new Int32Array(MEMO_SIZE * MEMO_STRIDE);
  for (let m = 0; m < MEMO_SIZE; m++) memo[m * MEMO_STRIDE + 2] = -1;
  return memo;
}

/** Home slot (before masking) of the exact child with word hash `h` of node `n`. */
function slotOf(n: number, h: number): number {
  return h ^ Math.imul(n + 1, 0x9e3779b1);
}

/** The occurrences of distinct patterns one scan found, in token order. */
export interface Occurrences {
  readonly count: number;
  /** Distinct pattern, first token and end token (exclusive) of each occurrence. */
  readonly pattern: Int32Array;
  readonly token: Int32Array;
  readonly end: Int32Array;
}

/**
 * An index over many keyword groups. Build it once per set of groups
 * (`scopeIndex` builds one per case, on first use); scanning a document is then one pass over its tokens. A pattern's
 * first token is found by the token's hash (computed by the tokenizer) in an
 * open-addressing table for exact words, and along a small letter trie for
 * prefixes (`word*`); only where a pattern can start does the scan follow the
 * word-level trie over the next tokens. The tries are stored flat in typed
 * arrays and walked without recursion. Work is proportional to the tokens plus
 * the partial matches, whatever the number of patterns.
 */
export class KeywordIndex {
  private readonly _unique: Unique[] = [];
  /** Per group id, its patterns as pairs (distinct pattern id, index in the group). */
  private readonly _declared: number[][] = [];
  /**
   * The prefix alternatives of first tokens as a letter trie: the child of letter
   * node n by letter c (0-25) is `_trans[n * 26 + c] - 1` (-1: none), and
   * `_prefixAt[n]` is the word node that continues the patterns whose prefix ends
   * at n (-1: none).
   */
  private readonly _trans: Int32Array;
  /** The letter-trie node after a token's first two letters (c0 * 26 + c1), plus one; 0 when none. Prefixes are at least 2 letters long. */
  private readonly _pair: Int32Array;
  private readonly _prefixAt: Int32Array;
  /** Word node 0 is the root. Patterns complete at node n: `_ends[_endOff[n] .. _endOff[n + 1])`. */
  private readonly _endOff: Int32Array;
  private readonly _ends: Int32Array;
  /** Prefix and number children of node n: `_othOff[n] .. _othOff[n + 1]` into `_othPrefix` (`''`: a number) and `_othChild`. */
  private readonly _othOff: Int32Array;
  private readonly _othPrefix: string[];
  private readonly _othChild: Int32Array;
  /** Per node: `Shape` bits. */
  private readonly _shape: Uint8Array;
  /** A node's only exact child (when it has one): its word's two hashes and the child, one compare instead of a probe. */
  private readonly _oneHash: Int32Array;
  private readonly _oneHash2: Int32Array;
  private readonly _oneChild: Int32Array;
  /** Exact children of every node in one open-addressing table keyed by (node, word hash). */
  private readonly _mask: number;
  /**
   * Slot k is `_slots[4k .. 4k + 4)`: node + 1 (0: empty), the word's two hashes,
   * child node; side by side so a probe reads one cache line. A token is the word
   * when both hashes match (62 bits: a false match is about one chance in 10^18
   * per comparison), so no characters are compared.
   */
  private readonly _slots: Int32Array;
  /** Per distinct pattern, the last token it was reported at (dedupes alternative paths). */
  private readonly _last: Int32Array;
  /**
   * The nodes a word starts (`MEMO_SEEDS` at most), remembered per word in a
   * direct-mapped table indexed by its first hash. Entry m is
   * `_memo[8m .. 8m + 8)`: the two hashes, the count of nodes (-1: empty), the
   * nodes, and 1 when the word starts one node whose only way on is one exact
   * word (then the next token's hash is compared first); together, so a lookup
   * reads one cache line.
   */
  private readonly _memo = memoTable();
  /** The root's `#num` child (-1: none): where a number token starts. */
  private readonly _rootNum: number;
  /** The walk's stack of (node, next token) pairs. */
  private _stack: Int32Array = new Int32Array(256);

  constructor(readonly groups: readonly KeywordGroup[]) {
    const byText = new Map<string, { slots: Slot[]; owners: { group: number; pattern: number }[] }>();
    for (const g of groups) {
      // HitTable packs a pattern's index in a group into 10 bits.
      if (g.patterns.length >= 1024) throw new Error(`keyword group "${g.name}" has more than 1023 patterns`);
      g.patterns.forEach((p, pi) => {
        const slots = parseKeyword(p);
        const key = slots.map((sl) => [...sl.exact].sort().join('|') + '/' + [...sl.prefixes].sort().join('|') + (sl.num ? '#' : '')).join(' ');
        const u = byText.get(key);
        if (u) u.owners.push({ group: g.id, pattern: pi });
        else byText.set(key, { slots, owners: [{ group: g.id, pattern: pi }] });
      });
    }
    const root = wordNode();
    const prefixes = new Map<string, WordNode>();
    for (const { slots, owners } of byText.values()) {
      const u: Unique = { slots, owners, id: this._unique.length };
      this._unique.push(u);
      // The first token's exact words and `#num` are children of the root; its
      // prefixes start nodes of their own, found along the letter trie.
      insert(root, u, 0, { ...slots[0]!, prefixes: [] });
      for (const prefix of new Set(slots[0]!.prefixes)) {
        let n = prefixes.get(prefix);
        if (!n) prefixes.set(prefix, (n = wordNode()));
        insertRest(n, u, 1);
      }
    }
    for (const u of this._unique) for (const o of u.owners) (this._declared[o.group] ??= []).push(u.id, o.pattern);
    this._last = new Int32Array(this._unique.length);

    // Number the word nodes breadth first and store them flat.
    const nodes: WordNode[] = [root, ...prefixes.values()];
    for (let q = 0; q < nodes.length; q++) {
      const n = nodes[q]!;
      n.id = q;
      for (const c of n.exact.values()) nodes.push(c);
      for (const c of n.other.values()) nodes.push(c);
    }
    const count = nodes.length;
    this._endOff = new Int32Array(count + 1);
    this._othOff = new Int32Array(count + 1);
    const exactKind = new Uint8Array(count);
    this._oneHash = new Int32Array(count);
    this._oneHash2 = new Int32Array(count);
    this._oneChild = new Int32Array(count);
    const ends: number[] = [];
    const othChild: number[] = [];
    this._othPrefix = [];
    let edges = 0;
    nodes.forEach((n, i) => {
      ends.push(...n.end);
      this._endOff[i + 1] = ends.length;
      for (const [prefix, c] of n.other) (this._othPrefix.push(prefix), othChild.push(c.id));
      this._othOff[i + 1] = othChild.length;
      exactKind[i] = Math.min(n.exact.size, 2);
      if (n.exact.size === 1) {
        const [word, c] = [...n.exact][0]!;
        [this._oneHash[i], this._oneHash2[i], this._oneChild[i]] = [hashWord(word), hashWord2(word), c.id];
      }
      if (n.exact.size > 1) edges += n.exact.size;
    });
    this._ends = Int32Array.from(ends);
    this._shape = Uint8Array.from(nodes, (n, i) => (n.end.length ? Shape.Ends : 0) | (n.other.size ? Shape.Other : 0) | (exactKind[i]! << Shape.ExactShift));
    this._rootNum = root.other.get('')?.id ?? -1;
    this._othChild = Int32Array.from(othChild);
    let size = 16;
    while (size < edges * 2) size <<= 1;
    this._mask = size - 1;
    this._slots = new Int32Array(size * 4);
    for (const n of nodes) {
      if (n.exact.size < 2) continue;
      const seen = new Set<string>();
      for (const [word, c] of n.exact) {
        const h = hashWord(word);
        const h2 = hashWord2(word);
        // Never seen for real words; checked so that it could not go unnoticed.
        if (seen.has(`${h},${h2}`)) throw new Error(`keyword words with the same hashes after "${word}"`);
        seen.add(`${h},${h2}`);
        let slot = slotOf(n.id, h) & this._mask;
        while (this._slots[slot * 4] !== 0) slot = (slot + 1) & this._mask;
        this._slots.set([n.id + 1, h, h2, c.id], slot * 4);
      }
    }

    // The prefix letter trie, numbered breadth first so the nodes every token visits sit together.
    const paths = [''];
    const index = new Map([['', 0]]);
    for (let q = 0; q < paths.length; q++) {
      const kids = new Set<string>();
      for (const p of prefixes.keys()) if (p.length > paths[q]!.length && p.startsWith(paths[q]!)) kids.add(p.slice(0, paths[q]!.length + 1));
      for (const k of [...kids].sort()) index.set(k, paths.push(k) - 1);
    }
    this._trans = new Int32Array(paths.length * 26);
    this._prefixAt = Int32Array.from(paths, (p) => prefixes.get(p)?.id ?? -1);
    this._pair = new Int32Array(26 * 26);
    paths.forEach((p, n) => {
      if (n > 0) this._trans[index.get(p.slice(0, -1))! * 26 + p.charCodeAt(p.length - 1) - 97] = n + 1;
      if (p.length === 2) this._pair[(p.charCodeAt(0) - 97) * 26 + p.charCodeAt(1) - 97] = n + 1;
    });
  }

  /** Calls `onHit` for every occurrence of every pattern in tokens [from, to). */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.count): void {
    const occ = this.scanDistinct(ts, from, to);
    for (let k = 0; k < occ.count; k++) {
      for (const o of this._unique[occ.pattern[k]!]!.owners) onHit({ group: o.group, pattern: o.pattern, token: occ.token[k]!, end: occ.end[k]! });
    }
  }

  /** Number of distinct patterns (the ids `scanDistinct` reports). */
  get distinctCount(): number {
    return this._unique.length;
  }

  /** Group `g`'s patterns, as pairs: distinct pattern id, index in the group. */
  declared(g: number): readonly number[] {
    return this._declared[g] ?? [];
  }

  /** Every occurrence of every distinct pattern in tokens [from, to), in order of first token. */
  scanDistinct(ts: TokenStream, from = 0, to = ts.count): Occurrences {
    const { text, data } = ts;
    const trans = this._trans;
    const pair = this._pair;
    const prefixAt = this._prefixAt;
    const endOff = this._endOff;
    const ends = this._ends;
    const othOff = this._othOff;
    const othPrefix = this._othPrefix;
    const othChild = this._othChild;
    const shapes = this._shape;
    const memo = this._memo;
    const oneHash = this._oneHash;
    const oneHash2 = this._oneHash2;
    const oneChild = this._oneChild;
    const last = this._last.fill(-1);
    const rootNum = this._rootNum;
    let stack = this._stack;
    // Prose has an occurrence every ten tokens or so; the arrays double when full.
    let cap = Math.max(64, (to - from) >> 3);
    let outP: Int32Array = new Int32Array(cap);
    let outT: Int32Array = new Int32Array(cap);
    let outE: Int32Array = new Int32Array(cap);
    let n = 0;
    for (let i = from; i < to; i++) {
      // Seed the walk with the nodes token i starts: the root's exact child for
      // its word, and for a number the root's `#num` child, for a word the prefix
      // nodes along its letters. Those depend on the token's text alone, so they
      // are remembered per text (by its two hashes) across tokens and scans.
      let sp = 0;
      const at = i * Tok.Stride;
      const h = data[at + Tok.Hash]!;
      const h2 = data[at + Tok.Hash2]!;
      const m = (h & MEMO_MASK) * MEMO_STRIDE;
      if (memo[m] === h && memo[m + 1] === h2 && memo[m + 2]! >= 0) {
        const seeds = memo[m + 2]!;
        if (seeds === 0) continue; // most words start no pattern
        // A word whose only node needs one given next word ("word" of "word 2
        // vec"): one compare of the next token's hash, before any walk.
        if (memo[m + 7] === 1 && (i + 1 >= to || data[(i + 1) * Tok.Stride + Tok.Hash] !== oneHash[memo[m + 3]!])) continue;
        for (let q = 0; q < seeds; q++) {
          stack[sp++] = memo[m + 3 + q]!;
          stack[sp++] = i + 1;
        }
      } else {
        const lenKind = data[at + Tok.Len]!;
        if ((lenKind & NUMBER_BIT) !== 0) {
          if (rootNum >= 0) {
            stack[sp++] = rootNum;
            stack[sp++] = i + 1;
          }
        } else {
          const s = data[at + Tok.Start]!;
          const len = lenKind;
          const c0 = len >= 2 ? text.charCodeAt(s) : 128;
          const c1 = text.charCodeAt(s + 1);
          // Straight to the letter node of the first two letters (no prefix is shorter).
          let t = c0 < 128 && c1 < 128 ? pair[((c0 | 32) - 97) * 26 + (c1 | 32) - 97]! - 1 : -1;
          for (let k = 2; t >= 0; ) {
            const p = prefixAt[t]!;
            if (p >= 0) {
              if (sp + 2 > stack.length) stack = this._grow();
              stack[sp++] = p;
              stack[sp++] = i + 1;
            }
            if (k >= len) break;
            const code = text.charCodeAt(s + k++);
            if (code >= 128) break;
            t = trans[t * 26 + (code | 32) - 97]! - 1;
          }
        }
        const child = this._exactChild(0, h, h2);
        if (child >= 0) {
          if (sp + 2 > stack.length) stack = this._grow();
          stack[sp++] = child;
          stack[sp++] = i + 1;
        }
        if (sp <= 2 * MEMO_SEEDS) {
          memo[m] = h;
          memo[m + 1] = h2;
          memo[m + 2] = sp >> 1;
          for (let q = 0; q < sp >> 1; q++) memo[m + 3 + q] = stack[2 * q]!;
          memo[m + 7] = sp === 2 && shapes[stack[0]!] === 1 << Shape.ExactShift ? 1 : 0;
        }
      }
      while (sp > 0) {
        const j = stack[--sp]!;
        const node = stack[--sp]!;
        // One byte says what the node has, so a node without ends or prefix
        // children costs no offset reads.
        const shape = shapes[node]!;
        if ((shape & Shape.Ends) !== 0) for (let e = endOff[node]!, eEnd = endOff[node + 1]!; e < eEnd; e++) {
          const u = ends[e]!;
          if (last[u] === i) continue;
          last[u] = i;
          if (n === cap) {
            cap *= 2;
            outP = grownInt32(outP, cap);
            outT = grownInt32(outT, cap);
            outE = grownInt32(outE, cap);
          }
          outP[n] = u;
          outT[n] = i;
          outE[n++] = j;
        }
        if (j >= to) continue;
        const exact = shape >> Shape.ExactShift;
        if (exact !== 0) {
          const hj = data[j * Tok.Stride + Tok.Hash]!;
          const h2j = data[j * Tok.Stride + Tok.Hash2]!;
          // One exact child: one compare, inline; several: the slot table.
          const child = exact === 1 ? (hj === oneHash[node] && h2j === oneHash2[node] ? oneChild[node]! : -1) : this._exactChild(node, hj, h2j);
          if (child >= 0) {
            if (sp + 2 > stack.length) stack = this._grow();
            stack[sp++] = child;
            stack[sp++] = j + 1;
          }
        }
        if ((shape & Shape.Other) !== 0) for (let o = othOff[node]!, oEnd = othOff[node + 1]!; o < oEnd; o++) {
          const prefix = othPrefix[o]!;
          if (prefix === '' ? (data[j * Tok.Stride + Tok.Len]! & NUMBER_BIT) !== 0 : tokenStartsWith(ts, j, prefix)) {
            if (sp + 2 > stack.length) stack = this._grow();
            stack[sp++] = othChild[o]!;
            stack[sp++] = j + 1;
          }
        }
      }
    }
    return { count: n, pattern: outP, token: outT, end: outE };
  }

  /** The exact child of `node` for the word with hashes `h`, `h2`; -1 when none. */
  private _exactChild(node: number, h: number, h2: number): number {
    const exact = this._shape[node]! >> Shape.ExactShift;
    if (exact === 1) return h === this._oneHash[node] && h2 === this._oneHash2[node] ? this._oneChild[node]! : -1;
    if (exact === 0) return -1;
    // A node has one child per word: the first slot that is the word is the one.
    const slots = this._slots;
    const mask = this._mask;
    for (let slot = slotOf(node, h) & mask, m = slots[slot * 4]!; m !== 0; slot = (slot + 1) & mask, m = slots[slot * 4]!) {
      if (m === node + 1 && slots[slot * 4 + 1] === h && slots[slot * 4 + 2] === h2) return slots[slot * 4 + 3]!;
    }
    return -1;
  }

  private _grow(): Int32Array {
    return (this._stack = grownInt32(this._stack, this._stack.length * 2));
  }
}


function insertRest(node: WordNode, u: Unique, s: number): void {
  if (s === u.slots.length) node.end.push(u.id);
  else insert(node, u, s, u.slots[s]!);
}

/** Add the children of `node` for slot `s` (whose alternatives are `slot`) and go on. */
function insert(node: WordNode, u: Unique, s: number, slot: Slot): void {
  for (const e of slot.exact) {
    let c = node.exact.get(e);
    if (!c) node.exact.set(e, (c = wordNode()));
    insertRest(c, u, s + 1);
  }
  const alts = [...new Set(slot.prefixes)];
  if (slot.num) alts.push('');
  for (const prefix of alts) {
    let c = node.other.get(prefix);
    if (!c) node.other.set(prefix, (c = wordNode()));
    insertRest(c, u, s + 1);
  }
}

/** Registry of groups; each scope's groups share one index and one scan. */
const registry: KeywordGroup[] = [];
const indexes = new Map<string, KeywordIndex>();

/**
 * Declare a keyword group (at module load). Groups without a scope are scanned in
 * every answer; a group with a scope (a case id) only in answers of that case.
 */
export function keywordGroup(name: string, patterns: readonly Keyword[], scope?: string): KeywordGroup {
  const g: KeywordGroup = { id: registry.length, name, patterns, scope };
  registry.push(g);
  indexes.clear();
  return g;
}

/** Number of declared groups (group ids are below it). */
export function groupCount(): number {
  return registry.length;
}

/**
 * The index over the groups without a scope plus those of `scope` (a case id),
 * built once on first use: one scan of an answer finds both.
 */
export function scopeIndex(scope = ''): KeywordIndex {
  let index = indexes.get(scope);
  if (!index) indexes.set(scope, (index = new KeywordIndex(registry.filter((g) => !g.scope || g.scope === scope))));
  return index;
}
