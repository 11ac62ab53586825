import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, show, waitFor } from './mlsdTestUtil';

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

/** The diagram-syntax diagnostics (MLSD025) of `uri`. */
const diagramDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'MLSD025' || d.code === 'mermaid');

/**
 * Resolves when the diagram-syntax diagnostics of `uri` satisfy `ok` (event-based, no sleeps);
 * rejects after 60 s with what is there, so that a lost publication fails with its own message
 * instead of the test's timeout (Mermaid's first load in the server takes seconds on a busy machine).
 */
function mermaidDiagnostics(uri: vscode.Uri, ok: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const now = diagramDiagnostics(uri);
      return ok(now) ? now : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    what,
    () => `${show(vscode.languages.getDiagnostics(uri))}; document dirty: ${vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty}`,
    60000,
  );
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
      const diags = await mermaidDiagnostics(uri, (d) => d.length === 1, 'one diagram diagnostic for the broken diagram');
      assert.equal(diags[0]!.source, 'mlsd');
      assert.equal(codeOf(diags[0]!), 'MLSD025');
      assert.equal(diags[0]!.range.start.line, brokenLine);
      assert.ok(diags[0]!.message.length <= 200, diags[0]!.message);
    } finally {
      // Revert this document, whichever editor has the focus now.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await mermaidDiagnostics(uri, (d) => d.length === 0, 'no diagram diagnostic once the diagram is reverted');
  });
});
