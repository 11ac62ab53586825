/**
 * "MLSD: Start Practice Session…": pick a case (or a random one) and a level,
 * get a fresh answer from the case's template with the prompt at the top, and
 * the timer starts on it. The answer is a new file in the workspace folder
 * (`practice-<case>-<date>.mlsd.md`, numbered when that name is taken: an
 * existing file is never touched), or an untitled document without a folder.
 */
import * as vscode from 'vscode';
import type { Level } from '../../core/index';
import { LEVELS } from '../../core/framework/types';
import { freeName } from '../../core/authoring/mdLinks';
import { MLSD_LANGUAGE } from '../answers';
import type { MlsdPracticeController, PracticeSnapshot } from './practice';
import { pickOne } from './quickPick';
import { heavy } from '../lazy';

/** Arguments of `_mlsd.practice.new` (no quick picks). */
export interface PracticeCaseArgs {
  /** A case id, or `random`. */
  readonly caseId: string;
  readonly level: Level;
}

export interface PracticeStarted {
  readonly uri: vscode.Uri;
  readonly caseId: string;
  readonly session: PracticeSnapshot;
}

export class MlsdPracticeSetup implements vscode.Disposable {
  private readonly _onDidShowPick = new vscode.EventEmitter<string>();
  /** Fires with the pick's title each time one of the flow's quick picks is shown. */
  readonly onDidShowPick = this._onDidShowPick.event;

  constructor(private readonly _practice: () => MlsdPracticeController) {}

  /** The interactive flow; undefined when cancelled. */
  async run(): Promise<PracticeStarted | undefined> {
    const show = (t: string) => this._onDidShowPick.fire(t);
    const random = { label: '$(question) Random case', detail: 'A case you do not choose, as in an interview.', id: 'random' };
    const sep = { label: '', kind: vscode.QuickPickItemKind.Separator, id: '' };
    const cases = heavy().CASES.map((c) => ({ label: c.title, description: c.kinds.join(', '), detail: c.prompt, id: c.id }));
    const picked = await pickOne(
      { title: 'Practice (1/2): case', placeholder: 'The interview question to practise', items: [random, sep, ...cases], matchOnDetail: true },
      show,
    );
    if (!picked) return undefined;
    const configured = vscode.workspace.getConfiguration('mlsd').get<string>('level', 'senior');
    const levels = LEVELS.map((l) => ({ label: l, level: l }));
    const level = await pickOne(
      { title: 'Practice (2/2): level', placeholder: 'The level you are practising for', items: levels, active: levels.find((i) => i.level === configured) },
      show,
    );
    if (!level) return undefined;
    return this.create({ caseId: picked.id, level: level.level });
  }

  /** Create the answer and start the session on it, without the picks. */
  async create(args: PracticeCaseArgs): Promise<PracticeStarted | undefined> {
    const all = heavy().CASES;
    const c = args?.caseId === 'random' ? all[Math.floor(Math.random() * all.length)] : heavy().caseById(String(args?.caseId));
    const level = (LEVELS as readonly string[]).includes(args?.level) ? args.level : undefined;
    if (!c || !level) {
      void vscode.window.showErrorMessage(`MLSD: no practice for case "${args?.caseId}" at level "${args?.level}". Pick a case from the list, or "random", and a level of mid, senior or staff.`);
      return undefined;
    }
    const content = heavy().templateFor(c.id, level)!;
    const doc = await this._newDocument(c.id, content);
    const editor = await vscode.window.showTextDocument(doc);
    // Start writing in the first step, under its guiding comment.
    const first = content.split('\n').findIndex((l) => /^##\s+1\./.test(l));
    if (first >= 0) editor.selection = new vscode.Selection(first + 2, 0, first + 2, 0);
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
    const session = await this._practice().startOn(editor, c.prompt);
    return session && { uri: doc.uri, caseId: c.id, session };
  }

  /** A new file under a free name in the first workspace folder, else an untitled document. */
  private async _newDocument(caseId: string, content: string): Promise<vscode.TextDocument> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return vscode.workspace.openTextDocument({ language: MLSD_LANGUAGE, content });
    const d = new Date();
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    // Numbered before the double extension: practice-…-2026-01-01-1.mlsd.md.
    const exists = (stem: string) =>
      Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, `${stem}.md`))).then(
        () => true,
        () => false,
      );
    const name = await freeName(`practice-${caseId}-${date}.mlsd`, exists);
    if (!name) return vscode.workspace.openTextDocument({ language: MLSD_LANGUAGE, content });
    const uri = vscode.Uri.joinPath(folder, `${name}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    return vscode.workspace.openTextDocument(uri);
  }

  dispose(): void {
    this._onDidShowPick.dispose();
  }
}
