import type { Answer } from '../model/types';
import { sharedIndex, type Hit, type KeywordGroup } from '../text/keywords';
import { STEP_IDS, type StepId } from '../framework/types';
import type { Range } from '../model/types';

/**
 * Every keyword occurrence of every declared group in one answer, from one
 * scan of its tokens, with queries by step and by line range.
 */
const NONE: readonly Hit[] = [];

export class HitTable {
  /** Hits per group id, built at the group's first query. */
  private readonly _byGroup: (readonly Hit[] | undefined)[];
  /** Every occurrence of a distinct pattern, in scan (document) order: its token range. */
  private readonly _tok: number[] = [];
  private readonly _end: number[] = [];
  /** Per distinct pattern, the indexes of its occurrences in `_tok`/`_end`. */
  private readonly _byPattern: (number[] | undefined)[];

  constructor(private readonly _answer: Answer) {
    const index = sharedIndex();
    this._byGroup = new Array<Hit[] | undefined>(index.groups.length);
    const byPattern = (this._byPattern = new Array<number[] | undefined>(index.distinctCount));
    const tok = this._tok;
    const end = this._end;
    // One scan records each distinct pattern once, however many groups declare it;
    // a group's hits are put together only when a rule or the coverage asks.
    index.scanDistinct(_answer.tokens, (u, token, e) => {
      const seq = tok.push(token) - 1;
      end.push(e);
      const list = byPattern[u];
      if (list) list.push(seq);
      else byPattern[u] = [seq];
    });
  }

  /** All hits of a group, in document order (the scan's order). */
  all(g: KeywordGroup): readonly Hit[] {
    let hits = this._byGroup[g.id];
    if (hits) return hits;
    const decl = sharedIndex().declared(g.id);
    let only: number[] | undefined;
    let onlyPattern = -1;
    let several = false;
    for (let k = 0; k < decl.length; k += 2) {
      const list = this._byPattern[decl[k]!];
      if (!list) continue;
      if (only) several = true;
      only = list;
      onlyPattern = decl[k + 1]!;
    }
    const out: Hit[] = [];
    if (!only) hits = NONE;
    else if (!several) {
      for (const seq of only) out.push({ group: g.id, pattern: onlyPattern, token: this._tok[seq]!, end: this._end[seq]! });
    } else {
      // Occurrence index and declared pattern packed in one number, sorted numerically.
      const keys: number[] = [];
      for (let k = 0; k < decl.length; k += 2) {
        const list = this._byPattern[decl[k]!];
        if (list) for (const seq of list) keys.push(seq * 1024 + decl[k + 1]!);
      }
      const sorted = Float64Array.from(keys).sort();
      for (const key of sorted) {
        const seq = Math.floor(key / 1024);
        out.push({ group: g.id, pattern: key - seq * 1024, token: this._tok[seq]!, end: this._end[seq]! });
      }
    }
    this._byGroup[g.id] = hits ??= out;
    return hits;
  }

  /** Line of a hit. */
  line(h: Hit): number {
    return this._answer.tokens.lines[h.token]!;
  }

  /** Hits of `g` on lines that count for `step`. */
  inStep(g: KeywordGroup, step: StepId): Hit[] {
    const bit = 1 << STEP_IDS.indexOf(step);
    const { lineSteps } = this._answer;
    return this.all(g).filter((h) => (lineSteps[this.line(h)]! & bit) !== 0);
  }

  /** Hits of `g` on lines [start, end). */
  inLines(g: KeywordGroup, start: number, end: number): Hit[] {
    return this.all(g).filter((h) => {
      const l = this.line(h);
      return l >= start && l < end;
    });
  }

  /** Source range of a hit. */
  range(h: Hit): Range {
    const t = this._answer.tokens;
    const last = h.end - 1;
    return {
      start: { line: t.lines[h.token]!, character: t.cols[h.token]! },
      end: { line: t.lines[last]!, character: t.cols[last]! + t.lens[last]! },
    };
  }

  /** Number of distinct patterns among hits. */
  static distinct(hits: readonly Hit[]): number {
    return new Set(hits.map((h) => h.pattern)).size;
  }
}
