/**
 * The render budget: how big a diagram is (links and characters), and whether
 * the preview draws it on its own. Mermaid's layout time grows faster than the
 * diagram (one 499-link flowchart takes about 5 s), so a diagram past the budget
 * waits for the reader's "Render anyway" instead of freezing the page.
 */

/** Links (edges) and characters of a Mermaid source. */
export interface DiagramSize {
  readonly edges: number;
  readonly chars: number;
}

/** Budget of one diagram; `maxEdges` 0 turns the budget off. */
export interface DiagramBudget {
  readonly maxEdges: number;
  readonly maxChars: number;
}

export const DEFAULT_BUDGET: DiagramBudget = { maxEdges: 150, maxChars: 20_000 };

// Arrows and lines of flowcharts, sequence, class and state diagrams: `-->`, `---`, `-.->`, `==>`, `->>`, `--x`, `<|--`.
const EDGE = /<?\|?(?:-{2,}|={2,}|-\.+-|~{3,})(?:>>?|x\b|o\b|\)|\|>)?|-+>>?|-\)/g;

/** Measure `source` (comments are left out). */
export function diagramSize(source: string): DiagramSize {
  const body = source
    .split('\n')
    .filter((l) => !l.trim().startsWith('%%'))
    .join('\n');
  return { edges: (body.match(EDGE) ?? []).length, chars: source.length };
}

/** Is a diagram of `size` past `budget`? */
export function overBudget(size: DiagramSize, budget: DiagramBudget): boolean {
  if (budget.maxEdges <= 0) return false;
  return size.edges > budget.maxEdges || size.chars > budget.maxChars;
}

/** The notice shown in place of a diagram past the budget. */
export function budgetMessage(size: DiagramSize): string {
  const kb = Math.max(1, Math.round(size.chars / 1024));
  return `Large diagram (about ${size.edges} links, ${kb} KB). Drawing it can take several seconds, and the preview waits meanwhile.`;
}
