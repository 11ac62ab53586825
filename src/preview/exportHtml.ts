/**
 * The standalone HTML export: the rendered answer with each diagram's SVG
 * inlined, the preview's CSS inlined, and a CSP that forbids every script, so
 * the file is readable offline and cannot run code anywhere it is opened. The
 * body goes through `sanitizeExportHtml` (an allow-list) whatever it contains.
 */
import { escapeHtml } from '../core/util';
import type { DiagramSvg } from '../shared/messages';
import { sanitizeExportHtml } from './exportSanitize';

/** Last line of defence for SVGs from the webview: no scripts, handlers or `javascript:` URLs. */
export function scrubSvg(svg: string): string {
  return svg
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/?>/gi, '')
    .replace(/\s(on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src)\s*=\s*(["'])\s*javascript:[^"']*\2/gi, '$1=$2#$2');
}

const BLOCK_RE =
  /<div class="mermaid-block code-line" data-line="(\d+)" data-hash="([a-z0-9]+)"><div class="mermaid-placeholder"[^>]*><\/div><pre class="mermaid-source" hidden>([\s\S]*?)<\/pre><\/div>/g;

/** Replace each diagram's source with its SVG (by hash); a diagram without one keeps its source. */
export function inlineDiagrams(body: string, svgs: readonly DiagramSvg[]): string {
  const byHash = new Map(svgs.map((d) => [d.hash, d.svg]));
  return body.replace(BLOCK_RE, (_whole, line: string, hash: string, source: string) => {
    const svg = byHash.get(hash);
    // No SVG (it did not draw): the file shows the diagram's source instead.
    if (!svg) return `<pre class="mermaid-source">${source}</pre>`;
    return `<figure class="mermaid-block" data-line="${line}"><div class="mermaid-svg">${scrubSvg(svg)}</div></figure>`;
  });
}

export interface ExportInput {
  readonly title: string;
  /** Rendered answer (from `renderAnswer`). */
  readonly body: string;
  readonly css: string;
  readonly svgs: readonly DiagramSvg[];
  /** `mlsd.preview.allowRemoteImages`: keep `https:` images (else they are placeholders and the CSP has no `https:`). */
  readonly allowRemoteImages?: boolean;
}

/**
 * The export's policy: no script, no network unless remote images are allowed
 * (images only), no forms, no `<base>`.
 */
export function exportCsp(allowRemoteImages = false): string {
  return `default-src 'none'; img-src${allowRemoteImages ? ' https:' : ''} data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none';`;
}

/** One self-contained HTML file. */
export function exportHtml(e: ExportInput): string {
  // `<` never needs to be literal in our CSS; escaping it keeps `</style>` from ending the block.
  const css = e.css.replace(/</g, '\\3c ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${exportCsp(e.allowRemoteImages === true)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="MLSD Author">
<title>${escapeHtml(e.title)}</title>
<style>
${css}
</style>
</head>
<body class="mlsd-export vscode-light">
<main class="markdown-body">
${sanitizeExportHtml(inlineDiagrams(e.body, e.svgs), { allowRemoteImages: e.allowRemoteImages === true })}
</main>
</body>
</html>
`;
}
