/**
 * `mlsd.editing.onEnter`, bound to Enter in `mlsd` files (when no suggest or
 * inline suggestion is showing): on a list item it continues the list (the
 * next number for numbered lists, an open box for tasks); on an empty item it
 * outdents it or ends the list. Anywhere else it types a normal Enter, so
 * auto-indent and the language configuration still apply.
 */
import * as vscode from 'vscode';
import { enterOnListLine } from '../../core/authoring/markdownEdits';
import { isMlsdDocument } from '../answers';
import type { MlsdCommand } from './index';

export class MlsdOnEnterCommand implements MlsdCommand {
  readonly id = 'mlsd.editing.onEnter';

  /** Resolves with what it did: `list` (continued or ended a list) or `newline`. */
  async execute(): Promise<'list' | 'newline'> {
    const editor = vscode.window.activeTextEditor;
    const action = editor && isMlsdDocument(editor.document) ? this._listAction(editor) : undefined;
    if (!editor || !action) {
      await vscode.commands.executeCommand('type', { source: 'keyboard', text: '\n' });
      return 'newline';
    }
    const sel = editor.selection;
    const line = editor.document.lineAt(sel.active.line);
    const ok = await editor.edit((b) => {
      if (action.kind === 'continue') b.replace(sel, action.text);
      else b.replace(line.range, action.text);
    });
    if (ok && action.kind === 'end') {
      const p = new vscode.Position(line.lineNumber, action.text.length);
      editor.selection = new vscode.Selection(p, p);
    }
    if (ok) editor.revealRange(editor.selection);
    return 'list';
  }

  /** Only a single empty cursor on a list line gets list handling. */
  private _listAction(editor: vscode.TextEditor) {
    if (editor.selections.length !== 1 || !editor.selection.isEmpty) return undefined;
    const pos = editor.selection.active;
    return enterOnListLine(editor.document.lineAt(pos.line).text, pos.character);
  }
}
