import type { Coverage, PointStatus, StepStatus } from '../analysis/coverage';
import { conceptGroups } from '../analysis/concepts';
import type { ConceptId } from '../framework/concepts';
import { lineOfOffset } from '../model/parse';
import { placeholder } from '../framework/skeleton';
import { STEPS } from '../framework/steps';
import { ALWAYS_ASKED } from '../framework/required';
import { STEP_IDS, type CaseKind, type PointLevel, type StepId } from '../framework/types';
import type { Answer, Range, Section } from '../model/types';
import { lineRange, range } from '../util';
import { lineLabel } from '../text/mask';
import type { Fix, Rule } from './types';
import { asName, listOf } from '../findings';
import { insertionLine } from './util';

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
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['content', 'framework'],
  gap: true,
  check(ctx, report) {
    const { answer, coverage } = ctx;
    for (const step of STEPS) {
      const section = answer.stepSections.get(step.id)?.[0];
      // A point made anywhere in the answer is not missing (the score credits it a little less).
      const st = coverage.steps.get(step.id)!;
      const absent = st.points.filter((p) => p.required && !p.anywhere && relevant(ctx.kinds, p));
      if (absent.length === 0) continue;
      // A step made without a section of its own (an essay, points spread over others) is
      // reported where its section would go: MLSD001 stays silent for it, so this says what it lacks.
      // In an answer with no step sections (an essay, a dialogue) every step's section would go at the
      // end: there, the finding goes where the answer makes one of the step's points, not all on the last line.
      const said = answer.stepSections.size === 0 ? st.points.find((p) => p.where)?.where : undefined;
      const anchor = section ? section.titleRange : atLine(answer, said ? said.start.line : Math.max(0, Math.min(insertionLine(answer, step.id), answer.lineCount) - 1));
      const names = absent.map((p) => asName(p.point.title));
      report({
        range: anchor,
        step: step.id,
        severity: coreGap(absent, st, reasoned(ctx.answer, ctx.coverage, step.id)) || absent.some((p) => ALWAYS_ASKED.includes(p.point.key)) ? undefined : 'info',
        message: section ? `"${section.title}": add ${listOf(names)}.` : `${step.title} (no section of its own): add ${listOf(names)}.`,
        gap: names,
        concepts: absent.map((p) => p.point.key),
        related: absent.map((p) => ({ range: anchor, message: `${p.point.title}${p.level === 'core' ? '' : ` (${p.level})`}: ${p.point.advice}` })),
        fix: section ? stubFix(answer, section, absent) : undefined,
      });
    }
  },
};

/** The whole of line `l`. */
const atLine = (a: Answer, l: number): Range => lineRange(a.lineText(l), l);

/**
 * Is what the step lacks worth a warning? A third of its core points (at least
 * two); anything else the step could add is a hint (no answer makes every
 * point). A step that makes its points tersely is not missing them: the score
 * and MLSD021 say "named, not explained", so its one missing point is a hint.
 */
function coreGap(absent: readonly PointStatus[], st: StepStatus, argued: boolean): boolean {
  const missing = absent.filter((p) => p.level === 'core').length;
  const core = st.points.filter((p) => p.level === 'core' && p.required).length;
  // A step that argues at length lacks a point only when it lacks half of them.
  return missing >= Math.max(2, Math.ceil(core / (argued ? 2 : 3)));
}

/** Explaining sentences (a reason, a number, a comparison) a step's lines need to be reasoned at length. */
const REASONED = 3;

/**
 * Does the step reason at length about its own subject? Then what it lacks by
 * the table is a hint: the table's phrases miss some plain ways of saying a
 * point, and an interviewer does not fault a step that argues its case. Only
 * explaining sentences that make one of the step's points count: fluent
 * sentences about something else (team culture under "Model") do not.
 */
function reasoned(a: Answer, cov: Coverage, step: StepId): boolean {
  const bit = 1 << STEP_IDS.indexOf(step);
  const st = cov.steps.get(step)!;
  const onTopic = new Set<number>();
  for (const p of st.points) {
    const g = conceptGroups(p.point.key as ConceptId);
    for (const h of [...cov.hits.all(g.phrases), ...cov.hits.all(g.pairs)]) {
      const s = cov.sentences.at(a.tokens.start(h.token));
      if (s) onTopic.add(s.index);
    }
  }
  // An answer with no step sections (a transcript, an essay) argues a step wherever it makes its points.
  const anywhere = a.stepSections.size === 0;
  let n = 0;
  for (const i of onTopic) {
    const s = cov.sentences.list[i]!;
    if ((anywhere || (a.lineSteps[lineOfOffset(a.lineStarts, s.start)]! & bit) !== 0) && cov.sentences.explained(s) && ++n >= REASONED) return true;
  }
  return false;
}

/**
 * A point tied to case kinds (`coreFor`) is left out when the answer's case is
 * of other kinds: task metrics (RMSE, IoU) are not expected of a CTR answer.
 * Without a case every point counts at its level.
 */
function relevant(kinds: readonly CaseKind[], p: PointStatus): boolean {
  const tied = p.point.coreFor;
  return !tied || kinds.length === 0 || tied.some((k) => kinds.includes(k));
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
  // Inserted at the end of the last line, so the stubs stay inside the section (before a closing fence or child heading),
  // and a blank line after them when the next line has text: a plain-text title there ("Slide 9: Monitoring") stays its own paragraph.
  const nextHasText = last + 1 < a.lineCount && a.lineText(last + 1).trim() !== '';
  return {
    title: `Add ${points.length} key-point stub${points.length === 1 ? '' : 's'} to "${s.title}"`,
    edits: [{ range: range(last, endChar), newText: `\n\n${stubs}${nextHasText ? '\n' : ''}` }],
  };
}
