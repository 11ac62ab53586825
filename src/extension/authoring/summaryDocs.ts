/**
 * Read-only virtual Markdown documents (`mlsd-practice:/…/summary.md`) for the
 * practice summaries, shown in VS Code's Markdown preview: nothing to save on
 * close (the session's record is kept in the answer's `.practice.json`).
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

/**
 * Show a summary rendered, beside the answer: VS Code's Markdown preview, or
 * the source when the built-in Markdown extension is disabled.
 */
export async function showSummary(uri: vscode.Uri): Promise<'preview' | 'source'> {
  // Opened first so that it is a live document the preview (and tests) can read.
  const doc = await vscode.workspace.openTextDocument(uri);
  // Running the contributed command activates the Markdown extension if it has not started yet.
  if (vscode.extensions.getExtension('vscode.markdown-language-features')) {
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      return 'preview';
    } catch {
      /* disabled or failed: show the source instead */
    }
  }
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return 'source';
}
