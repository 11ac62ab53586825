import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { STEP_IDS } from '../../../src/core/framework/types';
import type { AnswerScore } from '../../../src/core/authoring/score';
import { practiceSummaryMarkdown, summaryHeadline } from '../../../src/core/authoring/summary';
import { practiceRecord, practiseNext } from '../../../src/core/authoring/practiceRecord';
import { stepAtLine, stepRuns } from '../../../src/core/model/stepRuns';
import { templateFor } from '../../../src/core/authoring/templates';

const MIN = 60_000;
const point = (key: string, level: 'core' | 'senior', required: boolean, anywhere: boolean) => ({ key, title: `T-${key}`, advice: `A-${key}.`, level, required, anywhere });

/** A score as plain data, as the language server's `mlsd/result` carries it: no checker run. */
const score: AnswerScore = {
  overall: 41,
  level: 'senior',
  caseId: 'typeahead',
  steps: [
    { id: 'requirements', title: 'Clarify requirements', summary: 'Ask first.', score: 90, points: [point('scale', 'core', true, true), point('slo', 'senior', true, false)] },
    { id: 'framing', title: 'Frame the problem', summary: 'Say what the model predicts.', score: 20, points: [point('label', 'core', true, false), point('extra', 'senior', false, false)] },
    { id: 'data', title: 'Data preparation', summary: 'Where the data comes from.', score: 35, points: [point('sources', 'core', true, false)] },
  ],
};

describe('practice summary from plain result data', () => {
  it('scores, steps, missing points (core first, then step order) and advice come from the data alone', () => {
    const times = [{ bucket: 'framing' as const, title: 'Frame the problem', spentMs: 9 * MIN, budgetMs: 5 * MIN }];
    const md = practiceSummaryMarkdown({ name: 'a.mlsd.md', times, elapsedMs: 9 * MIN, durationMs: 45 * MIN, timeUp: false, result: score });
    expect(md).toContain('Overall **41/100** at the senior level.');
    expect(md).toContain('| Frame the problem | 20 |');
    expect(md).toContain('1. **T-label** (Frame the problem, core): A-label.');
    expect(md).toContain('2. **T-sources** (Data preparation, core): A-sources.');
    expect(md).toContain('3. **T-slo** (Clarify requirements, senior): A-slo.');
    expect(md).not.toContain('T-extra'); // not required
    expect(md).not.toContain('T-scale'); // covered
    expect(md).toContain('- Write **Frame the problem** again (score 20): Say what the model predicts.');
    expect(md).toContain('- Write **Data preparation** again (score 35): Where the data comes from.');
    expect(summaryHeadline({ name: 'a', times, elapsedMs: 9 * MIN, durationMs: 45 * MIN, timeUp: true, result: score })).toBe('Time is up after 9:00: score 41/100 at senior level.');
    const r = practiceRecord({ answer: 'a.mlsd.md', endedAt: 5, elapsedMs: 9 * MIN, durationMs: 45 * MIN, timeUp: false, times, result: score });
    expect(r).toMatchObject({ caseId: 'typeahead', level: 'senior', score: 41, gaps: ['T-label', 'T-sources', 'T-slo'] });
    expect(practiseNext(score, times, [r])).toContain('Missed again since the last session: **T-label**, **T-sources**, **T-slo**.');
  });
});

describe('step runs', () => {
  it('give every line the first step its mask counts for, as the checked answer does', () => {
    const text = `${templateFor('news-feed-ranking', 'senior')!}\n## Appendix\n\nNotes.\n`;
    const { answer } = check(text);
    const runs = stepRuns(answer.lineSteps);
    expect(runs.length).toBeLessThan(answer.lineCount / 2);
    for (let l = 0; l < answer.lineCount; l++) {
      const mask = answer.lineSteps[l]!;
      const first = STEP_IDS.find((_, b) => mask & (1 << b)) ?? null;
      expect(stepAtLine(runs, l), `line ${l}`).toBe(first);
    }
    expect(stepAtLine(runs, answer.lineCount - 1)).toBe(null); // the appendix counts for no step
    expect(stepAtLine([], 3)).toBe(null);
  });
});
