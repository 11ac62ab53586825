/**
 * The live preview: registers the panel serializer, the preview and export
 * commands, and an internal command the VS Code tests use to wait for a
 * rendered preview. The preview itself (manager, panels, export) lives in
 * `ui.ts` and is created on first use, so activation does not load it.
 */
import * as vscode from 'vscode';
import { isAnswer } from '../extension/answers';
import type { MlsdServices } from '../extension/extension';
import type { FromWebview } from '../shared/messages';
import { ui } from '../extension/lazyUi';
import type { MlsdPreviewManager } from './manager';
import { PREVIEW_VIEW_TYPE } from './viewType';

/** The answer a command acts on: its argument, the active answer, or the active preview's. */
async function targetDocument(manager: MlsdPreviewManager | undefined, arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor;
  if (isAnswer(editor?.document)) return editor.document;
  const p = manager?.activePreview();
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
  let manager: MlsdPreviewManager | undefined;
  const get = (): MlsdPreviewManager => (manager ??= new (ui().MlsdPreviewManager)(s.context.extensionUri, s.answers, s.context.workspaceState));
  const open = (toSide: boolean) => async (arg?: unknown) => {
    const doc = await targetDocument(manager, arg);
    if (doc) get().open(doc.uri, toSide);
  };
  const withDoc = (fn: (m: MlsdPreviewManager, doc: vscode.TextDocument) => Promise<void>) => async (arg?: unknown) => {
    const doc = await targetDocument(manager, arg);
    if (doc) await fn(get(), doc);
  };
  return vscode.Disposable.from(
    { dispose: () => manager?.dispose() },
    // Registered during activation, as VS Code requires, to revive previews after a reload.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => get().deserializeWebviewPanel(panel, state as Parameters<MlsdPreviewManager['deserializeWebviewPanel']>[1]),
    }),
    vscode.commands.registerCommand('mlsd.preview.open', open(false)),
    vscode.commands.registerCommand('mlsd.preview.openToSide', open(true)),
    vscode.commands.registerCommand('mlsd.preview.toggleLock', () => {
      const p = manager?.activePreview() ?? manager?.previews[0];
      if (p) p.toggleLock();
      else void vscode.window.showInformationMessage('MLSD: no preview is open.');
    }),
    vscode.commands.registerCommand('mlsd.export.html', withDoc((m, d) => ui().exportAnswerHtml(m, d))),
    vscode.commands.registerCommand('mlsd.export.svg', withDoc((m, d) => ui().exportDiagramSvg(m, d))),
    // Internal, for tests: wait until the preview of `uri` reports its diagrams drawn.
    vscode.commands.registerCommand('_mlsd.preview.whenRendered', (uri: string, minSvgs = 0) => whenRendered(get(), String(uri), Number(minSvgs))),
    vscode.commands.registerCommand('_mlsd.preview.state', () =>
      (manager?.previews ?? []).map((p) => ({ ...p.state(), rendered: p.lastRendered, title: p.panel.title })),
    ),
  );
}
