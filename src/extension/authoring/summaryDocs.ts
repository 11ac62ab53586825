/**
 * Read-only virtual Markdown documents (`mlsd-practice:/…/summary.md`) for the
 * practice summaries of untitled answers, which have nowhere to keep one (an
 * answer saved to disk keeps its summary as `<answer>.practice.md`), shown in
 * VS Code's Markdown preview: nothing to save on close.
 */
import * as vscode from 'vscode';

export const SUMMARY_SCHEME = 'mlsd-practice';

const summaryDocUri = (n: number) => vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${n}/Practice summary.md` });

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
    const uri = summaryDocUri(++this._n);
    this._docs.set(uri.toString(), markdown);
    this._onDidChange.fire(uri);
    return uri;
  }

  /** The most recent summary of this window, if any. */
  last(): vscode.Uri | undefined {
    return this._n ? summaryDocUri(this._n) : undefined;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this._docs.get(uri.toString()) ?? '# Practice summary\n\nThis summary is no longer available: the summary of a session on an untitled answer is kept only until the window reloads. Save the answer (*.mlsd.md) before a session to keep its summary beside it.\n';
  }

  dispose(): void {
    this._reg.dispose();
    this._onDidChange.dispose();
    this._docs.clear();
  }
}

/**
 * Show a summary rendered, beside the answer: VS Code's Markdown preview, locked
 * to the summary (an unlocked one follows the active Markdown file, so opening a
 * note would replace the summary), or the source when the built-in Markdown
 * extension is disabled.
 */
export async function showSummary(uri: vscode.Uri): Promise<'preview' | 'source'> {
  // Opened first so that it is a live document the preview (and tests) can read.
  const doc = await vscode.workspace.openTextDocument(uri);
  // Running the contributed command activates the Markdown extension if it has not started yet.
  if (vscode.extensions.getExtension('vscode.markdown-language-features')) {
    try {
      await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', uri);
      return 'preview';
    } catch {
      /* disabled or failed: show the source instead */
    }
  }
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return 'source';
}
