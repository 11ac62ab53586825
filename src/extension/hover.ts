/**
 * Hover on a step heading: the step's coverage at the answer's level and the
 * key points still missing, each with the advice that says what to add.
 */
import * as vscode from 'vscode';
import type { CheckResult, PointStatus, StepId } from '../core/index';
import type { MlsdAnswers } from './answers';
import { heavy } from './lazy';

export class MlsdHover implements vscode.HoverProvider {
  constructor(private readonly _answers: MlsdAnswers) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this._answers.get(doc).result;
    if (!result) return undefined;
    const section = result.answer.sections.find((s) => s.line === position.line && s.aliasSteps.length > 0);
    if (!section) return undefined;
    const md = new vscode.MarkdownString(section.aliasSteps.map((id) => stepHoverMarkdown(id, result)).join('\n\n---\n\n'));
    // Plain text from the framework only; no command links, no HTML.
    md.isTrusted = false;
    md.supportHtml = false;
    const line = doc.lineAt(position.line);
    return new vscode.Hover(md, line.range);
  }
}

/** Escape Markdown punctuation in framework text shown in a hover. */
function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function pointLine(p: PointStatus, withAdvice: boolean): string {
  const tag = p.required ? p.level : `${p.level}, optional at this level`;
  return `- **${esc(p.point.title)}** _(${tag})_${withAdvice ? ` — ${esc(p.point.advice)}` : ''}`;
}

/** The hover text of one step: score, missing points (with advice), points covered only elsewhere. */
export function stepHoverMarkdown(id: StepId, result: CheckResult): string {
  const step = heavy().stepById(id);
  const st = result.coverage.steps.get(id);
  if (!st) return `**Step ${step.index} · ${esc(step.title)}**`;
  const required = st.points.filter((p) => p.required);
  const covered = required.filter((p) => p.inStep).length;
  const lines = [
    `**Step ${step.index} · ${esc(step.title)}** — ${st.score}% at ${result.level} level (${covered}/${required.length} expected points covered here)`,
    '',
  ];
  const missing = required.filter((p) => !p.anywhere);
  const elsewhere = required.filter((p) => p.anywhere && !p.inStep);
  if (missing.length) lines.push('Missing:', '', ...missing.map((p) => pointLine(p, true)), '');
  if (elsewhere.length) lines.push('Covered elsewhere in the answer (move it here for full credit):', '', ...elsewhere.map((p) => pointLine(p, false)), '');
  if (!missing.length && !elsewhere.length) lines.push(`Every point expected at ${result.level} level is covered.`);
  const optional = st.points.filter((p) => !p.required && !p.anywhere);
  if (optional.length) lines.push(`Beyond this level: ${optional.map((p) => esc(p.point.title)).join(', ')}.`);
  return lines.join('\n').trimEnd();
}
