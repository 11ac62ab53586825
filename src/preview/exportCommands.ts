/**
 * "Export Answer as HTML" and "Export Diagram as SVG". The SVGs come from the
 * preview's webview (drawn in the light theme for export); files are written
 * only where the save dialog says, and that dialog confirms any replacement.
 */
import * as vscode from 'vscode';
import type { DiagramSvg } from '../shared/messages';
import { exportHtml } from './exportHtml';
import type { MlsdPreviewManager } from './manager';
import { previewSettings, type MlsdPreview } from './preview';
import { heavy } from '../extension/lazy';

/** Wait until `preview` has drawn its current page at least once. */
function whenDrawn(manager: MlsdPreviewManager, preview: MlsdPreview, timeoutMs = 30000): Promise<void> {
  if (preview.lastRendered) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (sub.dispose(), reject(new Error('the preview did not finish drawing'))), timeoutMs);
    const sub = manager.onDidRender(({ preview: p }) => {
      if (p !== preview) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** The SVGs of `doc`'s diagrams, opening a preview beside the editor if none is open. */
async function diagramSvgs(manager: MlsdPreviewManager, doc: vscode.TextDocument): Promise<DiagramSvg[]> {
  const preview = manager.previewFor(doc.uri) ?? manager.open(doc.uri, true);
  await preview.refresh(false);
  await whenDrawn(manager, preview);
  return preview.requestSvgs();
}

function baseName(uri: vscode.Uri): string {
  return (uri.path.split('/').pop() ?? 'answer').replace(/\.mlsd\.md$|\.md$/i, '');
}

async function save(target: vscode.Uri, content: string, what: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(`MLSD: ${what} exported to ${vscode.workspace.asRelativePath(target)}.`);
}

export async function exportAnswerHtml(manager: MlsdPreviewManager, doc: vscode.TextDocument): Promise<void> {
  const text = doc.getText();
  const { allowRemoteImages } = previewSettings(doc.uri);
  const rendered = heavy().renderAnswer(text, { allowRemoteImages });
  let svgs: DiagramSvg[] = [];
  try {
    if (rendered.diagrams.length) svgs = await diagramSvgs(manager, doc);
  } catch (e) {
    const go = await vscode.window.showWarningMessage(
      `MLSD: the diagrams could not be drawn for export (${e instanceof Error ? e.message : e}). Export with diagram sources instead?`,
      'Export',
    );
    if (go !== 'Export') return;
  }
  const defaultUri = vscode.Uri.joinPath(doc.uri, '..', `${baseName(doc.uri)}.html`);
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html'] }, saveLabel: 'Export', title: 'Export Answer as HTML' });
  if (!target) return;
  const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(manager.extensionUri, 'media', 'preview.css')));
  const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? baseName(doc.uri);
  await save(target, exportHtml({ title, body: rendered.html, css, svgs, allowRemoteImages }), 'Answer');
}

export async function exportDiagramSvg(manager: MlsdPreviewManager, doc: vscode.TextDocument): Promise<void> {
  const rendered = heavy().renderAnswer(doc.getText());
  if (!rendered.diagrams.length) {
    void vscode.window.showInformationMessage('MLSD: this answer has no Mermaid diagrams to export.');
    return;
  }
  let svgs: DiagramSvg[];
  try {
    svgs = await diagramSvgs(manager, doc);
  } catch (e) {
    void vscode.window.showErrorMessage(`MLSD: the diagrams could not be drawn (${e instanceof Error ? e.message : e}).`);
    return;
  }
  if (!svgs.length) {
    void vscode.window.showErrorMessage('MLSD: no diagram could be drawn; fix the Mermaid errors shown in the Problems panel first.');
    return;
  }
  let chosen = svgs[0]!;
  if (svgs.length > 1) {
    const items = svgs.map((d, i) => {
      const src = rendered.diagrams.find((x) => x.hash === d.hash)?.source ?? '';
      const first = src.split('\n').find((l) => l.trim()) ?? '';
      return { label: `Diagram ${i + 1}`, description: `line ${d.line + 1}`, detail: first.trim(), d, i };
    });
    const pick = await vscode.window.showQuickPick(items, { title: 'Export Diagram as SVG', placeHolder: 'Which diagram?' });
    if (!pick) return;
    chosen = pick.d;
  }
  const n = svgs.indexOf(chosen) + 1;
  const defaultUri = vscode.Uri.joinPath(doc.uri, '..', `${baseName(doc.uri)}-diagram-${n}.svg`);
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { SVG: ['svg'] }, saveLabel: 'Export', title: 'Export Diagram as SVG' });
  if (!target) return;
  await save(target, `<?xml version="1.0" encoding="UTF-8"?>\n${chosen.svg}\n`, 'Diagram');
}
