/**
 * Read-only rule docs, offline: a `mlsd-docs:` document per rule, which the
 * language server generates from the rule registry (`mlsd/ruleDocs`), shown in
 * VS Code's Markdown preview.
 */
import * as vscode from 'vscode';
import { RULE_DOCS_REQUEST, type RuleDocsResult } from '../server/protocol';
import type { MlsdLanguageServer } from './languageServer';

export const DOCS_SCHEME = 'mlsd-docs';

/** The URI of a rule's docs page, e.g. `mlsd-docs:/MLSD001.md`. */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${ruleId}.md` });
}

/** The rules in brief, and the page of the rule `key` names (id or name), from the server. */
export function ruleDocs(server: MlsdLanguageServer, key?: string): Promise<RuleDocsResult> {
  return server.request<RuleDocsResult>(RULE_DOCS_REQUEST, { key });
}

export class MlsdRuleDocsProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly _server: MlsdLanguageServer) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const { page } = await ruleDocs(this._server, id);
    return page?.markdown ?? `# Unknown rule ${id}\n\nRun "MLSD: Show Rule Docs" to pick a rule.\n`;
  }
}
