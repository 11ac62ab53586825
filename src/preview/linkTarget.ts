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

/** A POSIX path with `.` and `..` resolved and no trailing slash (`..` never climbs above `/`). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/**
 * Does `target` (an absolute path, already resolved) lie inside one of `roots`
 * (the workspace folders, or the answer's own folder outside a workspace)?
 * Compared segment by segment, so `/work-other` is not inside `/work`;
 * `caseInsensitive` for Windows and macOS file systems.
 */
export function isInside(target: string, roots: readonly string[], caseInsensitive = false): boolean {
  const fold = (p: string) => (caseInsensitive ? normalizePath(p).toLowerCase() : normalizePath(p));
  const t = fold(target);
  return roots.some((r) => {
    const root = fold(r);
    return root === '/' || t === root || t.startsWith(`${root}/`);
  });
}

/**
 * The absolute path a relative link of an answer in `fromDir` points at: percent-decoded
 * once, backslashes read as separators (as Windows does), `/x` from the workspace `root`.
 */
export function resolveLinkPath(path: string, fromDir: string, root?: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* keep as written */
  }
  decoded = decoded.replace(/\\/g, '/');
  return normalizePath(decoded.startsWith('/') && root ? `${root}/${decoded}` : `${fromDir}/${decoded}`);
}
