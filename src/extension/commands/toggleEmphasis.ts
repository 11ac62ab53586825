/**
 * `mlsd.editing.toggleBold` (Ctrl/Cmd+B) and `mlsd.editing.toggleItalic`
 * (Ctrl/Cmd+I) in `mlsd` files: wrap or unwrap every selection (or the word at
 * each cursor) in one undoable edit.
 */
import * as vscode from 'vscode';
import { toggleWrap } from '../../core/authoring/markdownEdits';
import { isMlsdDocument } from '../answers';
import { applyCursorEdits, offsetSelections, withoutOverlaps } from './cursorEdits';
import type { MlsdCommand } from './index';

export class MlsdToggleEmphasisCommand implements MlsdCommand {
  readonly id: string;

  constructor(private readonly _width: 1 | 2) {
    this.id = _width === 2 ? 'mlsd.editing.toggleBold' : 'mlsd.editing.toggleItalic';
  }

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isMlsdDocument(editor.document)) return false;
    const text = editor.document.getText();
    const edits = offsetSelections(editor).map((s) => toggleWrap(text, s, this._width));
    return applyCursorEdits(editor, withoutOverlaps(edits));
  }
}
