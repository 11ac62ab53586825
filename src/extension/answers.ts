/**
 * The answers' results as the language server last sent them (`mlsd/result`):
 * the status bar, the checklist view and the preview strip read them here,
 * never checking on the extension host. `get()` is the one exception, for
 * practice mode only (its cursor step and its summary need the answer model):
 * a check of the text at the level and case the server resolved.
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../core/index';
import type { MlsdResult } from '../server/protocol';
import { heavy } from './lazy';

export const MLSD_LANGUAGE = 'mlsd';

export function isAnswer(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === MLSD_LANGUAGE;
}

/** A host-side check of a document version (practice mode). */
export interface CheckedAnswer {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly result?: CheckResult;
  readonly skipped?: string;
}

export class MlsdAnswers implements vscode.Disposable {
  private readonly _latest = new Map<string, MlsdResult>();
  private readonly _local = new Map<string, CheckedAnswer>();
  private readonly _onDidCheck = new vscode.EventEmitter<MlsdResult>();
  /** Fires when the server sent a new result for a document. */
  readonly onDidCheck = this._onDidCheck.event;
  private readonly _subs: vscode.Disposable[] = [];

  constructor() {
    this._subs.push(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this._latest.delete(d.uri.toString());
        this._local.delete(d.uri.toString());
      }),
    );
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

  /**
   * Practice mode's check of the document's current version, at the level and
   * case the server resolved (front matter, `.mlsdrc.json`, settings).
   */
  get(doc: vscode.TextDocument): CheckedAnswer {
    const key = doc.uri.toString();
    const hit = this._local.get(key);
    if (hit && hit.version === doc.version) return hit;
    const latest = this.latest(doc.uri);
    // Over the size limit: the server did not check it, and neither does the host.
    if (latest?.skipped) return { document: doc, version: doc.version, skipped: latest.skipped };
    const score = latest?.score;
    const checked = { document: doc, version: doc.version, result: heavy().check(doc.getText(), score ? { forceLevel: score.level, caseId: score.caseId } : {}) };
    this._local.set(key, checked);
    return checked;
  }

  dispose(): void {
    this._onDidCheck.dispose();
    for (const s of this._subs) s.dispose();
  }
}
