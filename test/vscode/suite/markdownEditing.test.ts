import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlsdMarkdownEditing } from '../../../src/extension/authoring/markdownEditing';
import { EXTENSION_ID, closeAll, mlsd, open, waitFor, workspaceUri, writeFile } from './mlsdTestUtil';

async function editing(): Promise<MlsdMarkdownEditing> {
  await mlsd();
  const api = await vscode.commands.executeCommand<MlsdMarkdownEditing>('_mlsd.markdownEditing');
  assert.ok(api, '_mlsd.markdownEditing returns the editing features');
  return api;
}

/** An untitled answer with `text`, the cursor at the end of its last line. */
async function answerWith(text: string): Promise<vscode.TextEditor> {
  // An untitled document gets the name of one just closed ("Untitled-1" again); under load the extension
  // host once handed back the closed test's document, with its text ('1. first'): open again until it is ours.
  let doc = await vscode.workspace.openTextDocument({ language: 'mlsd', content: text });
  for (let tries = 0; doc.getText() !== text && tries < 20; tries++) {
    await new Promise<void>((r) => setTimeout(r, 100));
    doc = await vscode.workspace.openTextDocument({ language: 'mlsd', content: text });
  }
  assert.equal(doc.getText(), text, 'a fresh untitled answer');
  const editor = await vscode.window.showTextDocument(doc);
  // The commands act on the active editor: wait until it is this one (a closed test's untitled editor
  // was once still active, and a toggle landed in it).
  await waitFor(() => vscode.window.activeTextEditor?.document === doc, [vscode.window.onDidChangeActiveTextEditor], 'the new answer to be the active editor');
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

const enter = () => vscode.commands.executeCommand<string>('mlsd.editing.onEnter');

suite('markdown editing: lists on Enter', () => {
  teardown(closeAll);

  test('Enter is bound to list continuation in mlsd files only, and never while a suggestion is showing', async () => {
    await editing();
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { keybindings: { command: string; key: string; when: string }[] } };
    const kb = pkg.contributes.keybindings.find((k) => k.command === 'mlsd.editing.onEnter');
    assert.ok(kb, 'a keybinding for Enter');
    assert.equal(kb.key, 'enter');
    for (const c of ['editorLangId == mlsd', '!suggestWidgetVisible', '!inlineSuggestionVisible', '!editorReadonly']) assert.ok(kb.when.includes(c), `when has ${c}`);
  });

  test('Enter after "- item" gives "- ", and Enter on the empty item ends the list', async () => {
    await editing();
    const editor = await answerWith('# Notes\n\n- item');
    assert.equal(await enter(), 'list');
    assert.equal(editor.document.getText(), '# Notes\n\n- item\n- ');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [3, 2]);
    assert.equal(await enter(), 'list');
    assert.equal(editor.document.getText(), '# Notes\n\n- item\n');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [3, 0]);
  });

  test('numbered lists increment, tasks get an open box, other lines get a plain newline', async () => {
    await editing();
    const editor = await answerWith('1. first');
    await enter();
    assert.equal(editor.document.getText(), '1. first\n2. ');
    const tasks = await answerWith('- [x] done');
    await enter();
    assert.equal(tasks.document.getText(), '- [x] done\n- [ ] ');
    const plain = await answerWith('Just prose');
    assert.equal(await enter(), 'newline');
    assert.equal(plain.document.getText(), 'Just prose\n');
  });
});

suite('markdown editing: bold, italic and list toggles', () => {
  teardown(closeAll);

  test('bold toggles every cursor in one undoable edit', async () => {
    await editing();
    const editor = await answerWith('one two three');
    editor.selections = [new vscode.Selection(0, 0, 0, 3), new vscode.Selection(0, 8, 0, 13)];
    assert.equal(await vscode.commands.executeCommand('mlsd.editing.toggleBold'), true);
    assert.equal(editor.document.getText(), '**one** two **three**');
    assert.deepEqual(
      editor.selections.map((s) => editor.document.getText(s)),
      ['one', 'three'],
      'the selections still cover the words',
    );
    await vscode.commands.executeCommand('mlsd.editing.toggleBold');
    assert.equal(editor.document.getText(), 'one two three', 'a second toggle unwraps');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), '**one** two **three**', 'one undo reverts one toggle');
  });

  test('italic on a word at the cursor, and a bullet list on selected lines', async () => {
    await editing();
    const editor = await answerWith('a word here\nsecond line');
    editor.selection = new vscode.Selection(0, 4, 0, 4);
    await vscode.commands.executeCommand('mlsd.editing.toggleItalic');
    assert.equal(editor.document.lineAt(0).text, 'a *word* here');
    editor.selection = new vscode.Selection(0, 0, 1, 3);
    await vscode.commands.executeCommand('mlsd.editing.toggleList');
    assert.equal(editor.document.getText(), '- a *word* here\n- second line');
    await vscode.commands.executeCommand('mlsd.editing.toggleList');
    assert.equal(editor.document.getText(), 'a *word* here\nsecond line');
  });
});

suite('markdown editing: drop and paste', () => {
  const made: vscode.Uri[] = [];
  teardown(async () => {
    await closeAll();
    for (const u of made.splice(0)) await vscode.workspace.fs.delete(u, { recursive: true }).then(undefined, () => undefined);
  });

  test('dropping an image file inserts a relative image link (the provider, called as VS Code calls it on a drop)', async () => {
    const api = await editing();
    const answer = await writeFile('drop-answer.mlsd.md', '# Drop\n\n');
    const image = await writeFile('drop-pictures/cat one.png', 'not really a png');
    made.push(answer, workspaceUri('drop-pictures'));
    const editor = await open(answer);
    const data = new vscode.DataTransfer();
    data.set('text/uri-list', new vscode.DataTransferItem(image.toString()));
    const pos = new vscode.Position(2, 0);
    const edit = await api.pasteDrop.provideDocumentDropEdits(editor.document, pos, data);
    assert.ok(edit, 'a drop edit');
    assert.equal(edit.insertText, '![cat one](<drop-pictures/cat one.png>)');
    await editor.insertSnippet(typeof edit.insertText === 'string' ? new vscode.SnippetString(edit.insertText.replace(/[$}\\]/g, '\\$&')) : edit.insertText, pos);
    assert.equal(editor.document.lineAt(2).text, '![cat one](<drop-pictures/cat one.png>)');
  });

  test('pasting image data copies it to images/ under a free name and links it', async () => {
    const api = await editing();
    const answer = await writeFile('paste-answer.mlsd.md', '# Paste\n\n');
    const taken = await writeFile('images/shot.png', 'an earlier image');
    made.push(answer, workspaceUri('images'));
    const editor = await open(answer);
    const bytes = new Uint8Array([137, 80, 78, 71]);
    const file: vscode.DataTransferFile = { name: 'shot.png', uri: undefined, data: async () => bytes };
    const item = new (class extends vscode.DataTransferItem {
      override asFile() {
        return file;
      }
    })('');
    const data = new vscode.DataTransfer();
    data.set('image/png', item);
    const context = { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic };
    const token = new vscode.CancellationTokenSource().token;
    const edits = await api.pasteDrop.provideDocumentPasteEdits(editor.document, [editor.selection], data, context, token);
    assert.equal(edits?.length, 1);
    const [edit] = edits!;
    assert.equal(edit!.insertText, '![shot-1](images/shot-1.png)', 'the existing shot.png is not clobbered');
    assert.ok(edit!.additionalEdit, 'the copy is part of the edit');
    assert.ok(await vscode.workspace.applyEdit(edit!.additionalEdit));
    assert.deepEqual([...(await vscode.workspace.fs.readFile(workspaceUri('images/shot-1.png')))], [...bytes], 'the pasted bytes were copied');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(taken)), 'an earlier image');
  });
});
