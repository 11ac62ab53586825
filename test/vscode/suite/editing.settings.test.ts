/**
 * Settings and `.mlsdrc.json` in the real VS Code. Precedence under test:
 * level: front matter > .mlsdrc.json > mlsd.level > senior;
 * severity: .mlsdrc.json rules > mlsd.rules > the rule's default.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, mlsd, mlsdDiagnostics, open, removeFile, setSetting, waitFor, waitForDiagnostics, workspaceUri, writeFile } from './mlsdTestUtil';

const severityOf = (uri: vscode.Uri) => mlsdDiagnostics(uri).find((d) => codeOf(d) === 'MLSD001')?.severity;

suite('editing: settings and .mlsdrc.json', () => {
  const rc = () => workspaceUri('.mlsdrc.json');
  suiteSetup(async () => {
    await mlsd();
  });
  teardown(async () => {
    await closeAll();
    await setSetting('rules', undefined);
    await setSetting('level', undefined);
    await setSetting('run', undefined);
    await removeFile(rc());
  });

  test('mlsd.rules changes a severity; .mlsdrc.json wins over it; removing both restores the default', async () => {
    const uri = workspaceUri('editing.mlsd.md');
    await open(uri);
    await waitForDiagnostics(uri, () => severityOf(uri) === vscode.DiagnosticSeverity.Error, 'MLSD001 as error by default');
    await setSetting('rules', { 'missing-step': 'warning' });
    await waitForDiagnostics(uri, () => severityOf(uri) === vscode.DiagnosticSeverity.Warning, 'MLSD001 as warning from mlsd.rules');
    await writeFile('.mlsdrc.json', JSON.stringify({ rules: { MLSD001: 'info' } }));
    await waitForDiagnostics(uri, () => severityOf(uri) === vscode.DiagnosticSeverity.Information, 'MLSD001 as info from .mlsdrc.json (wins over the setting)');
    await writeFile('.mlsdrc.json', JSON.stringify({ rules: { MLSD001: 'off' } }));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'MLSD001'), 'MLSD001 off from .mlsdrc.json');
    await removeFile(rc());
    await waitForDiagnostics(uri, () => severityOf(uri) === vscode.DiagnosticSeverity.Warning, 'back to the setting after deleting .mlsdrc.json');
    await setSetting('rules', undefined);
    await waitForDiagnostics(uri, () => severityOf(uri) === vscode.DiagnosticSeverity.Error, 'back to the default');
  });

  test('level: front matter > .mlsdrc.json > mlsd.level', async () => {
    const services = await mlsd();
    const plain = workspaceUri('no-front-matter.mlsd.md');
    const withFm = workspaceUri('editing.mlsd.md'); // front matter says senior
    // The level the language server judged the answer at (its last result).
    const levelOf = async (u: vscode.Uri) => services.answers.latest((await vscode.workspace.openTextDocument(u)).uri)?.score?.level;
    await open(withFm);
    await open(plain);
    const statusIs = (level: string) =>
      waitFor(() => services.testApi.statusBarText()?.endsWith(`· ${level}`), [services.answers.onDidCheck, vscode.window.onDidChangeActiveTextEditor], `status bar at ${level}`, () => `now: ${services.testApi.statusBarText()}`);
    await statusIs('senior');
    await setSetting('level', 'mid');
    await statusIs('mid');
    assert.equal(await levelOf(withFm), 'senior', 'front matter wins over the setting');
    const rcChanged = new Promise<void>((r) => {
      const sub = services.config.onDidChange(() => (sub.dispose(), r()));
    });
    await writeFile('.mlsdrc.json', JSON.stringify({ level: 'staff' }));
    await rcChanged;
    await statusIs('staff');
    assert.equal(await levelOf(plain), 'staff', '.mlsdrc.json wins over the setting');
    assert.equal(await levelOf(withFm), 'senior', 'front matter wins over .mlsdrc.json');
  });

  test('the nearest .mlsdrc.json wins: a subfolder file over the root one', async () => {
    const services = await mlsd();
    const sub = await writeFile('sub/deep.mlsd.md', '# Deep answer\n\n## 1. Clarify requirements\n\nRevenue.\n');
    const subRc = workspaceUri('sub/.mlsdrc.json');
    try {
      await writeFile('.mlsdrc.json', JSON.stringify({ level: 'staff' }));
      await writeFile('sub/.mlsdrc.json', JSON.stringify({ level: 'mid' }));
      await open(sub);
      await waitFor(() => services.testApi.statusBarText()?.endsWith('· mid'), [services.answers.onDidCheck, services.config.onDidChange, vscode.window.onDidChangeActiveTextEditor], 'sub/.mlsdrc.json level mid', () => `now: ${services.testApi.statusBarText()}`);
      await open(workspaceUri('no-front-matter.mlsd.md'));
      await waitFor(() => services.testApi.statusBarText()?.endsWith('· staff'), [services.answers.onDidCheck, services.config.onDidChange, vscode.window.onDidChangeActiveTextEditor], 'root .mlsdrc.json level staff', () => `now: ${services.testApi.statusBarText()}`);
    } finally {
      await closeAll();
      await removeFile(subRc);
      await removeFile(sub);
      await removeFile(workspaceUri('sub'));
    }
  });

  test('mlsd.setLevel writes the workspace setting', async () => {
    const services = await mlsd();
    await open(workspaceUri('no-front-matter.mlsd.md'));
    const changed = waitFor(() => vscode.workspace.getConfiguration('mlsd').inspect('level')?.workspaceValue === 'staff', [vscode.workspace.onDidChangeConfiguration], 'workspace mlsd.level = staff');
    assert.equal(await vscode.commands.executeCommand('mlsd.setLevel', 'staff'), 'staff');
    await changed;
    await waitFor(() => services.testApi.statusBarText()?.endsWith('· staff'), [services.answers.onDidCheck, vscode.workspace.onDidChangeConfiguration], 'status bar at staff');
  });

  test('an invalid .mlsdrc.json is reported in that file', async () => {
    const uri = await writeFile('.mlsdrc.json', '{ "level": "principal", "rules": { "MLSD001": "loud" } }');
    const ds = await waitForDiagnostics(uri, (d) => d.length >= 2, 'problems in .mlsdrc.json');
    assert.ok(ds.some((d) => /"level" must be one of/.test(d.message) && d.range.start.character === 2), ds.map((d) => `${d.message}@${d.range.start.character}`).join(' | '));
    assert.ok(ds.some((d) => /MLSD001/.test(d.message)));
    await writeFile('.mlsdrc.json', '{ "level": ');
    await waitForDiagnostics(uri, (d) => d.some((x) => /Not valid JSON/.test(x.message) && x.severity === vscode.DiagnosticSeverity.Error), 'a JSON syntax error');
  });

  test('mlsd.run = onSave: saving checks', async () => {
    await setSetting('run', 'onSave');
    const uri = await writeFile('scratch-onsave.mlsd.md', '# Answer\n\n## 1. Clarify requirements\n\nRevenue.\n');
    try {
      const editor = await open(uri);
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'MLSD001'), 'checked on open');
      // Missing steps: one per MLSD001 diagnostic for a single step, and for the steps that go in at one
      // place together ("Steps … are missing") one per step in its related information.
      const missingSteps = (d: readonly vscode.Diagnostic[]) =>
        d
          .filter((x) => codeOf(x) === 'MLSD001')
          .flatMap((x) => (/^Steps \d/.test(x.message) ? (x.relatedInformation ?? []).map((r) => r.message) : [x.message]))
          .filter((m) => /^Step \d "/.test(m)).length;
      const before = missingSteps(mlsdDiagnostics(uri));
      assert.equal(before, 6, 'steps 2-7 are missing');
      await editor.edit((b) => b.insert(new vscode.Position(5, 0), '\n## 2. Frame the problem as an ML task\n\n**ML objective:** binary classification of clicks, input and output defined.\n'));
      await editor.document.save();
      await waitForDiagnostics(uri, (d) => missingSteps(d) < before, 'fewer missing steps after saving');
    } finally {
      await closeAll();
      await removeFile(uri);
    }
  });
});
