import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { authoring } from './authoringUtil';
import type { PracticeEnd, PracticeSnapshot } from '../../../src/extension/authoring/practice';
import { closeAll } from './mlsdTestUtil';

const snapshot = () => vscode.commands.executeCommand<PracticeSnapshot | undefined>('_mlsd.practice.snapshot');

/** Put the cursor on the first line after `heading`. */
function moveTo(editor: vscode.TextEditor, heading: string): void {
  const line = editor.document.getText().split('\n').indexOf(heading);
  assert.ok(line >= 0, `${heading} is in the answer`);
  const p = new vscode.Position(line + 2, 0);
  editor.selection = new vscode.Selection(p, p);
}

suite('practice mode', () => {
  teardown(async () => {
    if (await snapshot()) await vscode.commands.executeCommand('mlsd.practice.stop');
    await closeAll();
  });

  test('starts on the active answer, follows the cursor, pauses and resumes, and ends with a summary', async () => {
    const api = await authoring();
    await vscode.commands.executeCommand('_mlsd.newAnswer', { caseId: 'ctr-sponsored-search', level: 'senior', target: 'untitled' });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, 'mlsd');

    moveTo(editor, '## 1. Clarify requirements');
    const started = await vscode.commands.executeCommand<PracticeSnapshot>('mlsd.practice.start');
    assert.ok(started, 'a session started');
    assert.equal(started.uri, editor.document.uri.toString());
    assert.equal(started.current, 'requirements');
    assert.equal(started.paused, false);
    const minutes = vscode.workspace.getConfiguration('mlsd').get<number>('practice.durationMinutes');
    assert.equal(minutes, 45);
    assert.ok(started.remainingMs > 44 * 60_000 && started.remainingMs <= 45 * 60_000, `remaining ${started.remainingMs}`);

    // The current step is the cursor's section.
    moveTo(editor, '## 3. Data preparation');
    assert.equal((await snapshot())?.current, 'data');
    moveTo(editor, '## 6. Deployment and serving');
    assert.equal((await snapshot())?.current, 'serving');

    // Pause and resume.
    const paused = await vscode.commands.executeCommand<PracticeSnapshot>('mlsd.practice.togglePause');
    assert.equal(paused.paused, true);
    const resumed = await vscode.commands.executeCommand<PracticeSnapshot>('mlsd.practice.togglePause');
    assert.equal(resumed.paused, false);

    // Stop: a summary with time per step, the score and the missing points.
    const ended = new Promise<PracticeEnd>((resolve) => {
      const sub = api.practice.onDidEnd((e) => {
        sub.dispose();
        resolve(e);
      });
    });
    const end = await vscode.commands.executeCommand<PracticeEnd>('mlsd.practice.stop');
    assert.equal(await ended, end, 'onDidEnd fired with the same summary');
    assert.equal(end.timeUp, false);
    assert.match(end.headline, /^Practice session ended after \d+:\d\d: score \d+\/100 at senior level\.$/);
    for (const s of ['## Time per step', '| Clarify requirements |', '| Data preparation |', '## Score', '## The three most important missing points', '1. **', '3. **']) {
      assert.ok(end.markdown.includes(s), `summary has ${s}`);
    }
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.toString() === end.summaryUri.toString());
    assert.ok(shown, 'the summary document is open');
    assert.equal(shown.getText(), end.markdown);
    assert.equal(shown.languageId, 'markdown');
    assert.equal(end.summaryKept, false, 'an untitled answer has nowhere to keep its summary');
    assert.equal(await snapshot(), undefined, 'no session after stop');
  });

  test('start without an answer open asks for one instead of starting', async () => {
    await authoring();
    await closeAll();
    const r = await vscode.commands.executeCommand('mlsd.practice.start');
    assert.equal(r, undefined);
    assert.equal(await snapshot(), undefined);
  });

  test('pause and stop without a session do nothing', async () => {
    await authoring();
    assert.equal(await vscode.commands.executeCommand('mlsd.practice.togglePause'), undefined);
    assert.equal(await vscode.commands.executeCommand('mlsd.practice.stop'), undefined);
  });
});
