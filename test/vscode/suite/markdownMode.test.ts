/**
 * Answers opened as `markdown`, in their own workspace (test/vscode/workspace-markdown,
 * whose settings map `*.mlsd.md` to `markdown` and turn on VS Code's own link
 * validation): the extension activates by itself there, the answer gets our
 * diagnostics, quick fixes, score, checklist, preview and practice, and VS
 * Code's Markdown extension serves the Markdown features, each once.
 * The launcher runs this file only there, and every other suite elsewhere.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlsdServices } from '../../../src/extension/extension';
import type { PracticeSnapshot } from '../../../src/extension/authoring/practice';
import { closeAll, codeActionsWhen, codeOf, EXTENSION_ID, mlsd, open, referenceCheck, removeFile, scratchCopy, until, waitFor, waitForDiagnostics, workspaceUri } from './mlsdTestUtil';

interface Rendered {
  diagrams: number;
  svgs: number;
  errors: number;
}

const bySource = (uri: vscode.Uri, source: string) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
/** Link diagnostics, whoever reports them: VS Code's Markdown server (no source) or our embedded one (source markdown). */
const linkProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'mlsd' && codeOf(d).startsWith('link.'));
const describeAll = (uri: vscode.Uri) => () => `diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => `${d.source}:${codeOf(d)}@${d.range.start.line}`))}`;

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

suite('answers opened as markdown (files.associations)', () => {
  const answer = workspaceUri('answer.mlsd.md');
  teardown(closeAll);

  test('the extension activates by itself in a workspace of answers (workspaceContains), before any answer opens', async () => {
    const ext = vscode.extensions.getExtension<MlsdServices>(EXTENSION_ID);
    assert.ok(ext);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('.mlsd.md')), 'no answer is open yet');
    const deadline = Date.now() + 15000;
    while (!ext.isActive && Date.now() < deadline) await new Promise<void>((r) => setTimeout(r, 50));
    assert.ok(ext.isActive, 'activated without activate() and with no answer open');
  });

  test('the answer is markdown and gets our diagnostics with rule codes and docs links', async () => {
    await mlsd();
    const editor = await open(answer);
    assert.equal(editor.document.languageId, 'markdown');
    const ds = await waitForDiagnostics(answer, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 on the markdown answer');
    const missing = ds.find((x) => codeOf(x) === 'MLSD001')!;
    assert.match(missing.message, /Model development/);
    assert.equal(missing.range.start.line, 35, 'where the step belongs, before step 5');
    assert.ok(typeof missing.code === 'object' && /rules\.md#mlsd001$/.test(String(missing.code.target)), `code links to the rule docs: ${JSON.stringify(missing.code)}`);
    assert.ok(ds.every((d) => /^MLSD\d{3}$/.test(codeOf(d))), describeAll(answer)());
  });

  test('the quick fix inserts the missing step and its diagnostic goes away', async () => {
    await mlsd();
    const uri = await scratchCopy('answer.mlsd.md', 'scratch-fix.mlsd.md');
    try {
      const editor = await open(uri);
      assert.equal(editor.document.languageId, 'markdown');
      const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001');
      const diag = ds.find((x) => codeOf(x) === 'MLSD001')!;
      const actions = await codeActionsWhen(uri, diag.range, vscode.CodeActionKind.QuickFix.value, (as) => as.some((a) => a.isPreferred));
      const fix = actions.find((a) => a.isPreferred)!;
      assert.equal(fix.title, 'Insert the "Model development" step');
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.ok(editor.document.getText().includes('\n## 4. Model development\n'));
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 to go away');
    } finally {
      await closeAll();
      await removeFile(uri);
    }
  });

  test('the status bar and the checklist show its score; a plain Markdown file hides them', async () => {
    const services = await mlsd();
    const editor = await open(answer);
    const expected = `MLSD ${(await referenceCheck(services, editor.document)).coverage.overall}% · senior`;
    await waitFor(() => services.testApi.statusBarText() === expected, [vscode.window.onDidChangeActiveTextEditor, services.answers.onDidCheck], `status bar "${expected}"`, () => `now: ${services.testApi.statusBarText()}`);
    const tree = await waitFor(() => (services.testApi.checklist().length === 7 ? services.testApi.checklist() : undefined), [services.answers.onDidCheck], 'checklist with 7 steps');
    assert.equal(tree[3]!.label, '4. Model development');
    assert.match(tree[3]!.description, /no heading$/);
    const notes = await open(workspaceUri('notes.md'));
    assert.equal(notes.document.languageId, 'markdown');
    await waitFor(() => services.testApi.statusBarText() === undefined, [vscode.window.onDidChangeActiveTextEditor], 'status bar hidden on notes.md', () => `now: ${services.testApi.statusBarText()}`);
    assert.deepEqual(bySource(notes.document.uri, 'mlsd'), [], 'notes.md is not checked');
  });

  test('MLSD: Open Preview opens our preview of it, diagram drawn', async function () {
    this.timeout(90000);
    await mlsd();
    await open(answer);
    await vscode.commands.executeCommand('mlsd.preview.open');
    const r = await vscode.commands.executeCommand<Rendered>('_mlsd.preview.whenRendered', answer.toString(), 1);
    assert.deepEqual([r.diagrams, r.svgs, r.errors], [1, 1, 0]);
    const state = await vscode.commands.executeCommand<{ resource: string; title: string }[]>('_mlsd.preview.state');
    assert.equal(state[0]?.resource, answer.toString());
    assert.match(state[0]!.title, /Preview answer\.mlsd\.md/);
  });

  test('a practice session starts on it', async () => {
    await mlsd();
    const editor = await open(answer);
    editor.selection = new vscode.Selection(22, 0, 22, 0);
    try {
      const started = await vscode.commands.executeCommand<PracticeSnapshot | undefined>('mlsd.practice.start');
      assert.ok(started, 'a session started');
      assert.equal(started.uri, answer.toString());
      assert.equal(started.current, 'data');
    } finally {
      if (await vscode.commands.executeCommand('_mlsd.practice.snapshot')) await vscode.commands.executeCommand('mlsd.practice.stop');
    }
  });

  test("VS Code's link validation reports the broken link once: ours stays out", async () => {
    await mlsd();
    const editor = await open(answer);
    // Ours would come in one report with the MLSD diagnostics (source markdown), so by the time both are in.
    await waitFor(() => bySource(answer, 'mlsd').length > 0 && linkProblems(answer).length > 0, [vscode.languages.onDidChangeDiagnostics], 'mlsd and link diagnostics', describeAll(answer), 15000);
    const links = linkProblems(answer);
    assert.equal(links.length, 1, describeAll(answer)());
    assert.equal(editor.document.getText(links[0]!.range), '#no-such-heading');
    assert.equal(codeOf(links[0]!), 'link.no-such-header-in-own-file');
  });

  test("the outline and the links are VS Code's Markdown ones, each heading and link once", async () => {
    await mlsd();
    await open(answer);
    const symbols = await until(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', answer),
      (s) => flatten(s ?? []).some((x) => x.name.includes('Monitoring')),
      'an outline',
    );
    const names = flatten(symbols).map((s) => s.name);
    const steps = names.filter((n) => /\d\. /.test(n));
    assert.equal(steps.length, 6, `each step heading once: ${JSON.stringify(names)}`);
    assert.equal(new Set(steps).size, steps.length, JSON.stringify(names));
    assert.ok(!flatten(symbols).some((s) => /^Step \d · \d+%$/.test(s.detail)), 'none of our step symbols (they carry the score)');
    const links = await until(
      () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', answer),
      (l) => (l ?? []).length >= 2,
      'the two links',
    );
    assert.equal(links.length, 2, `document links: ${JSON.stringify(links.map((l) => l.range.start))}`);
  });

  test('hover and step completion are ours; our Enter, bold and list commands leave it to Markdown', async () => {
    await mlsd();
    const editor = await open(answer);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', answer, new vscode.Position(36, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /\*\*Step 5 · Evaluation\*\* — \d+% at senior level/);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nmlsd-\n- item'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', answer, new vscode.Position(end.line + 2, 5));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    // Typed by its prefix, the missing step's item is labelled by it; the steps the answer has are "go to" items.
    assert.ok(labels.includes('mlsd-model'), `step completion: ${labels.slice(0, 12).join(' | ')}`);
    assert.ok(labels.some((l) => l.startsWith('Go to the existing step 5 section')), `go to an existing step: ${labels.slice(0, 12).join(' | ')}`);
    assert.ok(!labels.includes('mlsd-answer'), `our snippets file is for mlsd documents only: ${labels.filter((l) => l.startsWith('mlsd')).join(' | ')}`);
    const last = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(last, 6, last, 6);
    assert.equal(await vscode.commands.executeCommand('mlsd.editing.onEnter'), 'newline', 'no list continuation of ours');
    assert.equal(editor.document.lineAt(last + 1).text, '', 'a plain new line');
    assert.equal(await vscode.commands.executeCommand('mlsd.editing.toggleBold'), false);
    assert.equal(await vscode.commands.executeCommand('mlsd.editing.toggleList'), false);
  });
});
