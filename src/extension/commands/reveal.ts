/**
 * `_mlsd.revealRange`: show a range of a document in an editor (used by the
 * checklist, and by the language server's "go to the existing section" items,
 * whose arguments arrive as JSON: the uri as a string).
 */
import * as vscode from 'vscode';
import type { MlsdCommand } from './index';

export const REVEAL_COMMAND = '_mlsd.revealRange';

export class MlsdRevealRangeCommand implements MlsdCommand {
  readonly id = REVEAL_COMMAND;

  async execute(...args: unknown[]): Promise<vscode.TextEditor | undefined> {
    const [uri, sl, sc, el, ec] = args;
    const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? parsed(uri) : undefined;
    if (!target) return undefined;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    const range = new vscode.Range(n(sl), n(sc), n(el ?? sl), n(ec ?? sc));
    // Reuse the column the answer is already shown in, so a click never opens a duplicate.
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const editor = await vscode.window.showTextDocument(target, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }
}

/** A uri from its string form, or undefined when it is not one. */
function parsed(s: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(s, true);
  } catch {
    return undefined;
  }
}
