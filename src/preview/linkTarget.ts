/** What a link clicked in the preview points at (pure, unit-tested; `links.ts` acts on it). */
export type LinkTarget =
  | { readonly kind: 'external'; readonly uri: string }
  | { readonly kind: 'file'; readonly path: string; readonly fragment: string }
  | { readonly kind: 'blocked'; readonly href: string };

/** Decide what a clicked href is (pure, so it is unit-tested). */
export function classifyLink(href: string): LinkTarget {
  const h = href.trim();
  if (/^(https?:\/\/|mailto:)/i.test(h)) return { kind: 'external', uri: h };
  // Any other scheme, including ones hidden with control characters or entities.
  if (/^[a-z][a-z0-9+.-]*:/i.test(h.replace(/[\u0000-\u0020]/g, '')) || h.startsWith('//')) return { kind: 'blocked', href: h };
  const hash = h.indexOf('#');
  const path = hash >= 0 ? h.slice(0, hash) : h;
  const fragment = hash >= 0 ? h.slice(hash + 1) : '';
  if (!path) return { kind: 'blocked', href: h };
  return { kind: 'file', path, fragment };
}

/** `L12` or `12` in a fragment -> 0-based line 11. */
export function fragmentLine(fragment: string): number | undefined {
  const m = /^L?(\d+)$/i.exec(fragment);
  return m ? Math.max(0, Number(m[1]) - 1) : undefined;
}
