import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { authoring } from './authoringUtil';
import type { PracticeEnd, PracticeSnapshot } from '../../../src/extension/authoring/practice';
import type { PracticeStarted } from '../../../src/extension/authoring/practiceNew';
import { closeAll, waitFor, workspaceUri } from './mlsdTestUtil';

const snapshot = () => vscode.commands.executeCommand<PracticeSnapshot | undefined>('_mlsd.practice.snapshot');

/** Tabs showing VS Code's rendered Markdown preview. */
const previewTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));

/** Delete the answers and records this suite made. */
async function removePracticeFiles(): Promise<void> {
  for (const u of await vscode.workspace.findFiles('practice-*')) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
}

suite('practice mode: a case from the quick picks', () => {
  suiteTeardown(removePracticeFiles);
  teardown(async () => {
    if (await snapshot()) await vscode.commands.executeCommand('mlsd.practice.stop');
    await closeAll();
  });

  test('the picks create a fresh answer with the prompt at the top, and the end shows a rendered summary kept with the answer', async () => {
    const api = await authoring();
    await removePracticeFiles();
    const shown: string[] = [];
    // Case pick: move from "Random case" to the first case (CTR); level pick: accept the configured level.
    const sub = api.practiceSetup.onDidShowPick(async (title) => {
      shown.push(title);
      if (title.includes('case')) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    });
    let started: PracticeStarted | undefined;
    try {
      started = await vscode.commands.executeCommand<PracticeStarted | undefined>('mlsd.practice.new');
    } finally {
      sub.dispose();
    }
    assert.deepEqual(shown, ['Practice (1/2): case', 'Practice (2/2): level']);
    assert.ok(started, 'a session started');
    assert.equal(started.caseId, 'ctr-sponsored-search');
    const date = new Date();
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    assert.equal(started.uri.toString(), workspaceUri(`practice-ctr-sponsored-search-${day}.mlsd.md`).toString());
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), started.uri.toString());
    const head = editor.document.getText().split('\n').slice(0, 8).join('\n');
    assert.match(head, /^---\ncase: ctr-sponsored-search\nlevel: senior\n---\n\n# CTR prediction/);
    assert.match(head, /<!-- Prompt: .*sponsored/i, 'the prompt is at the top');
    assert.equal(started.session.current, 'requirements', 'the cursor starts in the first step');
    assert.equal(started.session.uri, started.uri.toString());

    // End: a summary rendered in the Markdown preview, and a record next to the answer.
    const end = await vscode.commands.executeCommand<PracticeEnd>('mlsd.practice.stop');
    for (const s of ['## Time per step', '## Score', '## What to practise next', 'first recorded session']) assert.ok(end.markdown.includes(s), `summary has ${s}`);
    await waitFor(
      () => previewTabs().length > 0,
      [vscode.window.tabGroups.onDidChangeTabs],
      'a Markdown preview tab opens',
      () => `tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')}`,
    );
    assert.equal(end.recordSaved, true);
    const record = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(`practice-ctr-sponsored-search-${day}.practice.json`))));
    assert.equal(record.sessions.length, 1);
    assert.equal(record.sessions[0].caseId, 'ctr-sponsored-search');
    // The summary is a file beside the answer (what the preview shows), so it outlives the window.
    const kept = workspaceUri(`practice-ctr-sponsored-search-${day}.practice.md`);
    assert.equal(end.summaryKept, true);
    assert.equal(end.summaryUri.toString(), kept.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(kept)), end.markdown);
    assert.match(end.markdown, new RegExp(`^# Practice summary: \\[practice-ctr-sponsored-search-${day}\\.mlsd\\.md\\]\\(practice-ctr-sponsored-search-${day}\\.mlsd\\.md\\)\n`));
    assert.ok(previewTabs().some((t) => t.label.includes(kept.path.split('/').pop()!)), `the preview shows the kept file: ${previewTabs().map((t) => t.label).join(', ')}`);
    // Locked to the summary: opening a Markdown note does not turn it into that note's preview.
    assert.ok(previewTabs().some((t) => /^\[Preview\] /.test(t.label)), `a locked preview: ${previewTabs().map((t) => t.label).join(', ')}`);

    // A second session of the same case gets a new file (the first is untouched) and compares with the first.
    const firstText = editor.document.getText();
    const again = await vscode.commands.executeCommand<PracticeStarted>('_mlsd.practice.new', { caseId: 'ctr-sponsored-search', level: 'senior' });
    assert.equal(again.uri.toString(), workspaceUri(`practice-ctr-sponsored-search-${day}-1.mlsd.md`).toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(started.uri)), firstText);
    const second = await vscode.commands.executeCommand<PracticeEnd>('mlsd.practice.stop');
    assert.ok(second.markdown.includes('## Previous sessions of this case'), 'the second summary lists the first session');
    assert.ok(second.markdown.includes(`practice-ctr-sponsored-search-${day}.mlsd.md`));
  });

  test('the summary reopens from what is kept beside the answer, as after a window reload', async () => {
    await authoring();
    await removePracticeFiles();
    const started = await vscode.commands.executeCommand<PracticeStarted>('_mlsd.practice.new', { caseId: 'typeahead', level: 'mid' });
    const end = await vscode.commands.executeCommand<PracticeEnd>('mlsd.practice.stop');
    assert.equal(end.summaryKept, true);
    // A reload closes nothing on disk but forgets this window's state: close every editor and the
    // summary's document, then ask for it again from the answer.
    await closeAll();
    await waitFor(() => previewTabs().length === 0, [vscode.window.tabGroups.onDidChangeTabs], 'no preview left');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(started.uri));
    const shown = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlsd.practice.showSummary');
    assert.equal(shown?.toString(), end.summaryUri.toString());
    await waitFor(() => previewTabs().length > 0, [vscode.window.tabGroups.onDidChangeTabs], 'the kept summary in a Markdown preview');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === end.summaryUri.toString());
    assert.equal(doc?.getText(), end.markdown, 'the same summary as at the end of the session');
    // From anywhere else (no answer active): a pick of the workspace's summaries, newest first.
    await closeAll();
    const api = await authoring();
    const sub = api.practice.onDidShowPick(() => void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'));
    try {
      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('mlsd.practice.showSummary');
      assert.equal(again?.toString(), end.summaryUri.toString());
    } finally {
      sub.dispose();
    }
  });

  test('a bad case id gets a message, not a session', async () => {
    await authoring();
    const r = await vscode.commands.executeCommand('_mlsd.practice.new', { caseId: 'no-such-case', level: 'senior' });
    assert.equal(r, undefined);
    assert.equal(await snapshot(), undefined);
  });
});
