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

/** The first sentence of a point's advice: a one-line hint. */
function hint(p: PointStatus): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(p.point.advice)?.[0] ?? p.point.advice;
  return esc(first.length > 140 ? `${first.slice(0, 139)}…` : first);
}

/**
 * The hover text of one step, one compact block: its score, then its points as
 * missing (each with a one-line hint), named only (say why or how much) and explained.
 */
export function stepHoverMarkdown(id: StepId, result: CheckResult): string {
  const core = heavy();
  const step = core.stepById(id);
  const st = result.coverage.steps.get(id);
  if (!st) return `**Step ${step.index} · ${esc(step.title)}**`;
  const required = st.points.filter((p) => p.required);
  const missing = required.filter((p) => p.depth === 'missing');
  const named = st.points.filter((p) => p.depth === 'named');
  const explained = st.points.filter((p) => p.depth === 'explained');
  const docs = (ruleId: string) => {
    const rule = core.ruleByKey(ruleId);
    return rule ? ` ([${ruleId}](${core.ruleDocsUrl(rule)}))` : '';
  };
  const lines = [`**Step ${step.index} · ${esc(step.title)}** — ${st.score}% at ${result.level} level · ${missing.length} missing · ${named.length} named · ${explained.length} explained`, ''];
  if (missing.length) lines.push(`**Missing**${docs('MLSD017')}:`, ...missing.map((p) => `- ${esc(p.point.title)}${p.level === 'core' ? '' : ` _(${p.level})_`}: ${hint(p)}`), '');
  if (named.length) lines.push(`**Named only** — say why or how much${docs('MLSD021')}: ${named.map((p) => esc(p.point.title)).join(', ')}`, '');
  if (explained.length) lines.push(`**Explained**: ${explained.map((p) => esc(p.point.title)).join(', ')}`);
  if (!missing.length && !named.length) lines.push(`Every point expected at ${result.level} level is explained.`);
  return lines.join('\n').trimEnd();
}
