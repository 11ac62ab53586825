/**
 * Status bar item for the active answer: `MLSD 72% · senior`, a tooltip with
 * every step's score, and a click that opens the checklist.
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../core/index';
import type { MlsdActiveAnswer } from './activeAnswer';
import type { MlsdServices } from './extension';
import { heavy } from './lazy';

/** The status bar text of a result. */
export function statusText(result: CheckResult): string {
  return `MLSD ${result.coverage.overall}% · ${result.level}`;
}

export class MlsdStatusBar implements vscode.Disposable {
  private readonly _item = vscode.window.createStatusBarItem('mlsd.score', vscode.StatusBarAlignment.Right, 100);
  private readonly _subs: vscode.Disposable[];

  constructor(
    private readonly _s: MlsdServices,
    private readonly _active: MlsdActiveAnswer,
  ) {
    this._item.name = 'MLSD Score';
    this._item.command = 'mlsd.showChecklist';
    this._subs = [
      _active.onDidChange(() => this.update()),
      _s.answers.onDidCheck((c) => c.document === _active.document && this.update()),
      _s.config.onDidChange(() => this.update()),
    ];
    // Not during activation: the first check waits for the .mlsdrc.json files.
    void _s.config.ready.then(() => this.update());
  }

  /** The shown text, or undefined when hidden (for tests and the bench). */
  get text(): string | undefined {
    return this._visible ? this._item.text : undefined;
  }
  private _visible = false;

  update(): void {
    const doc = this._active.document;
    if (!doc || doc.isClosed || !this._s.config.settings.get('statusBar.enabled', doc.uri)) {
      this._visible = false;
      this._item.hide();
      return;
    }
    const checked = this._s.answers.get(doc);
    if (!checked.result) {
      this._item.text = '$(warning) MLSD not checked';
      this._item.tooltip = checked.skipped;
    } else {
      const r = checked.result;
      this._item.text = statusText(r);
      this._item.tooltip = this._tooltip(doc, r);
    }
    this._visible = true;
    this._item.show();
  }

  private _tooltip(doc: vscode.TextDocument, r: CheckResult): vscode.MarkdownString {
    const { source } = this._s.config.levelOf(doc.uri, r.answer.frontMatter.level);
    const rows = heavy().STEPS.map((s) => `| ${s.index}. ${s.title} | ${r.coverage.steps.get(s.id)?.score ?? 0}% |`);
    const md = new vscode.MarkdownString(
      [`**MLSD score ${r.coverage.overall}%** at ${r.level} level (from ${source})`, '', '| Step | Score |', '|:--|--:|', ...rows, '', 'Click to open the checklist.'].join('\n'),
    );
    md.isTrusted = false;
    return md;
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this._item.dispose();
  }
}
