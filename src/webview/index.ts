/**
 * The preview webview's script (bundled to dist/webview/preview.js, loaded with
 * the page's nonce after Mermaid). It patches content updates into the page,
 * draws diagrams, syncs scrolling and forwards clicks and links to the host.
 */
import { isToWebview, type FromWebview, type PreviewSettings, type PreviewState, type ToWebview } from '../shared/messages';
import { DEFAULT_BUDGET, type DiagramBudget } from './budget';
import { MlsdDiagrams, type DiagramReport, type DiagramStats } from './diagrams';
import { wireViewers } from './viewer';
import { RemoteNotice } from './remoteNotice';
import { mermaidThemeFor } from './lineMap';
import { keyLiveBlocks, patchChildren } from './patch';
import { sanitizeTree, setAllowRemoteImages } from './sanitize';
import { keepAnchor, MlsdScrollSync } from './scrollSync';
import { wireClicks } from './clicks';

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface Stats extends DiagramStats {
  ready: boolean;
  version: number;
  last?: FromWebview.Rendered;
}

const vscode = acquireVsCodeApi();
const settingsEl = document.getElementById('mlsd-settings');
let settings: PreviewSettings = JSON.parse(settingsEl?.getAttribute('data-settings') ?? '{}');
setAllowRemoteImages(settings.allowRemoteImages === true);
const content = document.getElementById('mlsd-content')!;
const stripHost = document.getElementById('mlsd-strip-host')!;
const stats: Stats = { renders: 0, passes: 0, ready: false, version: settings.version };
(window as unknown as { __mlsdStats: Stats }).__mlsdStats = stats;

function post<T extends FromWebview.Message>(type: T['type'], body: Omit<T, 'source' | 'type'>): void {
  vscode.postMessage({ ...body, type, source: settings.source });
}

function theme(): string {
  return mermaidThemeFor(Array.from(document.body.classList), settings.mermaidTheme);
}

let stripCollapsed = (vscode.getState() as PreviewState | undefined)?.stripCollapsed === true;
let lastLine: number | undefined;
function saveState(line?: number): void {
  lastLine = line;
  const state: PreviewState = { resource: settings.source, line, locked: settings.locked, stripCollapsed };
  vscode.setState(state);
}

/** The strip's collapsed state, on the host element (updates replace its children only). */
function applyStrip(): void {
  stripHost.classList.toggle('collapsed', stripCollapsed);
  stripHost.querySelector('.mlsd-strip-toggle')?.setAttribute('aria-expanded', String(!stripCollapsed));
}
stripHost.addEventListener('click', (e) => {
  if (!(e.target as Element).closest('.mlsd-strip-toggle')) return;
  stripCollapsed = !stripCollapsed;
  applyStrip();
  saveState(lastLine);
});

const stripInset = () => stripHost.getBoundingClientRect().height;
const scroll = new MlsdScrollSync(content, stripInset, (line) => {
  saveState(line);
  if (settings.scrollSync) post<FromWebview.RevealLine>('revealLine', { line });
});

const notice = new RemoteNotice(content, stripHost, () => post<FromWebview.AllowRemoteImages>('allowRemoteImages', {}));

function report(r: DiagramReport): void {
  notice.refresh();
  const version = stats.version;
  post<FromWebview.DiagramErrors>('diagramErrors', { version, errors: r.errors });
  const rendered: FromWebview.Rendered = {
    type: 'rendered',
    source: settings.source,
    version,
    diagrams: r.diagrams,
    svgs: r.svgs,
    errors: r.errors.length,
    rerendered: r.rerendered,
    pending: r.pending,
    deferred: r.deferred,
  };
  stats.last = rendered;
  vscode.postMessage(rendered);
  window.dispatchEvent(new CustomEvent('mlsd:rendered', { detail: rendered }));
}

const budget = (): DiagramBudget => ({ ...DEFAULT_BUDGET, maxEdges: settings.diagramBudget ?? DEFAULT_BUDGET.maxEdges });
const diagrams = new MlsdDiagrams(content, stats, theme(), budget(), report);

/** New content of `version` is in the page: show cached diagrams, draw the visible ones. */
function renderDiagrams(version: number): void {
  stats.version = version;
  diagrams.update();
}

function onMessage(m: ToWebview.Message): void {
  switch (m.type) {
    case 'update':
      keepAnchor(content, stripInset(), () => {
        patchChildren(stripHost, m.strip);
        applyStrip();
        patchChildren(content, m.html);
      });
      notice.refresh();
      renderDiagrams(m.version);
      break;
    case 'scrollTo':
      if (settings.scrollSync) scroll.scrollToLine(m.line);
      saveState(m.line);
      break;
    case 'settings': {
      const before = theme();
      settings = { ...settings, scrollSync: m.scrollSync, mermaidTheme: m.mermaidTheme, locked: m.locked, diagramBudget: m.diagramBudget };
      saveState(scroll.currentLine());
      diagrams.setBudget(budget());
      if (theme() !== before) diagrams.setTheme(theme());
      break;
    }
    case 'requestSvgs':
      void diagrams.svgs('default').then((list) => {
        post<FromWebview.Svgs>('svgs', { requestId: m.requestId, diagrams: list });
      });
      break;
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (isToWebview(m) && m.source === settings.source) onMessage(m);
});

// Re-draw with the new theme when VS Code switches it (it changes the body class).
let lastTheme = theme();
new MutationObserver(() => {
  const t = theme();
  if (t === lastTheme) return;
  lastTheme = t;
  diagrams.setTheme(t);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

wireClicks(content, stripHost, {
  revealInEditor: (line, focusEditor) => post<FromWebview.DidClick>('didClick', { line, focusEditor }),
  scrollPreview: (line) => scroll.scrollToLine(line),
  openLink: (href) => post<FromWebview.OpenLink>('openLink', { href }),
});

sanitizeTree(content);
keyLiveBlocks(content);
applyStrip();
if (typeof settings.line === 'number' && settings.line > 0) {
  requestAnimationFrame(() => scroll.scrollToLine(settings.line!));
}
saveState(settings.line);
wireViewers();
notice.setOffer(settings.remoteImagesOffer);
stats.ready = true;
renderDiagrams(settings.version);
