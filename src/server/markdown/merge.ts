/**
 * Our outline and folds merged with the Markdown language service's: ours
 * first (step markers, scores, bold pseudo-headings), then what only the
 * library finds (link definitions, lists, code blocks, tables), each once.
 */
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';

const before = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

const contains = (outer: DocumentSymbol, line: number) => outer.range.start.line <= line && line <= outer.range.end.line;

function flatten(list: readonly DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of list) {
    out.push(s);
    flatten(s.children ?? [], out);
  }
  return out;
}

/**
 * Symbols: a library symbol whose name line one of ours already starts (the
 * same heading) is dropped; any other goes, without its children (they are
 * placed on their own), under the innermost of ours that holds its line.
 */
export function mergeSymbols(ours: readonly DocumentSymbol[], theirs: readonly DocumentSymbol[]): DocumentSymbol[] {
  const copy = (s: DocumentSymbol): DocumentSymbol => ({ ...s, children: (s.children ?? []).map(copy) });
  const merged = ours.map(copy);
  const taken = new Set(flatten(merged).map((s) => s.selectionRange.start.line));
  for (const s of flatten(theirs)) {
    const line = s.selectionRange.start.line;
    if (taken.has(line)) continue;
    taken.add(line);
    const leaf: DocumentSymbol = { ...s, children: [] };
    let siblings = merged;
    for (;;) {
      const parent = siblings.find((p) => contains(p, line));
      if (!parent) break;
      siblings = parent.children ??= [];
    }
    siblings.push(leaf);
    siblings.sort(before);
  }
  return merged;
}

/** Folds: one per start line, ours where both have one (an editor keeps one fold per line anyway). */
export function mergeFolds(ours: readonly FoldingRange[], theirs: readonly FoldingRange[]): FoldingRange[] {
  const byLine = new Map<number, FoldingRange>();
  for (const f of [...ours, ...theirs]) {
    if (f.endLine > f.startLine && !byLine.has(f.startLine)) byLine.set(f.startLine, f);
  }
  return [...byLine.values()].sort((a, b) => a.startLine - b.startLine);
}
