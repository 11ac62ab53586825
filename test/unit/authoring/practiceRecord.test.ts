import { describe, expect, it } from 'vitest';
import { parseRecords, practiceRecord, practiseNext, serializeRecords } from '../../../src/core/authoring/practiceRecord';
import { practiceSummaryMarkdown } from '../../../src/core/authoring/summary';
import { templateFor } from '../../../src/core/authoring/templates';
import type { PracticeStepTime } from '../../../src/core/authoring/practice';
import { scoreOf } from './scoreOf';

const MIN = 60_000;
const result = scoreOf(templateFor('ctr-sponsored-search', 'senior')!);
const times: PracticeStepTime[] = [
  { bucket: 'requirements', title: 'Clarify requirements', spentMs: 12 * MIN, budgetMs: 5 * MIN },
  { bucket: 'framing', title: 'Frame the problem', spentMs: 2 * MIN, budgetMs: 5 * MIN },
];

describe('practice records', () => {
  it('a record round-trips through its file, and bad content is skipped rather than thrown', () => {
    const r = practiceRecord({ answer: 'a.mlsd.md', endedAt: 1000, elapsedMs: 14 * MIN, durationMs: 45 * MIN, timeUp: false, times, result });
    expect(r.caseId).toBe('ctr-sponsored-search');
    expect(r.score).toBe(result.overall);
    expect(r.gaps.length).toBe(3);
    expect(parseRecords(serializeRecords([r]))).toEqual([r]);
    expect(parseRecords('not json')).toEqual([]);
    expect(parseRecords('{"sessions":[{"version":2},null,5]}')).toEqual([]);
  });

  it('what to practise next names the weakest steps, the step most over time and the gaps missed again', () => {
    const prev = practiceRecord({ answer: 'old.mlsd.md', endedAt: 1, elapsedMs: MIN, durationMs: 45 * MIN, timeUp: false, times, result });
    const next = practiseNext(result, times, [prev]);
    expect(next.some((t) => t.startsWith('Write **'))).toBe(true);
    expect(next).toContain('Keep **Clarify requirements** to its time: say the essentials in a sentence or two, then move on.');
    expect(next.some((t) => t.startsWith('Missed again since the last session: '))).toBe(true);
    expect(practiseNext(undefined, [], [])).toEqual(['Try another case, or the next level up.']);
  });

  it('the summary compares with the previous sessions of the case', () => {
    const prev = practiceRecord({ answer: 'old | one.mlsd.md', endedAt: Date.UTC(2026, 0, 2, 3, 4), elapsedMs: 40 * MIN, durationMs: 45 * MIN, timeUp: true, times, result });
    const md = practiceSummaryMarkdown({ name: 'new.mlsd.md', times, elapsedMs: 14 * MIN, durationMs: 45 * MIN, timeUp: false, result, previous: [prev] });
    expect(md).toContain('## Previous sessions of this case');
    expect(md).toContain(`| 2026-01-02 03:04 | old   one.mlsd.md | 40:00 | ${result.overall} |`);
    expect(md).toContain(`| **This session** | new.mlsd.md | 14:00 | ${result.overall} |`);
    const first = practiceSummaryMarkdown({ name: 'new.mlsd.md', times, elapsedMs: 1, durationMs: 45 * MIN, timeUp: false, result });
    expect(first).toContain('first recorded session');
  });

  it('a summary kept beside the answer links to it and says where it is kept', () => {
    const kept = practiceSummaryMarkdown({ name: 'my (first) answer.mlsd.md', times, elapsedMs: 1, durationMs: 45 * MIN, timeUp: false, result, keptAs: 'my (first) answer.practice.md' });
    expect(kept.split('\n')[0]).toBe('# Practice summary: [my \\(first\\) answer.mlsd.md](my%20%28first%29%20answer.mlsd.md)');
    expect(kept).toContain('_Kept beside the answer as `my (first) answer.practice.md` (run "MLSD: Show Practice Summary" to open it again)');
    const virtual = practiceSummaryMarkdown({ name: 'Untitled-1', times, elapsedMs: 1, durationMs: 45 * MIN, timeUp: false, result });
    expect(virtual.split('\n')[0]).toBe('# Practice summary: Untitled-1');
    expect(virtual).not.toContain('Kept beside');
  });
});
