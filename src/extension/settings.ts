/**
 * Typed access to the `mlsd.*` settings: one key map, one `get()`, values
 * validated against what package.json declares and cached per resource.
 */
import * as vscode from 'vscode';
import { LEVELS, type Level } from '../core/framework/types';

/** The settings this file reads. Keep in sync with `contributes.configuration` in package.json. */
export interface MlsdSettingTypes {
  level: Level;
  run: 'onType' | 'onSave';
  debounceMs: number;
  rules: Readonly<Record<string, unknown>>;
  maxFileSizeKB: number;
  'statusBar.enabled': boolean;
}

export type MlsdSettingKey = keyof MlsdSettingTypes;

/** Defaults, the same as package.json; also used when a user value is invalid. */
export const SETTING_DEFAULTS: Readonly<MlsdSettingTypes> = {
  level: 'senior',
  run: 'onType',
  debounceMs: 300,
  rules: {},
  maxFileSizeKB: 2048,
  'statusBar.enabled': true,
};

/** Accepts a raw value only if it has the declared shape (settings.json can hold anything). */
const VALID: { [K in MlsdSettingKey]: (v: unknown) => v is MlsdSettingTypes[K] } = {
  level: (v): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v),
  run: (v): v is 'onType' | 'onSave' => v === 'onType' || v === 'onSave',
  debounceMs: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  rules: (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  maxFileSizeKB: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  'statusBar.enabled': (v): v is boolean => typeof v === 'boolean',
};

/** Reads `mlsd.*` settings, cached per resource until the configuration changes. */
export class MlsdSettings implements vscode.Disposable {
  private readonly _cache = new Map<string, vscode.WorkspaceConfiguration>();
  private readonly _onDidChange = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires after any `mlsd.*` setting changed (the cache is already cleared). */
  readonly onDidChange = this._onDidChange.event;
  private readonly _sub: vscode.Disposable;

  constructor() {
    this._sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('mlsd')) return;
      this._cache.clear();
      this._onDidChange.fire(e);
    });
  }

  /** The value of `mlsd.<key>` for a resource (or the window), falling back to the default when invalid. */
  get<K extends MlsdSettingKey>(key: K, resource?: vscode.Uri): MlsdSettingTypes[K] {
    const id = resource?.toString() ?? '';
    let section = this._cache.get(id);
    if (!section) {
      section = vscode.workspace.getConfiguration('mlsd', resource);
      this._cache.set(id, section);
    }
    const raw = section.get<unknown>(key);
    return VALID[key](raw) ? raw : SETTING_DEFAULTS[key];
  }

  dispose(): void {
    this._sub.dispose();
    this._onDidChange.dispose();
  }
}
