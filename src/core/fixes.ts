/**
 * Fixes as text: merging the fixes of many findings into one set of edits
 * ("fix all" in the editor, `mlsd check --fix`), and applying edits to a string.
 * Positions are 0-based lines and UTF-16 characters, as VS Code counts them.
 * A leaf module (type imports only): the extension's activation bundle imports it
 * without pulling in the parser.
 */
import type { Position, Range } from './model/types';
import type { Fix, TextEdit } from './rules/types';

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

/**
 * Apply `edits` to `text` and return the new text. The edits must not overlap and
 * must come in document order (as `mergeFixes` returns them); insertions at one
 * point land in the order given. Line breaks are `\r\n`, `\r` or `\n`, as in
 * VS Code; a position past the end of its line or of the text is clamped to it.
 * Throws a RangeError when the edits overlap or are out of order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (!edits.length) return text;
  const offsetOf = offsetsOf(text);
  const parts: string[] = [];
  let done = 0;
  for (const e of edits) {
    const start = offsetOf(e.range.start);
    const end = Math.max(start, offsetOf(e.range.end));
    if (start < done) throw new RangeError(`applyEdits: edits overlap or are out of order at line ${e.range.start.line + 1}; pass them as mergeFixes returns them.`);
    parts.push(text.slice(done, start), e.newText);
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}

/** Position to offset in `text`, clamped to the line's content (a position never splits a line break). */
function offsetsOf(text: string): (p: Position) => number {
  const { starts, ends } = lineBounds(text);
  return (p) => {
    if (p.line < 0) return 0;
    if (p.line >= starts.length) return text.length;
    const start = starts[p.line]!;
    return start + Math.min(Math.max(p.character, 0), ends[p.line]! - start);
  };
}

/**
 * Where each line starts and where its content ends (before its break), with
 * `\r\n`, `\r` and `\n` as breaks, as VS Code counts lines.
 */
function lineBounds(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return { starts, ends };
}
