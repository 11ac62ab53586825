/**
 * The check options for an answer, merged from the `mlsd.*` settings and the
 * nearest `.mlsdrc.json` (see `precedence.ts` for the documented order; the
 * answer's front matter is applied by the core on top of both).
 */
import * as vscode from 'vscode';
import type { Level } from '../core/index';
import { levelSource, resolveCheckOptions, type LevelSource, type MlsdCheckOptions } from './precedence';
import { MlsdRcFiles } from './rcFiles';
import { MlsdSettings } from './settings';

export class MlsdConfig implements vscode.Disposable {
  /** Typed `mlsd.*` settings. */
  readonly settings = new MlsdSettings();
  /** The workspace's `.mlsdrc.json` files. */
  readonly rcFiles = new MlsdRcFiles();
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  /** Fires when a setting or a `.mlsdrc.json` changed: cached results are stale. */
  readonly onDidChange = this._onDidChange.event;
  private readonly _subs: vscode.Disposable[];

  constructor() {
    this._subs = [
      this.settings.onDidChange(() => this._onDidChange.fire()),
      this.rcFiles.onDidChange(() => this._onDidChange.fire()),
    ];
  }

  /** Resolves when the `.mlsdrc.json` files were read (first checks wait for it). */
  get ready(): Promise<void> {
    return this.rcFiles.ready;
  }

  /** Options for `check()` of a document. */
  checkOptions(doc: vscode.TextDocument): MlsdCheckOptions {
    return this.optionsFor(doc.uri);
  }

  /** Options for `check()` of any resource, open or not. */
  optionsFor(uri: vscode.Uri): MlsdCheckOptions {
    return resolveCheckOptions(
      {
        level: this.settings.get('level', uri),
        rules: this.settings.get('rules', uri),
        maxFileSizeKB: this.settings.get('maxFileSizeKB', uri),
      },
      this.rcFiles.optionsFor(uri),
    );
  }

  /** The effective level of an answer and where it comes from. */
  levelOf(uri: vscode.Uri, frontMatterLevel: Level | undefined): { level: Level; source: LevelSource } {
    return levelSource(frontMatterLevel, this.rcFiles.optionsFor(uri)?.level, this.settings.get('level', uri));
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this.settings.dispose();
    this.rcFiles.dispose();
    this._onDidChange.dispose();
  }
}
