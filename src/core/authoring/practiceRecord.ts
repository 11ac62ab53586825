/**
 * What a finished practice session leaves behind, so that sessions can be
 * compared: a small JSON record kept next to the answer
 * (`<answer>.practice.json`, a list of sessions), the rows of the "previous
 * sessions" table, and the advice on what to practise next.
 */
import type { PracticeStepTime } from './practice';
import { topMissingPoints } from './gaps';
import type { AnswerScore } from './score';

/** One finished session. */
export interface PracticeRecord {
  readonly version: 1;
  /** Case id, when the answer has one. */
  readonly caseId?: string;
  readonly level?: string;
  /** Answer file name (for the history table). */
  readonly answer: string;
  readonly endedAt: number;
  readonly elapsedMs: number;
  readonly durationMs: number;
  readonly timeUp: boolean;
  readonly score?: number;
  readonly steps: readonly { readonly bucket: string; readonly spentMs: number; readonly budgetMs: number }[];
  /** Titles of the top missing points. */
  readonly gaps: readonly string[];
}

/** The record of a session that just ended. */
export function practiceRecord(i: {
  answer: string;
  endedAt: number;
  elapsedMs: number;
  durationMs: number;
  timeUp: boolean;
  times: readonly PracticeStepTime[];
  result?: AnswerScore;
}): PracticeRecord {
  return {
    version: 1,
    caseId: i.result?.caseId,
    level: i.result?.level,
    answer: i.answer,
    endedAt: i.endedAt,
    elapsedMs: i.elapsedMs,
    durationMs: i.durationMs,
    timeUp: i.timeUp,
    score: i.result?.overall,
    steps: i.times.map((t) => ({ bucket: t.bucket, spentMs: t.spentMs, budgetMs: t.budgetMs })),
    gaps: i.result ? topMissingPoints(i.result).map((p) => p.point.title) : [],
  };
}

/** The records in a `.practice.json` file's content; invalid entries (or invalid JSON) are skipped, never thrown. */
export function parseRecords(text: string): PracticeRecord[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { sessions?: unknown }).sessions) ? (raw as { sessions: unknown[] }).sessions : [];
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  return list.filter((r): r is PracticeRecord => {
    const x = r as Partial<PracticeRecord> | null;
    return !!x && x.version === 1 && typeof x.answer === 'string' && num(x.endedAt) && num(x.elapsedMs) && num(x.durationMs) && Array.isArray(x.steps) && Array.isArray(x.gaps);
  });
}

/** The file content for `records`. */
export function serializeRecords(records: readonly PracticeRecord[]): string {
  return `${JSON.stringify({ sessions: records }, null, 2)}\n`;
}

/**
 * What to practise next, most useful first: the weakest steps by score, the
 * steps that ran most over their time, and the gaps that came back from the
 * previous session of the same case.
 */
export function practiseNext(result: AnswerScore | undefined, times: readonly PracticeStepTime[], previous: readonly PracticeRecord[]): string[] {
  const out: string[] = [];
  if (result) {
    const weak = [...result.steps].sort((a, b) => a.score - b.score).slice(0, 2).filter((s) => s.score < 70);
    for (const s of weak) out.push(`Write **${s.title}** again (score ${s.score}): ${s.summary}`);
  }
  const over = times.filter((t) => t.budgetMs > 0 && t.spentMs > t.budgetMs * 1.25).sort((a, b) => b.spentMs / b.budgetMs - a.spentMs / a.budgetMs);
  if (over[0]) out.push(`Keep **${over[0].title}** to its time: say the essentials in a sentence or two, then move on.`);
  const last = previous[previous.length - 1];
  if (result && last) {
    const now = new Set(topMissingPoints(result).map((p) => p.point.title));
    const again = last.gaps.filter((g) => now.has(g));
    if (again.length) out.push(`Missed again since the last session: ${again.map((g) => `**${g}**`).join(', ')}.`);
  }
  if (out.length === 0) out.push('Try another case, or the next level up.');
  return out;
}
