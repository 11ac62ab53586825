import type { Answer } from '../model/types';
import { groupCount, scopeIndex, type Hit, type KeywordGroup, type KeywordIndex, type Occurrences } from '../text/keywords';
import { STEP_IDS, type StepId } from '../framework/types';
import type { Range } from '../model/types';

/** The occurrences one scan found, grouped by distinct pattern. */
class Recording {
  readonly occ: Occurrences;
  /** Occurrences of distinct pattern u: `order[first[u] .. first[u + 1])`, indexes into `occ`, in token order. */
  readonly first: Int32Array;
  readonly order: Int32Array;

  constructor(readonly index: KeywordIndex, answer: Answer) {
    const occ = (this.occ = index.scanDistinct(answer.tokens));
    const first = (this.first = new Int32Array(index.distinctCount + 1));
    for (let k = 0; k < occ.count; k++) first[occ.pattern[k]! + 1]!++;
    for (let u = 0; u < index.distinctCount; u++) first[u + 1]! += first[u]!;
    const order = (this.order = new Int32Array(occ.count));
    const fill = first.slice(0, -1);
    for (let k = 0; k < occ.count; k++) order[fill[occ.pattern[k]!]!++] = k;
  }
}

const NONE: readonly Hit[] = [];
const byNumber = (a: number, b: number) => a - b;

/**
 * Every keyword occurrence of every declared group in one answer, with queries
 * by step and by line range. One scan of the answer's tokens covers the groups
 * every answer is checked with and those of its case; each distinct pattern is
 * recorded once however many groups declare it, and a group's hits are put
 * together only when a rule or the coverage asks.
 */
export class HitTable {
  /** Hits per group id, built at the group's first query. */
  private readonly _byGroup: (readonly Hit[] | undefined)[];
  private readonly _rec: Recording;

  /** `scope`: the answer's case id, whose groups are scanned too. */
  constructor(private readonly _answer: Answer, private readonly _scope = '') {
    this._byGroup = new Array<Hit[] | undefined>(groupCount());
    this._rec = new Recording(scopeIndex(_scope), _answer);
  }

  /** All hits of a group, in document order (the scan's order); none for another case's group. */
  all(g: KeywordGroup): readonly Hit[] {
    let hits = this._byGroup[g.id];
    if (hits) return hits;
    if (g.scope && g.scope !== this._scope) return NONE;
    const rec = this._rec;
    const decl = rec.index.declared(g.id);
    const { first, order, occ } = rec;
    let patterns = 0;
    let only = -1;
    for (let k = 0; k < decl.length; k += 2) {
      if (first[decl[k]! + 1]! > first[decl[k]!]!) {
        patterns++;
        only = k;
      }
    }
    const out: Hit[] = [];
    if (patterns === 0) hits = NONE;
    else if (patterns === 1) {
      const u = decl[only]!;
      const pattern = decl[only + 1]!;
      for (let q = first[u]!; q < first[u + 1]!; q++) out.push({ group: g.id, pattern, token: occ.token[order[q]!]!, end: occ.end[order[q]!]! });
    } else {
      // Occurrence index and declared pattern packed in one number, sorted
      // numerically: the keys are one ascending run per pattern, which the
      // built-in merge sort (TimSort) merges in about linear time.
      const sorted: number[] = [];
      for (let k = 0; k < decl.length; k += 2) {
        const u = decl[k]!;
        for (let q = first[u]!; q < first[u + 1]!; q++) sorted.push(order[q]! * 1024 + decl[k + 1]!);
      }
      sorted.sort(byNumber);
      for (const key of sorted) {
        const o = Math.floor(key / 1024);
        out.push({ group: g.id, pattern: key - o * 1024, token: occ.token[o]!, end: occ.end[o]! });
      }
    }
    this._byGroup[g.id] = hits ??= out;
    return hits;
  }

  /**
   * The hit that covers a point among the occurrences on lines whose step mask
   * (`Answer.lineSteps`) has `bit` (every line when `bit` is 0): the first hit
   * of `strong`, or else the first hit of `weak` when two of its patterns occur.
   * The same answer as filtering `all()`, without building the hit lists.
   */
  covering(strong: KeywordGroup, weak: KeywordGroup, bit: number): Hit | undefined {
    const s = this._first(strong, bit);
    if (s.patterns > 0) return s.hit;
    const w = this._first(weak, bit);
    return w.patterns >= 2 ? w.hit : undefined;
  }

  /** The first accepted occurrence of a group, and how many of its patterns have one. */
  private _first(g: KeywordGroup, bit: number): { hit: Hit | undefined; patterns: number } {
    if ((g.scope && g.scope !== this._scope) || (bit & this._stepsPresent()) !== bit) return { hit: undefined, patterns: 0 };
    const { first, order, occ, index } = this._rec;
    const { tokens, lineSteps } = this._answer;
    const decl = index.declared(g.id);
    let best = -1;
    let bestPattern = -1;
    let patterns = 0;
    for (let k = 0; k < decl.length; k += 2) {
      const u = decl[k]!;
      for (let q = first[u]!; q < first[u + 1]!; q++) {
        const o = order[q]!;
        if (bit !== 0 && (lineSteps[tokens.line(occ.token[o]!)]! & bit) === 0) continue;
        patterns++;
        if (best < 0 || o < best || (o === best && decl[k + 1]! < bestPattern)) [best, bestPattern] = [o, decl[k + 1]!];
        break; // occurrences are in token order: the first accepted one is this pattern's earliest
      }
    }
    return { hit: best < 0 ? undefined : { group: g.id, pattern: bestPattern, token: occ.token[best]!, end: occ.end[best]! }, patterns };
  }

  private _present?: number;
  /** The steps some line counts for, as a mask (a step without lines has no accepted hit). */
  private _stepsPresent(): number {
    if (this._present === undefined) {
      let mask = 0;
      for (const m of this._answer.lineSteps) mask |= m;
      this._present = mask;
    }
    return this._present;
  }

  /** Line of a hit. */
  line(h: Hit): number {
    return this._answer.tokens.line(h.token);
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
    // Columns from the line starts (the answer's tokens are numbered by its lines).
    const starts = this._answer.lineStarts;
    const last = h.end - 1;
    const [l0, l1] = [t.line(h.token), t.line(last)];
    return {
      start: { line: l0, character: t.start(h.token) - starts[l0]! },
      end: { line: l1, character: t.start(last) + t.len(last) - starts[l1]! },
    };
  }
}
