/**
 * The extension's view of the configuration: typed `mlsd.*` settings, and a
 * watcher of `.mlsdrc.json` files whose events the language client forwards
 * to the server (which reads the files and resolves the precedence, see
 * `server/precedence.ts`).
 */
import * as vscode from 'vscode';
import { MlsdSettings } from './settings';

export const RC_FILE = '.mlsdrc.json';

export class MlsdConfig implements vscode.Disposable {
  /** Typed `mlsd.*` settings. */
  readonly settings = new MlsdSettings();
  /** `.mlsdrc.json` files anywhere in the workspace. */
  readonly rcWatcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  /** Fires when a setting or a `.mlsdrc.json` changed (the server checks again). */
  readonly onDidChange = this._onDidChange.event;
  private readonly _subs: vscode.Disposable[];

  constructor() {
    const fire = () => this._onDidChange.fire();
    this._subs = [
      this.settings.onDidChange(fire),
      this.rcWatcher.onDidCreate(fire),
      this.rcWatcher.onDidChange(fire),
      this.rcWatcher.onDidDelete(fire),
    ];
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this.settings.dispose();
    this.rcWatcher.dispose();
    this._onDidChange.dispose();
  }
}
