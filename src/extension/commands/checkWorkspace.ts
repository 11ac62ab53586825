/**
 * `mlsd.checkWorkspace`: check every `*.mlsd.md` in the workspace, with a
 * cancellable progress notification; results go to the Problems panel, for
 * files that are not open too. Unopened files are read, never opened as
 * documents (that would fire the editor features for each of them).
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../../core/index';
import { isCheckable, type MlsdDiagnostics } from '../diagnostics';
import type { MlsdServices } from '../extension';
import type { MlsdCommand } from './index';
import { heavy } from '../lazy';

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

  constructor(
    private readonly _s: MlsdServices,
    private readonly _diagnostics: MlsdDiagnostics,
  ) {}

  async execute(): Promise<MlsdWorkspaceSummary | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('MLSD: open a folder to check all the answers in it.');
      return undefined;
    }
    await this._s.config.ready;
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
    const open = new Map(vscode.workspace.textDocuments.filter(isCheckable).map((d) => [d.uri.toString(), d]));
    let checked = 0, skipped = 0, errors = 0, warnings = 0, infos = 0, scoreSum = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const result = await this._checkOne(uri, open.get(uri.toString()));
      if (!result) {
        skipped++;
      } else {
        checked++;
        scoreSum += result.coverage.overall;
        for (const f of result.findings) f.severity === 'error' ? errors++ : f.severity === 'warning' ? warnings++ : infos++;
      }
      // Let the extension host breathe (typing, other extensions) between files.
      await new Promise((r) => setTimeout(r, 0));
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

  /** Check one file (the open document's text when open); undefined when it was skipped. */
  private async _checkOne(uri: vscode.Uri, doc: vscode.TextDocument | undefined): Promise<CheckResult | undefined> {
    if (doc) {
      const c = this._s.answers.get(doc);
      this._diagnostics.publishChecked(c);
      return c.result;
    }
    const options = this._s.config.optionsFor(uri);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this._diagnostics.publish(uri, { skipped: `MLSD: could not read this answer (${(e as Error).message}).` });
      return undefined;
    }
    if (options.maxBytes !== undefined && text.length > options.maxBytes) {
      // Same limit as in the editor: checking many MB here would freeze the extension host.
      const mb = (text.length / 1024 / 1024).toFixed(1);
      const kb = (options.maxBytes / 1024).toFixed(0);
      this._diagnostics.publish(uri, {
        skipped: `MLSD: this answer is ${mb} MB, over the ${kb} KB limit (setting mlsd.maxFileSizeKB), so it was not checked. Run "mlsd check" from a terminal to check it.`,
      });
      return undefined;
    }
    const result = heavy().check(text, options);
    this._diagnostics.publish(uri, { result });
    return result;
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
