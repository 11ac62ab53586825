/**
 * The practice timer's status bar item: time left, the current step's time
 * against its suggested pace, a warning colour when the step runs over, and a
 * tooltip with the pacing of every step.
 */
import * as vscode from 'vscode';
import type { MlsdPracticeSession } from '../../core/authoring/practice';
import { heavy } from '../lazy';

/** Redraw the item for the session's current state. */
export function renderStatus(item: vscode.StatusBarItem, s: MlsdPracticeSession): void {
  const left = heavy().formatClock(s.remainingMs());
  const cur = s.current;
  const stepPart =
    cur === 'other' ? 'outside the steps' : `${heavy().stepById(cur).title} ${heavy().formatClock(s.spentMs(cur))}/${heavy().formatClock(s.budgetMs(cur))}`;
  const over = cur !== 'other' && s.isOver(cur);
  item.text = s.paused ? `$(debug-pause) Paused, ${left} left` : `$(watch) ${left} left · ${stepPart}`;
  item.backgroundColor = over && !s.paused ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  item.accessibilityInformation = {
    label: s.paused ? `Practice paused, ${left} left` : `Practice: ${left} left; ${stepPart}${over ? ', over its suggested time' : ''}`,
  };

  const md = new vscode.MarkdownString(undefined, true);
  md.appendMarkdown(`**MLSD practice** (${s.paused ? 'paused' : 'running'}): ${left} of ${heavy().formatClock(s.durationMs)} left\n\n`);
  md.appendMarkdown('| Step | Spent | Suggested |\n| --- | ---: | ---: |\n');
  for (const step of heavy().STEPS) {
    const mark = step.id === cur ? ' ◀' : '';
    const warn = s.isOver(step.id) ? ' $(warning)' : '';
    md.appendMarkdown(`| ${step.title}${mark} | ${heavy().formatClock(s.spentMs(step.id))}${warn} | ${heavy().formatClock(s.budgetMs(step.id))} |\n`);
  }
  md.appendMarkdown(`\nClick to ${s.paused ? 'resume' : 'pause'}. "MLSD: End Practice Session" shows the summary.`);
  item.tooltip = md;
  item.show();
}
