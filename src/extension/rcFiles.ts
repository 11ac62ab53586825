/**
 * The workspace's `.mlsdrc.json` files: loaded once, kept up to date by a file
 * watcher, looked up synchronously (nearest file between the answer and its
 * workspace folder). Problems in a file show as diagnostics in that file.
 */
import * as vscode from 'vscode';
import type { MlsdRcOptions, MlsdRcResult } from '../core/config/rc';
import { heavy } from './lazy';

export const RC_FILE = '.mlsdrc.json';

export class MlsdRcFiles implements vscode.Disposable {
  /** Parsed files keyed by their folder's URI string. */
  private readonly _byDir = new Map<string, { uri: vscode.Uri; result: MlsdRcResult }>();
  private readonly _problems = vscode.languages.createDiagnosticCollection('mlsdrc');
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  /** Fires after a `.mlsdrc.json` was created, changed or deleted. */
  readonly onDidChange = this._onDidChange.event;
  private readonly _subs: vscode.Disposable[] = [];
  /** Resolves once every existing file was read (checks wait for it so the first result is right). */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
    const reload = (uri: vscode.Uri) => void this._load(uri).then(() => this._onDidChange.fire());
    this._subs.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete((uri) => {
        this._byDir.delete(dirOf(uri).toString());
        this._problems.delete(uri);
        this._onDidChange.fire();
      }),
    );
    this.ready = this._loadAll();
  }

  /** Options of the nearest `.mlsdrc.json` for a resource inside a workspace folder. */
  optionsFor(resource: vscode.Uri): MlsdRcOptions | undefined {
    return this.fileFor(resource)?.result.options;
  }

  /** The nearest `.mlsdrc.json` (URI and parse result) for a resource, if any. */
  fileFor(resource: vscode.Uri): { uri: vscode.Uri; result: MlsdRcResult } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(resource);
    if (!folder || this._byDir.size === 0) return undefined;
    const root = folder.uri.toString().replace(/\/$/, '');
    let dir = dirOf(resource);
    // Walk up to the workspace folder itself, never above it.
    for (let i = 0; i < 64; i++) {
      const key = dir.toString().replace(/\/$/, '');
      const hit = this._byDir.get(key);
      if (hit) return hit;
      if (key === root || !key.startsWith(root)) return undefined;
      const parent = dirOf(dir);
      if (parent.toString() === dir.toString()) return undefined;
      dir = parent;
    }
    return undefined;
  }

  private async _loadAll(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    try {
      const files = await vscode.workspace.findFiles(`**/${RC_FILE}`, '**/node_modules/**', 200);
      await Promise.all(files.map((f) => this._load(f)));
    } catch {
      // A file system that cannot search: settings alone still apply.
    }
  }

  private async _load(uri: vscode.Uri): Promise<void> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this._byDir.delete(dirOf(uri).toString().replace(/\/$/, ''));
      this._problems.delete(uri);
      return;
    }
    const result = heavy().parseRc(text);
    this._byDir.set(dirOf(uri).toString().replace(/\/$/, ''), { uri, result });
    this._problems.set(
      uri,
      result.problems.map((p) => {
        const d = new vscode.Diagnostic(problemRange(text, p.message), p.message, p.fatal ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'mlsd';
        return d;
      }),
    );
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this._problems.dispose();
    this._onDidChange.dispose();
  }
}

function dirOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/** Best place for a problem: the JSON error position, else the first key or value the message quotes. */
export function problemRange(text: string, message: string): vscode.Range {
  const at = (offset: number, length: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const character = offset - (before.lastIndexOf('\n') + 1);
    return new vscode.Range(line, character, line, character + length);
  };
  const pos = /position (\d+)/.exec(message);
  if (pos) return at(Math.min(Number(pos[1]), text.length), 1);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return new vscode.Range(Number(lc[1]) - 1, Number(lc[2]) - 1, Number(lc[1]) - 1, Number(lc[2]));
  for (const m of message.matchAll(/"([^"]+)"/g)) {
    const i = text.indexOf(`"${m[1]}"`);
    if (i >= 0) return at(i, m[1]!.length + 2);
  }
  return new vscode.Range(0, 0, 0, 0);
}
