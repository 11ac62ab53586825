/**
 * The preview page: the HTML shell and its Content Security Policy. No `vscode`
 * import, so the browser tests serve exactly the page the extension shows.
 */
import { escapeHtml } from '../core/util';
import type { PreviewSettings } from '../shared/messages';

/**
 * The strict policy, after the built-in Markdown preview's Strict level (or
 * stricter): scripts only with this render's nonce, no network at all (no
 * connect-src; images, styles and fonts only from the extension itself and
 * `data:`, so neither a remote image nor a CSS `url()` in a diagram style can
 * fetch anything), inline styles allowed because Mermaid's SVGs carry `<style>`
 * elements, no forms, no `<base>`. `allowRemoteImages`
 * (`mlsd.preview.allowRemoteImages`) adds `https:` to `img-src` only.
 */
export function previewCsp(cspSource: string, nonce: string, allowRemoteImages = false): string {
  return (
    `default-src 'none'; img-src ${cspSource}${allowRemoteImages ? ' https:' : ''} data:; style-src ${cspSource} 'unsafe-inline'; ` +
    `script-src 'nonce-${nonce}'; font-src ${cspSource}; form-action 'none'; base-uri 'none';`
  );
}

export interface PreviewPage {
  /** `webview.cspSource` (or the test server's origin). */
  readonly cspSource: string;
  readonly nonce: string;
  /** URIs the webview may load (via `asWebviewUri`). */
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly mermaidUri: string;
  readonly settings: PreviewSettings;
  readonly title: string;
  /** Rendered answer (from `renderAnswer`). */
  readonly body: string;
  /** Rendered strip (from `renderStrip`). */
  readonly strip: string;
}

/**
 * Keeps the page hidden until `preview.css` has applied (it ends with a rule that
 * undoes this). VS Code shows a freshly written webview page at most 200 ms after
 * writing it, loaded or not (webview pre/index.html, `hookupOnLoadHandlers`), and
 * the stylesheet comes through the service worker and the extension host, which
 * can take longer on a busy machine: without this the strip flashes as bare
 * buttons. If the stylesheet never arrives, the page still shows after 3 s.
 */
export const UNSTYLED_GUARD = 'body{visibility:hidden;animation:mlsd-reveal 0s 3s forwards}@keyframes mlsd-reveal{to{visibility:visible}}';

/** The full page set once as `webview.html`; later changes arrive as messages. */
export function previewHtml(p: PreviewPage): string {
  const nonce = escapeHtml(p.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(p.cspSource, p.nonce, p.settings.allowRemoteImages === true))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="mlsd-settings" data-settings="${escapeHtml(JSON.stringify(p.settings))}">
<title>${escapeHtml(p.title)}</title>
<style>${UNSTYLED_GUARD}</style>
<link rel="stylesheet" href="${escapeHtml(p.styleUri)}">
</head>
<body>
<div id="mlsd-strip-host">${p.strip}</div>
<main id="mlsd-content" class="markdown-body" tabindex="-1">${p.body}</main>
<script defer nonce="${nonce}" src="${escapeHtml(p.mermaidUri)}"></script>
<script defer nonce="${nonce}" src="${escapeHtml(p.scriptUri)}"></script>
</body>
</html>`;
}

/** Shown when a preview cannot be restored after a reload: nothing may load at all. */
export function errorHtml(message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none';">
</head>
<body><p class="mlsd-error-page">${escapeHtml(message)}</p></body>
</html>`;
}
