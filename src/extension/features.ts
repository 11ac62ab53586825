/**
 * The editor features that stay on the extension host: the status bar and the
 * checklist view (fed by the language server's `mlsd/result`), rule docs and
 * commands. Diagnostics, code actions, hover, outline, folding and completion
 * come from the language server (`src/server/`).
 */
import * as vscode from 'vscode';
import { MlsdActiveAnswer } from './activeAnswer';
import { MlsdChecklist } from './checklist';
import { MlsdCheckWorkspaceCommand } from './commands/checkWorkspace';
import { MlsdFixAllCommand } from './commands/fixAll';
import { MlsdCommandManager } from './commands/index';
import { MlsdRevealRangeCommand } from './commands/reveal';
import { MlsdSetLevelCommand } from './commands/setLevel';
import { MlsdShowChecklistCommand } from './commands/showChecklist';
import { MlsdShowRuleDocsCommand } from './commands/showRuleDocs';
import type { MlsdServices } from './extension';
import type { MlsdLanguageServer } from './languageServer';
import { DOCS_SCHEME, MlsdRuleDocsProvider } from './ruleDocs';
import { MlsdStatusBar } from './statusBar';

/** The registered editor features; a Disposable that also answers the test API's questions. */
export interface MlsdEditorFeatures extends vscode.Disposable {
  readonly statusBar: MlsdStatusBar;
  readonly checklist: MlsdChecklist;
}

export function registerEditorFeatures(s: MlsdServices, server: MlsdLanguageServer): MlsdEditorFeatures {
  const active = new MlsdActiveAnswer();
  const statusBar = new MlsdStatusBar(s, active);
  const checklist = new MlsdChecklist(s, active);
  const commands = new MlsdCommandManager();
  commands.register(new MlsdRevealRangeCommand());
  commands.register(new MlsdShowChecklistCommand(active));
  commands.register(new MlsdFixAllCommand());
  commands.register(new MlsdSetLevelCommand(s));
  commands.register(new MlsdShowRuleDocsCommand(server));
  commands.register(new MlsdCheckWorkspaceCommand(server));
  const all = vscode.Disposable.from(
    active,
    statusBar,
    checklist,
    commands,
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, new MlsdRuleDocsProvider(server)),
  );
  return { statusBar, checklist, dispose: () => all.dispose() };
}
