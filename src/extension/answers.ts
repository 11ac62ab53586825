/**
 * The one place the extension checks answers: results cached per document
 * version, so diagnostics, status bar, checklist, hovers, preview strip and
 * practice mode never parse the same text twice.
 */
import * as vscode from 'vscode';
import type { CheckOptions, CheckResult } from '../core/index';
import { heavy } from './lazy';

export const MLSD_LANGUAGE = 'mlsd';

export function isAnswer(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === MLSD_LANGUAGE;
}

export interface CheckedAnswer {
  readonly document: vscode.TextDocument;
  readonly version: number;
  /** Undefined when the answer is too large to check in the editor. */
  readonly result?: CheckResult;
  /** Why there is no result (e.g. size limit), for a clear message. */
  readonly skipped?: string;
}

/** Supplies the check options for a document (settings, .mlsdrc.json). */
export type OptionsProvider = (doc: vscode.TextDocument) => CheckOptions & { maxBytes?: number };

export class MlsdAnswers implements vscode.Disposable {
  private readonly _cache = new Map<string, CheckedAnswer>();
  private readonly _onDidCheck = new vscode.EventEmitter<CheckedAnswer>();
  /** Fires after a document version was checked. */
  readonly onDidCheck = this._onDidCheck.event;
  private readonly _onDidParseDiagrams = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * Fires when Mermaid has parsed diagrams of a version that was checked without
   * them (parsing is asynchronous and loads Mermaid on the first diagram): check it again.
   */
  readonly onDidParseDiagrams = this._onDidParseDiagrams.event;
  private readonly _subs: vscode.Disposable[] = [];

  constructor(private readonly _options: OptionsProvider) {
    this._subs.push(vscode.workspace.onDidCloseTextDocument((d) => this._cache.delete(d.uri.toString())));
  }

  /** Check (or return the cached result of) the document's current version. */
  get(doc: vscode.TextDocument): CheckedAnswer {
    const key = doc.uri.toString();
    const hit = this._cache.get(key);
    if (hit && hit.version === doc.version) return hit;
    const opts = this._options(doc);
    const text = doc.getText();
    let checked: CheckedAnswer;
    if (opts.maxBytes !== undefined && text.length > opts.maxBytes) {
      checked = {
        document: doc,
        version: doc.version,
        skipped: `MLSD: this answer is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the ${(opts.maxBytes / 1024).toFixed(0)} KB limit (setting mlsd.maxFileSizeKB), so it is not checked while you type. Run "mlsd check" from a terminal to check it.`,
      };
    } else {
      checked = { document: doc, version: doc.version, result: heavy().check(text, opts) };
      this._parseDiagrams(doc, checked.result!);
    }
    this._cache.set(key, checked);
    this._onDidCheck.fire(checked);
    return checked;
  }

  /** Parse the diagrams not parsed yet; a result for the same version then needs a new check. */
  private _parseDiagrams(doc: vscode.TextDocument, result: CheckResult): void {
    const core = heavy();
    if (!core.diagramsPending(result.answer)) return;
    const version = doc.version;
    void core.checkDiagrams(result.answer).then((results) => {
      // Only new verdicts change the check (where no Mermaid is available, as in the web build, there are none).
      if (!results.some((r) => !r.cached && r.verdict)) return;
      if (doc.isClosed || doc.version !== version) return; // a newer version is checked anyway
      this._cache.delete(doc.uri.toString());
      this._onDidParseDiagrams.fire(doc);
    });
  }

  /** Drop cached results (e.g. after a settings change). */
  invalidate(): void {
    this._cache.clear();
  }

  dispose(): void {
    this._onDidCheck.dispose();
    this._onDidParseDiagrams.dispose();
    for (const s of this._subs) s.dispose();
  }
}
