import type { PointStatus } from '../analysis/coverage';
import { placeholder } from '../framework/skeleton';
import { STEPS } from '../framework/steps';
import type { CaseKind, PointLevel } from '../framework/types';
import type { Answer, Section } from '../model/types';
import { range } from '../util';
import { lineLabel } from '../text/mask';
import type { Fix, Rule } from './types';
import { severityForLevel } from './mlsd016';
import { lineInStep, sectionAt } from './util';

const RANK: Record<PointLevel, number> = { core: 0, senior: 1, staff: 2 };

/** MLSD017: a step's section covers the key points expected at the answer's level. */
export const missingKeyPoints: Rule = {
  id: 'MLSD017',
  name: 'missing-key-points',
  description: 'Each step\'s section covers the key points expected at the answer\'s level (core always; senior at senior+; staff at staff).',
  rationale:
    'Every step has points a strong answer makes: requirements need scale and latency numbers, data needs labels, sampling and a split, monitoring needs drift and a retraining cadence, and so on. ' +
    'Core points are expected at every level; senior points (e.g. ingestion mode, feature store, safe rollout) from senior; staff points (stakeholders, cost per prediction, ' +
    'offline–online gap, platform ownership) at staff. A point made in another step counts for less: move it, or link to it. ' +
    'When a case is set, points tied to other kinds of case (task metrics such as RMSE for a CTR answer) are not asked for.\n\n' +
    'The finding lists each missing point with what to say; the quick fix appends a labelled stub line per missing point (`**Scale:** <…>`) to the section for you to fill in.',
  severity: { mid: 'warning', senior: 'error', staff: 'error' },
  tags: ['content', 'framework'],
  check(ctx, report) {
    const { answer, coverage } = ctx;
    for (const step of STEPS) {
      const section = answer.stepSections.get(step.id)?.[0];
      if (!section) continue;
      const missing = coverage.steps.get(step.id)!.points.filter((p) => p.required && !p.inStep && relevant(ctx.kinds, p));
      if (missing.length === 0) continue;
      // "Elsewhere" only when the covering hit lies outside this step (weak keywords can straddle it).
      const isElsewhere = (p: PointStatus) => p.anywhere && !!p.where && !lineInStep(answer, p.where.start.line, step.id);
      const absent = missing.filter((p) => !isElsewhere(p));
      const elsewhere = missing.filter(isElsewhere);
      const worst = absent.reduce<PointLevel | undefined>((w, p) => (w === undefined || RANK[p.level] < RANK[w] ? p.level : w), undefined);
      const parts = [
        ...absent.map((p) => `${p.point.title}${p.level === 'core' ? '' : ` [${p.level}]`}: ${p.point.advice}`),
        ...elsewhere.map((p) => `${p.point.title}: covered under "${whereTitle(answer, p)}", consider moving it here or linking to it`),
      ];
      report({
        range: section.titleRange,
        step: step.id,
        severity: worst === undefined ? 'info' : severityForLevel(worst),
        message: `Step ${step.index} "${step.title}" lacks ${missing.length} key point${missing.length === 1 ? '' : 's'}: ${parts.join(' · ')}`,
        fix: absent.length ? stubFix(answer, section, absent) : undefined,
      });
    }
  },
};

/**
 * A point tied to case kinds (`coreFor`) is left out when the answer's case is
 * of other kinds: task metrics (RMSE, IoU) are not expected of a CTR answer.
 * Without a case every point counts at its level.
 */
function relevant(kinds: readonly CaseKind[], p: PointStatus): boolean {
  const tied = p.point.coreFor;
  return !tied || kinds.length === 0 || tied.some((k) => kinds.includes(k));
}

function whereTitle(a: Answer, p: PointStatus): string {
  const s = p.where ? sectionAt(a, p.where.start.line) : undefined;
  return s ? s.title : `line ${(p.where?.start.line ?? 0) + 1}`;
}

/**
 * One edit: `**Label:** <hint…>` lines after the last non-blank line of the
 * section's own body, for the points whose label line the section does not
 * have yet (a stub inserted before and not filled in is not inserted again, so
 * applying the fix twice, or after MLSD001's skeleton, adds nothing). None when
 * every stub is already there.
 */
function stubFix(a: Answer, s: Section, absent: readonly PointStatus[]): Fix | undefined {
  const labels = new Set<string>();
  for (let l = s.line + 1; l < s.ownEnd; l++) {
    const label = lineLabel(a.lineText(l));
    if (label) labels.add(label.toLowerCase());
  }
  const points = absent.filter((p) => !labels.has(p.point.label.toLowerCase()));
  if (points.length === 0) return undefined;
  let last = s.line;
  for (let l = s.ownEnd - 1; l > s.line; l--) {
    if (a.lineText(l).trim()) {
      last = l;
      break;
    }
  }
  const stubs = points.map((p) => `**${p.point.label}:** ${placeholder(p.point.hint)}`).join('\n\n');
  const endChar = a.lineText(last).length;
  // Inserted at the end of the last line, so the stubs stay inside the section (before a closing fence or child heading).
  return {
    title: `Add ${points.length} key-point stub${points.length === 1 ? '' : 's'} to "${s.title}"`,
    edits: [{ range: range(last, endChar), newText: `\n\n${stubs}` }],
  };
}
