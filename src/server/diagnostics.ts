/**
 * When answers are checked and how the results reach the client: at once on
 * open and save, debounced while typing (`mlsd.debounceMs`, only when
 * `mlsd.run` is `onType`); a generation counter per document drops results a
 * newer request or a close made stale. Each check sends `mlsd/result` and, for
 * clients without pull diagnostics, publishes the diagnostics; for clients
 * with them, `textDocument/diagnostic` answers from the same checks. Link
 * diagnostics (the Markdown language service's, `extra`) join the checker's.
 */
import { CancellationToken, type Connection, type Diagnostic, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedAnswer, ServerAnswers } from './answers';
import { diagnosticsOf } from './convert';
import { RESULT_NOTIFICATION } from './protocol';
import { toMlsdResult } from './resultData';

export class DiagnosticsScheduler {
  private readonly _timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly _generation = new Map<string, number>();
  /** Pull requests waiting for a check of their version. */
  private readonly _waiting = new Map<string, Array<(c: CheckedAnswer | undefined) => void>>();
  /** Documents whose diagnostics were pushed (by the workspace check) while the client pulls. */
  readonly pushed = new Set<string>();

  constructor(
    private readonly _connection: Connection,
    private readonly _documents: TextDocuments<TextDocument>,
    private readonly _answers: ServerAnswers,
    private readonly _pull: boolean,
    /** More diagnostics of a checked document (broken links). */
    private readonly _extra: (doc: TextDocument, checked: CheckedAnswer, token: CancellationToken) => Promise<Diagnostic[]> = async () => [],
  ) {
    // TextDocuments fires onDidChangeContent right after onDidOpen: only later ones are edits.
    const opening = new Set<string>();
    _documents.onDidOpen((e) => {
      opening.add(e.document.uri);
      if (this._pull && this.pushed.delete(e.document.uri)) void _connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      this.request(e.document.uri, 0);
    });
    _documents.onDidSave((e) => this.request(e.document.uri, 0));
    _documents.onDidChangeContent((e) => {
      if (!opening.delete(e.document.uri)) this.changed(e.document);
    });
    _documents.onDidClose((e) => this.clear(e.document.uri));
  }

  /** An edit: check after the debounce when the answer is checked while typing. */
  changed(doc: TextDocument): void {
    const gen = this._bump(doc.uri);
    const last = this._answers.last(doc.uri);
    if (last?.config.run === 'onSave') return;
    this._schedule(doc.uri, gen, last?.config.debounceMs ?? 300);
  }

  /** Check a document after `delay` ms (0: at once). */
  request(uri: string, delay: number): void {
    this._schedule(uri, this._bump(uri), delay);
  }

  /** Check every open document again (settings or `.mlsdrc.json` changed, Mermaid verdicts). */
  recheckAll(): void {
    for (const d of this._documents.all()) this.request(d.uri, 0);
  }

  /** `textDocument/diagnostic`: the current version's diagnostics, once its (debounced) check ran. */
  async pull(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const doc = this._documents.get(uri);
    if (!doc) return { kind: 'full', items: [] };
    let checked = this._answers.cached(doc);
    if (!checked) {
      const last = this._answers.last(uri);
      if (last && last.config.run === 'onSave' && !this._timers.has(uri)) checked = last;
      else checked = await new Promise<CheckedAnswer | undefined>((resolve) => {
        const list = this._waiting.get(uri) ?? [];
        list.push(resolve);
        this._waiting.set(uri, list);
        token.onCancellationRequested(() => resolve(undefined));
        if (!this._timers.has(uri)) this.request(uri, 0);
      });
    }
    if (!checked) return { kind: 'full', items: [] };
    return { kind: 'full', items: [...diagnosticsOf(checked, uri), ...(await this._extra(doc, checked, token))] };
  }

  private _schedule(uri: string, gen: number, delay: number): void {
    this._cancelTimer(uri);
    const run = () => {
      this._timers.delete(uri);
      void this._run(uri, gen);
    };
    this._timers.set(uri, setTimeout(run, delay));
  }

  private async _run(uri: string, gen: number): Promise<void> {
    const doc = this._documents.get(uri);
    if (!doc || this._generation.get(uri) !== gen) return;
    const checked = await this._answers.get(doc);
    if (this._generation.get(uri) !== gen || !this._documents.get(uri)) return; // stale: dropped
    void this._connection.sendNotification(RESULT_NOTIFICATION, toMlsdResult(checked));
    const waiting = this._waiting.get(uri);
    this._waiting.delete(uri);
    for (const w of waiting ?? []) w(checked);
    if (!this._pull) {
      const extra = await this._extra(doc, checked, CancellationToken.None);
      if (this._generation.get(uri) !== gen || !this._documents.get(uri)) return;
      void this._connection.sendDiagnostics({ uri, version: checked.version, diagnostics: [...diagnosticsOf(checked, uri), ...extra] });
    } else if (!waiting?.length) void this._connection.languages.diagnostics.refresh();
  }

  /** A closed document: no pending check, no diagnostics. */
  clear(uri: string): void {
    this._cancelTimer(uri);
    this._bump(uri);
    this._answers.delete(uri);
    for (const w of this._waiting.get(uri) ?? []) w(undefined);
    this._waiting.delete(uri);
    if (!this._pull) void this._connection.sendDiagnostics({ uri, diagnostics: [] as Diagnostic[] });
  }

  private _bump(uri: string): number {
    const g = (this._generation.get(uri) ?? 0) + 1;
    this._generation.set(uri, g);
    return g;
  }

  private _cancelTimer(uri: string): void {
    const t = this._timers.get(uri);
    if (t !== undefined) clearTimeout(t);
    this._timers.delete(uri);
  }
}
