/**
 * Fix data to edits, without `vscode`: merging fixes for "fix all" and the
 * edits of "disable this rule for this line / file". Positions are 0-based.
 */
import type { Answer, Fix, Position, Range, TextEdit } from '../core/index';

function cmp(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Do two edits touch the same text? Two insertions at one point do not (they apply in order). */
function overlaps(a: Range, b: Range): boolean {
  const aEmpty = cmp(a.start, a.end) === 0;
  const bEmpty = cmp(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return false;
  // Half-open intervals; an insertion strictly inside a replaced range conflicts.
  if (aEmpty) return cmp(b.start, a.start) < 0 && cmp(a.start, b.end) < 0;
  if (bEmpty) return cmp(a.start, b.start) < 0 && cmp(b.start, a.end) < 0;
  return cmp(a.start, b.end) < 0 && cmp(b.start, a.end) < 0;
}

export interface MergedFixes {
  /** The edits of every applied fix, in document order (insertions at one point keep fix order). */
  readonly edits: TextEdit[];
  readonly applied: number;
  /** Fixes left out because they overlap one already taken (a second run applies them). */
  readonly skipped: number;
}

/** Take every fix whose edits do not overlap an earlier fix's, all of a fix's edits or none. */
export function mergeFixes(fixes: readonly Fix[]): MergedFixes {
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    if (!fix.edits.length) continue;
    const clash = fix.edits.some((e) => taken.some((t) => overlaps(e.range, t.range)));
    if (clash) {
      skipped++;
      continue;
    }
    taken.push(...fix.edits);
    applied++;
  }
  // Stable sort keeps same-point insertions in the order of their fixes (document order of findings).
  const edits = taken.map((e, i) => ({ e, i })).sort((x, y) => cmp(x.e.range.start, y.e.range.start) || x.i - y.i).map((x) => x.e);
  return { edits, applied, skipped };
}

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
