/**
 * Completion at the start of a line, pure: the step headings with their core
 * key points (the steps the answer does not have yet first), after `#`/`##`
 * too; inside a step's section, also the sub-snippets (pipeline diagram, metric
 * table, …). Bodies are in snippet syntax (`${1:<hint…>}`), as LSP's
 * `InsertTextFormat.Snippet` and VS Code's snippets read them.
 */
import type { CheckResult } from '../check';
import { STEPS } from '../framework/steps';
import { MlsdTabStops, stepSnippetLines } from '../authoring/snippets';
import { escapeSnippetText } from '../authoring/snippetSyntax';
import { SUB_SNIPPETS } from '../authoring/subSnippets';
import type { Range } from '../model/types';
import { diagramCompletions } from '../diagrams/assist';

export interface CompletionEntry {
  /** What the list shows, e.g. `## 3. Data preparation`. */
  readonly label: string;
  readonly detail: string;
  readonly documentation: string;
  /** Snippet text replacing `range`. */
  readonly snippet: string;
  /** From the line's first `#` (or the cursor) to the cursor. */
  readonly range: Range;
  /** Sorts missing steps first, then present steps, then sub-snippets. */
  readonly sortText: string;
  /** What the typed prefix is matched against. */
  readonly filterText: string;
  /** `node`: an id or a component inside a Mermaid diagram. */
  readonly kind: 'step' | 'snippet' | 'node';
}

/** Only `#`s and spaces before the cursor (or nothing): where a heading can start. */
const HEADING_START = /^(\s*)(#{0,2})(\s*)(\S*)$/;

/** The completions at a 0-based position; `lineText` is the line's current text. */
export function completionEntries(result: CheckResult, line: number, character: number, lineText: string): CompletionEntry[] {
  const before = lineText.slice(0, character);
  // Inside a Mermaid diagram: its node ids, and the components the text names that it does not draw.
  const inDiagram = diagramCompletions(result.answer, line);
  if (inDiagram) {
    const word = /[\p{L}\p{N}_-]*$/u.exec(before)![0];
    const range = { start: { line, character: character - word.length }, end: { line, character } };
    return inDiagram.map((d, i) => ({
      label: d.label,
      detail: d.detail,
      documentation: d.kind === 'node' ? 'A node of this diagram.' : 'A component the answer names in its text: draw it here.',
      snippet: escapeSnippetText(d.insertText),
      range,
      sortText: `${d.kind === 'node' ? 0 : 1}${String(i).padStart(3, '0')}`,
      filterText: d.kind === 'node' ? d.label : `${d.label} ${d.insertText}`,
      kind: 'node' as const,
    }));
  }
  const m = HEADING_START.exec(before);
  if (!m) return [];
  const [, indent, hashes, , word] = m;
  // A word after no `#` is prose being typed, unless it is a snippet prefix or a heading being begun.
  if (!hashes && word && !/^mlsd/i.test(word)) return [];
  if (line < result.answer.frontMatter.end) return [];
  const start = indent!.length;
  const range = { start: { line, character: start }, end: { line, character } };
  const out: CompletionEntry[] = [];
  for (const step of STEPS) {
    const present = (result.answer.stepSections.get(step.id)?.length ?? 0) > 0;
    const body = stepSnippetLines(step, new MlsdTabStops());
    const heading = body[0]!;
    out.push({
      label: heading,
      detail: present ? `Step ${step.index} (already in the answer)` : `Step ${step.index}, not in the answer yet`,
      documentation: step.summary,
      snippet: [...body, '$0'].join('\n'),
      range,
      sortText: `${present ? 1 : 0}${step.index}`,
      filterText: `${heading} ${step.snippetPrefix}`,
      kind: 'step',
    });
  }
  if (!hashes && inStepSection(result, line)) {
    for (const s of SUB_SNIPPETS) {
      out.push({
        label: s.prefix,
        detail: s.name,
        documentation: s.description,
        snippet: [...s.body(new MlsdTabStops()), '$0'].join('\n'),
        range,
        sortText: `2${s.prefix}`,
        filterText: s.prefix,
        kind: 'snippet',
      });
    }
  }
  return out;
}

/** Is the line inside the section of a step (its heading excluded)? */
function inStepSection(result: CheckResult, line: number): boolean {
  return result.answer.sections.some((s) => s.steps.length > 0 && line > s.line && line < s.end);
}
