/**
 * The keyword language (see `Keyword` in framework/types.ts) compiled into an
 * index over first tokens, and one linear scan of a token stream that reports
 * every pattern occurrence. All keyword groups of all rules share one scan.
 */
import type { Keyword } from '../framework/types';
import { TokenKind, type TokenStream } from './tokenize';

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

/** Hash of a lower-case keyword word; `hashToken` computes the same from a token's characters. */
function hashWord(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

function hashToken(ts: TokenStream, i: number): number {
  const s = ts.starts[i]!;
  const len = ts.lens[i]!;
  let h = 0;
  for (let k = 0; k < len; k++) h = (Math.imul(h, 31) + lower(ts.text.charCodeAt(s + k))) | 0;
  return h;
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

/** A node of the word-level trie over the tokens after the first: where patterns end, and how they go on. */
interface WordNode {
  /** Patterns complete at this node. */
  end: Compiled[] | undefined;
  /** Next token, matched exactly: by the hash of its lower-cased characters, then compared. */
  exact: Map<number, { readonly word: string; readonly node: WordNode }[]> | undefined;
  /** Next token, matched by a prefix or as a number: one child per distinct alternative. */
  other: { readonly prefix: string | undefined; readonly node: WordNode }[] | undefined;
}

/** Trie node over the first token's characters (keywords are ASCII `a-z0-9`). */
interface CharNode {
  next: (CharNode | undefined)[] | undefined;
  /** Continuations of patterns whose first token is exactly the path to this node. */
  exact: WordNode | undefined;
  /** Continuations of patterns whose first token has this path as a prefix (`word*`). */
  prefix: WordNode | undefined;
}

const wordNode = (): WordNode => ({ end: undefined, exact: undefined, other: undefined });
const charNode = (): CharNode => ({ next: undefined, exact: undefined, prefix: undefined });

/**
 * An index over many keyword groups. Build it once per set of groups (module
 * load); scanning a document is then one pass over its tokens: the first token
 * walks a character trie (most tokens leave it after a character or two, with
 * no string created), and only where a pattern can start does the scan follow a
 * word-level trie over the next tokens. Work is proportional to the tokens plus
 * the partial matches, whatever the number of patterns.
 */
export class KeywordIndex {
  private readonly _root = charNode();
  private readonly _num = wordNode();
  private readonly _compiled: Compiled[] = [];
  /** Per compiled pattern, the last token it was reported at (dedupes alternative paths). */
  private _last = new Int32Array(0);

  constructor(readonly groups: readonly KeywordGroup[]) {
    for (const g of groups) {
      g.patterns.forEach((p, pi) => {
        const slots = parseKeyword(p);
        const c: Compiled = { group: g.id, pattern: pi, slots, id: this._compiled.length };
        this._compiled.push(c);
        const first = slots[0]!;
        for (const e of first.exact) this._insertRest((this._char(e).exact ??= wordNode()), c, 1);
        for (const pre of new Set(first.prefixes)) this._insertRest((this._char(pre).prefix ??= wordNode()), c, 1);
        if (first.num) this._insertRest(this._num, c, 1);
      });
    }
    this._last = new Int32Array(this._compiled.length);
  }

  private _char(word: string): CharNode {
    let node = this._root;
    for (let k = 0; k < word.length; k++) {
      const next = (node.next ??= new Array<CharNode | undefined>(128).fill(undefined));
      node = next[word.charCodeAt(k)] ??= charNode();
    }
    return node;
  }

  private _insertRest(node: WordNode, c: Compiled, s: number): void {
    if (s === c.slots.length) {
      (node.end ??= []).push(c);
      return;
    }
    const slot = c.slots[s]!;
    for (const e of slot.exact) {
      const m = (node.exact ??= new Map<number, { readonly word: string; readonly node: WordNode }[]>());
      const h = hashWord(e);
      const list = m.get(h) ?? [];
      m.set(h, list);
      let entry = list.find((x) => x.word === e);
      if (!entry) list.push((entry = { word: e, node: wordNode() }));
      this._insertRest(entry.node, c, s + 1);
    }
    const alts: (string | undefined)[] = [...new Set(slot.prefixes)];
    if (slot.num) alts.push(undefined);
    for (const prefix of alts) {
      const list = (node.other ??= []);
      let entry = list.find((o) => o.prefix === prefix);
      if (!entry) list.push((entry = { prefix, node: wordNode() }));
      this._insertRest(entry.node, c, s + 1);
    }
  }

  /** Calls `onHit` for every occurrence of every pattern in tokens [from, to). */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.count): void {
    const { text, starts, lens, kinds } = ts;
    this._last.fill(-1);
    for (let i = from; i < to; i++) {
      if (kinds[i] === TokenKind.Number) {
        this._walk(this._num, ts, i, i + 1, to, onHit);
        continue;
      }
      const s = starts[i]!;
      const len = lens[i]!;
      let node: CharNode | undefined = this._root;
      let k = 0;
      for (; k < len; k++) {
        const code = text.charCodeAt(s + k);
        if (code >= 128 || !node.next) {
          node = undefined;
          break;
        }
        node = node.next[code >= 65 && code <= 90 ? code + 32 : code];
        if (!node) break;
        if (node.prefix) this._walk(node.prefix, ts, i, i + 1, to, onHit);
      }
      if (node && k === len && node.exact) this._walk(node.exact, ts, i, i + 1, to, onHit);
    }
  }

  /** Follow the word trie from token `j` (the pattern started at token `i`). */
  private _walk(node: WordNode, ts: TokenStream, i: number, j: number, to: number, onHit: (h: Hit) => void): void {
    if (node.end) {
      for (const c of node.end) {
        if (this._last[c.id] === i) continue;
        this._last[c.id] = i;
        onHit({ group: c.group, pattern: c.pattern, token: i, end: j });
      }
    }
    if (j >= to) return;
    if (node.exact) {
      const list = node.exact.get(hashToken(ts, j));
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
