/**
 * The keyword language (see `Keyword` in framework/types.ts) compiled into an
 * index over first tokens, and one linear scan of a token stream that reports
 * every pattern occurrence. All keyword groups of all rules share one scan.
 */
import type { Keyword } from '../framework/types';
import { hashWord, TokenKind, type TokenStream } from './tokenize';

/** One token position of a compiled pattern. */
interface Slot {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly num: boolean;
}

interface Compiled {
  readonly group: number;
  readonly pattern: number;
  readonly slots: readonly Slot[];
  /** Index in the KeywordIndex's list. */
  readonly id: number;
}

/** A named list of keyword patterns; its id indexes scan results. */
export interface KeywordGroup {
  readonly id: number;
  readonly name: string;
  readonly patterns: readonly Keyword[];
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

/** Does token `i` equal the lower-case word `w`, compared by character codes without allocating? */
function tokenEquals(ts: TokenStream, i: number, w: string): boolean {
  const len = ts.lens[i]!;
  if (len !== w.length) return false;
  const s = ts.starts[i]!;
  for (let k = 0; k < len; k++) if (lower(ts.text.charCodeAt(s + k)) !== w.charCodeAt(k)) return false;
  return true;
}

function tokenStartsWith(ts: TokenStream, i: number, p: string): boolean {
  if (ts.lens[i]! < p.length) return false;
  const s = ts.starts[i]!;
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

/** Children by exact word: by the word's hash, then compared. */
type ExactMap = Map<number, { readonly word: string; readonly node: WordNode }[]>;

/** A node of the word-level trie over a pattern's tokens: where patterns end, and how they go on. */
interface WordNode {
  /** Patterns complete at this node. */
  end: Unique[] | undefined;
  /** Next token, matched exactly. */
  exact: ExactMap | undefined;
  /** Next token, matched by a prefix or as a number: one child per distinct alternative. */
  other: { readonly prefix: string | undefined; readonly node: WordNode }[] | undefined;
}

const wordNode = (): WordNode => ({ end: undefined, exact: undefined, other: undefined });

/**
 * An index over many keyword groups. Build it once per set of groups (module
 * load); scanning a document is then one pass over its tokens. A pattern's
 * first token is found by the token's hash (computed by the tokenizer) for
 * exact words, and along a small letter trie stored flat for prefixes (`word*`),
 * so most tokens cost a map lookup and a table read or two; only where a pattern can
 * start does the scan follow a word-level trie over the next tokens. Work is
 * proportional to the tokens plus the partial matches, whatever the number of
 * patterns.
 */
export class KeywordIndex {
  /** The root of the word trie: its exact children are the first words of patterns. */
  private readonly _root = wordNode();
  /**
   * The prefix alternatives of first tokens (`word*`) as a letter trie stored flat:
   * the child of node n by letter c (0-25) is `_trans[n * 26 + c] - 1` (-1: none),
   * and `_prefixAt[n]` continues the patterns whose prefix ends at node n.
   */
  private readonly _trans: Int32Array;
  private readonly _prefixAt: (WordNode | undefined)[];
  private readonly _unique: Unique[] = [];
  /** Per group id, its patterns as pairs (distinct pattern id, index in the group). */
  private readonly _declared: number[][] = [];
  /** Per distinct pattern, the last token it was reported at (dedupes alternative paths). */
  private readonly _last: Int32Array;

  constructor(readonly groups: readonly KeywordGroup[]) {
    const byText = new Map<string, { slots: Slot[]; owners: { group: number; pattern: number }[] }>();
    const prefixes = new Map<string, WordNode>();
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
    for (const { slots, owners } of byText.values()) {
      const u: Unique = { slots, owners, id: this._unique.length };
      this._unique.push(u);
      // The first token's exact words and `#num` are children of the root like any
      // other slot; its prefixes go in the letter-pair table.
      this._insert(this._root, u, 0, { ...slots[0]!, prefixes: [] });
      for (const prefix of new Set(slots[0]!.prefixes)) {
        let n = prefixes.get(prefix);
        if (!n) prefixes.set(prefix, (n = wordNode()));
        this._insertRest(n, u, 1);
      }
    }
    // The prefix trie, numbered breadth first so the nodes every token visits sit together.
    const paths = [''];
    const index = new Map([['', 0]]);
    for (let q = 0; q < paths.length; q++) {
      const kids = new Set<string>();
      for (const p of prefixes.keys()) if (p.length > paths[q]!.length && p.startsWith(paths[q]!)) kids.add(p.slice(0, paths[q]!.length + 1));
      for (const k of [...kids].sort()) index.set(k, paths.push(k) - 1);
    }
    this._trans = new Int32Array(paths.length * 26);
    this._prefixAt = paths.map((p) => prefixes.get(p));
    paths.forEach((p, n) => {
      if (n > 0) this._trans[index.get(p.slice(0, -1))! * 26 + p.charCodeAt(p.length - 1) - 97] = n + 1;
    });
    this._last = new Int32Array(this._unique.length);
    for (const u of this._unique) for (const o of u.owners) (this._declared[o.group] ??= []).push(u.id, o.pattern);
  }

  private _insertRest(node: WordNode, u: Unique, s: number): void {
    if (s === u.slots.length) (node.end ??= []).push(u);
    else this._insert(node, u, s, u.slots[s]!);
  }

  /** Add the children of `node` for slot `s` (whose alternatives are `slot`) and go on. */
  private _insert(node: WordNode, u: Unique, s: number, slot: Slot): void {
    for (const e of slot.exact) {
      const m = (node.exact ??= new Map() as ExactMap);
      const h = hashWord(e);
      const list = m.get(h) ?? [];
      m.set(h, list);
      let entry = list.find((x) => x.word === e);
      if (!entry) list.push((entry = { word: e, node: wordNode() }));
      this._insertRest(entry.node, u, s + 1);
    }
    const alts: (string | undefined)[] = [...new Set(slot.prefixes)];
    if (slot.num) alts.push(undefined);
    for (const prefix of alts) {
      const list = (node.other ??= []);
      let entry = list.find((o) => o.prefix === prefix);
      if (!entry) list.push((entry = { prefix, node: wordNode() }));
      this._insertRest(entry.node, u, s + 1);
    }
  }

  /** Calls `onHit` for every occurrence of every pattern in tokens [from, to). */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.count): void {
    this.scanDistinct(
      ts,
      (u, token, end) => {
        for (const o of this._unique[u]!.owners) onHit({ group: o.group, pattern: o.pattern, token, end });
      },
      from,
      to,
    );
  }

  /** Number of distinct patterns (the ids `scanDistinct` reports). */
  get distinctCount(): number {
    return this._unique.length;
  }

  /** Group `g`'s patterns, as pairs: distinct pattern id, index in the group. */
  declared(g: number): readonly number[] {
    return this._declared[g] ?? [];
  }

  /** The (group, pattern) pairs that declared distinct pattern `u`. */
  owners(u: number): readonly { readonly group: number; readonly pattern: number }[] {
    return this._unique[u]!.owners;
  }

  /**
   * Calls `onHit(u, token, end)` for every occurrence of every distinct pattern `u`
   * in tokens [from, to), in order of `token`.
   */
  scanDistinct(ts: TokenStream, onHit: (u: number, token: number, end: number) => void, from = 0, to = ts.count): void {
    const { text, starts, lens, kinds } = ts;
    const trans = this._trans;
    const prefixAt = this._prefixAt;
    this._last.fill(-1);
    for (let i = from; i < to; i++) {
      if (kinds[i] === TokenKind.Word) {
        // Walk the prefix trie along the token's letters (a word token's ASCII
        // characters are letters, lower-cased by `| 32`).
        const s = starts[i]!;
        const len = lens[i]!;
        let node = 0;
        for (let k = 0; k < len; k++) {
          const code = text.charCodeAt(s + k);
          if (code >= 128) break;
          node = trans[node * 26 + (code | 32) - 97]! - 1;
          if (node < 0) break;
          const p = prefixAt[node];
          if (p) this._walk(p, ts, i, i + 1, to, onHit);
        }
      }
      this._next(this._root, ts, i, i, to, onHit);
    }
  }

  /** Follow the word trie from `node` (the pattern started at token `i`; token `j` is next). */
  private _walk(node: WordNode, ts: TokenStream, i: number, j: number, to: number, onHit: (u: number, token: number, end: number) => void): void {
    if (node.end) {
      for (const u of node.end) {
        if (this._last[u.id] === i) continue;
        this._last[u.id] = i;
        onHit(u.id, i, j);
      }
    }
    if (j < to) this._next(node, ts, i, j, to, onHit);
  }

  /** Follow the children of `node` that token `j` matches. */
  private _next(node: WordNode, ts: TokenStream, i: number, j: number, to: number, onHit: (u: number, token: number, end: number) => void): void {
    if (node.exact) {
      const list = node.exact.get(ts.hashes[j]!);
      if (list) for (const x of list) if (tokenEquals(ts, j, x.word)) this._walk(x.node, ts, i, j + 1, to, onHit);
    }
    if (node.other) {
      for (const o of node.other) {
        const ok = o.prefix === undefined ? ts.kinds[j] === TokenKind.Number : tokenStartsWith(ts, j, o.prefix);
        if (ok) this._walk(o.node, ts, i, j + 1, to, onHit);
      }
    }
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Registry of groups so that every rule's keywords join the one shared scan. */
const registry: KeywordGroup[] = [];
let frozen: KeywordIndex | undefined;

/** Declare a keyword group (at module load). */
export function keywordGroup(name: string, patterns: readonly Keyword[]): KeywordGroup {
  const g: KeywordGroup = { id: registry.length, name, patterns };
  registry.push(g);
  frozen = undefined;
  return g;
}

/** The index over every declared group, built lazily once. */
export function sharedIndex(): KeywordIndex {
  return (frozen ??= new KeywordIndex(registry.slice()));
}
