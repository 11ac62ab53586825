import { labelWords, type DiagramGraph } from '../diagrams/graph';
import { COMPONENTS, NAMED, SHOWN } from '../diagrams/components';
import { nodeWords, pipelineDiagrams, stepAtLine, type AnswerDiagram } from '../diagrams/pipeline';
import { STEP_IDS, type StepId } from '../framework/types';
import type { Range } from '../model/types';
import type { Hit } from '../text/keywords';
import { range } from '../util';
import type { Related, Rule } from './types';
import { listOf } from '../findings';

/** What a diagram shows of each component: whether it shows it, and the first label that names it (line within the block). */
interface Drawn {
  readonly shown: readonly boolean[];
  readonly named: readonly ({ label: string; line: number } | undefined)[];
}

/** Once per graph (graphs are shared by every answer with the same diagram source). */
const drawnCache = new WeakMap<DiagramGraph, Drawn>();
function drawnIn(graph: DiagramGraph): Drawn {
  let d = drawnCache.get(graph);
  if (!d) {
    // Every label a diagram shows: nodes, subgraph titles, edge labels.
    const labels = [
      ...graph.nodes.map((n) => ({ words: nodeWords(n), label: n.label, line: n.line })),
      ...graph.groups.map((g) => ({ words: labelWords(g.label), label: g.label, line: g.line })),
      ...graph.edges.filter((e) => e.label).map((e) => ({ words: labelWords(e.label!), label: e.label!, line: e.line })),
    ];
    d = {
      shown: COMPONENTS.map((_, i) => labels.some((l) => SHOWN[i]!(l.words))),
      named: COMPONENTS.map((_, i) => labels.find((l) => NAMED[i]!(l.words))),
    };
    drawnCache.set(graph, d);
  }
  return d;
}

/**
 * MLSD027: the text and the diagrams name the same pipeline components. One
 * finding per answer: the components the steps with a diagram name and no
 * diagram shows, and the components a diagram draws that the text never names.
 */
export const diagramProseMismatch: Rule = {
  id: 'MLSD027',
  name: 'diagram-prose-mismatch',
  description: 'The pipeline components the text names (feature store, event stream, cache, ANN index, model registry …) are in its diagrams, and the components the diagrams draw are explained in the text.',
  rationale:
    'The diagram is what an interviewer looks at first and the text is what they read to check it. When the data step says "a feature store with point-in-time joins" and the data-flow diagram has no feature store, ' +
    'or the diagram has a model registry the text never mentions, they ask which one is the design.\n\n' +
    'The checker compares a short list of components (feature store, event stream, stream processor, warehouse or lake, cache, ANN index, model registry, model server) ' +
    'between the steps that have a diagram and the diagrams, and lists the differences in one finding. Draw what the text names, or say in the text why a box is there.',
  severity: { mid: 'info', senior: 'info', staff: 'info' },
  tags: ['diagram', 'architecture'],
  concepts: COMPONENTS.map((c) => c.id),
  check(ctx, report) {
    const { answer, hits } = ctx;
    const diagrams = pipelineDiagrams(answer);
    if (!diagrams.length) return;
    const PROSE = COMPONENTS.map((c) => ctx.concept(c.id).phrases);
    const drawn = diagrams.map((d) => drawnIn(d.graph));
    const shown = COMPONENTS.map((_, i) => drawn.some((x) => x.shown[i]));
    // Steps that have a diagram; a component named in such a step and drawn nowhere is missing.
    const steps: StepId[] = [];
    for (const d of diagrams) {
      const mask = answer.lineSteps[d.block.line] ?? 0;
      STEP_IDS.forEach((s, i) => mask & (1 << i) && !steps.includes(s) && steps.push(s));
    }
    // The content view keeps diagram sources (they count for coverage); the text is what is outside them.
    const inDiagram = (line: number) => answer.mermaid.some((b) => line >= b.line && line < b.end);
    const prose = (hs: readonly Hit[]) => hs.filter((h) => !inDiagram(hits.line(h)));
    const missing: { name: string; range: Range; step: StepId }[] = [];
    COMPONENTS.forEach((c, i) => {
      if (shown[i]) return;
      for (const step of steps) {
        const h = prose(hits.inStep(PROSE[i]!, step))[0];
        if (h) {
          missing.push({ name: c.name, range: hits.range(h), step });
          return;
        }
      }
    });
    // A component a diagram draws by name that the text never names.
    const unexplained: { name: string; label: string; line: number; diagram: AnswerDiagram }[] = [];
    COMPONENTS.forEach((c, i) => {
      if (prose(hits.all(PROSE[i]!)).length) return;
      diagrams.forEach((d, di) => {
        const l = drawn[di]!.named[i];
        if (l && !unexplained.some((u) => u.name === c.name)) unexplained.push({ name: c.name, label: l.label, line: d.block.contentLine + l.line, diagram: d });
      });
    });
    if (!missing.length && !unexplained.length) return;
    const m = listOf(missing.map((x) => x.name), 4);
    const u = listOf(unexplained.map((x) => x.name), 4);
    const where = missing.length ? diagrams.find((d) => (answer.lineSteps[d.block.line] ?? 0) & (1 << STEP_IDS.indexOf(missing[0]!.step)))! : unexplained[0]!.diagram;
    const line = missing.length ? where.block.line : unexplained[0]!.line;
    const related: Related[] = [
      ...missing.map((x) => ({ range: x.range, message: `Named here, drawn in no diagram: ${x.name}` })),
      ...unexplained.map((x) => ({ range: range(x.line, 0, x.line, answer.lineText(x.line).length), message: `Drawn here (${x.label.slice(0, 40)}), never named in the text: ${x.name}` })),
    ];
    const many = (n: number, one: string, more: string) => (n === 1 ? one : more);
    report({
      range: range(line, 0, line, answer.lineText(line).length),
      step: stepAtLine(answer, where.block.line),
      concepts: ['diagram'],
      message:
        missing.length && unexplained.length
          ? `The diagrams leave out the ${m} that the text names, and draw the ${u} that it never explains.`
          : missing.length
            ? `The diagrams leave out the ${m} that the text names: draw ${many(missing.length, 'it', 'them')}, or say why ${many(missing.length, 'it is', 'they are')} left out.`
            : `The diagram draws the ${u} that the text never explains: say what ${many(unexplained.length, 'it does', 'they do')}, or leave ${many(unexplained.length, 'it', 'them')} out.`,
      related,
    });
  },
};
