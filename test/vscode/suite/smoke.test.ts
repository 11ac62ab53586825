import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

suite('smoke', () => {
  test('runs inside the VS Code version the run asked for', () => {
    // The launcher runs this suite on several versions (test/vscode/versions.json) and
    // passes the one it started; a hard-coded 1.100 failed on the newest.
    const expected = process.env.MLSD_VSCODE_EXPECTED_VERSION;
    assert.ok(expected, 'MLSD_VSCODE_EXPECTED_VERSION reaches the extension host (set by test/vscode/launcher.mjs)');
    assert.equal(vscode.version, expected);
    // And it is a version that engines.vscode (^1.100.0) admits.
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major === 1 && minor >= 100, `VS Code ${vscode.version} satisfies ^1.100.0`);
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
