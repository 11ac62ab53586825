/**
 * Past practice sessions, kept with the answers: each answer saved to disk gets
 * a `<name>.practice.json` beside it (its sessions, appended) and a
 * `<name>.practice.md` (the rendered summary of its latest session, which
 * VS Code's Markdown preview reopens after a reload like any file), and the
 * summary compares with every recorded session of the same case in the
 * workspace. Untitled answers have nowhere to keep either; their summary says so.
 */
import * as vscode from 'vscode';
import type { PracticeRecord } from '../../core/authoring/practiceRecord';
import { heavy } from '../lazy';

/** `<dir>/<name>.practice.json` for `<dir>/<name>.mlsd.md` (or any other name). */
export function recordUri(answer: vscode.Uri): vscode.Uri {
  return besideAnswer(answer, 'practice.json');
}

/** `<dir>/<name>.practice.md`: the summary of the answer's latest session. */
export function summaryFileUri(answer: vscode.Uri): vscode.Uri {
  return besideAnswer(answer, 'practice.md');
}

function besideAnswer(answer: vscode.Uri, ext: string): vscode.Uri {
  const name = answer.path.split('/').pop() ?? 'answer';
  const stem = name.replace(/\.mlsd\.md$|\.md$/i, '');
  return vscode.Uri.joinPath(answer, '..', `${stem}.${ext}`);
}

/** Write the summary beside the answer; its uri, or undefined for an untitled answer or when it cannot be written. */
export async function saveSummary(answer: vscode.Uri, markdown: string): Promise<vscode.Uri | undefined> {
  if (answer.scheme === 'untitled') return undefined;
  const uri = summaryFileUri(answer);
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(markdown));
    return uri;
  } catch {
    return undefined;
  }
}

/** Does `uri` exist? */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function readRecords(uri: vscode.Uri): Promise<PracticeRecord[]> {
  try {
    return heavy().parseRecords(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return []; // none yet
  }
}

/** Append a session to the answer's record file; false (with the reason logged by the caller) when it cannot be written. */
export async function saveRecord(answer: vscode.Uri, record: PracticeRecord): Promise<boolean> {
  if (answer.scheme === 'untitled') return false;
  const uri = recordUri(answer);
  const records = [...(await readRecords(uri)), record];
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(heavy().serializeRecords(records)));
    return true;
  } catch {
    return false;
  }
}

/** Recorded sessions of `caseId` in the workspace, oldest first (at most 200 record files are read). */
export async function previousSessions(caseId: string | undefined): Promise<PracticeRecord[]> {
  if (!caseId || !vscode.workspace.workspaceFolders?.length) return [];
  const files = await vscode.workspace.findFiles('**/*.practice.json', '**/node_modules/**', 200);
  const all = (await Promise.all(files.map(readRecords))).flat();
  return all.filter((r) => r.caseId === caseId).sort((a, b) => a.endedAt - b.endedAt);
}

/** The kept summaries of the workspace (at most 200), newest first. */
export async function keptSummaries(): Promise<{ uri: vscode.Uri; mtime: number }[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const files = await vscode.workspace.findFiles('**/*.practice.md', '**/node_modules/**', 200);
  const stats = await Promise.all(files.map(async (uri) => ({ uri, mtime: (await vscode.workspace.fs.stat(uri).then(undefined, () => undefined))?.mtime ?? 0 })));
  return stats.sort((a, b) => b.mtime - a.mtime);
}
