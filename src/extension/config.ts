// STUB: replaced by the extension helper (settings, .mlsdrc.json, front matter precedence).
import * as vscode from 'vscode';
import type { CheckOptions } from '../core/index';
export class MlsdConfig implements vscode.Disposable {
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  checkOptions(_doc: vscode.TextDocument): CheckOptions & { maxBytes?: number } {
    return {};
  }
  dispose(): void {
    this._onDidChange.dispose();
  }
}
