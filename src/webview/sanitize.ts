/**
 * Defensive cleaning of HTML before it enters the live page. The host renders
 * with raw HTML off and the CSP blocks inline script anyway; this removes the
 * rest (CSP-replacing `<meta http-equiv>`, scripts, frames, handlers,
 * `javascript:` URLs) so nothing depends on a single guard.
 */
const DROP = 'script, meta, base, iframe, frame, frameset, object, embed, form, link, applet, portal, noscript';
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcset', 'background', 'poster'];
const BAD_URL = /^\s*(?:javascript|vbscript|data:text\/html|data:image\/svg)/i;

const REMOTE = /^(?:https?:|\/\/)/i;
let allowRemoteImages = false;

/** `mlsd.preview.allowRemoteImages`, from the page's settings (the CSP enforces it as well). */
export function setAllowRemoteImages(allowed: boolean): void {
  allowRemoteImages = allowed;
}

/** A blocked remote `<img>` as the host renders one (`remoteImagePlaceholder`): alt text, URL as tooltip. */
function placeholder(img: Element, src: string): Element {
  const label = (img.getAttribute('alt') ?? '').trim() || 'image';
  const span = img.ownerDocument.createElement('span');
  span.className = 'mlsd-remote-image';
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', `Remote image blocked: ${label}`);
  span.setAttribute('title', `Remote image not loaded: ${src}`);
  span.setAttribute('style', 'display:inline-block;padding:0 .4em;border:1px dashed currentColor;border-radius:3px;opacity:.75;font-size:.9em');
  span.textContent = `\u25a1 ${label}`;
  return span;
}

/** Clean every element under `root` in place. */
export function sanitizeTree(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
  // Remote images (Mermaid labels, SVG <image>, srcset) never load unless allowed, and then only
  // `https:`: the CSP blocks them, and they show as a placeholder rather than a broken picture.
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').replace(/[\u0000-\u0020]/g, '');
    const remote = REMOTE.test(src) || /(?:^|,)\s*(?:https?:|\/\/)/i.test(img.getAttribute('srcset') ?? '');
    if (remote && !(allowRemoteImages && /^https:/i.test(src))) img.replaceWith(placeholder(img, src));
  }
  if (!allowRemoteImages) {
    for (const el of Array.from(root.querySelectorAll('image, use, feImage'))) {
      for (const a of ['href', 'xlink:href', 'src']) {
        if (REMOTE.test((el.getAttribute(a) ?? '').replace(/[\u0000-\u0020]/g, ''))) el.removeAttribute(a);
      }
    }
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\u0000-\u0020]/g, '');
      if (name.startsWith('on') || name === 'style' && /expression\s*\(|javascript:/i.test(value)) {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name) && BAD_URL.test(value)) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** Parse `html` inertly (scripts do not run, images do not load) and clean it. */
export function parseClean(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  sanitizeTree(t.content);
  return t.content;
}
