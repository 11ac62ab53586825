/** Diagnostics in the real VS Code: ranges and codes, typing, plain Markdown, restricted mode. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, mlsd, mlsdDiagnostics, open, removeFile, scratchCopy, waitForDiagnostics, workspaceUri } from './mlsdTestUtil';

suite('editing: diagnostics', () => {
  suiteSetup(async () => {
    await mlsd();
  });
  teardown(closeAll);

  test('opening an answer yields MLSD001 where the missing step belongs, linked to its docs (restricted mode)', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the test workspace opens untrusted (restricted mode)');
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 on editing.mlsd.md');
    const missing = ds.filter((d) => codeOf(d) === 'MLSD001');
    assert.equal(missing.length, 1, 'only step 4 is missing');
    const d = missing[0]!;
    // Line 29 is `## 5. Evaluation`: the model step belongs right before it, so the finding sits on the last
    // line of step 3 (the blank line 28), leaving the heading's own findings there.
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [28, 0, 28, 0]);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'mlsd');
    assert.match(d.message, /Step 4 "Model development" is missing/);
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code links to the docs');
    assert.equal((d.code as { target: vscode.Uri }).target.fragment, 'mlsd001');
  });

  test('a plain .md file gets no MLSD diagnostics', async () => {
    const notes = workspaceUri('notes.md');
    await open(notes);
    // Sync point: an answer opened after notes.md is checked; notes.md would have been by then.
    const answer = workspaceUri('answer.mlsd.md');
    await open(answer);
    await waitForDiagnostics(answer, (d) => d.length > 0, 'diagnostics on answer.mlsd.md');
    assert.equal((await vscode.workspace.openTextDocument(notes)).languageId, 'markdown');
    assert.deepEqual(mlsdDiagnostics(notes), []);
  });

  test('typing updates the diagnostics (debounced) without saving', async () => {
    const uri = await scratchCopy('editing.mlsd.md', 'scratch-typing.mlsd.md');
    try {
      const editor = await open(uri);
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 before typing');
      const section = [
        '## 4. Model development',
        '',
        '**Baseline:** start with logistic regression on hand-crafted features, then a gradient boosted tree, then a two-tower deep model.',
        '',
        '**Loss:** binary cross-entropy; train on a week of data with hyperparameter tuning.',
        '',
        '',
      ].join('\n');
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(29, 0), section)));
      assert.ok(editor.document.isDirty);
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 to go away after typing the step');
    } finally {
      await closeAll();
      await removeFile(uri);
    }
  });

  test('closing an answer (here: switching it to plain text) clears its diagnostics', async () => {
    const uri = await scratchCopy('editing.mlsd.md', 'scratch-close.mlsd.md');
    try {
      const editor = await open(uri);
      await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics on open');
      // A language change closes the document under its old id (VS Code keeps closed editors'
      // documents alive for minutes, so this is the prompt way to fire onDidCloseTextDocument).
      const closed = new Promise<void>((r) => {
        const sub = vscode.workspace.onDidCloseTextDocument((d) => d.uri.toString() === uri.toString() && (sub.dispose(), r()));
      });
      // Not to Markdown: a `*.mlsd.md` file in Markdown is still an answer (the next test).
      await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
      await closed;
      await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics cleared on close');
    } finally {
      await closeAll();
      await removeFile(uri);
    }
  });

  test('an answer switched to Markdown is still checked: adding the missing step clears MLSD001', async () => {
    const uri = await scratchCopy('editing.mlsd.md', 'scratch-to-markdown.mlsd.md');
    try {
      await open(uri);
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 on open');
      const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'markdown');
      assert.equal(doc.languageId, 'markdown');
      const editor = await vscode.window.showTextDocument(doc);
      const step5 = doc.getText().split('\n').indexOf('## 5. Evaluation');
      assert.ok(step5 > 0);
      await editor.edit((b) => b.insert(new vscode.Position(step5, 0), '## 4. Model development\n\nA logistic regression baseline first, then a two-tower model.\n\n'));
      await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 gone, the other findings still there');
    } finally {
      await closeAll();
      await removeFile(uri);
    }
  });
});
