/**
 * Links clicked in the preview. The webview never navigates: it posts the
 * href, and the host decides. Web links open only after the user agrees;
 * relative links to files (other answers, notes) open in the editor, and one
 * that leaves the workspace (`../../etc/passwd`, also percent-encoded or as a
 * Mermaid `click … href`) only after a modal confirm naming the file; every
 * other scheme (`command:`, `file:`, `javascript:`, `vscode:` ...) is refused.
 */
import * as vscode from 'vscode';
import { classifyLink, fragmentLine, isInside, resolveLinkPath } from './linkTarget';

function resolveFile(path: string, from: vscode.Uri): vscode.Uri {
  const root = vscode.workspace.getWorkspaceFolder(from)?.uri.path;
  return from.with({ path: resolveLinkPath(path, vscode.Uri.joinPath(from, '..').path, root), query: '', fragment: '' });
}

/** Folders a link may open files in without asking: the workspace folders, else the answer's folder. */
function linkRoots(from: vscode.Uri): string[] {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === from.scheme).map((f) => f.uri.path);
  return folders.length ? folders : [vscode.Uri.joinPath(from, '..').path];
}

/** Ask before opening `uri`, which lies outside the workspace; true when the user agrees. */
async function confirmOutside(uri: vscode.Uri): Promise<boolean> {
  const where = uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
  const pick = await vscode.window.showWarningMessage(
    'This link points outside the workspace. Open the file anyway?',
    { modal: true, detail: where },
    'Open',
  );
  return pick === 'Open';
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
  // No `process` in the web extension host: compare exactly there.
  const platform = (globalThis as { process?: { platform?: string } }).process?.platform;
  const caseInsensitive = platform === 'win32' || platform === 'darwin';
  if (!isInside(uri.path, linkRoots(from), uri.scheme === 'file' && caseInsensitive) && !(await confirmOutside(uri))) return;
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
