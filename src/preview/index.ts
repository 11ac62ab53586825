/**
 * The live preview: registers the preview manager (and its serializer), the
 * preview and export commands, and an internal command the VS Code tests use
 * to wait for a rendered preview.
 */
import * as vscode from 'vscode';
import { isAnswer } from '../extension/answers';
import type { MlsdServices } from '../extension/extension';
import type { FromWebview } from '../shared/messages';
import { exportAnswerHtml, exportDiagramSvg } from './exportCommands';
import { MlsdPreviewManager } from './manager';

/** The answer a command acts on: its argument, the active answer, or the active preview's. */
async function targetDocument(manager: MlsdPreviewManager, arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor;
  if (isAnswer(editor?.document)) return editor.document;
  const p = manager.activePreview();
  if (p) return vscode.workspace.openTextDocument(p.resource);
  void vscode.window.showInformationMessage('MLSD: open an answer (*.mlsd.md) first.');
  return undefined;
}

/** Resolves with the first `rendered` report for `uri` that has at least `minSvgs` SVGs. */
function whenRendered(manager: MlsdPreviewManager, uri: string, minSvgs: number): Promise<FromWebview.Rendered> {
  const ok = (info: FromWebview.Rendered | undefined) => !!info && info.svgs >= minSvgs;
  const now = manager.previews.find((p) => p.resource.toString() === uri && ok(p.lastRendered));
  if (now) return Promise.resolve(now.lastRendered!);
  return new Promise((resolve) => {
    const sub = manager.onDidRender(({ preview, info }) => {
      if (preview.resource.toString() === uri && ok(info)) {
        sub.dispose();
        resolve(info);
      }
    });
  });
}

export function registerPreview(s: MlsdServices): vscode.Disposable {
  const manager = new MlsdPreviewManager(s.context.extensionUri, s.answers);
  const open = (toSide: boolean) => async (arg?: unknown) => {
    const doc = await targetDocument(manager, arg);
    if (doc) manager.open(doc.uri, toSide);
  };
  const withDoc = (fn: (doc: vscode.TextDocument) => Promise<void>) => async (arg?: unknown) => {
    const doc = await targetDocument(manager, arg);
    if (doc) await fn(doc);
  };
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('mlsd.preview.open', open(false)),
    vscode.commands.registerCommand('mlsd.preview.openToSide', open(true)),
    vscode.commands.registerCommand('mlsd.preview.toggleLock', () => {
      const p = manager.activePreview() ?? manager.previews[0];
      if (p) p.toggleLock();
      else void vscode.window.showInformationMessage('MLSD: no preview is open.');
    }),
    vscode.commands.registerCommand('mlsd.export.html', withDoc((d) => exportAnswerHtml(manager, d))),
    vscode.commands.registerCommand('mlsd.export.svg', withDoc((d) => exportDiagramSvg(manager, d))),
    // Internal, for tests: wait until the preview of `uri` reports its diagrams drawn.
    vscode.commands.registerCommand('_mlsd.preview.whenRendered', (uri: string, minSvgs = 0) => whenRendered(manager, String(uri), Number(minSvgs))),
    vscode.commands.registerCommand('_mlsd.preview.state', () =>
      manager.previews.map((p) => ({ ...p.state(), rendered: p.lastRendered, title: p.panel.title })),
    ),
  );
}
