/**
 * Read-only virtual Markdown documents (`mlsd-practice:/…/summary.md`) for the
 * practice summaries: no webview, no file on disk, nothing to save on close.
 */
import * as vscode from 'vscode';

export const SUMMARY_SCHEME = 'mlsd-practice';

export class MlsdSummaryDocs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly _docs = new Map<string, string>();
  private readonly _onDidChange = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this._onDidChange.event;
  private readonly _reg: vscode.Disposable;
  private _n = 0;

  constructor() {
    this._reg = vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, this);
  }

  /** Store a new summary and return its uri (each session gets its own). */
  add(markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${++this._n}/Practice summary.md` });
    this._docs.set(uri.toString(), markdown);
    this._onDidChange.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this._docs.get(uri.toString()) ?? '# Practice summary\n\nThis summary is no longer available (it is kept only until the window reloads).\n';
  }

  dispose(): void {
    this._reg.dispose();
    this._onDidChange.dispose();
    this._docs.clear();
  }
}
