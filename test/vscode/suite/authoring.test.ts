import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlsdAuthoring } from '../../../src/extension/authoring/index';
import { closeAll, mlsd, removeFile, workspaceUri, writeFile } from './mlsdTestUtil';

/** The authoring features of the running extension. */
async function authoring(): Promise<MlsdAuthoring> {
  await mlsd();
  const api = await vscode.commands.executeCommand<MlsdAuthoring>('_mlsd.authoring');
  assert.ok(api, '_mlsd.authoring returns the authoring features');
  return api;
}

async function completionLabels(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('authoring: new answer from a template', () => {
  teardown(closeAll);

  test('_mlsd.newAnswer opens an untitled mlsd answer with front matter and the seven steps', async () => {
    await authoring();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('_mlsd.newAnswer', { caseId: 'ctr-sponsored-search', level: 'staff', target: 'untitled' });
    assert.ok(uri, 'the command returns the new document');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(doc);
    assert.equal(doc.languageId, 'mlsd');
    assert.equal(doc.isUntitled, true);
    assert.equal(vscode.window.activeTextEditor?.document, doc);
    const text = doc.getText();
    assert.match(text, /^---\ncase: ctr-sponsored-search\nlevel: staff\n---\n/);
    for (const h of ['## 1. Clarify requirements', '## 4. Model development', '## 7. Monitoring', '## Trade-offs and risks']) assert.ok(text.includes(h), h);
    assert.ok(text.includes('bid × pCTR'), 'the case guide is in the template');
    assert.ok(text.includes('**Stakeholders:** <'), 'staff-level key points are included');
  });

  test('the real quick picks: accept case, level and "Open as untitled"', async () => {
    const api = await authoring();
    const shown: string[] = [];
    // Accept each pick as soon as it is shown: case (first item: CTR), level (configured: senior), where (untitled).
    const sub = api.newAnswer.onDidShowPick((title) => {
      shown.push(title);
      void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    });
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlsd.newAnswer');
      assert.deepEqual(shown, ['New Answer (1/3): case study', 'New Answer (2/3): level', 'New Answer (3/3): where']);
      assert.ok(uri, 'an answer was created');
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
      assert.equal(doc.languageId, 'mlsd');
      assert.match(doc.getText(), /^---\ncase: ctr-sponsored-search\nlevel: senior\n---\n/);
    } finally {
      sub.dispose();
    }
  });

  test('dismissing the first pick creates nothing', async () => {
    const api = await authoring();
    const answers = () => vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.languageId === 'mlsd').length;
    const before = answers();
    const sub = api.newAnswer.onDidShowPick(() => void vscode.commands.executeCommand('workbench.action.closeQuickOpen'));
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlsd.newAnswer');
      assert.equal(uri, undefined);
      assert.equal(answers(), before);
    } finally {
      sub.dispose();
    }
  });

  test('saving to a new file writes it and opens it as mlsd', async () => {
    await authoring();
    const target = workspaceUri(`new-${Date.now()}.mlsd.md`);
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('_mlsd.newAnswer', { caseId: 'typeahead', level: 'mid', target: 'file', uri: target });
      assert.equal(uri?.toString(), target.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /^---\ncase: typeahead\nlevel: mid\n---\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
      assert.equal(vscode.window.activeTextEditor?.document.languageId, 'mlsd');
    } finally {
      await closeAll();
      await removeFile(target);
    }
  });

  test('an existing file is never overwritten without an explicit yes', async () => {
    await authoring();
    // Test mode refuses modal dialogs, which must count as "no".
    const target = await writeFile(`existing-${Date.now()}.mlsd.md`, 'my own answer, keep me\n');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('_mlsd.newAnswer', { caseId: 'typeahead', level: 'mid', target: 'file', uri: target });
      assert.equal(uri, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), 'my own answer, keep me\n');
    } finally {
      await removeFile(target);
    }
  });

  test('a bad case id is refused with a message, not a crash', async () => {
    await authoring();
    const uri = await vscode.commands.executeCommand('_mlsd.newAnswer', { caseId: 'nope', level: 'senior', target: 'untitled' });
    assert.equal(uri, undefined);
  });
});

suite('authoring: snippets', () => {
  teardown(closeAll);

  test('mlsd-* snippet completions are offered in an mlsd file and not in a plain .md file', async () => {
    await mlsd();
    const mlsdDoc = await vscode.workspace.openTextDocument({ language: 'mlsd', content: '# Answer\n\nmlsd-' });
    const mdDoc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n\nmlsd-' });
    const pos = new vscode.Position(2, 5);
    const mlsdLabels = await completionLabels(mlsdDoc, pos);
    for (const p of ['mlsd-data', 'mlsd-answer', 'mlsd-req', 'mlsd-monitor', 'mlsd-pipeline', 'mlsd-abtest']) assert.ok(mlsdLabels.includes(p), `${p} in ${JSON.stringify(mlsdLabels.filter((l) => l.startsWith('mlsd')))}`);
    const mdLabels = await completionLabels(mdDoc, pos);
    assert.ok(!mdLabels.includes('mlsd-data'), 'no MLSD snippets in plain Markdown');
  });

  test('typing prose is quiet as in Markdown: no word suggestions, no ambiguous-Unicode boxes; snippets on request first', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'mlsd' });
    const qs = editor.get<Record<string, string>>('quickSuggestions');
    assert.deepEqual([qs?.other, qs?.comments, qs?.strings], ['off', 'off', 'off']);
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.equal(editor.get('unicodeHighlight.invisibleCharacters'), false);
    assert.equal(editor.get('snippetSuggestions'), 'top');
  });
});
