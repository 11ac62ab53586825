/**
 * Hover text, pure (no editor API): on a step heading, the step's coverage at
 * the answer's level and the key points still missing, each with the advice
 * that says what to add. The language server turns it into an LSP hover.
 */
import type { CheckResult } from '../check';
import type { PointStatus } from '../analysis/coverage';
import { stepById } from '../framework/steps';
import type { StepId } from '../framework/types';
import { ruleByKey, ruleDocsUrl } from '../rules/index';

/** Escape Markdown punctuation in framework text shown in a hover. */
function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

/** The first sentence of a point's advice: a one-line hint. */
function hint(p: PointStatus): string {
  const first = /^.*?[.!?](?=\s|$)/.exec(p.point.advice)?.[0] ?? p.point.advice;
  return esc(first.length > 140 ? `${first.slice(0, 139)}…` : first);
}

/** A link to a rule's docs after a label, e.g. ` ([MLSD017](…))`. */
function docs(ruleId: string): string {
  const rule = ruleByKey(ruleId);
  return rule ? ` ([${ruleId}](${ruleDocsUrl(rule)}))` : '';
}

/**
 * The hover text of one step, one compact block: its score, then its points as
 * missing (each with a one-line hint), named only (say why or how much) and explained.
 */
export function stepHoverMarkdown(id: StepId, result: CheckResult): string {
  const step = stepById(id);
  const st = result.coverage.steps.get(id);
  if (!st) return `**Step ${step.index} · ${esc(step.title)}**`;
  const missing = st.points.filter((p) => p.required && p.depth === 'missing');
  const named = st.points.filter((p) => p.depth === 'named');
  const explained = st.points.filter((p) => p.depth === 'explained');
  const lines = [`**Step ${step.index} · ${esc(step.title)}** — ${st.score}% at ${result.level} level · ${missing.length} missing · ${named.length} named · ${explained.length} explained`, ''];
  if (missing.length) lines.push(`**Missing**${docs('MLSD017')}:`, ...missing.map((p) => `- ${esc(p.point.title)}${p.level === 'core' ? '' : ` _(${p.level})_`}: ${hint(p)}`), '');
  if (named.length) lines.push(`**Named only** — say why or how much${docs('MLSD021')}: ${named.map((p) => esc(p.point.title)).join(', ')}`, '');
  if (explained.length) lines.push(`**Explained**: ${explained.map((p) => esc(p.point.title)).join(', ')}`);
  if (!missing.length && !named.length) lines.push(`Every point expected at ${result.level} level is explained.`);
  return lines.join('\n').trimEnd();
}

/**
 * The hover Markdown at a position (0-based), or undefined where there is none.
 * Today: a step heading's line. `character` is for hovers on a part of a line.
 */
export function hoverMarkdown(result: CheckResult, line: number, character: number): string | undefined {
  void character;
  const section = result.answer.sections.find((s) => s.line === line && s.aliasSteps.length > 0);
  if (!section) return undefined;
  return section.aliasSteps.map((id) => stepHoverMarkdown(id, result)).join('\n\n---\n\n');
}
