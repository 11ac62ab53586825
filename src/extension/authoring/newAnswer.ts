/**
 * "MLSD: New Answer…": case study → level → where, then a new answer from the
 * case's template, opened as an untitled `mlsd` document or saved where the
 * user chooses. An existing file is never replaced without an explicit yes.
 */
import * as vscode from 'vscode';
import type { Level } from '../../core/index';
import { LEVELS } from '../../core/framework/types';
import { isAnswer, MLSD_LANGUAGE } from '../answers';
import { pickOne } from './quickPick';
import { heavy } from '../lazy';

/** Arguments of the internal `_mlsd.newAnswer` command (no UI but the overwrite question). */
export interface NewAnswerArgs {
  readonly caseId: string;
  readonly level: Level;
  readonly target: 'untitled' | 'file';
  /** Required for `target: 'file'`. */
  readonly uri?: vscode.Uri | string;
}

const LEVEL_DETAIL: Record<Level, string> = {
  mid: 'Mid level (L4): the core key points of each step.',
  senior: 'Senior (L5): adds trade-offs, A/B design, feature store, drift and retraining.',
  staff: 'Staff+ (L6+): adds stakeholders, cost, risks, feedback loops and marketplace effects.',
};

export class MlsdNewAnswer implements vscode.Disposable {
  private readonly _onDidShowPick = new vscode.EventEmitter<string>();
  /** Fires with the pick's title each time one of the flow's quick picks is shown. */
  readonly onDidShowPick = this._onDidShowPick.event;
  private readonly _subs: vscode.Disposable[];

  /** Its commands (`mlsd.newAnswer`, `_mlsd.newAnswer`) are registered by `authoring/index.ts`. */
  constructor() {
    this._subs = [this._onDidShowPick];
  }

  /** The interactive flow; resolves with the new document's uri, or undefined when cancelled. */
  async run(): Promise<vscode.Uri | undefined> {
    const show = (t: string) => this._onDidShowPick.fire(t);
    const caseItems = heavy().CASES.map((c) => ({ label: c.title, description: c.kinds.join(', '), detail: c.prompt, id: c.id }));
    const blank = { label: 'Blank answer', description: 'no case study', detail: 'The seven steps and their key points, for any question.', id: heavy().BLANK_TEMPLATE_ID };
    const sep = { label: '', kind: vscode.QuickPickItemKind.Separator, id: '' };
    const picked = await pickOne(
      { title: 'New Answer (1/3): case study', placeholder: 'Pick the interview question to practise', items: [...caseItems, sep, blank], matchOnDetail: true },
      show,
    );
    if (!picked) return undefined;

    const configured = vscode.workspace.getConfiguration('mlsd').get<string>('level', 'senior');
    const levelItems = LEVELS.map((l) => ({ label: l, detail: LEVEL_DETAIL[l], level: l }));
    const level = await pickOne(
      { title: 'New Answer (2/3): level', placeholder: 'The level the answer is judged at', items: levelItems, active: levelItems.find((i) => i.level === configured) },
      show,
    );
    if (!level) return undefined;

    const where = await pickOne(
      {
        title: 'New Answer (3/3): where',
        placeholder: 'Open the answer as an untitled document, or save it to a file',
        items: [
          { label: 'Open as untitled', detail: 'Save it later under a name ending in .mlsd.md.', target: 'untitled' as const },
          { label: 'Save to file…', detail: 'Choose where to save it now.', target: 'file' as const },
        ],
      },
      show,
    );
    if (!where) return undefined;

    if (where.target === 'untitled') return this.create({ caseId: picked.id, level: level.level, target: 'untitled' });
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${picked.id}.mlsd.md`;
    const uri = await vscode.window.showSaveDialog({
      title: 'Save the new answer',
      saveLabel: 'Create Answer',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { 'MLSD answers (*.mlsd.md)': ['md'] },
    });
    if (!uri) return undefined;
    return this.create({ caseId: picked.id, level: level.level, target: 'file', uri });
  }

  /** Create the answer without the pickers; resolves with its uri, or undefined when the user declines. */
  async create(args: NewAnswerArgs): Promise<vscode.Uri | undefined> {
    const level = (LEVELS as readonly string[]).includes(args?.level) ? args.level : undefined;
    const content = level ? heavy().templateFor(String(args?.caseId), level) : undefined;
    if (!content || !level) {
      void vscode.window.showErrorMessage(
        `MLSD: cannot create an answer for case "${args?.caseId}" at level "${args?.level}". Use a case id such as ${heavy().CASES[0]!.id} (or "${heavy().BLANK_TEMPLATE_ID}") and a level of mid, senior or staff.`,
      );
      return undefined;
    }
    if (args.target === 'untitled') {
      const doc = await vscode.workspace.openTextDocument({ language: MLSD_LANGUAGE, content });
      await vscode.window.showTextDocument(doc);
      return doc.uri;
    }
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    if (!uri) return undefined;
    if (!(await this._mayWrite(uri))) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    let doc = await vscode.workspace.openTextDocument(uri);
    if (!isAnswer(doc)) {
      // A name without `.mlsd.md` would open as plain Markdown and never be checked
      // (a `*.mlsd.md` the user maps to `markdown` is an answer: it stays so).
      doc = await vscode.languages.setTextDocumentLanguage(doc, MLSD_LANGUAGE);
      void vscode.window.showInformationMessage('MLSD: name the file *.mlsd.md so that it opens as an MLSD answer next time.');
    }
    await vscode.window.showTextDocument(doc);
    return uri;
  }

  /** True when nothing exists at `uri`, or the user explicitly agrees to replace it. */
  private async _mayWrite(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return true; // does not exist
    }
    const name = uri.path.split('/').pop();
    const replace = 'Replace';
    try {
      const answer = await vscode.window.showWarningMessage(
        `${name} already exists. Replace it with a new answer?`,
        { modal: true, detail: 'Its current content will be overwritten. Choose Cancel to keep it.' },
        replace,
      );
      return answer === replace;
    } catch {
      return false; // no dialog could be shown (e.g. under test): never overwrite without a yes
    }
  }

  dispose(): void {
    for (const s of this._subs) s.dispose();
  }
}
