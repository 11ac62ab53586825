/**
 * Owns every preview panel: creates them from commands, revives them after a
 * window reload (it is the `WebviewPanelSerializer` that `preview/index.ts`
 * registers at activation), makes the unlocked preview follow
 * the active answer, and relays editor scrolling to the previews.
 */
import * as vscode from 'vscode';
import { isAnswer, type MlsdAnswers } from '../extension/answers';
import type { FromWebview, PreviewState } from '../shared/messages';
import { errorHtml } from './html';
import { MlsdPreview, PREVIEW_VIEW_TYPE, previewWebviewOptions, type MlsdPreviewHost } from './preview';

/** workspaceState key: the user clicked "Load remote images" in a preview of this workspace. */
const REMOTE_KEY = 'mlsd.preview.remoteImagesAllowed';

export class MlsdPreviewManager implements vscode.WebviewPanelSerializer<PreviewState>, MlsdPreviewHost, vscode.Disposable {
  private readonly _previews = new Set<MlsdPreview>();
  private readonly _subs: vscode.Disposable[] = [];
  private readonly _onDidRender = new vscode.EventEmitter<{ preview: MlsdPreview; info: FromWebview.Rendered }>();
  /** Fires when a webview finished drawing (tests wait on it). */
  readonly onDidRender = this._onDidRender.event;

  constructor(
    readonly extensionUri: vscode.Uri,
    readonly answers: MlsdAnswers,
    private readonly _workspaceState?: vscode.Memento,
  ) {
    this._subs.push(
      // Trust granted: remote images the user allowed may now load.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this._settingsChanged()),
      this._onDidRender,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (!isAnswer(e?.document)) return;
        for (const p of this._previews) if (!p.locked) p.setResource(e.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this._onEditorScroll(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlsd.preview')) this._settingsChanged();
      }),
    );
  }

  get previews(): readonly MlsdPreview[] {
    return [...this._previews];
  }

  /** The preview showing `uri`, preferring the active one. */
  previewFor(uri: vscode.Uri): MlsdPreview | undefined {
    const all = this.previews.filter((p) => p.resource.toString() === uri.toString());
    return all.find((p) => p.panel.active) ?? all[0];
  }

  activePreview(): MlsdPreview | undefined {
    return this.previews.find((p) => p.panel.active);
  }

  /** Open (or reveal and retarget) the unlocked preview for `resource`. */
  open(resource: vscode.Uri, toSide: boolean): MlsdPreview {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = this.previews.find((p) => p.resource.toString() === resource.toString()) ?? this.previews.find((p) => !p.locked);
    if (existing) {
      existing.setResource(resource);
      existing.panel.reveal(toSide ? existing.panel.viewColumn : column, toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: toSide },
      { ...previewWebviewOptions(this.extensionUri), enableFindWidget: true },
    );
    return this._track(new MlsdPreview(panel, this, resource, false));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    panel.webview.options = previewWebviewOptions(this.extensionUri);
    try {
      if (!state || typeof state.resource !== 'string') throw new Error('no saved state');
      const resource = vscode.Uri.parse(state.resource, true);
      await vscode.workspace.fs.stat(resource);
      const p = this._track(new MlsdPreview(panel, this, resource, state.locked === true));
      p.line = typeof state.line === 'number' ? state.line : undefined;
    } catch (e) {
      panel.webview.options = { enableScripts: false };
      panel.webview.html = errorHtml(
        `This MLSD preview could not be restored (${e instanceof Error ? e.message : String(e)}). ` +
          'Close it and run "MLSD: Open Preview" on the answer.',
      );
    }
  }

  get remoteImagesAllowed(): boolean {
    return this._remoteAllowed || this._workspaceState?.get<boolean>(REMOTE_KEY) === true;
  }

  allowRemoteImages(): void {
    this._remoteAllowed = true;
    void this._workspaceState?.update(REMOTE_KEY, true);
    this._settingsChanged();
  }

  private _remoteAllowed = false;

  private _settingsChanged(): void {
    for (const p of this._previews) p.postSettings();
  }

  onRendered(preview: MlsdPreview, info: FromWebview.Rendered): void {
    this._onDidRender.fire({ preview, info });
  }

  onDisposed(preview: MlsdPreview): void {
    this._previews.delete(preview);
  }

  private _track(p: MlsdPreview): MlsdPreview {
    this._previews.add(p);
    return p;
  }

  private _onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    const top = e.visibleRanges[0]?.start.line;
    if (top === undefined) return;
    for (const p of this._previews) {
      if (p.resource.toString() !== e.textEditor.document.uri.toString()) continue;
      // Our own reveal (preview -> editor) comes back here: do not echo it.
      if (p.revealedLine !== undefined && Math.abs(p.revealedLine - top) <= 1) {
        p.revealedLine = undefined;
        continue;
      }
      p.revealedLine = undefined;
      if (!vscode.workspace.getConfiguration('mlsd.preview', p.resource).get<boolean>('scrollSync', true)) continue;
      p.line = top;
      p.scrollTo(top);
    }
  }

  dispose(): void {
    for (const p of this.previews) p.dispose();
    for (const s of this._subs) s.dispose();
  }
}
