/**
 * Extension-test module run INSIDE VS Code's web worker extension host by
 * test/web/run.mjs (extensionTestsPath). No Mocha and no Node: a tiny sequential
 * runner, waits on VS Code events, and the result goes to the workspace folder
 * through `vscode.workspace.fs` (the worker has no `fs`).
 */
import * as vscode from 'vscode';

const EXTENSION_ID = 'mlsd-author.mlsd-author';
const RESULT_FILE = '.mlsd-web-result.json';
const TEST_TIMEOUT_MS = 30_000;

interface TestResult { title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert(f, 'a workspace folder is open');
  return f.uri;
}

/** Resolves with the first value `pick` returns from an event (checked once right away too). */
function waitFor<E, T>(event: vscode.Event<E>, pick: () => T | undefined, what: string, ms = TEST_TIMEOUT_MS - 2000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = pick();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)); }, ms);
    const sub = event(() => {
      const v = pick();
      if (v === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

const tests: [string, () => Promise<void>][] = [
  ['runs in the web worker extension host (no Node)', async () => {
    assert(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, expected Web (2)`);
    const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
    assert(!proc?.versions?.node, 'a Node process object is visible: this is not the web worker host');
  }],
  ['the web extension activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert(ext, `${EXTENSION_ID} is not loaded`);
    assert(ext.packageJSON.main === undefined, 'the test copy still has a `main` entry');
    await ext.activate();
    assert(ext.isActive, 'extension did not activate');
  }],
  ['registers the editor, preview and authoring commands', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = ['mlsd.newAnswer', 'mlsd.preview.openToSide', 'mlsd.showChecklist', 'mlsd.fixAll', 'mlsd.practice.start']
      .filter((c) => !all.has(c));
    assert(missing.length === 0, `commands not registered in the web host: ${missing.join(', ')}`);
  }],
  ['reports diagnostics for an answer', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'gaps.mlsd.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert(doc.languageId === 'mlsd', `languageId is ${doc.languageId}`);
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor(vscode.languages.onDidChangeDiagnostics, () => {
      const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'mlsd');
      return d.length ? d : undefined;
    }, 'MLSD diagnostics on gaps.mlsd.md');
    const codes = diags.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
    assert(codes.includes('MLSD001'), `expected MLSD001 among ${codes.join(', ')}`);
  }],
  ['offers a quick fix for a finding', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'gaps.mlsd.md');
    const diag = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'mlsd');
    assert(diag, 'no MLSD diagnostic to fix');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
    assert(actions?.some((a) => a.edit || a.command), 'no code action with an edit at the finding');
  }],
  ['reports a Mermaid block that does not parse, with no preview open (the worker reads Mermaid from the extension)', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'broken-diagram.mlsd.md');
    const text = '# Answer\n\n## Data preparation\n\nEvents flow into the lake.\n\n```mermaid\nflowchar LR\n  A --> B\n```\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await waitFor(vscode.languages.onDidChangeDiagnostics, () =>
      vscode.languages.getDiagnostics(uri).find((x) => x.source === 'mlsd' && (typeof x.code === 'object' ? String(x.code.value) : String(x.code)) === 'MLSD025'),
    'MLSD025 on broken-diagram.mlsd.md');
    assert(d.range.start.line === 7, `MLSD025 at line ${d.range.start.line + 1}, expected 8`);
  }],
  ['validates and completes links to a note through the extension (the worker has no file system)', async () => {
    const note = vscode.Uri.joinPath(folder(), 'web-note.md');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('# Note\n\n## Latency budget\n\n50 ms.\n'));
    const uri = vscode.Uri.joinPath(folder(), 'web-links.mlsd.md');
    const text = '# Answer\n\nGood: [a](./web-note.md#latency-budget).\n\nBad: [b](./web-note.md#gone).\n\nMissing: [c](./nope.md).\n\n[](./';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const links = () => vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'markdown');
    const found = await waitFor(vscode.languages.onDidChangeDiagnostics, () => (links().length >= 2 ? links() : undefined), 'two link diagnostics on web-links.mlsd.md');
    const where = found.map((d) => doc.getText(d.range)).sort();
    assert(JSON.stringify(where) === JSON.stringify(['#gone', './nope.md']), `link diagnostics at ${JSON.stringify(where)}`);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(8, 5));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert(labels.includes('web-note.md'), `path completion: ${labels.join(', ')}`);
  }],
  ['opens the preview beside the answer and renders its Mermaid diagrams', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'diagrams.mlsd.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const isPreview = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('mlsd.preview');
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find(isPreview), 'an MLSD preview tab');
    await vscode.commands.executeCommand('mlsd.preview.openToSide');
    await opened;
    // The webview reports what it drew; the answer has two diagrams.
    const info = await vscode.commands.executeCommand<{ svgs: number }>('_mlsd.preview.whenRendered', uri.toString(), 2);
    assert(info && info.svgs >= 2, `preview reported ${info?.svgs} SVGs, expected 2`);
  }],
  ['creates an answer from a template', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('_mlsd.newAnswer',
      { caseId: 'ctr-sponsored-search', level: 'staff', target: 'untitled' });
    assert(created, '_mlsd.newAnswer returned no document');
    const doc = await vscode.workspace.openTextDocument(created);
    assert(doc.languageId === 'mlsd', `new answer has languageId ${doc.languageId}`);
    assert(/level:\s*staff/.test(doc.getText()) && /Clarify requirements/.test(doc.getText()), 'template content missing');
  }],
];

async function writeResult(result: object): Promise<void> {
  const data = new TextEncoder().encode(JSON.stringify(result, null, 2));
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), RESULT_FILE), data);
}

/** Called by the web worker extension host once the extension under test is loaded. */
export async function run(): Promise<void> {
  const results: TestResult[] = [];
  for (const [title, fn] of tests) {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([fn(), new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timeout ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS); })]);
      results.push({ title, state: 'passed', durationMs: Date.now() - started });
    } catch (e) {
      results.push({ title, state: 'failed', durationMs: Date.now() - started, error: String((e as Error)?.stack ?? e) });
    } finally {
      clearTimeout(timer);
    }
  }
  const failed = results.filter((r) => r.state === 'failed').length;
  await writeResult({ passed: results.length - failed, failed, tests: results, vscodeVersion: vscode.version, uiKind: vscode.env.uiKind });
  if (failed) throw new Error(`${failed} web test(s) failed`);
}
