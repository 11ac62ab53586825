/**
 * Node entry for the browser tests and the benchmark: the same page-building
 * code the extension uses (renderer, strip, HTML shell, CSP, nonce), bundled
 * by harness.mjs so plain Node can call it.
 */
import { check } from '../../src/core/index';
import { previewCsp, previewHtml } from '../../src/preview/html';
import { getNonce } from '../../src/preview/nonce';
import { renderAnswer } from '../../src/preview/renderer';
import { renderStrip, stripModel } from '../../src/preview/strip';

export { previewCsp, renderAnswer, getNonce };
export { exportHtml } from '../../src/preview/exportHtml';

/** The page and its CSP for `text`, as the extension would build it. */
export function buildPage(text: string, origin: string, source: string, version: number, opts: { allowRemoteImages?: boolean; restricted?: boolean } = {}) {
  const nonce = getNonce();
  const allowRemoteImages = opts.allowRemoteImages === true;
  const rendered = renderAnswer(text, { allowRemoteImages });
  const strip = renderStrip(stripModel(check(text)));
  const html = previewHtml({
    cspSource: origin,
    nonce,
    styleUri: `${origin}/media/preview.css`,
    scriptUri: `${origin}/dist/webview/preview.js`,
    mermaidUri: `${origin}/dist/webview/mermaid.min.js`,
    settings: { source, version, locked: false, scrollSync: true, mermaidTheme: 'auto', allowRemoteImages, remoteImagesOffer: allowRemoteImages ? undefined : opts.restricted ? 'restricted' : 'allow' },
    title: 'Preview',
    body: rendered.html,
    strip,
  });
  return { html, csp: previewCsp(origin, nonce, allowRemoteImages), diagrams: rendered.diagrams.length };
}

/** The `update` message body the extension would post for `text`. */
export function buildUpdate(text: string, source: string, version: number) {
  return {
    type: 'update' as const,
    source,
    version,
    html: renderAnswer(text).html,
    strip: renderStrip(stripModel(check(text))),
  };
}
