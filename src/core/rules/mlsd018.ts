import { listOf } from '../findings';
import type { Answer } from '../model/types';
import type { Rule } from './types';
import { pointStatus, stepHeadingSection } from './util';


/** MLSD018: the data step says how data flows in, where it lives, and shows the flow. */
export const dataFlow: Rule = {
  id: 'MLSD018',
  name: 'data-flow',
  description: 'The data step names an ingestion mode (batch or stream), a storage choice (warehouse/lake vs key-value store), and the answer shows the data flow in a diagram.',
  rationale:
    'Data engineering is where real systems break and where answers are thinnest. Say how logs arrive (batch jobs such as Spark over daily partitions, or streams such as Kafka → Flink), ' +
    'where training data lives (a warehouse or lake for scans) versus online features (a key-value store such as Redis or Cassandra for point lookups), ' +
    'and draw the flow: a Mermaid flowchart, an image or an arrow diagram. At staff level, show both paths and why each exists (freshness vs cost).\n\n' +
    'Good: "Impressions and clicks stream through Kafka into a Flink joiner (minutes-fresh counters into Redis); a daily Spark job writes the joined training set to the lake."',
  severity: { mid: 'off', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['data', 'architecture'],
  concepts: ['batch-path', 'stream-path', 'freshness'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const section = stepHeadingSection(answer, 'data');
    if (!section) return; // MLSD001 reports the missing step
    const range = section.titleRange;
    // One of the two left out is a hint (an answer that says how data flows in rarely leaves its store unsaid on purpose);
    // an answer that says neither has not thought about how data reaches the model.
    const ingestion = !!pointStatus(ctx, 'data', 'ingestion-mode')?.anywhere;
    const storage = !!pointStatus(ctx, 'data', 'storage')?.anywhere;
    const severity = ingestion || storage ? 'info' : undefined;
    if (!ingestion) {
      report({ range, step: 'data', severity, message: 'Say how data is ingested: in batch or as a stream, and how fresh it is.', gap: 'batch or streaming ingestion', concepts: ['ingestion-mode'] });
    }
    if (!storage) {
      report({ range, step: 'data', severity, message: 'Say where data is stored: for training scans and for online lookups.', gap: 'where data is stored', concepts: ['storage'] });
    }
    if (!hasDiagram(answer)) {
      report({ range, step: 'data', severity: 'info', message: 'No diagram shows how data flows: add a Mermaid flowchart, an image or an arrow diagram.', gap: 'a data-flow diagram', concepts: ['data-flow'] });
    }
    if (ctx.level === 'staff') {
      const batch = hits.inStep(ctx.concept('batch-path').phrases, 'data').length > 0;
      const stream = hits.inStep(ctx.concept('stream-path').phrases, 'data').length > 0;
      const fresh = hits.inStep(ctx.concept('freshness').phrases, 'data').length > 0;
      const asks = [
        ...(batch ? [] : ['a batch path (e.g. daily Spark jobs to the lake)']),
        ...(stream ? [] : ['a streaming path (e.g. Kafka → Flink counters)']),
        ...(fresh ? [] : ['the freshness each gives (minutes vs a day)']),
      ];
      if (asks.length) {
        report({ range, step: 'data', severity: 'info', message: `Staff level: describe both data paths and why each exists: add ${listOf(asks)}.`, gap: 'both data paths', concepts: ['ingestion-mode'] });
      }
    }
  },
};

/** A Mermaid block, an image, or a line of text with two or more arrows (outside HTML comments). */
export function hasDiagram(a: Answer): boolean {
  if (a.mermaid.length > 0) return true;
  const text = a.text;
  if (text.indexOf('![') >= 0 || text.indexOf('<img ') >= 0) return true;
  const comments = a.comments;
  let c = 0;
  const inComment = (o: number) => {
    while (c < comments.length && comments[c]!.end <= o) c++;
    return c < comments.length && comments[c]!.start <= o;
  };
  let line = -1;
  let count = 0;
  // One pass over the arrow characters; count per line.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    let arrow = false;
    if (ch === 0x2192 || ch === 0x27f6) arrow = true; // → ⟶
    else if (ch === 45 /* - */ && text.charCodeAt(i + 1) === 62 /* > */ && text.charCodeAt(i - 1) !== 45) arrow = true;
    else if (ch >= 0x2500 && ch <= 0x257f) arrow = true; // box drawing
    if (!arrow || inComment(i)) continue;
    const l = lineOf(text, i);
    if (l !== line) [line, count] = [l, 0];
    if (++count >= 2) return true;
  }
  return false;
}

/** Start offset of the line holding `i` (lines are only compared, so the start offset stands for the line). */
function lineOf(text: string, i: number): number {
  return text.lastIndexOf('\n', i);
}
