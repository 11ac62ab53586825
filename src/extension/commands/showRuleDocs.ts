/** `mlsd.showRuleDocs`: pick a rule (or pass its id) and read its docs offline in the Markdown preview. */
import * as vscode from 'vscode';
import type { Rule } from '../../core/index';
import { ruleDocsUri } from '../ruleDocs';
import type { MlsdCommand } from './index';
import { heavy } from '../lazy';

export class MlsdShowRuleDocsCommand implements MlsdCommand {
  readonly id = 'mlsd.showRuleDocs';

  async execute(ruleKey?: unknown): Promise<vscode.Uri | undefined> {
    let rule: Rule | undefined = typeof ruleKey === 'string' ? heavy().ruleByKey(ruleKey) : undefined;
    if (!rule) {
      const item = await vscode.window.showQuickPick(
        heavy().RULES.map((r) => ({ label: r.id, description: r.name, detail: r.description, rule: r })),
        { title: 'MLSD: Show Rule Docs', placeHolder: 'Rule to read about', matchOnDescription: true, matchOnDetail: true },
      );
      rule = item?.rule;
    }
    if (!rule) return undefined;
    const uri = ruleDocsUri(rule.id);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // Markdown preview disabled: the read-only source reads fine too.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
    return uri;
  }
}
