/**
 * Pure helpers of scroll sync and diagram bookkeeping (no DOM), so vitest can
 * test them; the DOM code in this folder only measures and applies.
 */

/** A block of the preview with its source lines and its vertical extent (page coordinates). */
export interface LineEntry {
  readonly line: number;
  /** Exclusive end line, when known. */
  readonly endLine?: number;
  readonly top: number;
  readonly height: number;
}

/** Index of the last entry whose `line` <= `line` (entries sorted by line), or -1. */
export function lastAtOrBefore(lines: readonly number[], line: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where to scroll (page y) so that source `line` is at the top; fractional lines interpolate. */
export function offsetForLine(entries: readonly LineEntry[], line: number): number | undefined {
  if (!entries.length) return undefined;
  const i = lastAtOrBefore(entries.map((e) => e.line), Math.floor(line));
  if (i < 0) return entries[0]!.top;
  const cur = entries[i]!;
  const next = entries[i + 1];
  const end = cur.endLine ?? next?.line ?? cur.line + 1;
  const span = Math.max(1, end - cur.line);
  const frac = Math.min(1, Math.max(0, (line - cur.line) / span));
  return cur.top + frac * cur.height;
}

/** The source line (fractional) shown at page y `offset`. */
export function lineForOffset(entries: readonly LineEntry[], offset: number): number | undefined {
  if (!entries.length) return undefined;
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.top <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return entries[0]!.line;
  const cur = entries[found]!;
  const next = entries[found + 1];
  const end = cur.endLine ?? next?.line ?? cur.line + 1;
  const frac = cur.height > 0 ? Math.min(1, Math.max(0, (offset - cur.top) / cur.height)) : 0;
  return cur.line + frac * Math.max(0, end - cur.line);
}

/**
 * Keys for the diagrams of a new render, reusing the live blocks' keys so
 * morphdom keeps their SVGs: first a block with the same hash (unchanged
 * diagram, possibly moved), then, in order, the remaining old blocks (an
 * edited diagram keeps its element and so its last good SVG). `undefined`
 * means a new block.
 */
export function assignDiagramKeys(
  old: readonly { key: string; hash: string }[],
  newHashes: readonly string[],
): (string | undefined)[] {
  const claimed = new Set<number>();
  const byHash = new Map<string, number[]>();
  old.forEach((o, i) => {
    const list = byHash.get(o.hash);
    if (list) list.push(i);
    else byHash.set(o.hash, [i]);
  });
  const keys: (string | undefined)[] = newHashes.map((h) => {
    const list = byHash.get(h);
    const i = list?.shift();
    if (i === undefined) return undefined;
    claimed.add(i);
    return old[i]!.key;
  });
  const rest = old.map((_, i) => i).filter((i) => !claimed.has(i));
  let r = 0;
  for (let k = 0; k < keys.length && r < rest.length; k++) {
    if (keys[k] === undefined) keys[k] = old[rest[r++]!]!.key;
  }
  return keys;
}

/** Mermaid theme for the VS Code body classes and the `mlsd.preview.mermaidTheme` setting. */
export function mermaidThemeFor(bodyClasses: readonly string[], setting: string): string {
  if (setting && setting !== 'auto') return setting;
  if (bodyClasses.includes('vscode-high-contrast-light')) return 'hc-light';
  if (bodyClasses.includes('vscode-high-contrast')) return 'hc-dark';
  if (bodyClasses.includes('vscode-dark')) return 'dark';
  return 'default';
}

/**
 * A Mermaid error as text plus the 1-based line inside the diagram, read from
 * the parser's hash (jison) or from the "line N" in its message.
 */
export function diagramErrorInfo(err: unknown): { line: number; message: string } {
  const e = err as { message?: unknown; hash?: { line?: unknown; loc?: { first_line?: unknown } } } | undefined;
  const raw = typeof e?.message === 'string' ? e.message : String(err);
  let line: number | undefined;
  const first = e?.hash?.loc?.first_line;
  if (typeof first === 'number' && first > 0) line = first;
  else if (typeof e?.hash?.line === 'number') line = (e.hash.line as number) + 1;
  else {
    const m = /\bline:?\s*(\d+)/i.exec(raw);
    if (m) line = Number(m[1]);
  }
  const message = raw
    .split('\n')
    .map((s) => s.trimEnd())
    .filter((s) => s && !/^-*\^$/.test(s.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);
  return { line: line ?? 1, message: message || 'Mermaid could not render this diagram.' };
}
