/** Hover, document symbols, folding and completion: the core's pure features as LSP data. */
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { completionEntries } from '../core/features/completion';
import { hoverMarkdown } from '../core/features/hover';
import { documentSymbols, foldingRanges, type OutlineKind, type OutlineSymbol } from '../core/features/outline';

/** `Module` for a step section, `String` for any other heading (as VS Code's Markdown outline), `Key` for bold. */
const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = { step: SymbolKind.Module, heading: SymbolKind.String, bold: SymbolKind.Key };

export function hover(result: CheckResult, doc: TextDocument, p: Position): Hover | undefined {
  const value = hoverMarkdown(result, p.line, p.character);
  if (value === undefined) return undefined;
  const end = doc.positionAt(doc.offsetAt({ line: p.line + 1, character: 0 }));
  const lineEnd = end.line > p.line ? doc.getText({ start: { line: p.line, character: 0 }, end }).replace(/\r?\n$/, '').length : end.character;
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: lineEnd } } };
}

export function symbols(result: CheckResult): DocumentSymbol[] {
  const map = (s: OutlineSymbol): DocumentSymbol => ({
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(map),
  });
  return documentSymbols(result).map(map);
}

export function folds(result: CheckResult): FoldingRange[] {
  return foldingRanges(result).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region }));
}

export function completions(result: CheckResult, doc: TextDocument, p: Position): CompletionItem[] {
  const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line, character: p.character } });
  return completionEntries(result, p.line, p.character, lineText).map((e) => ({
    label: e.label,
    kind: e.kind === 'step' ? CompletionItemKind.Module : e.kind === 'node' ? CompletionItemKind.Reference : CompletionItemKind.Snippet,
    detail: e.detail,
    documentation: { kind: MarkupKind.PlainText, value: e.documentation },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: e.range, newText: e.snippet },
    sortText: e.sortText,
    filterText: e.filterText,
  }));
}
