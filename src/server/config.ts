/**
 * What the server checks an answer with: the `mlsd` settings through standard
 * `workspace/configuration` (or, for clients that push settings instead, what
 * `workspace/didChangeConfiguration` sent), and the nearest `.mlsdrc.json`
 * between the answer and its workspace folder, read through the host (Node:
 * the disk; browser: the client). Problems in a `.mlsdrc.json` are published
 * as that file's diagnostics.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { parseRc, type MlsdRcResult } from '../core/config/rc';
import type { Level } from '../core/framework/types';
import { settingValue, type MlsdSettingKey, type MlsdSettingTypes } from '../shared/settingValues';
import { levelSource, resolveCheckOptions, type MlsdCheckOptions } from './precedence';
import type { LevelSource } from './protocol';
import { problemRange } from './rcProblems';

export const RC_FILE = '.mlsdrc.json';

/** What the server needs from its runtime. */
export interface ServerHost {
  /** A file's text, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Whether a path is a file or a folder, or undefined when it does not exist (link validation, path completion). */
  stat?(uri: string): Promise<{ isDirectory: boolean } | undefined>;
  /** A folder's entries, empty when it cannot be read. */
  readDirectory?(uri: string): Promise<Array<[string, { isDirectory: boolean }]>>;
}

/** The options one check of one document runs with. */
export interface DocumentConfig {
  readonly options: MlsdCheckOptions;
  readonly run: MlsdSettingTypes['run'];
  readonly debounceMs: number;
  /** `mlsd.validate.links`: report broken links (files, headings, link definitions). */
  readonly validateLinks: boolean;
  /** The effective level and its source, given the answer's front matter level. */
  levelOf(frontMatter: Level | undefined): { level: Level; source: LevelSource };
  /** All of the above as a value: two configurations with the same key check alike. */
  readonly key: string;
}

/** The folder part of a URI (`file:///a/b.md` → `file:///a`). */
export function dirOf(uri: string): string {
  const i = uri.replace(/\/+$/, '').lastIndexOf('/');
  return i > uri.indexOf('//') + 1 ? uri.slice(0, i) : uri;
}

export class ServerConfig {
  private readonly _settings = new Map<string, Promise<unknown>>();
  private readonly _rc = new Map<string, Promise<{ uri: string; result: MlsdRcResult } | undefined>>();
  private readonly _rcProblems = new Set<string>();
  private _pushed: unknown;
  /** Bumped on every change: results computed with an older generation are stale. */
  generation = 0;

  constructor(
    private readonly _connection: Connection,
    private readonly _host: ServerHost,
    private readonly _canPull: boolean,
    private _folders: readonly string[],
  ) {}

  /** Settings changed (`settings` is what a push-style client sent, if any). */
  settingsChanged(settings: unknown): void {
    if (settings && typeof settings === 'object' && 'mlsd' in settings) this._pushed = (settings as { mlsd: unknown }).mlsd;
    this._settings.clear();
    this.generation++;
  }

  /** A `.mlsdrc.json` was created, changed or deleted. */
  rcChanged(): void {
    this._rc.clear();
    this.generation++;
  }

  foldersChanged(folders: readonly string[]): void {
    this._folders = folders;
    this.rcChanged();
  }

  /** The configuration a document is checked with. */
  async forDocument(uri: string): Promise<DocumentConfig> {
    const [section, rc] = await Promise.all([this._section(uri), this._nearestRc(uri)]);
    const get = <K extends MlsdSettingKey>(k: K) => settingValue(section, k);
    const level = get('level');
    const options = resolveCheckOptions({ level, rules: get('rules'), maxFileSizeKB: get('maxFileSizeKB') }, rc?.result.options);
    const [run, debounceMs, validateLinks] = [get('run'), get('debounceMs'), get('validate.links')];
    const rcLevel = rc?.result.options.level;
    return {
      options,
      run,
      debounceMs,
      validateLinks,
      levelOf: (fm) => levelSource(fm, rcLevel, level),
      key: JSON.stringify([options, run, debounceMs, validateLinks, rcLevel ?? null, level ?? null]),
    };
  }

  private _section(uri: string): Promise<unknown> {
    if (!this._canPull) return Promise.resolve(this._pushed);
    let s = this._settings.get(uri);
    if (!s) {
      s = this._connection.workspace.getConfiguration({ scopeUri: uri, section: 'mlsd' }).then(
        (v: unknown) => v,
        () => undefined,
      );
      this._settings.set(uri, s);
    }
    return s;
  }

  /** The nearest `.mlsdrc.json`: the answer's folder, then its parents up to the workspace folder. */
  private async _nearestRc(uri: string): Promise<{ uri: string; result: MlsdRcResult } | undefined> {
    const root = this._folders.map((f) => f.replace(/\/+$/, '')).filter((f) => uri.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
    let dir = dirOf(uri);
    for (let i = 0; i < 64; i++) {
      const hit = await this._rcIn(dir);
      if (hit) return hit;
      // Without a workspace folder only the answer's own folder counts.
      if (!root || dir === root || !dir.startsWith(root)) return undefined;
      const parent = dirOf(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
    return undefined;
  }

  private _rcIn(dir: string): Promise<{ uri: string; result: MlsdRcResult } | undefined> {
    let p = this._rc.get(dir);
    if (!p) {
      const uri = `${dir}/${RC_FILE}`;
      p = this._host.readFile(uri).then(
        (text) => {
          if (text === undefined) {
            this._publishProblems(uri, undefined, undefined);
            return undefined;
          }
          const result = parseRc(text);
          this._publishProblems(uri, text, result);
          return { uri, result };
        },
        () => undefined,
      );
      this._rc.set(dir, p);
    }
    return p;
  }

  private _publishProblems(uri: string, text: string | undefined, result: MlsdRcResult | undefined): void {
    const diagnostics: Diagnostic[] = (result?.problems ?? []).map((p) => ({
      range: problemRange(text ?? '', p.message),
      message: p.message,
      severity: p.fatal ? 1 : 2,
      source: 'mlsd',
    }));
    if (!diagnostics.length && !this._rcProblems.has(uri)) return;
    if (diagnostics.length) this._rcProblems.add(uri);
    else this._rcProblems.delete(uri);
    void this._connection.sendDiagnostics({ uri, diagnostics });
  }
}
