import { nodeWords, pipelineDiagrams, stepAtLine, wordMatcher, type AnswerDiagram } from '../diagrams/pipeline';
import type { DiagramGraph } from '../diagrams/graph';
import type { Range } from '../model/types';
import { range } from '../util';
import type { Rule } from './types';

// What a node is, read from its label's words (the first list that matches wins).
// Kept small on purpose: a node no list matches is simply not a source or a target.

/** Training data: where what was served is kept to be trained on. */
const DATA = wordMatcher([
  'training data|set|sets|snapshot*|example*|table*', 'warehouse*', 'lake', 'lakehouse', 'dataset*', 'data set*', 'hive', 'hdfs', 's 3', 'bigquery',
  'snowflake', 'parquet', 'offline store*', 'feature store*', 'label*', 'join*', 'etl', 'replay*',
]);
const TRAINING = wordMatcher(['train*', 'retrain*', 'fine tun*', 'finetun*', 'learner', 'parameter server*', 'warm start*']);
/** What serving leaves behind: logs, events, feedback, monitoring. */
const LOGS = wordMatcher([
  'log|logs|logging|logged|logger', 'event*', 'feedback', 'monitor*', 'kafka', 'kinesis', 'pub sub', 'pubsub', 'click*', 'impression*', 'telemetry',
  'interaction*', 'engagement*', 'conversion*', 'user action*', 'metric*', 'dashboard*', 'drift', 'observ*',
]);
const SERVING = wordMatcher(['serv*', 'infer*', 'rank*', 'rerank*', 'predict*', 'api', 'apis', 'endpoint*', 'scor*', 'retriev*', 'recommend*', 'triton']);
/** Where the served results are shown (and where the events come from). */
const SURFACE = wordMatcher(['app', 'apps', 'client*', 'user|users', 'page', 'feed', 'serp', 'ui', 'frontend', 'front end', 'browser', 'website', 'search results']);

/** Members a subgraph stands for in an edge, at most. */
const MAX_MEMBERS = 200;

type Kind = 'data' | 'training' | 'logs' | 'serving' | 'surface' | undefined;

function kindOf(words: readonly string[]): Kind {
  if (DATA(words)) return 'data';
  if (TRAINING(words)) return 'training';
  if (LOGS(words)) return 'logs';
  if (SERVING(words)) return 'serving';
  if (SURFACE(words)) return 'surface';
  return undefined;
}

/** Each node's words and kind, once per graph (graphs are shared by every answer with the same diagram source). */
const readCache = new WeakMap<DiagramGraph, readonly { words: string; kind: Kind }[]>();
function nodesRead(g: DiagramGraph): readonly { words: string; kind: Kind }[] {
  let r = readCache.get(g);
  if (!r) {
    r = g.nodes.map((n) => {
      const words = nodeWords(n);
      return { words: words.join(' '), kind: kindOf(words) };
    });
    readCache.set(g, r);
  }
  return r;
}

interface Vertex {
  readonly kind: Kind;
  readonly diagram: AnswerDiagram;
  readonly id: string;
  readonly label: string;
  readonly line: number;
}

/**
 * The answer's pipeline diagrams as one directed graph: a node is one per label
 * (the same component drawn in two diagrams is one vertex), an edge into or out of
 * a subgraph reaches its members, `---` runs both ways, `~~~` not at all.
 */
function unionGraph(diagrams: readonly AnswerDiagram[]): { vertices: Map<string, Vertex>; next: Map<string, Set<string>> } {
  const vertices = new Map<string, Vertex>();
  const next = new Map<string, Set<string>>();
  diagrams.forEach((d, di) => {
    const keyOf = new Map<string, string>();
    const read = nodesRead(d.graph);
    d.graph.nodes.forEach((n, i) => {
      const { words, kind } = read[i]!;
      const key = words ? `l:${words}` : `${di}:${n.id}`;
      keyOf.set(n.id, key);
      if (!vertices.has(key)) vertices.set(key, { kind, diagram: d, id: n.id, label: n.label, line: d.block.contentLine + n.line });
    });
    const groups = new Map(d.graph.groups.map((g) => [g.id, g.members]));
    // A subgraph stands for its members (nested ones too), a bounded number of them.
    const expand = (id: string, depth = 0): string[] => {
      const members = groups.get(id);
      if (!members || depth > 8) return [id];
      return [id, ...members.flatMap((m) => expand(m, depth + 1))].slice(0, MAX_MEMBERS);
    };
    for (const e of d.graph.edges) {
      for (const a of expand(e.from)) {
        for (const b of expand(e.to)) {
          const ka = keyOf.get(a) ?? `${di}:${a}`;
          const kb = keyOf.get(b) ?? `${di}:${b}`;
          if (ka === kb) continue;
          (next.get(ka) ?? next.set(ka, new Set()).get(ka)!).add(kb);
          if (e.direction !== 'forward') (next.get(kb) ?? next.set(kb, new Set()).get(kb)!).add(ka);
        }
      }
    }
  });
  return { vertices, next };
}

const isSource = (k: Kind) => k === 'logs' || k === 'serving' || k === 'surface';
const isTarget = (k: Kind) => k === 'training' || k === 'data';

/** MLSD026: a pipeline diagram that shows training and serving closes the loop from serving back to training. */
export const openLoop: Rule = {
  id: 'MLSD026',
  name: 'open-loop',
  description: 'A pipeline diagram that shows training and serving also shows how what is served (its logs, feedback, monitoring) flows back into the data or training.',
  rationale:
    'A model is trained once but served for months; the world it serves changes, and so does the data it creates (its own recommendations shape the next clicks). ' +
    'An interviewer looks at the pipeline diagram for the loop: served impressions and outcomes are logged, joined into labels and fed back into training, and monitoring watches it. ' +
    'A diagram that stops at serving says the model is never refreshed.\n\n' +
    'The checker reads the answer\'s flowcharts and sequence diagrams as one graph and recognises training, serving, logs and data nodes by the words of their labels. ' +
    'It reports once when the diagrams show training and serving and no path leads from serving, its surface (app, feed, page) or its logs back into the training data or training.\n\n' +
    'Good:\n\n```mermaid\nflowchart LR\n  TR[Trainer] --> SRV[Ranker service] --> APP([Feed])\n  APP -->|impressions, clicks| LOGS[(Event logs)] --> TR\n```',
  severity: { mid: 'info', senior: 'warning', staff: 'warning' },
  tags: ['diagram', 'monitoring', 'architecture'],
  check(ctx, report) {
    const { answer } = ctx;
    const diagrams = pipelineDiagrams(answer);
    if (!diagrams.length) return;
    const { vertices, next } = unionGraph(diagrams);
    const all = [...vertices.entries()];
    const training = all.filter(([, v]) => v.kind === 'training');
    const serving = all.filter(([, v]) => v.kind === 'serving' || v.kind === 'surface');
    if (!training.length || !serving.length) return;
    // Breadth-first from every source; closed as soon as a target is reached by an edge.
    const seen = new Set<string>();
    const todo: string[] = [];
    for (const [k, v] of all) if (isSource(v.kind)) todo.push(k);
    for (let i = 0; i < todo.length; i++) {
      for (const n of next.get(todo[i]!) ?? []) {
        if (isTarget(vertices.get(n)?.kind)) return;
        if (!seen.has(n)) {
          seen.add(n);
          todo.push(n);
        }
      }
    }
    // Where the loop should start: the surface (or serving) drawn with training, else the first one.
    const train = training[0]![1];
    const together = serving.filter(([, v]) => v.diagram === train.diagram);
    const pick = (list: typeof serving) => list.find(([, v]) => v.kind === 'surface') ?? list.find(([, v]) => v.kind === 'serving');
    const from = (pick(together) ?? pick(serving))![1];
    const d = from.diagram;
    const fenceText = answer.lineText(d.block.line);
    const sameFlowchart = from.diagram === train.diagram && d.graph.kind === 'flowchart' && d.block.closed;
    const used = new Set(d.graph.nodes.map((n) => n.id));
    let logs = 'LOGS';
    for (let i = 2; used.has(logs); i++) logs = `LOGS${i}`;
    const example = sameFlowchart ? `${from.id} --> ${logs}[(Serving logs)] --> ${train.id}` : undefined;
    const nodeRange = (v: Vertex): Range => range(v.line, 0, v.line, answer.lineText(v.line).length);
    const closing = d.block.end - 1;
    const indent = /^\s*/.exec(answer.lineText(Math.max(d.block.contentLine, closing - 1)))![0] || '  ';
    report({
      range: range(d.block.line, 0, d.block.line, fenceText.length),
      step: stepAtLine(answer, d.block.line) ?? 'serving',
      concepts: ['diagram'],
      message: example
        ? `A deployed model starts to degrade: show how what it serves flows back into training, e.g. \`${example}\`.`
        : `A deployed model starts to degrade: show how what it serves flows back into training (its logs or feedback into \`${short(train.label)}\`).`,
      related: [
        { range: nodeRange(from), message: `Serving: ${short(from.label)}` },
        { range: nodeRange(train), message: `Training: ${short(train.label)}` },
      ],
      fix: example
        ? { title: `Draw the feedback loop from ${short(from.label)} back to ${short(train.label)}`, edits: [{ range: range(closing, 0), newText: `${indent}${example}\n` }] }
        : undefined,
    });
  },
};

function short(label: string): string {
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}
