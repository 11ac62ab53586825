/**
 * Which answer the status bar and the checklist show: the active editor's
 * answer, kept while focus moves to a panel or the preview (no active text
 * editor) as long as the answer stays visible. Sets the `mlsd.answerActive`
 * context key that shows the checklist view.
 */
import * as vscode from 'vscode';
import { isAnswer } from './answers';

export class MlsdActiveAnswer implements vscode.Disposable {
  private _doc: vscode.TextDocument | undefined;
  private readonly _onDidChange = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** Fires when the tracked answer changes (to another answer or to none). */
  readonly onDidChange = this._onDidChange.event;
  private readonly _subs: vscode.Disposable[];

  constructor() {
    const w = vscode.window;
    this._subs = [
      w.onDidChangeActiveTextEditor(() => this._update()),
      w.onDidChangeVisibleTextEditors(() => this._update()),
      vscode.workspace.onDidCloseTextDocument((d) => d === this._doc && this._update()),
      // A language change (e.g. `Change Language Mode`) reopens the document under a new id.
      vscode.workspace.onDidOpenTextDocument(() => this._update()),
    ];
    this._update();
  }

  /** The answer shown in the status bar and the checklist, if any. */
  get document(): vscode.TextDocument | undefined {
    return this._doc;
  }

  private _update(): void {
    const editor = vscode.window.activeTextEditor;
    let next: vscode.TextDocument | undefined;
    if (editor) next = isAnswer(editor.document) ? editor.document : undefined;
    else if (this._doc && !this._doc.isClosed && vscode.window.visibleTextEditors.some((e) => e.document === this._doc)) next = this._doc;
    if (next && !isAnswer(next)) next = undefined;
    if (next === this._doc) return;
    this._doc = next;
    void vscode.commands.executeCommand('setContext', 'mlsd.answerActive', !!next);
    this._onDidChange.fire(next);
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this._onDidChange.dispose();
  }
}
