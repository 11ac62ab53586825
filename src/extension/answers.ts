/**
 * The answers' results as the language server last sent them (`mlsd/result`):
 * the status bar, the checklist view, the preview strip and practice mode read
 * them here; the extension host never checks an answer itself.
 */
import * as vscode from 'vscode';
import type { MlsdResult } from '../server/protocol';
import { isAnswerDocument, MLSD_LANGUAGE } from '../shared/answerDocuments';

export { MLSD_LANGUAGE };

/** An answer: an `mlsd` document, or a `markdown` one named `*.mlsd.md` (`files.associations`). */
export function isAnswer(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && isAnswerDocument(doc.languageId, doc.uri.path);
}

/**
 * An answer open as `mlsd`: our Markdown editing (Enter, bold, italic, lists)
 * is for these only; as `markdown`, Markdown's own extensions do it.
 */
export function isMlsdDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === MLSD_LANGUAGE;
}

export class MlsdAnswers implements vscode.Disposable {
  private readonly _latest = new Map<string, MlsdResult>();
  private readonly _onDidCheck = new vscode.EventEmitter<MlsdResult>();
  /** Fires when the server sent a new result for a document. */
  readonly onDidCheck = this._onDidCheck.event;
  private readonly _subs: vscode.Disposable[] = [];

  constructor() {
    this._subs.push(vscode.workspace.onDidCloseTextDocument((d) => this._latest.delete(d.uri.toString())));
  }

  /** Record a result from the server (the language client calls it). */
  set(result: MlsdResult): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri);
    if (doc?.isClosed) return;
    this._latest.set(result.uri, result);
    this._onDidCheck.fire(result);
  }

  /** The latest result the server sent for a document (the preview strip reads it), if any. */
  latest(uri: vscode.Uri): MlsdResult | undefined {
    return this._latest.get(uri.toString());
  }

  /** The latest result when it is of the document's current version, else undefined. */
  currentOf(doc: vscode.TextDocument): MlsdResult | undefined {
    const r = this.latest(doc.uri);
    return r && r.version >= doc.version ? r : undefined;
  }

  /**
   * The result of the document's version now: the latest when it is current,
   * else the next one the server sends for this version or a later one.
   * Undefined when the document closes first or none comes within `timeoutMs`
   * (a server that stopped must not hang the caller).
   */
  current(doc: vscode.TextDocument, timeoutMs = 20_000): Promise<MlsdResult | undefined> {
    const now = this.currentOf(doc);
    if (now) return Promise.resolve(now);
    const key = doc.uri.toString();
    const version = doc.version;
    return new Promise((resolve) => {
      const done = (r: MlsdResult | undefined) => {
        clearTimeout(timer);
        for (const d of subs) d.dispose();
        resolve(r);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const subs = [
        this.onDidCheck((r) => r.uri === key && r.version >= version && done(r)),
        vscode.workspace.onDidCloseTextDocument((d) => d.uri.toString() === key && done(undefined)),
      ];
    });
  }

  dispose(): void {
    this._onDidCheck.dispose();
    for (const s of this._subs) s.dispose();
  }
}
