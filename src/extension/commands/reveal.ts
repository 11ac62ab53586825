/** `_mlsd.revealRange`: show a range of a document in an editor (used by the checklist). */
import * as vscode from 'vscode';
import type { MlsdCommand } from './index';

export const REVEAL_COMMAND = '_mlsd.revealRange';

export class MlsdRevealRangeCommand implements MlsdCommand {
  readonly id = REVEAL_COMMAND;

  async execute(...args: unknown[]): Promise<vscode.TextEditor | undefined> {
    const [uri, sl, sc, el, ec] = args;
    if (!(uri instanceof vscode.Uri)) return undefined;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    const range = new vscode.Range(n(sl), n(sc), n(el ?? sl), n(ec ?? sc));
    // Reuse the column the answer is already shown in, so a click never opens a duplicate.
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }
}
