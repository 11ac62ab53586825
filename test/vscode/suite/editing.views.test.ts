/** Outline, folding, hover, status bar and checklist in the real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, mlsd, open, referenceCheck, setSetting, waitFor, workspaceUri } from './mlsdTestUtil';

suite('editing: outline, hover, status bar, checklist', () => {
  suiteSetup(async () => {
    await mlsd();
  });
  teardown(closeAll);

  test('outline: nested sections, steps marked with their number and score', async () => {
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.equal(symbols.length, 1);
    const root = symbols[0]!;
    assert.equal(root.name, 'Video feed ranking');
    assert.equal(root.kind, vscode.SymbolKind.String);
    assert.deepEqual(
      root.children.map((c) => c.name),
      ['1. Clarify requirements', '2. Frame the problem as an ML task', '3. Data preparation', '5. Evaluation', '6. Deployment and serving', '7. Monitoring'],
    );
    const services = await mlsd();
    const result = await referenceCheck(services, await vscode.workspace.openTextDocument(uri));
    for (const c of root.children) {
      assert.equal(c.kind, vscode.SymbolKind.Module, `${c.name} is a step`);
      const n = Number(c.name[0]);
      const id = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'][n - 1] as 'data';
      assert.equal(c.detail, `Step ${n} · ${result.coverage.steps.get(id)!.score}%`);
      assert.ok(c.range.contains(c.selectionRange));
    }
    const evalSym = root.children[3]!;
    assert.equal(evalSym.selectionRange.start.line, 29);
    assert.equal(evalSym.range.end.line, 33, 'a section ends at its last non-blank line');
  });

  test('folding: one range per section plus the front matter', async () => {
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    assert.ok(pairs.includes('0-2'), `front matter: ${pairs}`);
    assert.ok(pairs.includes('29-33'), `step 5 section: ${pairs}`);
    assert.ok(pairs.includes('3-45'), `whole answer under its title: ${pairs}`);
  });

  test('hover on a step heading shows its coverage and missing points with advice', async () => {
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(29, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /\*\*Step 5 · Evaluation\*\* — \d+% at senior level/);
    const none = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(31, 5));
    assert.ok(!none.some((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('Step 5'))), 'no step hover on body text');
  });

  test('status bar shows score and level for the active answer, hides for other files', async () => {
    const services = await mlsd();
    const uri = workspaceUri('editing.mlsd.md');
    const editor = await open(uri);
    const expected = `MLSD ${(await referenceCheck(services, editor.document)).coverage.overall}% · senior`;
    await waitFor(() => services.testApi.statusBarText() === expected, [vscode.window.onDidChangeActiveTextEditor, services.answers.onDidCheck], `status bar "${expected}"`, () => `now: ${services.testApi.statusBarText()}`);
    await open(workspaceUri('notes.md'));
    await waitFor(() => services.testApi.statusBarText() === undefined, [vscode.window.onDidChangeActiveTextEditor], 'status bar hidden on notes.md', () => `now: ${services.testApi.statusBarText()}`);
  });

  test('mlsd.statusBar.enabled = false hides the status bar item', async () => {
    const services = await mlsd();
    await open(workspaceUri('editing.mlsd.md'));
    await waitFor(() => services.testApi.statusBarText() !== undefined, [services.answers.onDidCheck, vscode.window.onDidChangeActiveTextEditor], 'status bar shown');
    try {
      await setSetting('statusBar.enabled', false);
      await waitFor(() => services.testApi.statusBarText() === undefined, [vscode.workspace.onDidChangeConfiguration, services.answers.onDidCheck], 'status bar hidden by the setting');
    } finally {
      await setSetting('statusBar.enabled', undefined);
    }
    await waitFor(() => services.testApi.statusBarText() !== undefined, [vscode.workspace.onDidChangeConfiguration, services.answers.onDidCheck], 'status bar back');
  });

  test('checklist: seven steps with points; a missing step reveals where it belongs', async () => {
    const services = await mlsd();
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    const tree = await waitFor(() => {
      const t = services.testApi.checklist();
      return t.length === 7 ? t : undefined;
    }, [services.answers.onDidCheck, vscode.window.onDidChangeActiveTextEditor], 'checklist with 7 steps');
    assert.equal(tree[3]!.label, '4. Model development');
    assert.match(tree[3]!.description, /^\d+% · no heading$/);
    // A point's label stays readable: its description is only how it is covered (the level is in the tooltip).
    assert.ok(tree[0]!.children.length > 0 && tree[0]!.children.every((c) => /^(explained|named only|missing)( in another step)?$/.test(c.description)), JSON.stringify(tree[0]!.children));
    const covered = tree[0]!.children.find((c) => c.label === 'Business objective')!;
    assert.match(covered.description, /^(explained|named only)$/);
    assert.equal(covered.line, 7, 'a covered point reveals where it is covered');
    const missing = tree[3]!.children.find((c) => /missing/.test(c.description))!;
    assert.equal(missing.line, 29, 'a missing point of a missing step reveals where the step belongs');
    assert.equal(await vscode.commands.executeCommand('mlsd.showChecklist'), true);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('_mlsd.revealRange', uri, 29, 0, 29, 0);
    assert.equal(editor.selection.active.line, 29);
  });
});
