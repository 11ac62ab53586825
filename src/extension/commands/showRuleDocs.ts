/** `mlsd.showRuleDocs`: pick a rule (or pass its id) and read its docs offline in the Markdown preview. */
import * as vscode from 'vscode';
import type { MlsdLanguageServer } from '../languageServer';
import { ruleDocs, ruleDocsUri } from '../ruleDocs';
import type { MlsdCommand } from './index';

export class MlsdShowRuleDocsCommand implements MlsdCommand {
  readonly id = 'mlsd.showRuleDocs';

  constructor(private readonly _server: MlsdLanguageServer) {}

  async execute(ruleKey?: unknown): Promise<vscode.Uri | undefined> {
    const docs = await ruleDocs(this._server, typeof ruleKey === 'string' ? ruleKey : undefined);
    let ruleId = docs.page?.id;
    if (!ruleId) {
      const item = await vscode.window.showQuickPick(
        docs.rules.map((r) => ({ label: r.id, description: r.name, detail: r.description })),
        { title: 'MLSD: Show Rule Docs', placeHolder: 'Rule to read about', matchOnDescription: true, matchOnDetail: true },
      );
      ruleId = item?.label;
    }
    if (!ruleId) return undefined;
    const uri = ruleDocsUri(ruleId);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // Markdown preview disabled: the read-only source reads fine too.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
    return uri;
  }
}
