/**
 * Links clicked in the preview. The webview never navigates: it posts the
 * href, and the host decides. Web links open only after the user agrees;
 * relative links to files (other answers, notes) open in the editor; every
 * other scheme (`command:`, `file:`, `javascript:`, `vscode:` ...) is refused.
 */
import * as vscode from 'vscode';
import { classifyLink, fragmentLine } from './linkTarget';

function resolveFile(path: string, from: vscode.Uri): vscode.Uri {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* keep as written */
  }
  if (decoded.startsWith('/')) {
    const folder = vscode.workspace.getWorkspaceFolder(from);
    if (folder) return vscode.Uri.joinPath(folder.uri, decoded);
  }
  return vscode.Uri.joinPath(from, '..', decoded);
}

/** Act on a link clicked in the preview of `from`. */
export async function openPreviewLink(href: string, from: vscode.Uri): Promise<void> {
  const target = classifyLink(href);
  if (target.kind === 'blocked') {
    void vscode.window.showWarningMessage(`MLSD preview: links like "${href.slice(0, 80)}" are not opened from the preview.`);
    return;
  }
  if (target.kind === 'external') {
    const pick = await vscode.window.showInformationMessage(
      'Open this link outside VS Code?',
      { modal: true, detail: target.uri },
      'Open',
    );
    if (pick === 'Open') await vscode.env.openExternal(vscode.Uri.parse(target.uri, true));
    return;
  }
  const uri = resolveFile(target.path, from);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`MLSD preview: ${target.path} was not found next to this answer.`);
    return;
  }
  const line = fragmentLine(target.fragment);
  const selection = line !== undefined ? new vscode.Range(line, 0, line, 0) : undefined;
  await vscode.window.showTextDocument(uri, { selection, preview: false });
}
