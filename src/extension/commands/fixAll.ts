/**
 * `mlsd.fixAll`: apply every non-overlapping fix of the active answer as one
 * edit: the language server's `source.fixAll.mlsd` action.
 */
import * as vscode from 'vscode';
import { isAnswer } from '../answers';
import type { MlsdCommand } from './index';

export const FIX_ALL_KIND_ID = 'source.fixAll.mlsd';

export class MlsdFixAllCommand implements MlsdCommand {
  readonly id = 'mlsd.fixAll';

  async execute(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAnswer(editor.document)) {
      void vscode.window.showInformationMessage('MLSD: open an answer (a *.mlsd.md file) to fix it.');
      return false;
    }
    const doc = editor.document;
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND_ID)) ?? [];
    const action = actions.find((a) => a.kind?.value === FIX_ALL_KIND_ID && a.edit);
    if (!action?.edit) {
      void vscode.window.showInformationMessage('MLSD: nothing to fix automatically in this answer.');
      return false;
    }
    return vscode.workspace.applyEdit(action.edit);
  }
}
