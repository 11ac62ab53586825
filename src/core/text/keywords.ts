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

/** Does token `i` equal `w` (lower-case), compared by character codes without allocating? */
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

function slotMatches(slot: Slot, ts: TokenStream, i: number): boolean {
  if (ts.kinds[i] === TokenKind.Number && slot.num) return true;
  for (const e of slot.exact) if (tokenEquals(ts, i, e)) return true;
  for (const p of slot.prefixes) if (tokenStartsWith(ts, i, p)) return true;
  return false;
}

/** Trie node over first tokens: children by ASCII code (keywords are ASCII `a-z0-9`). */
interface TrieNode {
  next: (TrieNode | undefined)[] | undefined;
  /** Patterns whose first token is exactly the path to this node. */
  exact: Compiled[] | undefined;
  /** Patterns whose first token has the path to this node as a prefix (`word*`). */
  prefix: Compiled[] | undefined;
}

const newNode = (): TrieNode => ({ next: undefined, exact: undefined, prefix: undefined });

/**
 * An index over many keyword groups. Build it once per set of groups (module
 * load); scanning a document is then one pass over its tokens that walks a trie
 * of first tokens character by character — most tokens leave the trie after a
 * character or two — and creates no strings.
 */
export class KeywordIndex {
  private readonly _root = newNode();
  private readonly _numFirst: Compiled[] = [];

  constructor(readonly groups: readonly KeywordGroup[]) {
    for (const g of groups) {
      g.patterns.forEach((p, pi) => {
        const slots = parseKeyword(p);
        const c: Compiled = { group: g.id, pattern: pi, slots };
        const first = slots[0]!;
        for (const e of first.exact) (this._node(e).exact ??= []).push(c);
        for (const pre of new Set(first.prefixes)) {
          const node = this._node(pre);
          if (!node.prefix?.includes(c)) (node.prefix ??= []).push(c);
        }
        if (first.num) this._numFirst.push(c);
      });
    }
  }

  private _node(word: string): TrieNode {
    let node = this._root;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const next = (node.next ??= new Array<TrieNode | undefined>(128).fill(undefined));
      node = next[code] ??= newNode();
    }
    return node;
  }

  /** Calls `onHit` for every occurrence of every pattern in tokens [from, to). */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.count): void {
    const { text, starts, lens, kinds } = ts;
    const seen: Compiled[] = [];
    for (let i = from; i < to; i++) {
      if (kinds[i] === TokenKind.Number) for (const c of this._numFirst) this._tryRest(c, ts, i, to, onHit);
      const s = starts[i]!;
      const len = lens[i]!;
      let node: TrieNode | undefined = this._root;
      let k = 0;
      seen.length = 0;
      for (; k < len; k++) {
        const code = text.charCodeAt(s + k);
        if (code >= 128 || !node.next) {
          node = undefined;
          break;
        }
        node = node.next[code >= 65 && code <= 90 ? code + 32 : code];
        if (!node) break;
        if (node.prefix) {
          for (const c of node.prefix) {
            if (!seen.includes(c)) {
              seen.push(c);
              this._tryRest(c, ts, i, to, onHit);
            }
          }
        }
      }
      if (node && k === len && node.exact) {
        for (const c of node.exact) if (!seen.includes(c)) this._tryRest(c, ts, i, to, onHit);
      }
    }
  }

  private _tryRest(c: Compiled, ts: TokenStream, i: number, to: number, onHit: (h: Hit) => void) {
    const n = c.slots.length;
    if (i + n > to) return;
    for (let s = 1; s < n; s++) if (!slotMatches(c.slots[s]!, ts, i + s)) return;
    onHit({ group: c.group, pattern: c.pattern, token: i, end: i + n });
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

/** Number of groups declared so far. */
export function groupCount(): number {
  return registry.length;
}
