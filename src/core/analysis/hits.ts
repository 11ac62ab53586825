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
  /** Hits per group id; a group's array is created at its first hit. */
  private readonly _byGroup: (Hit[] | undefined)[];

  constructor(private readonly _answer: Answer) {
    const index = sharedIndex();
    const byGroup = (this._byGroup = new Array<Hit[] | undefined>(index.groups.length));
    index.scan(_answer.tokens, (h) => {
      const list = byGroup[h.group];
      if (list) list.push(h);
      else byGroup[h.group] = [h];
    });
  }

  /** All hits of a group, in document order. */
  all(g: KeywordGroup): readonly Hit[] {
    return this._byGroup[g.id] ?? NONE;
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
