/**
 * Past practice sessions, kept with the answers: each answer saved to disk gets
 * a `<name>.practice.json` beside it (its sessions, appended), and the summary
 * compares with every recorded session of the same case in the workspace.
 * Untitled answers have nowhere to keep a record; their summary says so.
 */
import * as vscode from 'vscode';
import type { PracticeRecord } from '../../core/authoring/practiceRecord';
import { heavy } from '../lazy';

/** `<dir>/<name>.practice.json` for `<dir>/<name>.mlsd.md` (or any other name). */
export function recordUri(answer: vscode.Uri): vscode.Uri {
  const name = answer.path.split('/').pop() ?? 'answer';
  const stem = name.replace(/\.mlsd\.md$|\.md$/i, '');
  return vscode.Uri.joinPath(answer, '..', `${stem}.practice.json`);
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
