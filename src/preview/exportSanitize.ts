/**
 * The export's last line of defence: an allow-list re-serializer for the HTML
 * written into an exported file (the rendered answer plus the SVGs the webview
 * handed back). No DOM in the extension host, so it tokenizes and rebuilds:
 * every text run is re-escaped, every attribute re-quoted, so what the browser
 * parses is exactly the tree this pass decided on.
 *
 * - elements: a fixed allow-list (Markdown output, Mermaid's SVG and its HTML
 *   labels); scripts, frames, objects, forms, meta/base/link, templates and
 *   other raw-text elements go with their content; unknown tags are dropped
 *   and their text kept;
 * - attributes: no `on*` handler, no form / frame / navigation attributes;
 *   URLs only `#…`, relative, `http(s):`/`mailto:` links and `data:image/…`
 *   bitmaps (a URL with any undecodable entity is dropped: `&Tab;`, `&colon;`);
 * - CSS (`style` attributes and SVG `<style>`): no `@import`, `expression`,
 *   bindings or script URLs, and `url()` only to `#…` or `data:image/…`;
 * - remote images become the preview's placeholder unless they are allowed.
 */
import { escapeHtml } from '../core/util';
import { isRemoteUrl, remoteImagePlaceholder } from './renderer';

export interface ExportSanitizeOptions {
  /** Keep `https:` images (`mlsd.preview.allowRemoteImages`). */
  readonly allowRemoteImages?: boolean;
}

const HTML_OK = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 hr i img ins kbd li main mark ol p pre q rp rt ruby s samp section small span strong sub summary sup ' +
    'table tbody td tfoot th thead time tr u ul var wbr center font label'
  ).split(' '),
);
const SVG_OK = new Set(
  (
    'svg g path rect circle ellipse line polyline polygon text tspan textpath defs marker use style title desc ' +
    'lineargradient radialgradient stop clippath mask pattern symbol foreignobject switch ' +
    'filter feblend fecolormatrix fecomponenttransfer fecomposite feflood fegaussianblur femerge femergenode femorphology feoffset fedropshadow fefunca fefuncb fefuncg fefuncr'
  ).split(' '),
);
/** Dropped together with everything inside them. */
const DROP_CONTENT = new Set(
  'script style iframe frame frameset object embed applet noscript noembed noframes template textarea select xmp plaintext title math head meta base link portal audio video source track canvas'.split(' '),
);
const VOID = new Set('br hr img wbr col meta base link source track embed frame'.split(' '));
const URL_ATTRS = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'background', 'poster', 'cite', 'longdesc', 'ping', 'lowsrc', 'dynsrc']);
const DROP_ATTRS = new Set(['srcdoc', 'action', 'formaction', 'form', 'formtarget', 'target', 'ping', 'http-equiv', 'is', 'srcset', 'autofocus', 'contenteditable', 'xlink:actuate', 'xlink:show']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode numeric and the basic named entities; other named ones are left as they are. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    }
    const v = NAMED[e.toLowerCase()];
    return v !== undefined && (whole.endsWith(';') || e.length <= 4) ? v : whole;
  });
}

/** Is this (decoded) URL acceptable for `attr` on `tag`? */
function urlOk(tag: string, attr: string, raw: string, o: ExportSanitizeOptions): boolean {
  if (/&[a-z0-9]+;?/i.test(raw)) return false; // an entity we did not decode could hide a scheme
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  if (url.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (attr === 'href' || attr === 'xlink:href') {
    if (tag !== 'a') return url.startsWith('#'); // <use>, gradients, markers: same-document only
    if (url.startsWith('//')) return false;
    return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  }
  if (attr === 'src' && tag === 'img') {
    if (/^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i.test(url)) return true;
    if (isRemoteUrl(url)) return o.allowRemoteImages === true && /^https:/i.test(url);
    return scheme === undefined && !url.startsWith('//');
  }
  if (attr === 'cite') return scheme === undefined || scheme === 'http' || scheme === 'https';
  return false;
}

const BAD_CSS = /expression\s*\(|javascript:|vbscript:|@import|behavior\s*:|-moz-binding|@namespace|<\/?\s*(?:style|script)/i;

/** CSS with nothing that fetches or runs: `url()` only to `#id` or a `data:image/` bitmap. */
export function sanitizeCss(css: string): string {
  // Undo CSS escapes first (`\75 rl(` is `url(`), then judge.
  let s = css.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => {
    const n = parseInt(h, 16);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
  s = s.replace(/\\(.)/g, '$1').replace(/\/\*[\s\S]*?\*\//g, '');
  s = s.replace(/@import[^;]*;?/gi, '');
  s = s.replace(/url\s*\(\s*(["']?)([^)]*?)\1\s*\)/gi, (whole, _q: string, u: string) => {
    const url = u.trim();
    return url.startsWith('#') || /^data:image\/(?:png|gif|jpe?g|webp);/i.test(url) ? whole : 'none';
  });
  s = s.replace(/image-set\s*\(|image\s*\(|src\s*\(/gi, 'none(');
  if (BAD_CSS.test(s) || /url\s*\(/i.test(s.replace(/url\s*\(\s*(["']?)(#|data:image\/)[^)]*\)/gi, ''))) {
    // Anything still odd: keep only the declarations that are plainly safe.
    s = s.replace(/[^{};]*(?:expression|javascript|vbscript|behavior|binding|@namespace|url)[^{};]*;?/gi, '');
  }
  return s.replace(/</g, '\\3c ').replace(/&/g, '\\26 ');
}

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*\/(?!>))*)\s*(\/?)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Re-escape a text run: valid entity references stay, everything else that could start markup is escaped. */
function text(s: string): string {
  return s.replace(/&(?!(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);)/gi, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

/** The allow-listed, re-serialized form of `html`. */
export function sanitizeExportHtml(html: string, o: ExportSanitizeOptions = {}): string {
  let out = '';
  let last = 0;
  /** Name of the element whose content is being skipped, and its nesting depth. */
  let skip: { name: string; depth: number } | undefined;
  let svgDepth = 0;
  let inStyle = false;
  const open: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); ; m = TOKEN.exec(html)) {
    const end = m ? m.index : html.length;
    if (end > last && !skip) {
      const t = html.slice(last, end);
      out += inStyle ? sanitizeCss(decode(t)) : text(t);
    }
    if (!m) break;
    last = TOKEN.lastIndex;
    if (m[0] === '') {
      TOKEN.lastIndex++;
      continue;
    }
    const rawName = m[1];
    if (!rawName) continue; // comment, doctype, CDATA, processing instruction
    const name = rawName.toLowerCase();
    const closing = m[0][1] === '/';
    const selfClosing = m[3] === '/';
    if (skip) {
      if (name === skip.name) {
        if (closing) skip.depth--;
        else if (!selfClosing) skip.depth++;
        if (skip.depth === 0) skip = undefined;
      }
      continue;
    }
    const isSvgStyle = name === 'style' && svgDepth > 0;
    if (DROP_CONTENT.has(name) && !isSvgStyle && !(name === 'title' && svgDepth > 0)) {
      if (!closing && !selfClosing && !VOID.has(name)) skip = { name, depth: 1 };
      continue;
    }
    const allowed = HTML_OK.has(name) || SVG_OK.has(name);
    if (!allowed) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      // Close what is still open inside it, so the browser's tree matches ours.
      for (let i = open.length - 1; i >= at; i--) {
        const n = open.pop()!;
        if (n === 'svg') svgDepth--;
        if (n === 'style') inStyle = false;
        out += `</${n === name ? rawName : n}>`;
      }
      continue;
    }
    if (name === 'img') {
      const src = attrValue(m[2] ?? '', 'src');
      if (src !== undefined && isRemoteUrl(decode(src)) && !o.allowRemoteImages) {
        out += remoteImagePlaceholder(decode(attrValue(m[2] ?? '', 'alt') ?? ''), decode(src));
        continue;
      }
    }
    out += `<${rawName}${attrs(name, m[2] ?? '', o)}${selfClosing ? ' /' : ''}>`;
    if (selfClosing || VOID.has(name)) continue;
    open.push(name);
    if (name === 'svg') svgDepth++;
    if (name === 'style') inStyle = true;
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

function attrValue(src: string, want: string): string | undefined {
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(src); a; a = ATTR.exec(src)) {
    if (a[1]!.toLowerCase() === want) return a[2] ?? a[3] ?? a[4] ?? '';
  }
  return undefined;
}

function attrs(tag: string, src: string, o: ExportSanitizeOptions): string {
  let out = '';
  const seen = new Set<string>();
  ATTR.lastIndex = 0;
  for (let a = ATTR.exec(src); a; a = ATTR.exec(src)) {
    const rawName = a[1]!;
    const name = rawName.toLowerCase();
    if (!/^[a-z_][a-z0-9_.:-]*$/i.test(rawName) || seen.has(name)) continue;
    seen.add(name);
    if (name.startsWith('on') || DROP_ATTRS.has(name) || name.startsWith('xmlns:') && name !== 'xmlns:xlink') continue;
    let value = decode(a[2] ?? a[3] ?? a[4] ?? '');
    if (URL_ATTRS.has(name)) {
      if (!urlOk(tag, name, value, o)) continue;
    } else if (name === 'style' || /url\s*\(|expression|javascript:|vbscript:/i.test(value)) {
      value = sanitizeCss(value).replace(/\\3c /g, '').replace(/\\26 /g, '&');
      if (/[<>]/.test(value)) continue;
    } else if (name === 'xmlns' && !/^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml)$/.test(value)) {
      continue;
    }
    out += ` ${rawName}="${escapeHtml(value)}"`;
  }
  return out;
}
