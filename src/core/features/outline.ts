/**
 * Outline and folding as plain data (0-based lines), pure: the language server
 * maps them to LSP document symbols and folding ranges. Step sections carry a
 * detail with the step number and score.
 */
import type { CheckResult } from '../check';
import { stepById } from '../framework/steps';
import type { Range, Section } from '../model/types';

/** What a symbol stands for: a step section, any other heading, or a bold pseudo-heading. */
export type OutlineKind = 'step' | 'heading' | 'bold';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** From the heading to the section's last non-blank line. */
  readonly range: Range;
  /** The heading's text (inside `range`). */
  readonly selectionRange: Range;
  readonly children: OutlineSymbol[];
}

export interface OutlineFold {
  readonly startLine: number;
  readonly endLine: number;
}

/** "Step 3 · 72%" (or "Step 5 · 60% · Step 6 · 80%" for a heading that names two steps). */
export function stepDetail(section: Section, result: CheckResult): string {
  return section.aliasSteps.map((id) => `Step ${stepById(id).index} · ${result.coverage.steps.get(id)?.score ?? 0}%`).join(' · ');
}

/** Last non-blank line in [start, end), so a folded section keeps the blank line before the next heading. */
function lastContentLine(result: CheckResult, start: number, end: number): number {
  const a = result.answer;
  let l = Math.min(end, a.lineCount) - 1;
  while (l > start && !a.lineText(l).trim()) l--;
  return l;
}

/** The answer's headings as a tree of symbols. */
export function documentSymbols(result: CheckResult): OutlineSymbol[] {
  const a = result.answer;
  const build = (s: Section): OutlineSymbol => {
    const endLine = Math.max(s.line, Math.min(a.lineCount - 1, lastContentLine(result, s.line, s.end)));
    const range = { start: { line: s.line, character: 0 }, end: { line: endLine, character: a.lineText(endLine).length } };
    const t = s.titleRange;
    const inside = t.start.line >= s.line && t.end.line <= endLine;
    const kind: OutlineKind = s.aliasSteps.length > 0 ? 'step' : s.kind === 'bold' ? 'bold' : 'heading';
    return {
      name: s.title || ' ',
      detail: kind === 'step' ? stepDetail(s, result) : '',
      kind,
      range,
      selectionRange: inside ? t : { start: range.start, end: range.start },
      children: s.children.map((i) => build(a.sections[i]!)),
    };
  };
  return a.sections.filter((s) => s.parent < 0).map(build);
}

/** Folds: the front matter, every section (to its last non-blank line), every code block. */
export function foldingRanges(result: CheckResult): OutlineFold[] {
  const a = result.answer;
  const out: OutlineFold[] = [];
  if (a.frontMatter.end > 1) out.push({ startLine: 0, endLine: a.frontMatter.end - 1 });
  for (const s of a.sections) {
    const end = lastContentLine(result, s.line, s.end);
    if (end > s.line) out.push({ startLine: s.line, endLine: end });
  }
  for (const b of a.codeBlocks) if (b.end - 1 > b.line) out.push({ startLine: b.line, endLine: b.end - 1 });
  return out;
}
