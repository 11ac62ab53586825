/**
 * The checklist view (`mlsd.checklist`): the seven steps with their scores,
 * each with its key points ticked when covered. Clicking a point reveals where
 * it is covered, or the step's heading (or where the step belongs) when missing.
 * It reads the server's latest result (`mlsd/result`).
 */
import * as vscode from 'vscode';
import type { MlsdPointResult, MlsdScore, MlsdStepResult } from '../server/protocol';
import type { MlsdActiveAnswer } from './activeAnswer';
import type { MlsdServices } from './extension';
import { REVEAL_COMMAND } from './commands/reveal';

type Node = { kind: 'step'; step: MlsdStepResult } | { kind: 'point'; step: MlsdStepResult; status: MlsdPointResult };

export class MlsdChecklist implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _view: vscode.TreeView<Node>;
  private readonly _subs: vscode.Disposable[];
  private _result: MlsdScore | undefined;
  private _doc: vscode.TextDocument | undefined;

  constructor(
    private readonly _s: MlsdServices,
    private readonly _active: MlsdActiveAnswer,
  ) {
    this._view = vscode.window.createTreeView('mlsd.checklist', { treeDataProvider: this, showCollapseAll: true });
    this._subs = [
      this._view,
      _active.onDidChange(() => this.refresh()),
      _s.answers.onDidCheck((r) => r.uri === _active.document?.uri.toString() && this.refresh()),
    ];
    this.refresh();
  }

  /** Re-read the active answer's result and redraw. */
  refresh(): void {
    const doc = this._active.document;
    const latest = doc && !doc.isClosed ? this._s.answers.latest(doc.uri) : undefined;
    this._doc = doc;
    this._result = latest?.score;
    this._view.message = latest?.skipped;
    this._view.description = this._result ? `${this._result.overall}% · ${this._result.level}` : undefined;
    this._onDidChangeTreeData.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const r = this._result;
    if (!r) return [];
    if (!node) {
      return r.steps.map((step): Node => ({ kind: 'step', step }));
    }
    if (node.kind === 'step') return node.step.points.map((status) => ({ kind: 'point', step: node.step, status }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.kind === 'step' ? this._stepItem(node.step) : this._pointItem(node.step, node.status);
  }

  private _stepItem(st: MlsdStepResult): vscode.TreeItem {
    const step = st;
    const missing = st.points.filter((p) => p.required && !p.anywhere).length;
    const item = new vscode.TreeItem(`${step.index}. ${step.title}`, missing ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `step:${step.id}`;
    item.description = `${st.score}%${st.headings.length ? '' : ' · no heading'}`;
    item.tooltip = `${step.summary}\n${st.score}% · ${missing} expected point(s) missing`;
    item.iconPath =
      st.score >= 80
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
        : st.score >= 40
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    item.contextValue = 'mlsdStep';
    item.command = this._reveal(this._stepLine(step), `Go to step ${step.index}`);
    return item;
  }

  private _pointItem(step: MlsdStepResult, p: MlsdPointResult): vscode.TreeItem {
    const item = new vscode.TreeItem(p.title, vscode.TreeItemCollapsibleState.None);
    item.id = `point:${step.id}:${p.key}`;
    const need = p.required ? p.level : `${p.level} · optional`;
    const how = p.depth === 'explained' ? 'explained' : p.depth === 'named' ? 'named only' : 'missing';
    item.description = p.anywhere && !p.inStep ? `${how} in another step` : how;
    item.tooltip = new vscode.MarkdownString().appendText(`${p.title} (${need}): ${how}.\n\n${p.advice}`);
    // Explained here: done. Named only, or made in another step: half done. Missing: open.
    item.iconPath = p.inStep && p.depth === 'explained'
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : p.anywhere
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon(p.required ? 'circle-large-outline' : 'circle-outline');
    item.accessibilityInformation = { label: `${p.title}: ${item.description}` };
    item.contextValue = p.anywhere ? 'mlsdPointCovered' : 'mlsdPointMissing';
    item.command = p.where
      ? this._reveal(p.where.start.line, 'Show where it is covered', p.where)
      : this._reveal(this._stepLine(step), 'Go to where it belongs');
    return item;
  }

  /** The step's heading line, or the line where the step belongs when it has none. */
  private _stepLine(step: MlsdStepResult): number {
    return step.headings[0] ?? step.insertLine;
  }

  private _reveal(line: number, title: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Command | undefined {
    if (!this._doc) return undefined;
    const r = range ?? { start: { line, character: 0 }, end: { line, character: 0 } };
    return { command: REVEAL_COMMAND, title, arguments: [this._doc.uri, r.start.line, r.start.character, r.end.line, r.end.character] };
  }

  /** The tree as plain data (labels, descriptions, commands' targets) for tests. */
  snapshot(): { label: string; description: string; children: { label: string; description: string; line?: number }[] }[] {
    return this.getChildren().map((n) => {
      const item = this.getTreeItem(n);
      return {
        label: String(item.label),
        description: String(item.description ?? ''),
        children: this.getChildren(n).map((c) => {
          const ci = this.getTreeItem(c);
          return { label: String(ci.label), description: String(ci.description ?? ''), line: ci.command?.arguments?.[1] as number | undefined };
        }),
      };
    });
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
    this._onDidChangeTreeData.dispose();
  }
}
