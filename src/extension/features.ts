// STUB: replaced by the extension helper (diagnostics, code actions, outline, status bar, checklist, commands).
import * as vscode from 'vscode';
import type { MlsdServices } from './extension';
export function registerEditorFeatures(_s: MlsdServices): vscode.Disposable {
  return vscode.Disposable.from();
}
