/**
 * The server's one place that checks open answers: one result per document
 * version and configuration generation, so diagnostics, code actions, hovers,
 * symbols and the score never check the same text twice. Mermaid blocks are
 * parsed asynchronously (Mermaid loads on the first diagram); when new verdicts
 * arrive for the version still open, `onDiagrams` asks for a fresh check.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, checkDiagrams, diagramsPending, type CheckResult } from '../core/check';
import type { ServerConfig, DocumentConfig } from './config';

/** A checked version of a document. */
export interface CheckedAnswer {
  readonly uri: string;
  readonly version: number;
  readonly generation: number;
  readonly config: DocumentConfig;
  /** Undefined when the answer is too large to check in the editor. */
  readonly result?: CheckResult;
  /** Why there is no result, as a clear message. */
  readonly skipped?: string;
}

/**
 * Check a text with a document's configuration, honouring the size limit:
 * `editor` for an open answer (checked while typing), `workspace` for the
 * workspace check, which says so differently.
 */
export function checkText(text: string, config: DocumentConfig, when: 'editor' | 'workspace' = 'editor'): Pick<CheckedAnswer, 'result' | 'skipped'> {
  const max = config.options.maxBytes;
  if (max === undefined || text.length <= max) return { result: check(text, config.options) };
  const mb = (text.length / 1024 / 1024).toFixed(1);
  const kb = (max / 1024).toFixed(0);
  if (when === 'workspace') {
    // Same limit as in the editor: the server would be busy for seconds per file.
    return { skipped: `MLSD: this answer is ${mb} MB, over the ${kb} KB limit (setting mlsd.maxFileSizeKB), so it was not checked. Run "mlsd check" from a terminal to check it.` };
  }
  return { skipped: `MLSD: this answer is ${mb} MB, over the ${kb} KB limit (setting mlsd.maxFileSizeKB), so it is not checked while you type. Run "mlsd check" from a terminal to check it.` };
}

export class ServerAnswers {
  private readonly _cache = new Map<string, CheckedAnswer>();

  constructor(
    private readonly _config: ServerConfig,
    /** Called when Mermaid verdicts for a checked version arrived: that version needs a new check. */
    private readonly _onDiagrams: (uri: string) => void,
  ) {}

  /** The cached result of the document's current version, if it is current. */
  cached(doc: TextDocument): CheckedAnswer | undefined {
    const hit = this._cache.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === this._config.generation ? hit : undefined;
  }

  /** The last result of a document, whatever its version. */
  last(uri: string): CheckedAnswer | undefined {
    return this._cache.get(uri);
  }

  /** Check (or return the cached result of) the document's current version. */
  async get(doc: TextDocument): Promise<CheckedAnswer> {
    const hit = this.cached(doc);
    if (hit) return hit;
    const generation = this._config.generation;
    const config = await this._config.forDocument(doc.uri);
    // The document may have changed while the configuration was read.
    const again = this.cached(doc);
    if (again) return again;
    // A change that leaves this document's configuration as it was (the client's first
    // `didChangeConfiguration`, which arrives while the answer that opened the editor is
    // checked; a setting of another section) keeps the check of this version.
    const last = this._cache.get(doc.uri);
    if (last && last.version === doc.version && last.config.key === config.key) {
      const same: CheckedAnswer = { ...last, generation, config };
      this._cache.set(doc.uri, same);
      return same;
    }
    const checked: CheckedAnswer = { uri: doc.uri, version: doc.version, generation, config, ...checkText(doc.getText(), config) };
    this._cache.set(doc.uri, checked);
    if (checked.result) this._parseDiagrams(doc, checked);
    return checked;
  }

  private _parseDiagrams(doc: TextDocument, checked: CheckedAnswer): void {
    if (!diagramsPending(checked.result!.answer)) return;
    void checkDiagrams(checked.result!.answer).then(
      (results) => {
        // Only new verdicts change the check (no Mermaid available: none).
        if (!results.some((r) => !r.cached && r.verdict)) return;
        if (this._cache.get(doc.uri)?.result !== checked.result) return; // a newer version or configuration is checked anyway
        this._cache.delete(doc.uri);
        this._onDiagrams(doc.uri);
      },
      () => undefined,
    );
  }

  /** Forget a closed document. */
  delete(uri: string): void {
    this._cache.delete(uri);
  }
}
