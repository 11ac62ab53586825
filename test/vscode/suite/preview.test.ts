import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface Rendered {
  diagrams: number;
  svgs: number;
  errors: number;
  version: number;
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

/** The rule id of a diagnostic (its code is `{ value, target }`). */
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

/** Resolves when the diagram-syntax diagnostics (MLSD025) of `uri` satisfy `ok` (event-based, no sleeps). */
function mermaidDiagnostics(uri: vscode.Uri, ok: (d: readonly vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'MLSD025' || d.code === 'mermaid');
  if (ok(get())) return Promise.resolve(get());
  return new Promise((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const now = get();
      if (ok(now)) {
        sub.dispose();
        resolve(now);
      }
    });
  });
}

suite('preview', () => {
  const uri = workspaceFile('answer.mlsd.md');

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens for an answer and draws its diagrams as SVG', async function () {
    this.timeout(90000);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const fences = (doc.getText().match(/^```mermaid/gm) ?? []).length;
    assert.ok(fences >= 1, 'the sample answer has a diagram');
    await vscode.commands.executeCommand('mlsd.preview.open');
    const r = await vscode.commands.executeCommand<Rendered>('_mlsd.preview.whenRendered', uri.toString(), fences);
    assert.equal(r.diagrams, fences);
    assert.equal(r.svgs, fences);
    assert.equal(r.errors, 0);
    const state = await vscode.commands.executeCommand<{ resource: string; title: string }[]>('_mlsd.preview.state');
    assert.equal(state[0]?.resource, uri.toString());
    assert.match(state[0]!.title, /Preview answer\.mlsd\.md/);
  });

  test('with no preview open, a broken diagram is one diagnostic at its answer line, and fixing it clears it', async function () {
    this.timeout(90000);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineCount;
    const ok = await editor.edit((e) => e.insert(new vscode.Position(end, 0), '\n```mermaid\nflowchart LR\n  A --> --> ((\n```\n'));
    assert.ok(ok);
    const brokenLine = doc.getText().split('\n').findIndex((l) => l.includes('--> --> (('));
    try {
      // The checker parses diagrams itself (Mermaid loaded on the first diagram): no preview is open.
      const diags = await mermaidDiagnostics(uri, (d) => d.length === 1);
      assert.equal(diags[0]!.source, 'mlsd');
      assert.equal(codeOf(diags[0]!), 'MLSD025');
      assert.equal(diags[0]!.range.start.line, brokenLine);
      assert.ok(diags[0]!.message.length <= 200, diags[0]!.message);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await mermaidDiagnostics(uri, (d) => d.length === 0);
  });
});
