/**
 * The keyword language (see `Keyword` in framework/types.ts): patterns are
 * parsed once into slot lists and merged into a trie of words, so that patterns
 * sharing their first words ("online learning", "online serving") are followed
 * together. A scan is one pass over the tokens: at each token, a walk down the
 * trie for as long as the next tokens match. All keyword groups of a case share
 * one index and one scan.
 */
import type { Keyword } from '../framework/types';
import { isNumber, NUMBER_WORDS, type TokenStream } from './tokenize';
import { TextCache } from '../util';

/** One token position of a pattern: the token matches when any alternative does. */
export interface Slot {
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

/** The slots of a pattern; throws on a syntactically invalid one. */
export function parseKeyword(pattern: Keyword): Slot[] {
  const words = pattern.trim().split(/\s+/);
  if (words[0] === '') throw new Error(`empty keyword pattern`);
  return words.map((w) => {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    let num = false;
    for (const alt of w.split('|')) {
      if (!TOKEN_RE.test(alt)) throw new Error(`invalid token "${alt}" in keyword "${pattern}"`);
      if (alt === '#num') num = true;
      else if (alt.endsWith('*')) {
        if (alt.length < 3) throw new Error(`prefix "${alt}" in "${pattern}" is shorter than 2 characters`);
        prefixes.push(alt.slice(0, -1));
      } else exact.add(alt);
    }
    return { exact, prefixes, num };
  });
}

/** A declared pattern: (group, index in the group), numbered across the index. */
interface Owner {
  readonly id: number;
  readonly group: number;
  readonly pattern: number;
}

/** A trie node: the patterns complete here, and the nodes the next token leads to. */
interface Node {
  readonly ends: Owner[];
  readonly words: Map<string, Node>;
  readonly prefixes: PrefixChild[];
  num?: Node;
  /** What each word seen here led to (see `KeywordIndex._next`). */
  next?: Map<string, readonly Node[]>;
}

interface PrefixChild {
  readonly prefix: string;
  readonly node: Node;
}

const newNode = (): Node => ({ ends: [], words: new Map(), prefixes: [] });
const NO_PREFIXES: readonly PrefixChild[] = [];
const NO_NODES: readonly Node[] = [];
/** Words remembered across all nodes of an index before the memory is dropped. */
const MEMO_LIMIT = 200_000;

/**
 * A word's first three characters (fewer in a shorter word) as a number in base
 * 27, an array index without making a string; 0 when one is not a lower-case
 * ASCII letter (no prefix can match then). Keys of different lengths never collide.
 */
function letterKey(w: string): number {
  let key = 0;
  for (let k = 0; k < 3 && k < w.length; k++) {
    const c = w.charCodeAt(k) - 96;
    if (!(c >= 1 && c <= 26)) return 0;
    key = key * 27 + c;
  }
  return key;
}

/** The keys of the words a prefix can match: its first three letters; for a two-letter prefix, itself and its 26 extensions. */
function prefixKeys(prefix: string): number[] {
  if (prefix.length >= 3) return [letterKey(prefix)];
  return [letterKey(prefix), ...Array.from({ length: 26 }, (_, c) => letterKey(prefix + String.fromCharCode(97 + c)))];
}

/**
 * An index over many keyword groups, built once per set of groups
 * (`scopeIndex` builds one per case, on first use). Work per scan is a Map
 * lookup and an array read per token, plus a lookup per token of a partial
 * match, however many patterns there are.
 */
export class KeywordIndex {
  private readonly _root = newNode();
  /**
   * The root's prefix children by the `letterKey` of the words they can match:
   * hundreds of patterns start with a prefix, and a token looks up only its own few.
   */
  private readonly _rootPrefixes: (PrefixChild[] | undefined)[] = new Array(27 ** 3).fill(undefined);
  private readonly _owners: number;
  /** Nodes that remember what words led to, and how many words they remember in all. */
  private readonly _memos: Node[] = [];
  private _memoSize = 0;

  constructor(readonly groups: readonly KeywordGroup[]) {
    let id = 0;
    for (const g of groups) {
      g.patterns.forEach((p, pattern) => this._insert(this._root, parseKeyword(p), 0, { id: id++, group: g.id, pattern }));
    }
    this._owners = id;
  }

  /** Add the paths of `slots[s..]` below `node`, one per alternative. */
  private _insert(node: Node, slots: readonly Slot[], s: number, owner: Owner): void {
    if (s === slots.length) {
      node.ends.push(owner);
      return;
    }
    const slot = slots[s]!;
    for (const w of slot.exact) {
      let child = node.words.get(w);
      if (!child) node.words.set(w, (child = newNode()));
      this._insert(child, slots, s + 1, owner);
    }
    for (const prefix of slot.prefixes) {
      let child = node.prefixes.find((c) => c.prefix === prefix);
      if (!child) {
        node.prefixes.push((child = { prefix, node: newNode() }));
        if (node === this._root) for (const key of prefixKeys(prefix)) (this._rootPrefixes[key] ??= []).push(child);
      }
      this._insert(child.node, slots, s + 1, owner);
    }
    if (slot.num) this._insert((node.num ??= newNode()), slots, s + 1, owner);
  }

  /**
   * The nodes a word leads to from `node`: its exact child, its `#num` child for a
   * number, and the children of the prefixes it starts with. The same words recur all
   * through an answer (and across answers), so each node keeps what each word led to.
   */
  private _next(node: Node, w: string): readonly Node[] {
    let memo = node.next;
    if (!memo) {
      memo = node.next = new Map();
      this._memos.push(node);
    }
    let out = memo.get(w);
    if (out) return out;
    const found: Node[] = [];
    const child = node.words.get(w);
    if (child) found.push(child);
    // Prefixes are letters only; `#num` matches digits and numbers written as words.
    if (isNumber(w)) {
      if (node.num) found.push(node.num);
    } else {
      if (node.num && NUMBER_WORDS.has(w)) found.push(node.num);
      const prefixes = node === this._root ? (this._rootPrefixes[letterKey(w)] ?? NO_PREFIXES) : node.prefixes;
      for (const c of prefixes) if (w.startsWith(c.prefix)) found.push(c.node);
    }
    out = found.length ? found : NO_NODES;
    // Bounded: an answer of a million distinct words must not grow the index for good.
    if (++this._memoSize > MEMO_LIMIT) this._clearMemos();
    memo.set(w, out);
    return out;
  }

  private _clearMemos(): void {
    for (const n of this._memos) n.next = undefined;
    this._memos.length = 0;
    this._memoSize = 0;
  }

  /**
   * Calls `onHit` for every occurrence of every pattern in the tokens [from, to)
   * (all by default), in order of first token. No occurrence runs past `to`.
   */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.words.length): void {
    const words = ts.words;
    // The start token each pattern was last reported at: two alternatives of a
    // slot (`model|model*`) can both lead to its end, and it occurs once.
    const last = new Int32Array(this._owners).fill(-1);
    const walk = (node: Node, start: number, j: number): void => {
      for (const o of node.ends) {
        if (last[o.id] === start) continue;
        last[o.id] = start;
        onHit({ group: o.group, pattern: o.pattern, token: start, end: j });
      }
      if (j === to) return;
      for (const next of this._next(node, words[j]!)) walk(next, start, j + 1);
    };
    for (let i = from; i < to; i++) walk(this._root, i, i);
  }

  /**
   * `scan` of the tokens [from, to), remembered by their words: a part of an answer
   * that did not change since the last check (every section but the one being
   * edited) is not scanned again. The hits come in the order `scan` gives them.
   */
  scanCached(ts: TokenStream, from: number, to: number, onHit: (h: Hit) => void): void {
    const key = ts.words.slice(from, to).join(' ');
    let found = this._chunks.get(key);
    if (!found) {
      const quads: number[] = [];
      this.scan(ts, (h) => void quads.push(h.group, h.pattern, h.token - from, h.end - from), from, to);
      this._chunks.set(key, (found = Int32Array.from(quads)));
    }
    for (let i = 0; i < found.length; i += 4) onHit({ group: found[i]!, pattern: found[i + 1]!, token: found[i + 2]! + from, end: found[i + 3]! + from });
  }
  /** The hits of the chunks scanned last (relative group, pattern, token, end quads), by their words. */
  private readonly _chunks = new TextCache<Int32Array>(2000, 4 << 20);

  /** Forget every remembered chunk: the next scan of each reads it anew. */
  forget(): void {
    this._chunks.clear();
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

/** Forget what every index remembers of the chunks it scanned (the bench's cold check). */
export function forgetScans(): void {
  for (const index of indexes.values()) index.forget();
}
