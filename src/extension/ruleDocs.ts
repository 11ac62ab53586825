/**
 * Read-only rule docs, offline: a `mlsd-docs:` document per rule, generated
 * from the rule registry and shown in VS Code's Markdown preview.
 */
import * as vscode from 'vscode';
import { ruleDocsMarkdown } from './ruleDocsMarkdown';
import { heavy } from './lazy';

export const DOCS_SCHEME = 'mlsd-docs';

/** The URI of a rule's docs page, e.g. `mlsd-docs:/MLSD001.md`. */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCS_SCHEME, path: `/${ruleId}.md` });
}

export class MlsdRuleDocsProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const rule = heavy().ruleByKey(id);
    return rule ? ruleDocsMarkdown(rule) : `# Unknown rule ${id}\n\nRun "MLSD: Show Rule Docs" to pick a rule.\n`;
  }
}
