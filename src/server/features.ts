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
  type Command,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/check';
import { completionEntries, type CompletionEntry } from '../core/features/completion';
import type { MlsdInitializationOptions } from './protocol';
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

/**
 * The core's completion entries as LSP items. The items that go to a step's
 * existing section need the client's reveal command; without one they are left
 * out (and no second section is offered in their place). A rename applies its
 * heading edit with the item, then reveals the heading when it can.
 */
export function completions(result: CheckResult, doc: TextDocument, p: Position, client: MlsdInitializationOptions = {}): CompletionItem[] {
  const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line, character: p.character } });
  const reveal = client.revealCommand;
  return completionEntries(result, p.line, p.character, lineText, { subSnippets: !client.staticSubSnippets })
    .filter((e) => e.kind !== 'goto' || reveal)
    .map((e) => ({
      label: e.label,
      kind: KIND[e.kind],
      detail: e.detail,
      documentation: { kind: MarkupKind.PlainText, value: e.documentation },
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: e.range, newText: e.snippet },
      sortText: e.sortText,
      filterText: e.filterText,
      ...(e.additionalEdits ? { additionalTextEdits: e.additionalEdits.map((x) => ({ range: x.range, newText: x.newText })) } : {}),
      ...(e.reveal && reveal ? { command: revealCommand(reveal, doc.uri, e.reveal, e.label) } : {}),
    }));
}

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  step: CompletionItemKind.Module,
  goto: CompletionItemKind.Reference,
  rename: CompletionItemKind.Reference,
  answer: CompletionItemKind.Snippet,
  snippet: CompletionItemKind.Snippet,
  node: CompletionItemKind.Reference,
};

/** The client's reveal command for `range` of `uri` (see `MlsdInitializationOptions.revealCommand`). */
export function revealCommand(command: string, uri: string, range: Range, title: string): Command {
  return { title, command, arguments: [uri, range.start.line, range.start.character, range.end.line, range.end.character] };
}
