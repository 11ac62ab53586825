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

const TOKEN_RE = /^(?:#num|[^\s|*#]+\*?)$/u;

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

function slotMatches(slot: Slot, word: string, kind: number): boolean {
  if (kind === TokenKind.Number) return slot.num || slot.exact.has(word);
  if (slot.exact.has(word)) return true;
  for (const p of slot.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/**
 * An index over many keyword groups. Build it once per set of groups
 * (module load); scanning a document is then one pass over its tokens.
 */
export class KeywordIndex {
  private readonly _byExact = new Map<string, Compiled[]>();
  private readonly _byPrefix2 = new Map<string, Compiled[]>();
  private readonly _numFirst: Compiled[] = [];

  constructor(readonly groups: readonly KeywordGroup[]) {
    for (const g of groups) {
      g.patterns.forEach((p, pi) => {
        const slots = parseKeyword(p);
        const c: Compiled = { group: g.id, pattern: pi, slots };
        const first = slots[0]!;
        for (const e of first.exact) push(this._byExact, e, c);
        for (const pre of first.prefixes) push(this._byPrefix2, pre.slice(0, 2), c);
        if (first.num) this._numFirst.push(c);
      });
    }
  }

  /** Calls `onHit` for every occurrence of every pattern in tokens [from, to). */
  scan(ts: TokenStream, onHit: (h: Hit) => void, from = 0, to = ts.count): void {
    const { words, kinds } = ts;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      const k = kinds[i]!;
      if (k === TokenKind.Number) {
        this._tryAll(this._numFirst, ts, i, to, onHit);
        const ex = this._byExact.get(w);
        if (ex) this._tryAll(ex, ts, i, to, onHit);
        continue;
      }
      const ex = this._byExact.get(w);
      if (ex) this._tryAll(ex, ts, i, to, onHit);
      if (w.length >= 2) {
        const pre = this._byPrefix2.get(w.slice(0, 2));
        if (pre) {
          for (const c of pre) {
            if (c.slots[0]!.prefixes.some((p) => w.startsWith(p))) this._tryRest(c, ts, i, to, onHit);
          }
        }
      }
    }
  }

  private _tryAll(list: readonly Compiled[], ts: TokenStream, i: number, to: number, onHit: (h: Hit) => void) {
    for (const c of list) this._tryRest(c, ts, i, to, onHit);
  }

  private _tryRest(c: Compiled, ts: TokenStream, i: number, to: number, onHit: (h: Hit) => void) {
    const n = c.slots.length;
    if (i + n > to) return;
    for (let s = 1; s < n; s++) {
      if (!slotMatches(c.slots[s]!, ts.words[i + s]!, ts.kinds[i + s]!)) return;
    }
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
