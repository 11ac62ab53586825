/**
 * A small API returned by `activate()` for the extension-host tests and the
 * bench (activation time): read-only views of what the user sees.
 */
import type { MlsdEditorFeatures } from './features';

/**
 * Activation timing: `loaded` when the bundle's first module ran (code loading
 * starts), `start`/`end` at the top and the end of `activate()`.
 */
export interface MlsdActivationTiming {
  readonly loaded: number;
  /** When VS Code had built the `vscode` API object for this extension (its cost, not ours). */
  readonly vscodeReady: number;
  /** When the bundle's modules had all run (VS Code then prepares the context and calls `activate`). */
  readonly modulesReady: number;
  readonly start: number;
  readonly end: number;
  readonly ms: number;
}

export class MlsdTestApi {
  private _features: MlsdEditorFeatures | undefined;
  private _timing: MlsdActivationTiming | undefined;

  /** Called by `activate()` once the features are registered. */
  attach(features: MlsdEditorFeatures, timing: MlsdActivationTiming): void {
    this._features = features;
    this._timing = timing;
  }

  /** The status bar item's text, or undefined when it is hidden. */
  statusBarText(): string | undefined {
    return this._features?.statusBar.text;
  }

  /** The checklist tree as plain data. */
  checklist(): ReturnType<MlsdEditorFeatures['checklist']['snapshot']> {
    return this._features?.checklist.snapshot() ?? [];
  }

  /** How long `activate()` took. */
  activation(): MlsdActivationTiming | undefined {
    return this._timing;
  }
}
