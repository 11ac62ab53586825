/**
 * One preview panel: renders its answer in the extension host, sets
 * `webview.html` once per answer, then posts incremental updates (debounced,
 * skipped when the document version has not changed) and handles what the
 * webview reports back.
 */
import * as vscode from 'vscode';
import type { MlsdAnswers } from '../extension/answers';
import { isFromWebview, type DiagramSvg, type FromWebview, type PreviewState, type ToWebview } from '../shared/messages';
import { errorHtml, previewHtml } from './html';
import { openPreviewLink } from './links';
import { getNonce } from './nonce';
import { renderStrip, stripModelOf } from './strip';
import { heavy } from '../extension/lazy';

export { PREVIEW_VIEW_TYPE } from './viewType';
const DEBOUNCE_MS = 300;

/** What a preview needs from its manager. */
export interface MlsdPreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly answers: MlsdAnswers;
  /** Did the user click "Load remote images" in a preview of this workspace? */
  readonly remoteImagesAllowed: boolean;
  /** Remember that choice for the workspace and show remote images in every preview. */
  allowRemoteImages(): void;
  onRendered(preview: MlsdPreview, info: FromWebview.Rendered): void;
  onDisposed(preview: MlsdPreview): void;
}

/** Webview options, set on create and again on revive (as the built-in preview does). */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    // Only the preview's own script, Mermaid and CSS; answer folders are not exposed (no local images).
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * The preview's settings for `resource`. Remote images load only in a trusted workspace, and only
 * when the setting or the preview's "Load remote images" (`optedIn`) allows them, like VS Code's
 * Markdown preview; otherwise the page offers the button (or says why it cannot).
 */
export function previewSettings(resource: vscode.Uri, optedIn = false) {
  const c = vscode.workspace.getConfiguration('mlsd.preview', resource);
  const trusted = vscode.workspace.isTrusted;
  const allowRemoteImages = trusted && (c.get<boolean>('allowRemoteImages', false) === true || optedIn);
  return {
    scrollSync: c.get<boolean>('scrollSync', true),
    mermaidTheme: c.get<string>('mermaidTheme', 'auto'),
    allowRemoteImages,
    remoteImagesOffer: allowRemoteImages ? undefined : trusted ? ('allow' as const) : ('restricted' as const),
    diagramBudget: Math.max(0, Math.floor(c.get<number>('diagramBudget', 150) ?? 150)),
  };
}

export class MlsdPreview implements vscode.Disposable {
  private readonly _subs: vscode.Disposable[] = [];
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** Version in the page's HTML, and the last version sent (html or message). */
  private _htmlVersion = -1;
  private _sentVersion = -1;
  private _requestId = 0;
  /** Bumped by every refresh / every full refresh, so a slower, older render never lands after a newer one. */
  private _gen = 0;
  private _fullGen = 0;
  private readonly _pending = new Map<number, (d: DiagramSvg[]) => void>();
  private _disposed = false;
  /** `allowRemoteImages` of the current page (it is part of the CSP, so a change needs a new page). */
  private _remoteImages = false;
  /** Line we revealed in the editor for the preview; its echo is not sent back. */
  revealedLine: number | undefined;
  lastRendered: FromWebview.Rendered | undefined;
  line: number | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly _host: MlsdPreviewHost,
    private _resource: vscode.Uri,
    private _locked: boolean,
  ) {
    panel.webview.options = previewWebviewOptions(_host.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(_host.extensionUri, 'media', 'icon.svg');
    this._subs.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this._onMessage(m)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        // A hidden webview is reloaded from its last `html`; make that html current.
        if (webviewPanel.visible && this._htmlVersion !== this._sentVersion) void this.refresh(true);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this._resource.toString()) this.update();
      }),
      // The server's score arrives after the text: redraw the strip with it.
      _host.answers.onDidCheck((r) => {
        if (r.uri !== this._resource.toString()) return;
        this._sentVersion = -1;
        this.update();
      }),
    );
    this._updateTitle();
    void this.refresh(true);
  }

  get resource(): vscode.Uri {
    return this._resource;
  }
  get locked(): boolean {
    return this._locked;
  }

  state(): PreviewState {
    return { resource: this._resource.toString(), line: this.line, locked: this._locked };
  }

  /** Show another answer: a new page (the old one's diagrams are not reused). */
  setResource(uri: vscode.Uri): void {
    if (uri.toString() === this._resource.toString()) return;
    this._resource = uri;
    this.line = undefined;
    this.lastRendered = undefined;
    this._updateTitle();
    void this.refresh(true);
  }

  toggleLock(): void {
    this._locked = !this._locked;
    this._updateTitle();
    this.postSettings();
  }

  /** Debounced update after an edit. */
  update(): void {
    if (this._timer) clearTimeout(this._timer);
    this._timer = setTimeout(() => void this.refresh(false), DEBOUNCE_MS);
  }

  /** Render now: the whole page when `full`, else an incremental update if the version changed. */
  async refresh(full: boolean): Promise<void> {
    if (this._timer) clearTimeout(this._timer);
    this._timer = undefined;
    const gen = ++this._gen;
    const fullGen = full ? ++this._fullGen : this._fullGen;
    const resource = this._resource;
    // Superseded: another answer, a newer full page, or (for an update) any newer refresh.
    const stale = () => this._disposed || resource !== this._resource || fullGen !== this._fullGen || (!full && gen !== this._gen);
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(resource);
    } catch {
      if (stale()) return;
      this.panel.webview.html = errorHtml(`The answer ${resource.fsPath} could not be opened. Close this preview and open it again from the answer.`);
      return;
    }
    if (stale()) return;
    if (!full && doc.version === this._sentVersion) return;
    const settings = previewSettings(resource, this._host.remoteImagesAllowed);
    if (full) this._remoteImages = settings.allowRemoteImages;
    const rendered = heavy().renderAnswer(doc.getText(), { allowRemoteImages: this._remoteImages });
    const latest = this._host.answers.latest(doc.uri);
    const strip = renderStrip(latest?.score && stripModelOf(latest.score), latest?.skipped);
    this._sentVersion = doc.version;
    if (!full) {
      this._post({ type: 'update', source: this._resource.toString(), version: doc.version, html: rendered.html, strip });
      return;
    }
    const webview = this.panel.webview;
    const asUri = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this._host.extensionUri, ...p)).toString();
    this._htmlVersion = doc.version;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: getNonce(),
      styleUri: asUri('media', 'preview.css'),
      scriptUri: asUri('dist', 'webview', 'preview.js'),
      mermaidUri: asUri('dist', 'webview', 'mermaid.min.js'),
      settings: { source: this._resource.toString(), version: doc.version, line: this.line, locked: this._locked, ...settings },
      title: this.panel.title,
      body: rendered.html,
      strip,
    });
  }

  scrollTo(line: number): void {
    this._post({ type: 'scrollTo', source: this._resource.toString(), line });
  }

  postSettings(): void {
    const { allowRemoteImages, scrollSync, mermaidTheme, diagramBudget } = previewSettings(this._resource, this._host.remoteImagesAllowed);
    // Remote images change the CSP: only a new page can do that.
    if (allowRemoteImages !== this._remoteImages) return void this.refresh(true);
    this._post({ type: 'settings', source: this._resource.toString(), locked: this._locked, scrollSync, mermaidTheme, diagramBudget });
  }

  /** The rendered SVGs (light theme, cleaned), for export. */
  requestSvgs(timeoutMs = 30000): Promise<DiagramSvg[]> {
    const requestId = ++this._requestId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this._pending.delete(requestId);
        reject(new Error('the preview did not answer in time'));
      }, timeoutMs);
      this._pending.set(requestId, (d) => {
        clearTimeout(timer);
        resolve(d);
      });
      this._post({ type: 'requestSvgs', source: this._resource.toString(), requestId });
    });
  }

  private _post(m: ToWebview.Message): void {
    if (!this._disposed) void this.panel.webview.postMessage(m);
  }

  private _updateTitle(): void {
    const name = this._resource.path.split('/').pop() ?? 'answer';
    this.panel.title = this._locked ? `[Preview] ${name}` : `Preview ${name}`;
  }

  private _onMessage(m: unknown): void {
    if (!isFromWebview(m) || m.source !== this._resource.toString()) return;
    switch (m.type) {
      case 'rendered':
        this.lastRendered = m;
        this._host.onRendered(this, m);
        break;
      case 'diagramErrors':
        // The checker reports diagrams that do not parse (MLSD025) with or without a
        // preview open; the preview shows the error in place and adds nothing to Problems.
        break;
      case 'revealLine':
        this.line = m.line;
        void this._reveal(m.line, false, true);
        break;
      case 'didClick':
        void this._reveal(m.line, m.focusEditor, false);
        break;
      case 'openLink':
        void openPreviewLink(m.href, this._resource);
        break;
      case 'allowRemoteImages':
        this._host.allowRemoteImages();
        break;
      case 'svgs':
        this._pending.get(m.requestId)?.(m.diagrams.filter((d) => typeof d.svg === 'string'));
        this._pending.delete(m.requestId);
        break;
    }
  }

  /** Show `line` in an editor of the answer: scroll only (sync), or move the cursor there (click). */
  private async _reveal(line: number, focus: boolean, syncOnly: boolean): Promise<void> {
    const key = this._resource.toString();
    const range = new vscode.Range(line, 0, line, 0);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    if (syncOnly) {
      if (!visible || !previewSettings(this._resource).scrollSync) return;
      this.revealedLine = line;
      visible.revealRange(range, vscode.TextEditorRevealType.AtTop);
      return;
    }
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this._resource, { viewColumn: column, preserveFocus: !focus, preview: false });
    editor.selection = new vscode.Selection(line, 0, line, 0);
    this.revealedLine = line;
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    if (this._disposed) return;
    this._disposed = true;
    if (this._timer) clearTimeout(this._timer);
    for (const s of this._subs) s.dispose();
    this._host.onDisposed(this);
    this.panel.dispose();
  }
}
