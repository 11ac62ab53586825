/**
 * Defensive cleaning of HTML before it enters the live page. The host renders
 * with raw HTML off and the CSP blocks inline script anyway; this removes the
 * rest (CSP-replacing `<meta http-equiv>`, scripts, frames, handlers,
 * `javascript:` URLs) so nothing depends on a single guard.
 */
const DROP = 'script, meta, base, iframe, frame, frameset, object, embed, form, link, applet, portal, noscript';
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcset', 'background', 'poster'];
const BAD_URL = /^\s*(?:javascript|vbscript|data:text\/html|data:image\/svg)/i;

/** Clean every element under `root` in place. */
export function sanitizeTree(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
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
