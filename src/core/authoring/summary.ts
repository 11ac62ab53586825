/**
 * The end-of-session summary of practice mode: time per step against the
 * suggested pacing, the checker's score, and the most important points still
 * missing, as Markdown.
 */
import { formatClock, type PracticeStepTime } from './practice';
import { topMissingPoints } from './gaps';
import type { AnswerScore } from './score';
import { practiseNext, type PracticeRecord } from './practiceRecord';
import { escapeMarkdown } from '../util';

export { topMissingPoints } from './gaps';

export interface PracticeSummaryInput {
  /** Display name of the answer. */
  readonly name: string;
  readonly times: readonly PracticeStepTime[];
  readonly elapsedMs: number;
  readonly durationMs: number;
  /** The session ran out of time (as opposed to being stopped). */
  readonly timeUp: boolean;
  /** The answer's score at the end (the language server's latest result), when there is one. */
  readonly result?: AnswerScore;
  /** Earlier sessions of the same case, oldest first. */
  readonly previous?: readonly PracticeRecord[];
  /**
   * The file the summary is kept in beside the answer (`a.practice.md`), when it is:
   * the title then links to the answer, and the end says where it is kept.
   */
  readonly keptAs?: string;
}

/** One short line for the notification. */
export function summaryHeadline(i: PracticeSummaryInput): string {
  const how = i.timeUp ? 'Time is up' : 'Practice session ended';
  const score = i.result ? `score ${i.result.overall}/100 at ${i.result.level} level` : 'no score (the answer could not be checked)';
  return `${how} after ${formatClock(i.elapsedMs)}: ${score}.`;
}

/** The whole summary as a Markdown document. */
export function practiceSummaryMarkdown(i: PracticeSummaryInput): string {
  const title = i.keptAs ? `[${escapeMarkdown(i.name)}](${linkTarget(i.name)})` : i.name;
  const lines = [`# Practice summary: ${title}`, '', summaryHeadline(i), '', '## Time per step', ''];
  lines.push('| Step | Time spent | Suggested | |', '| --- | ---: | ---: | --- |');
  for (const t of i.times) {
    const over = t.budgetMs > 0 && t.spentMs > t.budgetMs;
    const note = t.budgetMs === 0 ? '' : over ? `over by ${formatClock(t.spentMs - t.budgetMs)}` : t.spentMs === 0 ? 'not visited' : 'on pace';
    lines.push(`| ${t.title} | ${formatClock(t.spentMs)} | ${t.budgetMs ? formatClock(t.budgetMs) : '–'} | ${note} |`);
  }
  lines.push(`| **Total** | **${formatClock(i.elapsedMs)}** | **${formatClock(i.durationMs)}** | |`, '');
  if (i.result) {
    lines.push('## Score', '', `Overall **${i.result.overall}/100** at the ${i.result.level} level.`, '');
    lines.push('| Step | Score |', '| --- | ---: |');
    for (const st of i.result.steps) lines.push(`| ${st.title} | ${st.score} |`);
    lines.push('');
    const missing = topMissingPoints(i.result);
    lines.push('## The three most important missing points', '');
    if (missing.length === 0) lines.push('None: every key point expected at this level is covered. Next time, try the next level up.');
    missing.forEach((p, k) => lines.push(`${k + 1}. **${p.point.title}** (${p.stepTitle}, ${p.point.level}): ${p.point.advice}`));
    lines.push('');
  }
  lines.push('## What to practise next', '', ...practiseNext(i.result, i.times, i.previous ?? []).map((t) => `- ${t}`), '');
  lines.push(...previousSessions(i), '');
  if (i.keptAs) lines.push(`_Kept beside the answer as \`${i.keptAs}\` (run "MLSD: Show Practice Summary" to open it again); each session's data is in its \`.practice.json\`._`, '');
  lines.push('_Tip: run "MLSD: Start Practice Session…" for another round; the timer survives a window reload._', '');
  return lines.join('\n');
}

/** The table of earlier sessions of the same case, with this one last for comparison. */
function previousSessions(i: PracticeSummaryInput): string[] {
  const prev = i.previous ?? [];
  if (prev.length === 0) return ['_This is your first recorded session of this case: the next summary will compare with it._'];
  const date = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
  const rows = ['## Previous sessions of this case', '', '| Ended (UTC) | Answer | Time | Score |', '| --- | --- | ---: | ---: |'];
  for (const r of prev.slice(-5)) rows.push(`| ${date(r.endedAt)} | ${cell(r.answer)} | ${formatClock(r.elapsedMs)} | ${r.score ?? '–'} |`);
  rows.push(`| **This session** | ${cell(i.name)} | ${formatClock(i.elapsedMs)} | ${i.result?.overall ?? '–'} |`);
  return rows;
}

/** A table cell: no pipes or line breaks from a file name. */
function cell(s: string): string {
  return s.replace(/[|\r\n]/g, ' ');
}

/** A file name beside the summary as a link target: percent-encoded, parentheses too. */
function linkTarget(name: string): string {
  return encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
