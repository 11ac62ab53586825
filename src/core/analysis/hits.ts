import type { Answer, Range } from '../model/types';
import { groupCount, scopeIndex, type Hit, type KeywordGroup } from '../text/keywords';
import { STEP_IDS, type StepId } from '../framework/types';
import { graphOf } from '../diagrams/pipeline';

const NONE: readonly Hit[] = [];

/**
 * Lines whose words say nothing: the body of a flowchart or sequence diagram that
 * draws no edge (a list of boxes). A diagram shows a flow only
 * through its edges; a fenced list of component names is not a data flow.
 */
function mutedLines(a: Answer): Uint8Array | undefined {
  if (!a.mermaid.length) return undefined;
  let mute: Uint8Array | undefined;
  for (const b of a.mermaid) {
    // Only the types the reader knows (flowcharts, sequence diagrams) can be seen to draw nothing.
    // An unclosed block is the fence's finding, not a reason to silence the rest of the answer.
    const g = b.closed ? graphOf(b.source) : undefined;
    if (!g || g.edges.length > 0) continue;
    mute ??= new Uint8Array(a.lineCount);
    mute.fill(1, b.contentLine, Math.min(b.end, a.lineCount));
  }
  return mute;
}

/** Token indices where the answer's parts begin: 0, each section's heading, the end of its own body, and the end. */
function sectionCuts(a: Answer): number[] {
  const cuts = new Set<number>([0, a.tokens.count]);
  for (const s of a.sections) {
    cuts.add(a.tokens.firstAtLine(s.line));
    if (s.ownEnd < a.lineCount) cuts.add(a.tokens.firstAtLine(s.ownEnd));
  }
  return [...cuts].sort((x, y) => x - y);
}

/**
 * Every keyword occurrence of every declared group in one answer, with queries
 * by step and by line range. One scan of the answer's tokens covers the groups
 * every answer is checked with and those of its case.
 */
export class HitTable {
  /** Hits per group id, ordered by first token, then by pattern. */
  private readonly _byGroup: Hit[][];

  /** `scope`: the answer's case id, whose groups are scanned too. */
  constructor(private readonly _answer: Answer, private readonly _scope = '') {
    const byGroup: Hit[][] = (this._byGroup = []);
    for (let g = 0; g < groupCount(); g++) byGroup.push([]);
    const mute = mutedLines(_answer);
    const { tokens } = _answer;
    const onHit = mute ? (h: Hit) => mute[tokens.line(h.token)] || byGroup[h.group]!.push(h) : (h: Hit) => byGroup[h.group]!.push(h);
    // Section by section (a keyword never runs from one section into the next heading), each
    // remembered: a re-check after an edit scans only the sections that changed.
    const index = scopeIndex(_scope);
    const cuts = sectionCuts(_answer);
    for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i]! < cuts[i + 1]!) index.scanCached(tokens, cuts[i]!, cuts[i + 1]!, onHit);
    // The scan reports in token order; patterns at one token in index order, so
    // a sort (linear on such nearly sorted lists) makes the order stable.
    for (const hits of byGroup) if (hits.length > 1) hits.sort((a, b) => a.token - b.token || a.pattern - b.pattern);
  }

  /** All hits of a group, in document order; none for another case's group. */
  all(g: KeywordGroup): readonly Hit[] {
    if (g.scope && g.scope !== this._scope) return NONE;
    return this._byGroup[g.id] ?? NONE;
  }

  /**
   * The hit that covers a point among the occurrences on lines whose step mask
   * (`Answer.lineSteps`) has `bit` (every line when `bit` is 0): the first hit
   * of `strong`, or else the first hit of `weak` when two of its patterns occur.
   */
  covering(strong: KeywordGroup, weak: KeywordGroup, bit: number): Hit | undefined {
    const { lineSteps } = this._answer;
    const keep = (h: Hit) => bit === 0 || (lineSteps[this.line(h)]! & bit) !== 0;
    const s = this.all(strong).find(keep);
    if (s) return s;
    let first: Hit | undefined;
    for (const h of this.all(weak)) {
      if (!keep(h)) continue;
      if (!first) first = h;
      else if (h.pattern !== first.pattern) return first;
    }
    return undefined;
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


  /** Source range of a hit. */
  range(h: Hit): Range {
    const t = this._answer.tokens;
    const last = h.end - 1;
    const [l0, l1] = [t.line(h.token), t.line(last)];
    // Columns from the line starts (the answer's tokens are numbered by its lines).
    const starts = this._answer.lineStarts;
    return {
      start: { line: l0, character: t.start(h.token) - starts[l0]! },
      end: { line: l1, character: t.end(last) - starts[l1]! },
    };
  }
}
