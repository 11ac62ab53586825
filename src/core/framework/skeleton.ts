/**
 * Markdown skeletons of steps, generated from the framework definition. The
 * quick fix "insert missing step", the snippets and the templates all use them,
 * so their labels are always the ones the checker looks for.
 */
import { STEPS } from './steps';
import type { CaseStudy, Level, StepDef, StepId } from './types';
import { pointRequired } from './required';

export interface SkeletonOptions {
  /** Heading depth (default 2). */
  readonly depth?: number;
  /** Prefix the title with the step's number (`## 3. Data preparation`). */
  readonly numbered?: boolean;
  /** Include points expected at this level (default: core points only). */
  readonly level?: Level;
  /** Case whose guiding questions go under the heading as HTML comments. */
  readonly caseStudy?: CaseStudy;
}

/** The heading line of a step. */
export function stepHeading(step: StepDef, o: SkeletonOptions = {}): string {
  const title = `${o.numbered === false ? '' : `${step.index}. `}${step.title}`;
  // Depth 7 is a bold pseudo-heading, for answers whose steps are bold lines or run-in titles.
  return (o.depth ?? 2) >= 7 ? `**${title}**` : `${'#'.repeat(o.depth ?? 2)} ${title}`;
}

/** A placeholder in the one form the checker treats as unfilled: `<hint…>`. */
export function placeholder(hint: string): string {
  const h = hint.replace(/[<>\n]/g, ' ').trim();
  return `<${h}${h.endsWith('…') ? '' : '…'}>`;
}

/** The skeleton of one step: heading, guiding questions (as comments), one labelled line per key point. */
export function stepSkeleton(id: StepId, o: SkeletonOptions = {}): string {
  const step = STEPS.find((s) => s.id === id)!;
  const level = o.level ?? 'mid';
  const lines = [stepHeading(step, o), ''];
  const guide = o.caseStudy?.guide[id] ?? [];
  if (guide.length) {
    lines.push('<!-- Guiding questions:');
    for (const q of guide) lines.push(`- ${q.replace(/--/g, '–')}`);
    lines.push('-->', '');
  }
  for (const p of step.points) {
    if (!pointRequired(p, level, o.caseStudy?.kinds ?? [])) continue;
    lines.push(`**${p.label}:** ${placeholder(p.hint)}`, '');
  }
  return lines.join('\n');
}
