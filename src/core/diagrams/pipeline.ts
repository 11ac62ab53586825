/**
 * The answer's diagrams as graphs, for the rules that read what a diagram says
 * (MLSD026, MLSD027): each Mermaid flowchart or sequence diagram with at least
 * one edge, read once per source (an answer that repeats a diagram reads it once).
 */
import { STEP_IDS, type StepId } from '../framework/types';
import type { Answer, MermaidBlock } from '../model/types';
import { labelWords, readDiagram, type DiagramGraph } from './graph';

export interface AnswerDiagram {
  readonly block: MermaidBlock;
  readonly graph: DiagramGraph;
}

const MAX_MEMO = 256;
const memo = new Map<string, DiagramGraph | undefined>();
const perAnswer = new WeakMap<Answer, readonly AnswerDiagram[]>();

/** The graph of a block's source (memoized by source). */
export function graphOf(source: string): DiagramGraph | undefined {
  if (memo.has(source)) return memo.get(source);
  const g = readDiagram(source);
  memo.set(source, g);
  if (memo.size > MAX_MEMO) memo.delete(memo.keys().next().value!);
  return g;
}

/** The answer's pipeline diagrams: closed flowcharts and sequence diagrams with at least one edge, in order. */
export function pipelineDiagrams(answer: Answer): readonly AnswerDiagram[] {
  let list = perAnswer.get(answer);
  if (!list) {
    const out: AnswerDiagram[] = [];
    for (const block of answer.mermaid) {
      if (!block.closed) continue;
      const graph = graphOf(block.source);
      if (graph && graph.edges.length > 0) out.push({ block, graph });
    }
    perAnswer.set(answer, (list = out));
  }
  return list;
}

/** The first step the answer's line counts for (a diagram's step is its fence line's). */
export function stepAtLine(answer: Answer, line: number): StepId | null {
  const mask = answer.lineSteps[line] ?? 0;
  return STEP_IDS.find((_, i) => mask & (1 << i)) ?? null;
}

/**
 * A matcher for label words in the keyword syntax the rules use elsewhere
 * (`feature store*`, `training data|set`, `pub sub`): a pattern matches when its
 * words occur in a row; `x*` is a prefix, `a|b` alternatives.
 */
export function wordMatcher(patterns: readonly string[]): (words: readonly string[]) => boolean {
  const compiled = patterns.map((p) =>
    p
      .trim()
      .split(/\s+/)
      .map((slot) => slot.split('|').map((alt) => (alt.endsWith('*') ? { prefix: alt.slice(0, -1) } : { exact: alt }))),
  );
  return (words) => {
    for (const slots of compiled) {
      for (let i = 0; i + slots.length <= words.length; i++) {
        let ok = true;
        for (let s = 0; s < slots.length && ok; s++) {
          const w = words[i + s]!;
          ok = slots[s]!.some((a) => ('exact' in a ? w === a.exact : w.startsWith(a.prefix!)));
        }
        if (ok) return true;
      }
    }
    return false;
  };
}

/** The words a node is read by: its label's, and its id's when the label is only the id. */
export function nodeWords(node: { id: string; label: string }): string[] {
  return labelWords(node.label === node.id ? node.id.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ') : node.label);
}
