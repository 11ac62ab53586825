/**
 * `mlsd.setLevel`: pick mid / senior / staff and write the `mlsd.level`
 * setting (workspace when a folder is open, else user), then say whether the
 * active answer's front matter or a `.mlsdrc.json` still decides its level.
 */
import * as vscode from 'vscode';
import { LEVELS, type Level } from '../../core/framework/types';
import { isAnswer } from '../answers';
import type { MlsdServices } from '../extension';
import type { MlsdCommand } from './index';

const LEVEL_INFO: Record<Level, string> = {
  mid: 'Mid level (L4): core points only',
  senior: 'Senior (L5): core and senior points — trade-offs, A/B design, drift and retraining',
  staff: 'Staff+ (L6+): everything, including feedback loops, cost, risks and marketplace effects',
};

export class MlsdSetLevelCommand implements MlsdCommand {
  readonly id = 'mlsd.setLevel';

  constructor(private readonly _s: MlsdServices) {}

  /** `level` may be passed directly (tests, keybindings); otherwise a quick pick asks. */
  async execute(level?: unknown): Promise<Level | undefined> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && isAnswer(editor.document) ? editor.document : undefined;
    const current = this._s.config.settings.get('level', doc?.uri);
    let picked: Level | undefined = typeof level === 'string' && (LEVELS as readonly string[]).includes(level) ? (level as Level) : undefined;
    if (!picked) {
      const item = await vscode.window.showQuickPick(
        LEVELS.map((l) => ({ label: l, description: l === current ? '(current setting)' : undefined, detail: LEVEL_INFO[l], level: l })),
        { title: 'MLSD: Set Level', placeHolder: 'Level the answers are judged at' },
      );
      picked = item?.level;
    }
    if (!picked) return undefined;
    const hasFolder = !!vscode.workspace.workspaceFolders?.length;
    const target = hasFolder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('mlsd').update('level', picked, target);
    void vscode.window.showInformationMessage(this._explain(picked, hasFolder, doc));
    return picked;
  }

  /** Says where the setting went and whether something stronger still decides the active answer's level. */
  private _explain(level: Level, workspace: boolean, doc: vscode.TextDocument | undefined): string {
    const where = workspace ? 'workspace settings' : 'user settings';
    let msg = `MLSD: level set to ${level} in the ${where}.`;
    if (doc) {
      // Front matter and .mlsdrc.json win whatever the setting: the last result still says which decides.
      const score = this._s.answers.latest(doc.uri)?.score;
      const source = score?.levelSource;
      const effective = score?.level;
      if (source === 'front matter' || source === '.mlsdrc.json') {
        msg += ` This answer is still judged at ${effective}: its ${source === 'front matter' ? 'front matter (level:)' : '.mlsdrc.json'} wins over the setting.`;
      }
    } else {
      msg += ' An answer\'s front matter (level:) and a .mlsdrc.json take precedence over it.';
    }
    return msg;
  }
}
