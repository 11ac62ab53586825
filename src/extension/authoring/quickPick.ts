/**
 * One quick pick step of a multi-step flow, with the item to start on, and a
 * callback once it is shown with that item active (tests drive the real UI
 * through it).
 */
import * as vscode from 'vscode';

export interface MlsdPickOptions<T extends vscode.QuickPickItem> {
  readonly title: string;
  readonly placeholder: string;
  readonly items: readonly T[];
  /** The item selected when the pick opens (default: the first). */
  readonly active?: T;
  readonly matchOnDetail?: boolean;
}

/** Show a quick pick; resolves with the accepted item, or undefined when dismissed. */
export function pickOne<T extends vscode.QuickPickItem>(
  o: MlsdPickOptions<T>,
  onShow?: (title: string) => void,
): Promise<T | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<T>();
    qp.title = o.title;
    qp.placeholder = o.placeholder;
    qp.items = o.items;
    qp.matchOnDetail = o.matchOnDetail ?? false;
    qp.ignoreFocusOut = false;
    if (o.active) qp.activeItems = [o.active];
    let done = false;
    const finish = (v: T | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.dispose();
    };
    qp.onDidAccept(() => finish(qp.selectedItems[0] ?? qp.activeItems[0]));
    qp.onDidHide(() => finish(undefined));
    // "Shown" once the workbench reports the active item it rendered: only then
    // does accepting (by key or command) pick the intended item.
    let shown = false;
    qp.onDidChangeActive((active) => {
      if (shown || done) return;
      const want = o.active ?? o.items.find((i) => i.kind !== vscode.QuickPickItemKind.Separator);
      if (want && active[0] !== want) return;
      shown = true;
      onShow?.(o.title);
    });
    qp.show();
  });
}
