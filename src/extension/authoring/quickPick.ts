/**
 * One quick pick step of a multi-step flow, with the item to start on, and an
 * event when it is shown (tests drive the real UI through it).
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
    qp.show();
    onShow?.(o.title);
  });
}
