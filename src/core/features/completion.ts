/**
 * Completion at the start of a line, pure: the steps the answer does not have
 * yet (their headings with their core key points), after `#`/`##` too or by
 * their snippet prefixes (`mlsd-data`); for a step the answer already has, an
 * item that goes to its section instead of a second one, and one that renames
 * a heading the checker reads as the step (or an unmapped one where the step
 * belongs, `stepPlace.ts`) to the step's title; the whole-answer skeleton while
 * the answer has no step yet; inside a step's section, also the sub-snippets
 * (pipeline diagram, metric table, …). Bodies are in snippet syntax
 * (`${1:<hint…>}`), as LSP's `InsertTextFormat.Snippet` and VS Code's snippets read them.
 */
import type { CheckResult } from '../check';
import { STEPS } from '../framework/steps';
import { ANSWER_PREFIX, answerSnippetBody, MlsdTabStops, stepSnippetLines } from '../authoring/snippets';
import { escapeSnippetText } from '../authoring/snippetSyntax';
import { SUB_SNIPPETS } from '../authoring/subSnippets';
import type { Range } from '../model/types';
import type { TextEdit } from '../rules/types';
import { diagramCompletions } from '../diagrams/assist';
import { goToTitle, headingLabel, renameToStep, stepPlace } from './stepPlace';

export interface CompletionEntry {
  /** What the list shows, e.g. `## 3. Data preparation`. */
  readonly label: string;
  readonly detail: string;
  readonly documentation: string;
  /** Snippet text replacing `range`. */
  readonly snippet: string;
  /** From the line's first `#` (or the cursor) to the cursor. */
  readonly range: Range;
  /** Sorts the whole answer and the missing steps first, then the steps already there, then sub-snippets. */
  readonly sortText: string;
  /** What the typed prefix is matched against. */
  readonly filterText: string;
  /**
   * `step`: a step's heading and key points; `goto`: reveal the step's existing section
   * (`snippet` only removes what was typed); `rename`: give an existing heading the
   * step's title (`additionalEdits`), then reveal it; `answer`: the whole skeleton;
   * `snippet`: a sub-snippet; `node`: an id or a component inside a Mermaid diagram.
   */
  readonly kind: 'step' | 'goto' | 'rename' | 'answer' | 'snippet' | 'node';
  /** `goto` and `rename`: the heading to show once the item is accepted. */
  readonly reveal?: Range;
  /** `rename`: the heading's new title, applied with the item. */
  readonly additionalEdits?: readonly TextEdit[];
}

export interface CompletionOptions {
  /**
   * Offer the sub-snippets (default true). A client that contributes them as static
   * snippets of its own (VS Code: `snippets/mlsd.code-snippets`) turns this off, so
   * that each is listed once.
   */
  readonly subSnippets?: boolean;
}

/** Only `#`s and spaces before the cursor (or nothing): where a heading can start. */
const HEADING_START = /^(\s*)(#{0,2})(\s*)(\S*)$/;

/** The completions at a 0-based position; `lineText` is the line's current text. */
export function completionEntries(result: CheckResult, line: number, character: number, lineText: string, options: CompletionOptions = {}): CompletionEntry[] {
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
  const byPrefix = /^mlsd/i.test(word!);
  if (!hashes && word && !byPrefix) return [];
  if (line < result.answer.frontMatter.end) return [];
  const start = indent!.length;
  const range = { start: { line, character: start }, end: { line, character } };
  const out: CompletionEntry[] = [];
  const answer = result.answer;
  if (!hashes && answer.stepSections.size === 0) {
    // The whole skeleton, while the answer has no step: front matter only at the top of a document
    // that has none, a title only where no heading comes before.
    const top = answer.frontMatter.end === 0 && Array.from({ length: line }, (_, l) => answer.lineText(l)).every((t) => !t.trim());
    const titled = answer.sections.some((s) => s.line < line);
    out.push({
      label: ANSWER_PREFIX,
      detail: 'The whole answer: the seven steps with their key points',
      documentation: `${top ? 'Front matter (case and level), the prompt as the title, then ' : titled ? '' : 'The prompt as the title, then '}the seven steps of the framework with a tab stop for every core key point, and a closing trade-offs and risks section.`,
      snippet: [...answerSnippetBody({ frontMatter: top, title: !titled })].join('\n'),
      range,
      sortText: '00',
      filterText: `${ANSWER_PREFIX} # answer`,
      kind: 'answer',
    });
  }
  for (const step of STEPS) {
    const body = stepSnippetLines(step, new MlsdTabStops());
    const heading = body[0]!;
    const filterText = `${heading} ${step.snippetPrefix}`;
    const place = stepPlace(result, step.id);
    const reveal = place && { start: place.section.titleRange.start, end: place.section.titleRange.start };
    if (place && place.by !== 'place') {
      // The step is there: go to it, never a second section.
      out.push({
        label: goToTitle(place),
        detail: `Step ${step.index} is already in the answer (line ${place.section.line + 1})`,
        documentation: `${step.title}: the checker reads "${headingLabel(place.section)}" as this step${place.by === 'content' ? ' from what it says' : ''}. A second section would split it; add to this one.`,
        snippet: '',
        range,
        sortText: `1${step.index}a`,
        filterText,
        kind: 'goto',
        reveal,
      });
    }
    if (place && place.by !== 'title') {
      // A heading the checker reads as the step only from what it says, or does not map yet though it is
      // in the step's place: its own title makes the mapping sure.
      const rename = renameToStep(result, place);
      out.push({
        label: rename.title,
        detail: place.by === 'content' ? `Step ${step.index}: name the section the checker reads as this step` : `Step ${step.index}, not in the answer yet: use the section that is in its place`,
        documentation: `"${headingLabel(place.section)}" (line ${place.section.line + 1}) ${place.by === 'content' ? 'is read as this step from what it says' : 'sits where this step belongs and makes one of its points'}; with the step's title the checker maps it by its heading.`,
        snippet: '',
        range,
        sortText: `${place.by === 'content' ? 1 : 0}${step.index}${place.by === 'content' ? 'b' : 'a'}`,
        filterText,
        kind: 'rename',
        reveal,
        additionalEdits: [rename.edit],
      });
    }
    if (!place || place.by === 'place') {
      out.push({
        label: byPrefix ? step.snippetPrefix : heading,
        detail: `Step ${step.index}, not in the answer yet: ${heading}`,
        documentation: step.summary,
        snippet: [...body, '$0'].join('\n'),
        range,
        sortText: `0${step.index}b`,
        filterText,
        kind: 'step',
      });
    }
  }
  if (options.subSnippets !== false && !hashes && inStepSection(result, line)) {
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
