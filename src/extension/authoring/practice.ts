/**
 * Practice mode: a timed session on one answer, with a status bar clock,
 * per-step pacing taken from the cursor's section, a gentle warning when a
 * step runs over, pause/resume, and a summary at the end. The timing lives in
 * the pure `MlsdPracticeSession`; this class wires it to VS Code and persists
 * it in `workspaceState`, so a session survives a window reload.
 */
import * as vscode from 'vscode';
import type { StepId } from '../../core/index';
import { STEP_IDS } from '../../core/framework/types';
import type { MlsdClock, MlsdPracticeSession, PracticeBucket } from '../../core/authoring/practice';
import { stepAtLine } from '../../core/model/stepRuns';
import { isAnswer, type MlsdAnswers } from '../answers';
import { MlsdSummaryDocs, showSummary } from './summaryDocs';
import { exists, keptSummaries, previousSessions, saveRecord, saveSummary, summaryFileUri } from './practiceHistory';
import { pickOne } from './quickPick';
import { renderStatus } from './practiceStatus';
import { heavy } from '../lazy';

import { PRACTICE_STATE_KEY as STATE_KEY } from './keys';
const CONTEXT_KEY = 'mlsd.practiceActive';

/** What tests and other features can read about the running session. */
export interface PracticeSnapshot {
  readonly uri: string;
  readonly current: PracticeBucket;
  readonly paused: boolean;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  /** Steps that ran over their suggested time. */
  readonly over: readonly StepId[];
}

/** The end of a session: the summary document and its headline. */
export interface PracticeEnd {
  readonly summaryUri: vscode.Uri;
  readonly headline: string;
  readonly markdown: string;
  readonly timeUp: boolean;
  /** The session was added to the answer's `.practice.json` (false for an untitled answer). */
  readonly recordSaved: boolean;
  /**
   * The summary is the file `<answer>.practice.md` beside the answer (`summaryUri`), which
   * "MLSD: Show Practice Summary" and VS Code's preview reopen after a reload; false for
   * an untitled answer, whose summary is a virtual document for this window only.
   */
  readonly summaryKept: boolean;
}

export class MlsdPracticeController implements vscode.Disposable {
  private _session?: MlsdPracticeSession;
  private _timer?: ReturnType<typeof setInterval>;
  private _ticks = 0;
  private readonly _item = vscode.window.createStatusBarItem('mlsd.practice', vscode.StatusBarAlignment.Left, 90);
  private readonly _docs = new MlsdSummaryDocs();
  private readonly _onDidEnd = new vscode.EventEmitter<PracticeEnd>();
  /** Fires when a session ends (stopped or out of time). */
  readonly onDidEnd = this._onDidEnd.event;
  private readonly _onDidShowPick = new vscode.EventEmitter<string>();
  /** Fires with the title of the summaries pick once it is shown (tests drive it). */
  readonly onDidShowPick = this._onDidShowPick.event;
  private readonly _subs: vscode.Disposable[] = [];

  constructor(
    private readonly _state: vscode.Memento,
    private readonly _answers: MlsdAnswers,
    private readonly _clock: MlsdClock = { now: () => Date.now() },
  ) {
    this._item.name = 'MLSD practice timer';
    this._item.command = 'mlsd.practice.togglePause';
    this._subs.push(
      this._item,
      this._docs,
      this._onDidEnd,
      this._onDidShowPick,
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this._session && e.textEditor.document.uri.toString() === this._session.uri) this._update();
      }),
      // The step under the cursor waits for the server's result of an edited answer.
      this._answers.onDidCheck((r) => {
        if (this._session && r.uri === this._session.uri) this._update();
      }),
    );
    this._restore();
  }

  /** Start a session on the active answer (asking before replacing a running one). */
  async start(): Promise<PracticeSnapshot | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAnswer(editor.document)) {
      const pick = 'Practise a Case…';
      // Not awaited: the command returns at once; the button works whenever it is clicked.
      void vscode.window
        .showInformationMessage('MLSD: open an answer (*.mlsd.md) to time it, or practise a case from a fresh answer.', pick)
        .then((p) => p === pick && vscode.commands.executeCommand('mlsd.practice.new'));
      return undefined;
    }
    return this.startOn(editor);
  }

  /** Start a session on `editor`'s answer; `prompt` (the case's question) is repeated in the start message. */
  async startOn(editor: vscode.TextEditor, prompt?: string): Promise<PracticeSnapshot | undefined> {
    if (this._session) {
      const restart = 'Restart';
      const pick = await vscode.window.showWarningMessage(
        `MLSD: a practice session is already running (${heavy().formatClock(this._session.remainingMs())} left). Restart it on this answer?`,
        restart,
      );
      if (pick !== restart) return this.snapshot();
      this._clear();
    }
    const minutes = vscode.workspace.getConfiguration('mlsd').get<number>('practice.durationMinutes', 45);
    await this._answers.current(editor.document); // the first step comes from the server's result
    this._session = heavy().MlsdPracticeSession.start(this._clock, editor.document.uri.toString(), minutes, this._bucketAt(editor));
    this._begin();
    const clock = heavy().formatClock(this._session.durationMs);
    void vscode.window.showInformationMessage(
      prompt
        ? `MLSD: ${clock} starts now. ${prompt}`
        : `MLSD: practice session started: ${clock}. The status bar shows the time left and the pace of the step you are in; click it to pause.`,
    );
    return this.snapshot();
  }

  /** Pause or resume; returns the new state. */
  togglePause(): PracticeSnapshot | undefined {
    if (!this._session) return undefined;
    this._session.togglePause();
    this._update(true);
    return this.snapshot();
  }

  /** End the session and show its summary (also called when time is up). */
  async stop(timeUp: boolean): Promise<PracticeEnd | undefined> {
    const s = this._session;
    if (!s) return undefined;
    this._refreshStep(s);
    const times = s.stepTimes();
    const elapsedMs = s.elapsedMs();
    this._clear(); // first, so that a tick during the awaits below cannot end it twice
    const uri = vscode.Uri.parse(s.uri);
    let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri);
    try {
      doc ??= await vscode.workspace.openTextDocument(uri);
    } catch {
      doc = undefined; // deleted or unreachable: the summary still has the times
    }
    // The server's result of the final text (it checks an answer opened just now, too).
    const result = doc ? (await this._answers.current(doc))?.score : undefined;
    const name = uri.path.split('/').pop() ?? s.uri;
    const previous = await previousSessions(result?.caseId);
    const input = { name, times, elapsedMs, durationMs: s.durationMs, timeUp, result, previous };
    const record = heavy().practiceRecord({ answer: name, endedAt: this._clock.now(), elapsedMs, durationMs: s.durationMs, timeUp, times, result });
    const recordSaved = await saveRecord(uri, record);
    // Kept as a file beside the answer, so that it outlives the window; else for this window only.
    const file = summaryFileUri(uri);
    let markdown = heavy().practiceSummaryMarkdown({ ...input, keptAs: uri.scheme === 'untitled' ? undefined : file.path.split('/').pop() });
    let summaryUri = uri.scheme === 'untitled' ? undefined : await saveSummary(uri, markdown);
    const summaryKept = !!summaryUri;
    if (!summaryUri) {
      markdown = heavy().practiceSummaryMarkdown(input);
      summaryUri = this._docs.add(markdown);
    }
    const end: PracticeEnd = { summaryUri, headline: heavy().summaryHeadline(input), markdown, timeUp, recordSaved, summaryKept };
    await showSummary(summaryUri);
    const again = 'Practise Again';
    // "Again" starts a fresh answer for a case: timing the finished answer twice says little.
    void vscode.window.showInformationMessage(`MLSD: ${end.headline}`, again).then((p) => {
      if (p === again) void vscode.commands.executeCommand('mlsd.practice.new');
    });
    this._onDidEnd.fire(end);
    return end;
  }

  /**
   * "MLSD: Show Practice Summary": the kept summary of the active answer's latest
   * session, else a pick of the workspace's summaries (newest first), else the
   * last summary of an untitled answer in this window. Resolves with what was shown.
   */
  async showKeptSummary(): Promise<vscode.Uri | undefined> {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isAnswer(doc) && doc.uri.scheme !== 'untitled') {
      const own = summaryFileUri(doc.uri);
      if (await exists(own)) {
        await showSummary(own);
        return own;
      }
    }
    const kept = await keptSummaries();
    const last = this._docs.last();
    if (!kept.length && !last) {
      void vscode.window.showInformationMessage('MLSD: no practice summary yet. End a practice session ("MLSD: End Practice Session") and its summary is kept beside the answer.');
      return undefined;
    }
    let uri = kept.length === 1 && !last ? kept[0]!.uri : undefined;
    if (!uri) {
      const items = [
        ...kept.map((k) => ({ label: k.uri.path.split('/').pop()!, description: vscode.workspace.asRelativePath(vscode.Uri.joinPath(k.uri, '..')), detail: `Ended ${new Date(k.mtime).toLocaleString()}`, uri: k.uri })),
        ...(last ? [{ label: 'Untitled answer', description: 'this window only', detail: 'The summary of the last session on an untitled answer.', uri: last }] : []),
      ];
      uri = (await pickOne({ title: 'Practice summaries', placeholder: 'The summary to open (newest first)', items }, (t) => this._onDidShowPick.fire(t)))?.uri;
    }
    if (!uri) return undefined;
    await showSummary(uri);
    return uri;
  }

  /** The running session's state, accounted up to now (undefined when none). */
  snapshot(): PracticeSnapshot | undefined {
    const s = this._session;
    if (!s) return undefined;
    this._refreshStep(s);
    return {
      uri: s.uri,
      current: s.current,
      paused: s.paused,
      elapsedMs: s.elapsedMs(),
      remainingMs: s.remainingMs(),
      over: STEP_IDS.filter((id) => s.isOver(id)),
    };
  }

  private _restore(): void {
    // Nothing saved (the usual case): do not load the heavy module during activation.
    const saved = this._state.get(STATE_KEY);
    if (saved === undefined) return;
    const s = heavy().MlsdPracticeSession.restore(this._clock, saved);
    if (!s) {
      void this._state.update(STATE_KEY, undefined);
      return;
    }
    this._session = s;
    if (s.isTimeUp()) void this.stop(true);
    else this._begin();
  }

  private _begin(): void {
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
    this._timer = setInterval(() => this._update(), 1000);
    this._update(true);
  }

  private _clear(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
    this._session = undefined;
    this._item.hide();
    void this._state.update(STATE_KEY, undefined);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
  }

  /**
   * The bucket of the editor's cursor line: the first step its section counts
   * for, from the server's result. Until the result of an edit arrives (or for
   * an answer too large to check) the current step stays.
   */
  private _bucketAt(editor: vscode.TextEditor): PracticeBucket {
    const score = this._answers.currentOf(editor.document)?.score;
    if (!score) return this._session?.current ?? 'other';
    return stepAtLine(score.stepRuns, editor.selection.active.line) ?? 'other';
  }

  /** Follow the cursor when the session's answer is in the active (or a visible) editor. */
  private _refreshStep(s: MlsdPracticeSession): void {
    const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
    const editor = editors.find((e) => e?.document.uri.toString() === s.uri);
    if (editor) s.setCurrent(this._bucketAt(editor));
  }

  /** Tick: account time, warn once per step that runs over, end when time is up, redraw, persist. */
  private _update(persistNow = false): void {
    const s = this._session;
    if (!s) return;
    this._refreshStep(s);
    if (s.isTimeUp()) {
      void this.stop(true);
      return;
    }
    for (const id of s.takeNewOverruns()) {
      const step = heavy().stepById(id);
      // A nudge, not an alarm: an information message once per step, and the status bar turns amber.
      void vscode.window.showInformationMessage(
        `MLSD: "${step.title}" has run past its suggested ${heavy().formatClock(s.budgetMs(id))}. Wrap it up in a sentence and move on; you can come back at the end.`,
      );
      persistNow = true;
    }
    renderStatus(this._item, s);
    if (persistNow || ++this._ticks % 10 === 0) void this._state.update(STATE_KEY, s.state);
  }

  dispose(): void {
    // Keep the persisted state: a reload resumes the session.
    if (this._session) void this._state.update(STATE_KEY, this._session.state);
    if (this._timer) clearInterval(this._timer);
    for (const d of this._subs) d.dispose();
  }
}
