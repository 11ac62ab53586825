import { diagramHeader } from '../diagrams/graph';
import { cachedVerdict } from '../diagrams/syntax';
import { range } from '../util';
import type { Rule } from './types';

/** What a diagram is called in a message, by its type keyword. */
function kindOf(source: string): string {
  const k = diagramHeader(source).keyword.toLowerCase();
  if (k === 'graph' || k.startsWith('flowchart')) return 'flowchart';
  if (k === 'sequencediagram') return 'sequence diagram';
  if (k.startsWith('classdiagram')) return 'class diagram';
  if (k.startsWith('statediagram')) return 'state diagram';
  if (k === 'erdiagram') return 'ER diagram';
  if (k === 'gantt') return 'Gantt chart';
  if (k === 'pie') return 'pie chart';
  return 'diagram';
}

/**
 * MLSD025: every Mermaid block parses. The verdicts come from Mermaid's own
 * parser through `checkDiagrams` (core/diagrams/syntax.ts), which `checkAsync`
 * awaits; a block not parsed yet is not reported.
 */
export const mermaidSyntax: Rule = {
  id: 'MLSD025',
  name: 'mermaid-syntax',
  description: 'Every Mermaid diagram parses, so that it renders in the preview, on GitHub and in an exported page.',
  rationale:
    'A diagram that does not parse shows as an error box (or as raw text) wherever the answer is read, and the pipeline it was meant to show is lost. ' +
    'The checker runs Mermaid\'s own parser on each ```mermaid block and reports the first error at its line, in words: an unclosed bracket in a node, ' +
    'an unknown diagram type, a message without its `:`. Mermaid\'s own error text is in the related information.\n\n' +
    'Good:\n\n```mermaid\nflowchart LR\n  Q[Query] --> R(Ranker)\n  R --> F([Feed])\n```\n\n' +
    '`mlsd check` and the editor report it with no preview open; a block that is never closed is reported at its fence.',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['diagram', 'syntax'],
  check(ctx, report) {
    const { answer } = ctx;
    for (const block of answer.mermaid) {
      const v = cachedVerdict(block);
      if (!v || v.ok) continue;
      const line = v.line < 0 ? block.line : Math.min(block.contentLine + v.line, answer.lineCount - 1);
      const text = answer.lineText(line);
      const start = v.line < 0 ? text.length - text.trimStart().length : Math.min(Math.max(v.column, text.length - text.trimStart().length), text.length);
      const fence = answer.lineText(block.line);
      report({
        range: range(line, start, line, text.trimEnd().length),
        step: null,
        message: `This ${kindOf(block.source)} does not render: ${v.message}.`,
        related: v.raw ? [{ range: range(block.line, 0, block.line, fence.length), message: `Mermaid: ${v.raw}` }] : undefined,
      });
    }
  },
};
