/**
 * Pure text transforms behind the Markdown editing commands of `mlsd` files:
 * list continuation on Enter, bold/italic toggles and list toggles. They work on
 * offsets into a text so that the extension can apply every cursor's edit as
 * one undoable edit and place the cursors afterwards.
 */

/** A replacement of `[start, end)` in the original text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A selection as offsets (anchor may be after active). */
export interface OffsetSelection {
  readonly anchor: number;
  readonly active: number;
}

/** One cursor's edit and where its selection lands, relative to the edit's start. */
export interface CursorEdit {
  readonly edit: TextEdit;
  /** Selection offsets counted from `edit.start` in the edited text. */
  readonly select: OffsetSelection;
}

/** What Enter does on a list line. */
export type EnterAction =
  /** Insert `text` at the cursor (a newline and the next item's marker). */
  | { readonly kind: 'continue'; readonly text: string }
  /** The item is empty: replace the whole line with `text` (outdent, or end the list). */
  | { readonly kind: 'end'; readonly text: string };

const ITEM = /^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)(\[[ xX]\]\s+)?/;

/**
 * Enter at `col` in `line` (without its newline): undefined when the line is not
 * a list item or the cursor is inside the marker (Enter then behaves as usual).
 */
export function enterOnListLine(line: string, col: number): EnterAction | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const [whole, indent, , num, delim, space, task] = m;
  if (col < whole.length) return undefined;
  if (line.trim().length === whole.trim().length) {
    // An empty item: outdent one level (two spaces, or the whole indent of a tab), else end the list.
    if (indent!.length === 0) return { kind: 'end', text: '' };
    const shorter = indent!.endsWith('\t') ? indent!.slice(0, -1) : indent!.slice(0, Math.max(0, indent!.length - 2));
    return { kind: 'end', text: shorter + whole.slice(indent!.length) };
  }
  const marker = num !== undefined ? `${Number(num) + 1}${delim}` : m[2]!;
  return { kind: 'continue', text: `\n${indent}${marker}${space}${task ? '[ ] ' : ''}` };
}

/** Apply edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The final selections after applying every cursor's edit: each edit shifts the
 * selections of the edits after it. Edits must not overlap.
 */
export function selectionsAfter(edits: readonly CursorEdit[]): OffsetSelection[] {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.edit.start - b.e.edit.start);
  const out: OffsetSelection[] = new Array(edits.length);
  let shift = 0;
  for (const { e, i } of order) {
    const base = e.edit.start + shift;
    out[i] = { anchor: base + e.select.anchor, active: base + e.select.active };
    shift += e.edit.text.length - (e.edit.end - e.edit.start);
  }
  return out;
}

const WORD = /[\p{L}\p{N}_'’-]/u;

/** Consecutive `*` at `from` going forward (`dir` 1) or ending before it (`dir` -1). */
function stars(text: string, from: number, dir: 1 | -1, limit: number): number {
  let k = 0;
  while (k < limit && text[dir === 1 ? from + k : from - 1 - k] === '*') k++;
  return k;
}

/**
 * Toggle bold (`width` 2, `**`) or italic (`width` 1, `*`) around one
 * selection: unwrap when the selection is already bold/italic (markers just
 * outside it or at its ends; `***x***` is both), else wrap. An empty selection
 * in a word toggles the word; elsewhere it inserts an empty pair with the
 * cursor between.
 */
export function toggleWrap(text: string, sel: OffsetSelection, width: 1 | 2): CursorEdit {
  let start = Math.min(sel.anchor, sel.active);
  let end = Math.max(sel.anchor, sel.active);
  if (start === end) {
    while (start > 0 && WORD.test(text[start - 1]!)) start--;
    while (end < text.length && WORD.test(text[end]!)) end++;
  }
  const has = (k: number) => (width === 2 ? k >= 2 : k % 2 === 1);
  const inner = text.slice(start, end);
  const outside = Math.min(stars(text, start, -1, start), stars(text, end, 1, text.length - end));
  if (has(outside)) {
    return { edit: { start: start - width, end: end + width, text: inner }, select: { anchor: 0, active: inner.length } };
  }
  const left = stars(text, start, 1, inner.length);
  const inside = Math.min(left, stars(text, end, -1, inner.length - left));
  if (has(inside) && inner.length > 2 * width) {
    const body = inner.slice(width, inner.length - width);
    return { edit: { start, end, text: body }, select: { anchor: 0, active: body.length } };
  }
  const marker = '*'.repeat(width);
  const caret = sel.active - start + width;
  const select = sel.anchor === sel.active ? { anchor: caret, active: caret } : { anchor: width, active: width + inner.length };
  return { edit: { start, end, text: marker + inner + marker }, select };
}

const LIST_PREFIX = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)(\[[ xX]\]\s+)?/;

/**
 * Toggle a bullet list on lines `[from, to]` of `lines`: when every non-blank
 * line is a list item the markers are removed, else `- ` is added to the lines
 * that lack one (after their indent). Returns the new lines (same count).
 */
export function toggleListLines(lines: readonly string[]): string[] {
  const content = lines.filter((l) => l.trim() !== '');
  const allItems = content.length > 0 && content.every((l) => LIST_PREFIX.test(l));
  return lines.map((l) => {
    if (l.trim() === '') return l;
    if (allItems) return l.replace(LIST_PREFIX, (_m, indent: string) => indent);
    if (LIST_PREFIX.test(l)) return l;
    const indent = /^\s*/.exec(l)![0];
    return `${indent}- ${l.slice(indent.length)}`;
  });
}
