/**
 * The end-of-session summary of practice mode: time per step against the
 * suggested pacing, the checker's score, and the most important points still
 * missing, as Markdown.
 */
import type { PointStatus } from '../analysis/coverage';
import type { CheckResult } from '../check';
import { STEPS } from '../framework/steps';
import { formatClock, type PracticeStepTime } from './practice';

const LEVEL_RANK = { core: 0, senior: 1, staff: 2 } as const;
const STEP_RANK = new Map(STEPS.map((s, i) => [s.id, i]));

/**
 * The `n` most important missing key points: required at the answer's level,
 * covered nowhere in the answer; core before senior before staff, then in step
 * order (requirements first, as an interviewer would probe them).
 */
export function topMissingPoints(result: CheckResult, n = 3): PointStatus[] {
  const missing: PointStatus[] = [];
  for (const st of result.coverage.steps.values()) for (const p of st.points) if (p.required && !p.anywhere) missing.push(p);
  missing.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || STEP_RANK.get(a.step)! - STEP_RANK.get(b.step)!);
  return missing.slice(0, n);
}

export interface PracticeSummaryInput {
  /** Display name of the answer. */
  readonly name: string;
  readonly times: readonly PracticeStepTime[];
  readonly elapsedMs: number;
  readonly durationMs: number;
  /** The session ran out of time (as opposed to being stopped). */
  readonly timeUp: boolean;
  /** The check of the answer at the end, when there is one. */
  readonly result?: CheckResult;
}

/** One short line for the notification. */
export function summaryHeadline(i: PracticeSummaryInput): string {
  const how = i.timeUp ? 'Time is up' : 'Practice session ended';
  const score = i.result ? `score ${i.result.coverage.overall}/100 at ${i.result.level} level` : 'no score (the answer could not be checked)';
  return `${how} after ${formatClock(i.elapsedMs)}: ${score}.`;
}

/** The whole summary as a Markdown document. */
export function practiceSummaryMarkdown(i: PracticeSummaryInput): string {
  const lines = [`# Practice summary: ${i.name}`, '', summaryHeadline(i), '', '## Time per step', ''];
  lines.push('| Step | Time spent | Suggested | |', '| --- | ---: | ---: | --- |');
  for (const t of i.times) {
    const over = t.budgetMs > 0 && t.spentMs > t.budgetMs;
    const note = t.budgetMs === 0 ? '' : over ? `over by ${formatClock(t.spentMs - t.budgetMs)}` : t.spentMs === 0 ? 'not visited' : 'on pace';
    lines.push(`| ${t.title} | ${formatClock(t.spentMs)} | ${t.budgetMs ? formatClock(t.budgetMs) : '–'} | ${note} |`);
  }
  lines.push(`| **Total** | **${formatClock(i.elapsedMs)}** | **${formatClock(i.durationMs)}** | |`, '');
  if (i.result) {
    lines.push('## Score', '', `Overall **${i.result.coverage.overall}/100** at the ${i.result.level} level.`, '');
    lines.push('| Step | Score |', '| --- | ---: |');
    for (const st of i.result.coverage.steps.values()) lines.push(`| ${st.step.title} | ${st.score} |`);
    lines.push('');
    const missing = topMissingPoints(i.result);
    lines.push('## The three most important missing points', '');
    if (missing.length === 0) lines.push('None: every key point expected at this level is covered. Next time, try the next level up.');
    missing.forEach((p, k) => {
      const step = STEPS[STEP_RANK.get(p.step)!]!;
      lines.push(`${k + 1}. **${p.point.title}** (${step.title}, ${p.level}): ${p.point.advice}`);
    });
    lines.push('');
  }
  lines.push('_Tip: run "MLSD: Start Practice Session" again to retry; the timer survives a window reload._', '');
  return lines.join('\n');
}
