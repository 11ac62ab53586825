/**
 * `mlsd.checkWorkspace`: check every `*.mlsd.md` in the workspace, with a
 * cancellable progress notification; results go to the Problems panel, for
 * files that are not open too. Unopened files are read, never opened as
 * documents (that would fire the editor features for each of them). The
 * language server checks each text (`mlsd/checkText`) and publishes its
 * diagnostics; open answers it checks anyway.
 */
import * as vscode from 'vscode';
import { CHECK_TEXT_REQUEST, type CheckTextParams, type CheckTextResult } from '../../server/protocol';
import { isAnswer } from '../answers';
import type { MlsdLanguageServer } from '../languageServer';
import type { MlsdCommand } from './index';

/** What a workspace check found (also returned to callers such as tests). */
export interface MlsdWorkspaceSummary {
  readonly files: number;
  readonly checked: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly averageScore?: number;
  readonly cancelled: boolean;
}

export class MlsdCheckWorkspaceCommand implements MlsdCommand {
  readonly id = 'mlsd.checkWorkspace';

  constructor(private readonly _server: MlsdLanguageServer) {}

  async execute(): Promise<MlsdWorkspaceSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('MLSD: open a folder to check all the answers in it.');
      return undefined;
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'MLSD: checking answers', cancellable: true },
      (progress, token) => this._run(progress, token),
    );
    void this._report(summary);
    return summary;
  }

  private async _run(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<MlsdWorkspaceSummary> {
    const found = await vscode.workspace.findFiles('**/*.mlsd.md', undefined, undefined, token);
    const files = found.filter((u) => !/[\\/]node_modules[\\/]/.test(u.path)).sort((a, b) => a.path.localeCompare(b.path));
    const open = new Map(vscode.workspace.textDocuments.filter(isAnswer).map((d) => [d.uri.toString(), d]));
    let checked = 0, skipped = 0, errors = 0, warnings = 0, infos = 0, scoreSum = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const result = await this._checkOne(uri, open.get(uri.toString()));
      if (!result?.checked) {
        skipped++;
      } else {
        checked++;
        scoreSum += result.overall ?? 0;
        errors += result.errors;
        warnings += result.warnings;
        infos += result.infos;
      }
    }
    return {
      files: files.length,
      checked,
      skipped,
      errors,
      warnings,
      infos,
      averageScore: checked ? Math.round(scoreSum / checked) : undefined,
      cancelled: token.isCancellationRequested,
    };
  }

  /** Check one file (the open document's text when open); undefined when it could not be read. */
  private async _checkOne(uri: vscode.Uri, doc: vscode.TextDocument | undefined): Promise<CheckTextResult | undefined> {
    let text: string;
    try {
      text = doc ? doc.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    return this._server.request<CheckTextResult>(CHECK_TEXT_REQUEST, { uri: uri.toString(), text } satisfies CheckTextParams);
  }

  private async _report(s: MlsdWorkspaceSummary): Promise<void> {
    if (s.files === 0) {
      void vscode.window.showInformationMessage('MLSD: no answers (*.mlsd.md) in this workspace. Create one with "MLSD: New Answer…".');
      return;
    }
    const parts = [`${s.checked} of ${s.files} answer${s.files === 1 ? '' : 's'} checked`];
    if (s.cancelled) parts[0] += ' (cancelled)';
    parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info`);
    if (s.averageScore !== undefined) parts.push(`average score ${s.averageScore}%`);
    if (s.skipped) parts.push(`${s.skipped} skipped (too large or unreadable; see Problems)`);
    const pick = await vscode.window.showInformationMessage(`MLSD: ${parts.join('; ')}.`, 'Show Problems');
    if (pick) await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}
