/**
 * Status bar item for the active answer: `MLSD 72% · senior`, a tooltip with
 * every step's score, and a click that opens the checklist. It reads the
 * server's latest result (`mlsd/result`).
 */
import * as vscode from 'vscode';
import type { MlsdScore } from '../server/protocol';
import type { MlsdActiveAnswer } from './activeAnswer';
import type { MlsdServices } from './extension';

/** The status bar text of a score. */
export function statusText(score: Pick<MlsdScore, 'overall' | 'level'>): string {
  return `MLSD ${score.overall}% · ${score.level}`;
}

export class MlsdStatusBar implements vscode.Disposable {
  private readonly _item = vscode.window.createStatusBarItem('mlsd.score', vscode.StatusBarAlignment.Right, 100);
  private readonly _subs: vscode.Disposable[];
  private _visible = false;

  constructor(
    private readonly _s: MlsdServices,
    private readonly _active: MlsdActiveAnswer,
  ) {
    this._item.name = 'MLSD Score';
    this._item.command = 'mlsd.showChecklist';
    this._subs = [
      _active.onDidChange(() => this.update()),
      _s.answers.onDidCheck((r) => r.uri === _active.document?.uri.toString() && this.update()),
      _s.config.settings.onDidChange(() => this.update()),
    ];
    this.update();
  }

  /** The shown text, or undefined when hidden (for tests and the bench). */
  get text(): string | undefined {
    return this._visible ? this._item.text : undefined;
  }

  update(): void {
    const doc = this._active.document;
    const latest = doc && !doc.isClosed ? this._s.answers.latest(doc.uri) : undefined;
    // Nothing until the server's first result: no placeholder that flickers.
    if (!doc || !latest || !this._s.config.settings.get('statusBar.enabled', doc.uri)) {
      this._visible = false;
      this._item.hide();
      return;
    }
    if (!latest.score) {
      this._item.text = '$(warning) MLSD not checked';
      this._item.tooltip = latest.skipped;
    } else {
      this._item.text = statusText(latest.score);
      this._item.tooltip = this._tooltip(latest.score);
    }
    this._visible = true;
    this._item.show();
  }

  private _tooltip(r: MlsdScore): vscode.MarkdownString {
    const rows = r.steps.map((s) => `| ${s.index}. ${s.title} | ${s.score}% |`);
    const md = new vscode.MarkdownString(
      [`**MLSD score ${r.overall}%** at ${r.level} level (from ${r.levelSource})`, '', '| Step | Score |', '|:--|--:|', ...rows, '', 'Click to open the checklist.'].join('\n'),
    );
    md.isTrusted = false;
    return md;
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this._item.dispose();
  }
}
