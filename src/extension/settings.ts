/**
 * Typed access to the `mlsd.*` settings: one key map, one `get()`, values
 * validated against what package.json declares and cached per resource.
 */
import * as vscode from 'vscode';
import { SETTING_DEFAULTS, SETTING_VALID, type MlsdSettingKey, type MlsdSettingTypes } from '../shared/settingValues';

export { SETTING_DEFAULTS, type MlsdSettingKey, type MlsdSettingTypes } from '../shared/settingValues';

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
    return SETTING_VALID[key](raw) ? raw : SETTING_DEFAULTS[key];
  }

  dispose(): void {
    this._sub.dispose();
    this._onDidChange.dispose();
  }
}
