/** A 10 MB answer: not checked while typing, one clear message, the extension host stays responsive. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, mlsd, open, removeFile, waitForDiagnostics, workspaceUri, writeFile } from './mlsdTestUtil';

/** Time of a round trip through the extension host and the workbench. */
async function roundTrip(): Promise<number> {
  const t = performance.now();
  await vscode.commands.executeCommand('setContext', 'mlsd.testProbe', Math.random());
  return performance.now() - t;
}

suite('editing: large answers', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    await mlsd();
    const base = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('editing.mlsd.md')));
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const chunk = `\n## Part ${i}\n\n${base.replace(/^---[\s\S]*?---\n/, '')}`;
      parts.push(chunk);
      size += chunk.length;
    }
    uri = await writeFile('scratch-big.mlsd.md', parts.join(''));
  });
  suiteTeardown(async () => {
    await closeAll();
    await removeFile(uri);
  });

  test('a 10 MB answer shows one size-limit message and typing stays responsive', async () => {
    const editor = await open(uri);
    assert.ok(editor.document.getText().length >= 10 * 1024 * 1024);
    const ds = await waitForDiagnostics(uri, (d) => d.length > 0, 'the size-limit message', 60000);
    assert.equal(ds.length, 1);
    assert.equal(codeOf(ds[0]!), 'size-limit');
    assert.equal(ds[0]!.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(ds[0]!.range.start.line, 0);
    assert.match(ds[0]!.message, /10\.\d MB, over the \d+ KB limit \(setting mlsd\.maxFileSizeKB\)/);
    // Typing: each edit must come back promptly, and so must a command round trip.
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x')));
      assert.ok(performance.now() - t < 2000, `edit ${i} took ${(performance.now() - t).toFixed(0)} ms`);
      const rt = await roundTrip();
      assert.ok(rt < 1000, `command round trip took ${rt.toFixed(0)} ms`);
    }
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(symbols ?? [], [], 'no outline for an unchecked answer');
  });
});
