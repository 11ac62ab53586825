import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

suite('smoke', () => {
  test('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  test('answer.mlsd.md opens with languageId mlsd', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('answer.mlsd.md'));
    assert.equal(doc.languageId, 'mlsd');
  });

  test('plain notes.md stays markdown', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('notes.md'));
    assert.equal(doc.languageId, 'markdown');
  });
});
