/**
 * Fix data to edits, without `vscode`: the edits of "disable this rule for this
 * line / file" (merging fixes for "fix all" is in the core, `core/fixes.ts`).
 * Positions are 0-based.
 */
import type { Answer } from '../core/model/types';
import type { TextEdit } from '../core/rules/types';

const insert = (line: number, character: number, newText: string): TextEdit => ({
  range: { start: { line, character }, end: { line, character } },
  newText,
});

/**
 * Edits that silence `ruleId` on `line` without changing how the answer renders:
 * - a heading (or bold pseudo-heading), or a line that starts a block: a
 *   `<!-- mlsd-disable-next-line -->` comment above it, indented like it;
 * - a line inside a paragraph, list or table: `<!-- mlsd-disable-line -->` at its end
 *   (a line above would split the paragraph, list or table);
 * - a line inside a fenced or indented code block: the block is wrapped in
 *   `mlsd-disable` / `mlsd-enable` (a comment inside would become code).
 * Returns undefined for lines of the front matter (a comment there would break it).
 */
export function disableLineEdits(answer: Answer, line: number, ruleId: string): TextEdit[] | undefined {
  if (line < answer.frontMatter.end) return undefined;
  const block = answer.codeBlocks.find((b) => line >= b.line && line < b.end);
  if (block) {
    // A fence keeps its list indentation; an indented block's comment must not be indented (it would be code).
    const fence = /^([ \t]*)(`{3,}|~{3,})/.exec(answer.lineText(block.line));
    const indent = fence ? fence[1]! : '';
    const after = insertAfterLine(answer, block.end - 1, `${indent}<!-- mlsd-enable ${ruleId} -->`);
    return [insert(block.line, 0, `${indent}<!-- mlsd-disable ${ruleId} -->\n`), after];
  }
  const text = answer.lineText(line);
  const isHeading = answer.sections.some((s) => s.line === line);
  const prev = line > answer.frontMatter.end ? answer.lineText(line - 1) : '';
  if (isHeading || !prev.trim() || !text.trim()) {
    const indent = /^[ \t]*/.exec(text)![0];
    return [insert(line, 0, `${indent}<!-- mlsd-disable-next-line ${ruleId} -->\n`)];
  }
  const trimmed = text.replace(/[ \t]+$/, '');
  return [insert(line, trimmed.length, ` <!-- mlsd-disable-line ${ruleId} -->`)];
}

/** The edit that silences `ruleId` for the whole file: a comment right after the front matter. */
export function disableFileEdit(answer: Answer, ruleId: string): TextEdit {
  const comment = `<!-- mlsd-disable-file ${ruleId} -->`;
  const at = answer.frontMatter.end;
  if (at >= answer.lineCount) return insertAfterLine(answer, answer.lineCount - 1, comment);
  return insert(at, 0, `${comment}\n`);
}

/** Insert a whole line after `line` (handles the last line without a line break). */
function insertAfterLine(answer: Answer, line: number, text: string): TextEdit {
  if (line + 1 < answer.lineCount) return insert(line + 1, 0, `${text}\n`);
  return insert(line, answer.lineText(line).length, `\n${text}`);
}
