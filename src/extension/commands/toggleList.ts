/**
 * `mlsd.editing.toggleList`: make the selected lines a bullet list, or plain
 * lines again when they all are items already; every selection's lines in one
 * undoable edit.
 */
import * as vscode from 'vscode';
import { toggleListLines } from '../../core/authoring/markdownEdits';
import { isMlsdDocument } from '../answers';
import type { MlsdCommand } from './index';

export class MlsdToggleListCommand implements MlsdCommand {
  readonly id = 'mlsd.editing.toggleList';

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMlsdDocument(editor.document)) return false;
    const doc = editor.document;
    // Each line once, even when several selections touch it.
    const lines = new Set<number>();
    for (const s of editor.selections) {
      const last = s.end.character === 0 && s.end.line > s.start.line ? s.end.line - 1 : s.end.line;
      for (let l = s.start.line; l <= last; l++) lines.add(l);
    }
    const numbers = [...lines].sort((a, b) => a - b);
    const next = toggleListLines(numbers.map((l) => doc.lineAt(l).text));
    return editor.edit((b) => numbers.forEach((l, i) => b.replace(doc.lineAt(l).range, next[i]!)), { undoStopBefore: true, undoStopAfter: true });
  }
}
