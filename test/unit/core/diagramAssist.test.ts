/**
 * Authoring help inside Mermaid fences: node-id and component completions, and
 * the hover on a node that says where the text mentions it.
 */
import { describe, expect, it } from 'vitest';
import { diagramCompletions, diagramNodeHover, parseAnswer } from '../../../src/core/index';

const ANSWER = [
  '# Feed ranking',
  '',
  '## Data preparation',
  'Click events go to Kafka; a Flink job updates counters in the feature store.',
  '',
  '## Serving',
  'The ranker scores 500 candidates; results sit in a Redis cache for a minute.',
  '',
  '```mermaid',
  'flowchart LR',
  '  RK[Ranker] --> LOGS[(Serving logs)]',
  '  ',
  '```',
  '',
  'Done.',
].join('\n');
const a = parseAnswer(ANSWER);

describe('diagramCompletions', () => {
  it('offers the diagram’s node ids, then the components the text names and the diagram leaves out', () => {
    const items = diagramCompletions(a, 11)!;
    expect(items.filter((i) => i.kind === 'node').map((i) => [i.label, i.detail])).toEqual([
      ['RK', 'Ranker'],
      ['LOGS', 'Serving logs'],
    ]);
    const components = items.filter((i) => i.kind === 'component');
    expect(components.map((i) => i.insertText)).toEqual(expect.arrayContaining(['FeatureStore[("Feature store")]', 'Cache[("Cache")]', 'EventStream["Event stream (Kafka)"]']));
    // The ranker is drawn (as "Ranker"), so the model server is not offered again.
    expect(components.some((i) => i.label === 'model server')).toBe(false);
  });

  it('offers nothing outside a diagram, or on its fences', () => {
    expect(diagramCompletions(a, 3)).toBeUndefined();
    expect(diagramCompletions(a, 8)).toBeUndefined();
    expect(diagramCompletions(a, 12)).toBeUndefined();
  });

  it('writes participants in a sequence diagram', () => {
    const seq = parseAnswer(['## Serving', 'Features come from the feature store.', '', '```mermaid', 'sequenceDiagram', '  App->>Ranker: score', '', '```'].join('\n'));
    expect(diagramCompletions(seq, 6)!.map((i) => i.insertText)).toContain('participant FeatureStore as Feature store');
  });
});

describe('diagramNodeHover', () => {
  it('shows the node’s label and the lines of the text that mention it', () => {
    const h = diagramNodeHover(a, 10, 3)!;
    expect(h).toMatchObject({ start: 2, end: 4 });
    expect(h.markdown).toContain('**Ranker** (`RK`)');
    expect(h.markdown).toContain('line 7: The ranker scores 500 candidates');
  });

  it('says when the text never mentions a node', () => {
    expect(diagramNodeHover(a, 10, 17)!.markdown).toContain('The text never mentions it');
  });

  it('has no hover off a node id or outside diagrams', () => {
    expect(diagramNodeHover(a, 10, 0)).toBeUndefined();
    expect(diagramNodeHover(a, 3, 5)).toBeUndefined();
  });
});
