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
import { escapeMarkdown as esc } from '../util';
import { capacityMarkdown } from '../analysis/capacity';
import { numberWorkingAt } from '../analysis/working';
import { diagramNodeHover } from '../diagrams/assist';


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
 * The hover Markdown at a position (0-based), or undefined where there is none:
 * on a step heading, the step's points (the requirements step also shows the
 * capacity figures its numbers imply); on a node id in a diagram, where the text
 * mentions it; on a number, what the checker read in it ("show the working").
 */
export function hoverMarkdown(result: CheckResult, line: number, character: number): string | undefined {
  const { answer } = result;
  const section = answer.sections.find((s) => s.line === line && s.aliasSteps.length > 0);
  if (section) {
    return section.aliasSteps
      .map((id) => {
        const capacity = id === 'requirements' ? capacityMarkdown(answer) : '';
        return capacity ? `${stepHoverMarkdown(id, result)}\n\n${capacity}` : stepHoverMarkdown(id, result);
      })
      .join('\n\n---\n\n');
  }
  return diagramNodeHover(answer, line, character)?.markdown ?? numberWorkingAt(answer, line, character)?.markdown;
}
