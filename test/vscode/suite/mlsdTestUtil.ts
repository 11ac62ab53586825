/**
 * Helpers for the editing-experience tests: the extension's API, workspace
 * files, and waits on VS Code events (never fixed sleeps). Every wait has a
 * deadline that fails the test with what it saw.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlsdServices } from '../../../src/extension/extension';
import { check, type CheckResult } from '../../../src/core/index';

export const EXTENSION_ID = 'mlsd-author.mlsd-author';

/** The running extension's services (activating it if needed). */
export async function mlsd(): Promise<MlsdServices> {
  const ext = vscode.extensions.getExtension<MlsdServices>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

/**
 * A reference check of `doc`'s text in the test, at the level and case the
 * language server resolved for it: what the views should show, computed apart
 * from the server.
 */
export async function referenceCheck(services: MlsdServices, doc: vscode.TextDocument): Promise<CheckResult> {
  const score = (await services.answers.current(doc))?.score;
  assert.ok(score, `the server checked ${doc.uri.path}`);
  return check(doc.getText(), { forceLevel: score.level, caseId: score.caseId });
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Copy a fixture to a scratch file the test may edit; delete it with `removeFile`. */
export async function scratchCopy(fixture: string, name: string): Promise<vscode.Uri> {
  const to = workspaceUri(name);
  await vscode.workspace.fs.copy(workspaceUri(fixture), to, { overwrite: true });
  return to;
}

export async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeFile(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    /* already gone */
  }
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/**
 * Revert unsaved changes and close every editor. An untitled document shown in one
 * is closed (test mode answers "don't save"), and its name is given to the next one
 * (`Untitled-1` again): wait until the extension host has seen each close, so that a
 * later test never finds the document before under its name. ("The real quick picks"
 * once read `level: staff`, the text of the untitled answer the test before made.)
 */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  const shown = new Set(
    vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap((t) => (t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'untitled' ? [t.input.uri.toString()] : [])),
  );
  const untitled = vscode.workspace.textDocuments.filter((d) => shown.has(d.uri.toString()));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor(() => untitled.every((d) => d.isClosed), [vscode.workspace.onDidCloseTextDocument], 'the untitled documents of the closed editors to close', () =>
    untitled.filter((d) => !d.isClosed).map((d) => d.uri.toString()).join(', '),
  );
}

/**
 * Resolve once `condition()` returns a value other than undefined/false,
 * re-checking on each of the given events; reject after `ms` with `describe()`.
 */
export function waitFor<T>(
  condition: () => T | undefined | false,
  events: vscode.Event<unknown>[],
  what: string,
  describe: () => string = () => '',
  ms = 15000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (f: () => void) => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      f();
    };
    const test = () => {
      let v: T | undefined | false;
      try {
        v = condition();
      } catch (e) {
        return done(() => reject(e));
      }
      if (v !== undefined && v !== false) done(() => resolve(v as T));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}. ${describe()}`))), ms);
    for (const e of events) subs.push(e(test));
    test();
  });
}

export function mlsdDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mlsd');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

export function show(ds: readonly vscode.Diagnostic[]): string {
  return `Diagnostics: ${JSON.stringify(ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} sev${d.severity}`))}`;
}

/** Wait until the MLSD diagnostics of `uri` satisfy `pred`. */
export function waitForDiagnostics(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string, ms?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const ds = mlsdDiagnostics(uri);
      return pred(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    what,
    () => show(mlsdDiagnostics(uri)),
    ms,
  );
}

/** Change an `mlsd.*` workspace setting and wait until VS Code reports it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const same = () => JSON.stringify(vscode.workspace.getConfiguration('mlsd').inspect(key)?.workspaceValue) === JSON.stringify(value);
  if (same()) return;
  const changed = waitFor(same, [vscode.workspace.onDidChangeConfiguration], `setting mlsd.${key}`);
  await vscode.workspace.getConfiguration('mlsd').update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

/** The code actions VS Code collects at a range, optionally of one kind. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/**
 * Code actions at a range once `ready` holds for them. The very first request of a
 * run has come back empty now and then in CI (the workbench had not caught up with
 * the document yet), so the request is repeated until the condition holds or the
 * time is up; no fixed sleep, and the last answer is in the failure message.
 */
export async function codeActionsWhen(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string | undefined,
  ready: (actions: vscode.CodeAction[]) => boolean,
  ms = 15000,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + ms;
  let actions: vscode.CodeAction[] = [];
  let attempts = 0;
  do {
    attempts++;
    actions = await codeActions(uri, range, kind);
    if (ready(actions)) return actions;
    await new Promise<void>((r) => setImmediate(r));
  } while (Date.now() < deadline);
  throw new Error(`code actions not ready after ${attempts} requests: ${actions.map((a) => a.title).join(' | ') || 'none'}`);
}

/** Ask a provider command until `ready` holds, as `codeActionsWhen`: a server may still be catching up (no fixed sleep). */
export async function until<T>(ask: () => Thenable<T>, ready: (v: T) => boolean, what: string, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T;
  do {
    last = await ask();
    if (ready(last)) return last;
    await new Promise<void>((r) => setImmediate(r));
  } while (Date.now() < deadline);
  assert.fail(`${what}: last answer ${JSON.stringify(last)}`);
}
