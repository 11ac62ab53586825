/**
 * VS Code's Markdown language service in answers, through our language server:
 * an answer (`links/answer.mlsd.md`) beside a note (`links/note.md`).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeActionsWhen, mlsd, open, until, waitFor, workspaceUri } from './mlsdTestUtil';

const linkDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'markdown');
const describe = (uri: vscode.Uri) => () => `link diagnostics: ${JSON.stringify(linkDiagnostics(uri).map((d) => [d.range.start.line, d.message]))}`;

suite('Markdown language service in answers', () => {
  const answer = workspaceUri('links/answer.mlsd.md');
  const note = workspaceUri('links/note.md');
  teardown(closeAll);

  test('a link to a missing heading in the note gets one diagnostic, source markdown; the good link none', async () => {
    await mlsd();
    const editor = await open(answer);
    assert.equal(editor.document.languageId, 'mlsd');
    const ds = await waitFor(() => (linkDiagnostics(answer).length ? linkDiagnostics(answer) : undefined), [vscode.languages.onDidChangeDiagnostics], 'link diagnostics', describe(answer));
    assert.equal(ds.length, 1, describe(answer)());
    assert.equal(editor.document.getText(ds[0]!.range), '#no-such-heading');
    assert.equal(ds[0]!.range.start.line, 6);
  });

  test('mlsd.validate.links = false removes the link diagnostics', async () => {
    await mlsd();
    await open(answer);
    await waitFor(() => linkDiagnostics(answer).length === 1, [vscode.languages.onDidChangeDiagnostics], 'one link diagnostic', describe(answer));
    const config = vscode.workspace.getConfiguration('mlsd');
    await config.update('validate.links', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => linkDiagnostics(answer).length === 0, [vscode.languages.onDidChangeDiagnostics], 'no link diagnostics', describe(answer));
    } finally {
      await config.update('validate.links', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => linkDiagnostics(answer).length === 1, [vscode.languages.onDidChangeDiagnostics], 'the link diagnostic back', describe(answer));
  });

  test('completing [](./ lists the note, and [](# the headings', async () => {
    await mlsd();
    const editor = await open(answer);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n[](./\n[](#'));
    const labels = (l: vscode.CompletionList | undefined) => (l?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    await until(
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', answer, new vscode.Position(end.line + 1, 5)),
      (l) => labels(l).includes('note.md'),
      'path completion lists note.md',
    );
    const headings = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', answer, new vscode.Position(end.line + 2, 4));
    assert.ok(labels(headings).includes('#serving'), `heading completion: ${labels(headings)}`);
  });

  test('references of a heading include the link in the note; links are clickable; smart select grows', async () => {
    await mlsd();
    await open(answer);
    const refs = await until(
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', answer, new vscode.Position(2, 5)),
      (l) => (l ?? []).some((r) => r.uri.toString() === note.toString()),
      'a reference from the note',
    );
    const fromNote = refs.filter((r) => r.uri.toString() === note.toString());
    assert.deepEqual(fromNote.map((r) => r.range.start.line), [4]);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', answer);
    assert.equal(links.length, 2, `document links: ${JSON.stringify(links.map((l) => l.range.start))}`);
    const [sel] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', answer, [new vscode.Position(4, 8)]);
    const chain: vscode.Range[] = [];
    for (let r: vscode.SelectionRange | undefined = sel; r; r = r.parent) chain.push(r.range);
    assert.ok(chain.some((r) => r.start.line === 2 && r.end.line >= 6), `smart select reaches the Serving section: ${JSON.stringify(chain.map((r) => [r.start.line, r.end.line]))}`);
  });

  test('an unused link definition is a hint with the library\'s quick fix, which removes it', async () => {
    await mlsd();
    const editor = await open(answer);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n[unused]: ./note.md\n'));
    const [d] = await waitFor(
      () => (linkDiagnostics(answer).some((x) => x.range.start.line === end.line + 1) ? linkDiagnostics(answer).filter((x) => x.range.start.line === end.line + 1) : undefined),
      [vscode.languages.onDidChangeDiagnostics],
      'a diagnostic on the unused definition',
      describe(answer),
    );
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Hint);
    const actions = await codeActionsWhen(answer, d!.range, vscode.CodeActionKind.QuickFix.value, (a) => a.some((x) => /link definition/i.test(x.title)));
    const fix = actions.find((x) => /link definition/i.test(x.title))!;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.ok(!editor.document.getText().includes('[unused]:'), editor.document.getText());
  });

  test('renaming a heading updates the link to it in the note', async () => {
    await mlsd();
    const editor = await open(answer);
    const heading = new vscode.Position(2, 5); // "## Serving"
    const edit = await until(
      () => vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', answer, heading, 'Online serving'),
      (e) => !!e && e.has(note),
      'a rename edit that reaches the note',
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(editor.document.lineAt(2).text, '## Online serving');
    const noteDoc = await vscode.workspace.openTextDocument(note);
    assert.ok(noteDoc.getText().includes('[serving](./answer.mlsd.md#online-serving)'), noteDoc.getText());
  });
});
