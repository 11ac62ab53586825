/** `mlsd.fixAll`: apply every non-overlapping fix of the active answer as one edit. */
import * as vscode from 'vscode';
import { isAnswer } from '../answers';
import type { MlsdCodeActions } from '../codeActions';
import type { MlsdCommand } from './index';

export class MlsdFixAllCommand implements MlsdCommand {
  readonly id = 'mlsd.fixAll';

  constructor(private readonly _actions: MlsdCodeActions) {}

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAnswer(editor.document)) {
      void vscode.window.showInformationMessage('MLSD: open an answer (a *.mlsd.md file) to fix it.');
      return false;
    }
    const action = this._actions.fixAllAction(editor.document);
    if (!action?.edit) {
      void vscode.window.showInformationMessage('MLSD: nothing to fix automatically in this answer.');
      return false;
    }
    return vscode.workspace.applyEdit(action.edit);
  }
}
