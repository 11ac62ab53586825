/** `mlsd.showChecklist`: focus the checklist view of the active answer. */
import * as vscode from 'vscode';
import type { MlsdActiveAnswer } from '../activeAnswer';
import type { MlsdCommand } from './index';

export class MlsdShowChecklistCommand implements MlsdCommand {
  readonly id = 'mlsd.showChecklist';

  constructor(private readonly _active: MlsdActiveAnswer) {}

  async execute(): Promise<boolean> {
    if (!this._active.document) {
      void vscode.window.showInformationMessage('MLSD: open an answer (a *.mlsd.md file) to see its checklist.');
      return false;
    }
    // `<view id>.focus` is the command VS Code creates for every contributed view.
    await vscode.commands.executeCommand('mlsd.checklist.focus');
    return true;
  }
}
