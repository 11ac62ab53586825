/**
 * The editing experience for answers: diagnostics, code actions, outline and
 * folding, hover, status bar, checklist view, rule docs and commands. Each
 * part is a Disposable; constructing them does no checking (that waits for the
 * first event or for the `.mlsdrc.json` files), so activation stays fast.
 */
import * as vscode from 'vscode';
import { MLSD_LANGUAGE } from './answers';
import { MlsdActiveAnswer } from './activeAnswer';
import { MlsdChecklist } from './checklist';
import { MlsdCodeActions } from './codeActions';
import { MlsdCheckWorkspaceCommand } from './commands/checkWorkspace';
import { MlsdFixAllCommand } from './commands/fixAll';
import { MlsdCommandManager } from './commands/index';
import { MlsdRevealRangeCommand } from './commands/reveal';
import { MlsdSetLevelCommand } from './commands/setLevel';
import { MlsdShowChecklistCommand } from './commands/showChecklist';
import { MlsdShowRuleDocsCommand } from './commands/showRuleDocs';
import { MlsdDiagnostics } from './diagnostics';
import type { MlsdServices } from './extension';
import { MlsdHover } from './hover';
import { MlsdOutline } from './outline';
import { DOCS_SCHEME, MlsdRuleDocsProvider } from './ruleDocs';
import { MlsdStatusBar } from './statusBar';

/** The registered editor features; a Disposable that also answers the test API's questions. */
export interface MlsdEditorFeatures extends vscode.Disposable {
  readonly diagnostics: MlsdDiagnostics;
  readonly statusBar: MlsdStatusBar;
  readonly checklist: MlsdChecklist;
}

/** Answers in any scheme (file, untitled, remote, virtual). */
const SELECTOR: vscode.DocumentSelector = { language: MLSD_LANGUAGE };

export function registerEditorFeatures(s: MlsdServices): MlsdEditorFeatures {
  const active = new MlsdActiveAnswer();
  const diagnostics = new MlsdDiagnostics(s);
  const actions = new MlsdCodeActions(s, diagnostics);
  const outline = new MlsdOutline(s.answers);
  const statusBar = new MlsdStatusBar(s, active);
  const checklist = new MlsdChecklist(s, active);
  const commands = new MlsdCommandManager();
  commands.register(new MlsdRevealRangeCommand());
  commands.register(new MlsdShowChecklistCommand(active));
  commands.register(new MlsdFixAllCommand(actions));
  commands.register(new MlsdSetLevelCommand(s));
  commands.register(new MlsdShowRuleDocsCommand());
  commands.register(new MlsdCheckWorkspaceCommand(s, diagnostics));
  const all = vscode.Disposable.from(
    active,
    diagnostics,
    statusBar,
    checklist,
    commands,
    vscode.languages.registerCodeActionsProvider(SELECTOR, actions, MlsdCodeActions.metadata()),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, outline, { label: 'MLSD' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, outline),
    vscode.languages.registerHoverProvider(SELECTOR, new MlsdHover(s.answers)),
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, new MlsdRuleDocsProvider()),
  );
  return { diagnostics, statusBar, checklist, dispose: () => all.dispose() };
}
