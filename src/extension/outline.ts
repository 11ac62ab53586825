/**
 * Outline, breadcrumbs and folding from the answer model. Step sections get
 * their own symbol kind and a detail with the step number and score.
 */
import * as vscode from 'vscode';
import type { CheckResult, Section } from '../core/index';
import type { MlsdAnswers } from './answers';
import { heavy } from './lazy';

/**
 * Symbol kinds: `Module` for a step section, `String` for any other heading
 * (as VS Code's Markdown outline), `Key` for a bold-only pseudo-heading.
 */
function symbolKind(s: Section): vscode.SymbolKind {
  return s.aliasSteps.length > 0 ? vscode.SymbolKind.Module : s.kind === 'bold' ? vscode.SymbolKind.Key : vscode.SymbolKind.String;
}

/** "Step 3 · 72%" (or "Step 5 · 60% · Step 6 · 80%" for a heading that names two steps). */
export function stepDetail(section: Section, result: CheckResult): string {
  return section.aliasSteps
    .map((id) => `Step ${heavy().stepById(id).index} · ${result.coverage.steps.get(id)?.score ?? 0}%`)
    .join(' · ');
}

export class MlsdOutline implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly _answers: MlsdAnswers) {}

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const result = this._answers.get(doc).result;
    if (!result) return [];
    const { sections } = result.answer;
    const lastLine = doc.lineCount - 1;
    const build = (s: Section): vscode.DocumentSymbol => {
      const endLine = Math.max(s.line, Math.min(lastLine, lastContentLine(doc, s.line, s.end)));
      const range = new vscode.Range(s.line, 0, endLine, doc.lineAt(endLine).text.length);
      const t = s.titleRange;
      const selection = new vscode.Range(t.start.line, t.start.character, t.end.line, t.end.character);
      const isStep = s.aliasSteps.length > 0;
      const kind = symbolKind(s);
      const sym = new vscode.DocumentSymbol(s.title || ' ', isStep ? stepDetail(s, result) : '', kind, range, range.contains(selection) ? selection : new vscode.Range(s.line, 0, s.line, 0));
      sym.children = s.children.map((i) => build(sections[i]!));
      return sym;
    };
    return sections.filter((s) => s.parent < 0).map(build);
  }

  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    const result = this._answers.get(doc).result;
    if (!result) return [];
    const { answer } = result;
    const out: vscode.FoldingRange[] = [];
    if (answer.frontMatter.end > 1) out.push(new vscode.FoldingRange(0, answer.frontMatter.end - 1, vscode.FoldingRangeKind.Region));
    for (const s of answer.sections) {
      const end = lastContentLine(doc, s.line, s.end);
      if (end > s.line) out.push(new vscode.FoldingRange(s.line, end, vscode.FoldingRangeKind.Region));
    }
    for (const b of answer.codeBlocks) {
      if (b.end - 1 > b.line) out.push(new vscode.FoldingRange(b.line, b.end - 1, vscode.FoldingRangeKind.Region));
    }
    return out;
  }
}

/** Last non-blank line in [start, end), so a folded section keeps the blank line before the next heading. */
function lastContentLine(doc: vscode.TextDocument, start: number, end: number): number {
  let l = Math.min(end, doc.lineCount) - 1;
  while (l > start && doc.lineAt(l).isEmptyOrWhitespace) l--;
  return l;
}
