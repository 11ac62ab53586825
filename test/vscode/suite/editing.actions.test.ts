/** Quick fixes and fix-all in the real VS Code: one edit each, one undo restores the text exactly. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeActions, codeActionsWhen, codeOf, mlsd, open, removeFile, scratchCopy, waitFor, waitForDiagnostics } from './mlsdTestUtil';

/** Undo once in the answer's editor and wait until the text is back. */
async function undoOnce(editor: vscode.TextEditor, original: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  await waitFor(() => editor.document.getText() === original, [vscode.workspace.onDidChangeTextDocument], 'one undo to restore the text', () => `text now:\n${editor.document.getText().slice(0, 400)}`);
}

suite('editing: quick fixes', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    await mlsd();
  });
  setup(async () => {
    uri = await scratchCopy('editing.mlsd.md', 'scratch-actions.mlsd.md');
  });
  teardown(async () => {
    await closeAll();
    await removeFile(uri);
  });

  async function missingStep(): Promise<{ editor: vscode.TextEditor; diag: vscode.Diagnostic; original: string }> {
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001');
    return { editor, diag: ds.find((x) => codeOf(x) === 'MLSD001')!, original: editor.document.getText() };
  }

  test('the preferred fix inserts the missing step between its neighbours; one undo restores the text', async () => {
    const { editor, diag, original } = await missingStep();
    const actions = await codeActionsWhen(uri, diag.range, vscode.CodeActionKind.QuickFix.value, (as) => as.some((a) => a.isPreferred));
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, 'Insert the "Model development" step');
    assert.equal(fix.edit.size, 1, 'one document in the edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const text = editor.document.getText();
    const [s3, s4, s5] = ['## 3. Data preparation', '## 4. Model development', '## 5. Evaluation'].map((h) => text.indexOf(`\n${h}\n`));
    assert.ok(s3 > 0 && s3 < s4! && s4! < s5!, 'step 4 sits between steps 3 and 5');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 to go away');
    await undoOnce(editor, original);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 back after undo');
  });

  test('"Disable MLSD001 for this line" silences it with a comment above the heading', async () => {
    const { editor, diag, original } = await missingStep();
    const actions = await codeActions(uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable MLSD001 for this line');
    assert.ok(disable?.edit, `disable action among ${actions.map((a) => a.title).join(' | ')}`);
    assert.notEqual(disable.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    // The finding is on the blank line 28 that ends step 3, right before `## 5. Evaluation`.
    assert.equal(editor.document.lineAt(28).text, '<!-- mlsd-disable-next-line MLSD001 -->');
    assert.equal(editor.document.lineAt(29).text, '');
    assert.equal(editor.document.lineAt(30).text, '## 5. Evaluation');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 silenced for the line');
    await undoOnce(editor, original);
  });

  test('"Disable MLSD001 for this file" puts the directive right after the front matter', async () => {
    const { editor, diag, original } = await missingStep();
    const actions = await codeActions(uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable MLSD001 for this file');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(editor.document.lineAt(2).text, '---');
    assert.equal(editor.document.lineAt(3).text, '<!-- mlsd-disable-file MLSD001 -->');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 silenced for the file');
    await undoOnce(editor, original);
  });

  test('context.only is respected: asking for source.fixAll returns no quick fixes', async () => {
    const { diag } = await missingStep();
    const actions = await codeActions(uri, diag.range, 'source.fixAll.mlsd');
    assert.ok(actions.length >= 1);
    assert.ok(actions.every((a) => a.kind?.value === 'source.fixAll.mlsd'), actions.map((a) => a.kind?.value).join(', '));
  });
});

suite('editing: fix all', () => {
  let uri: vscode.Uri;
  setup(async () => {
    await mlsd();
    uri = await scratchCopy('answer.mlsd.md', 'scratch-fixall.mlsd.md');
  });
  teardown(async () => {
    await closeAll();
    await removeFile(uri);
  });

  /**
   * Missing steps reported: one per MLSD001 diagnostic for a single step ("Step N … is missing"), and for
   * the steps that go in at one place together ("Steps … are missing") one per step in its related information.
   */
  const missingSteps = (d: readonly vscode.Diagnostic[]) =>
    d
      .filter((x) => codeOf(x) === 'MLSD001')
      .flatMap((x) => (/^Steps \d/.test(x.message) ? (x.relatedInformation ?? []).map((r) => r.message) : [x.message]))
      .filter((m) => /^Step \d "/.test(m)).length;

  async function sixMissing(): Promise<{ editor: vscode.TextEditor; original: string }> {
    const editor = await open(uri);
    // Steps 2-7 all go in at the end: one MLSD001 diagnostic there speaks for the six, each step in its related information.
    const ds = await waitForDiagnostics(
      uri,
      (d) => d.filter((x) => codeOf(x) === 'MLSD001').length === 1 && missingSteps(d) === 6,
      'six missing steps (2-7): one MLSD001 at the end, each step in its related information',
    );
    const d = ds.find((x) => codeOf(x) === 'MLSD001')!;
    assert.equal(d.message, 'Steps 2, 3, 4, 5, 6 and 7 are missing ("Frame the problem as an ML task" to "Monitoring"): add a section for each.');
    assert.deepEqual(
      d.relatedInformation!.map((r) => r.message.replace(/:.*/, '')),
      [2, 3, 4, 5, 6, 7].map((n) => `Step ${n} "${['Frame the problem as an ML task', 'Data preparation', 'Model development', 'Evaluation', 'Deployment and serving', 'Monitoring'][n - 2]}"`),
    );
    assert.ok(d.relatedInformation!.every((r) => r.location.uri.toString() === uri.toString() && r.location.range.start.line === d.range.start.line));
    return { editor, original: editor.document.getText() };
  }

  function assertAllSteps(text: string): void {
    const at = [1, 2, 3, 4, 5, 6, 7].map((n) => text.search(new RegExp(`^## ${n}\\. `, 'm')));
    assert.ok(at.every((v, i) => v >= 0 && (i === 0 || v > at[i - 1]!)), `steps 1-7 in order: ${at.join(',')}`);
  }

  test('source.fixAll.mlsd inserts every missing step in order as one edit; one undo restores', async () => {
    const { editor, original } = await sixMissing();
    const actions = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.mlsd');
    assert.equal(actions.length, 1);
    assert.ok(actions[0]!.edit);
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit));
    assertAllSteps(editor.document.getText());
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'no MLSD001 after fix-all');
    await undoOnce(editor, original);
  });

  test('the MLSD: Fix All command does the same on the active answer', async () => {
    const { editor, original } = await sixMissing();
    assert.equal(await vscode.commands.executeCommand('mlsd.fixAll'), true);
    assertAllSteps(editor.document.getText());
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'no MLSD001 after mlsd.fixAll');
    await undoOnce(editor, original);
  });
});
