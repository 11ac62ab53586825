/**
 * Diagnostics from the checker: at once on open and save, debounced while
 * typing (`mlsd.debounceMs`, only when `mlsd.run` is `onType`), cleared on
 * close. A generation counter per document drops results that a newer request
 * or a close made stale.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { isAnswer, type CheckedAnswer } from './answers';
import { toDiagnostic } from './convert';
import type { MlsdServices } from './extension';

/** Schemes of read-only views of a file (diffs, output): never checked. */
const SKIP_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'mlsd-docs', 'conflictResolution', 'review', 'pr']);

/** Is this a document the checker should publish diagnostics for? */
export function isCheckable(doc: vscode.TextDocument): boolean {
  return isAnswer(doc) && !SKIP_SCHEMES.has(doc.uri.scheme);
}

export class MlsdDiagnostics implements vscode.Disposable {
  private readonly _collection = vscode.languages.createDiagnosticCollection('mlsd');
  /** The finding behind each diagnostic we published (for code actions); typed, no `any`. */
  private readonly _findings = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly _timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly _generation = new Map<string, number>();
  /** Document version each open document's diagnostics were computed from. */
  private readonly _versions = new Map<string, number>();
  private readonly _subs: vscode.Disposable[] = [];

  constructor(private readonly _s: MlsdServices) {
    const ws = vscode.workspace;
    this._subs.push(
      ws.onDidOpenTextDocument((d) => this.requestCheck(d)),
      ws.onDidSaveTextDocument((d) => this.requestCheck(d)),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isCheckable(e.document)) return;
        if (this._s.config.settings.get('run', e.document.uri) === 'onType') this._schedule(e.document);
      }),
      ws.onDidCloseTextDocument((d) => this.clear(d.uri)),
      // Settings or .mlsdrc.json changed: the cache is already invalidated, check again.
      _s.config.onDidChange(() => this.checkOpenAnswers()),
      // Mermaid parsed the diagrams of a checked version: publish the check that includes them.
      _s.answers.onDidParseDiagrams((doc) => this.requestCheck(doc)),
    );
    this.checkOpenAnswers();
  }

  /** The finding a diagnostic of ours came from. */
  findingOf(d: vscode.Diagnostic): Finding | undefined {
    return this._findings.get(d);
  }

  /** The document version the published diagnostics of `uri` belong to. */
  /** The diagnostics this extension published for a document (read in the extension host, so never stale). */
  published(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this._collection.get(uri) ?? [];
  }

  publishedVersion(uri: vscode.Uri): number | undefined {
    return this._versions.get(uri.toString());
  }

  /** Check every open answer now. */
  checkOpenAnswers(): void {
    for (const d of vscode.workspace.textDocuments) this.requestCheck(d);
  }

  /** Check a document as soon as `.mlsdrc.json` files are loaded (at once after that). */
  requestCheck(doc: vscode.TextDocument): void {
    if (!isCheckable(doc)) return;
    const key = doc.uri.toString();
    this._cancelTimer(key);
    const gen = this._bump(key);
    void this._s.config.ready.then(() => {
      if (this._generation.get(key) !== gen || doc.isClosed) return;
      this.publishChecked(this._s.answers.get(doc));
    });
  }

  /** Publish results for any resource, open or not (the workspace check uses it). */
  publish(uri: vscode.Uri, checked: Pick<CheckedAnswer, 'result' | 'skipped'>): void {
    this._versions.delete(uri.toString());
    this._publish(uri, checked);
  }

  /** Publish the result of an open document's check (remembers its version). */
  publishChecked(checked: CheckedAnswer): void {
    this._versions.set(checked.document.uri.toString(), checked.version);
    this._publish(checked.document.uri, checked);
  }

  /** Remove a resource's diagnostics and drop its pending check. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this._cancelTimer(key);
    this._bump(key);
    this._versions.delete(key);
    this._collection.delete(uri);
  }

  private _schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this._cancelTimer(key);
    const gen = this._bump(key);
    const delay = this._s.config.settings.get('debounceMs', doc.uri);
    this._timers.set(
      key,
      setTimeout(() => {
        this._timers.delete(key);
        if (this._generation.get(key) !== gen || doc.isClosed) return;
        void this._s.config.ready.then(() => {
          if (this._generation.get(key) !== gen || doc.isClosed) return;
          this.publishChecked(this._s.answers.get(doc));
        });
      }, delay),
    );
  }

  private _publish(uri: vscode.Uri, checked: Pick<CheckedAnswer, 'result' | 'skipped'>): void {
    if (!checked.result) {
      // Too large to check: one clear message instead of silence.
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), checked.skipped ?? 'MLSD: this answer was not checked.', vscode.DiagnosticSeverity.Information);
      d.source = 'mlsd';
      d.code = 'size-limit';
      this._collection.set(uri, [d]);
      return;
    }
    this._collection.set(
      uri,
      checked.result.findings.map((f) => {
        const d = toDiagnostic(f, uri);
        this._findings.set(d, f);
        return d;
      }),
    );
  }

  private _bump(key: string): number {
    const g = (this._generation.get(key) ?? 0) + 1;
    this._generation.set(key, g);
    return g;
  }

  private _cancelTimer(key: string): void {
    const t = this._timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this._timers.delete(key);
  }

  dispose(): void {
    for (const t of this._timers.values()) clearTimeout(t);
    this._timers.clear();
    for (const s of this._subs) s.dispose();
    this._collection.dispose();
  }
}
