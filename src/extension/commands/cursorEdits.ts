/**
 * Apply one edit per cursor (from the pure transforms of
 * `core/authoring/markdownEdits`) as a single undoable edit, then put each
 * cursor where its transform says.
 */
import * as vscode from 'vscode';
import { selectionsAfter, type CursorEdit } from '../../core/authoring/markdownEdits';

/** Apply `edits` (non-overlapping) to the editor's document; false when the editor refused the edit. */
export async function applyCursorEdits(editor: vscode.TextEditor, edits: readonly CursorEdit[]): Promise<boolean> {
  const doc = editor.document;
  const ok = await editor.edit(
    (b) => {
      for (const { edit } of edits) b.replace(new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
  if (!ok) return false;
  editor.selections = selectionsAfter(edits).map((s) => new vscode.Selection(doc.positionAt(s.anchor), doc.positionAt(s.active)));
  return true;
}

/** Each selection as document offsets. */
export function offsetSelections(editor: vscode.TextEditor): { anchor: number; active: number }[] {
  const doc = editor.document;
  return editor.selections.map((s) => ({ anchor: doc.offsetAt(s.anchor), active: doc.offsetAt(s.active) }));
}

/** Two cursors in the same word would produce overlapping edits: keep the first of each overlap. */
export function withoutOverlaps(edits: readonly CursorEdit[]): CursorEdit[] {
  const sorted = [...edits].sort((a, b) => a.edit.start - b.edit.start);
  const out: CursorEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (!last || e.edit.start >= last.edit.end) out.push(e);
  }
  return out;
}
