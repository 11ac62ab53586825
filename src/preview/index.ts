// STUB: replaced by the preview helper.
import * as vscode from 'vscode';
import type { MlsdServices } from '../extension/extension';
export function registerPreview(_s: MlsdServices): vscode.Disposable {
  return vscode.Disposable.from();
}
