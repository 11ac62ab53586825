import { describe, expect, it } from 'vitest';
import { formatClock, MlsdPracticeSession, pacingMinutes, type MlsdClock } from '../../../src/core/authoring/practice';
import { practiceSummaryMarkdown, summaryHeadline, topMissingPoints } from '../../../src/core/authoring/summary';
import { scoreOf } from './scoreOf';

const MIN = 60_000;

class FakeClock implements MlsdClock {
  t = 1_700_000_000_000;
  now() {
    return this.t;
  }
  advance(ms: number) {
    this.t += ms;
  }
}

describe('MlsdPracticeSession', () => {
  it('charges running time to the current step', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'file:///a.mlsd.md', 45, 'requirements');
    c.advance(3 * MIN);
    s.setCurrent('framing');
    c.advance(2 * MIN);
    expect(s.spentMs('requirements')).toBe(3 * MIN);
    expect(s.spentMs('framing')).toBe(2 * MIN);
    expect(s.elapsedMs()).toBe(5 * MIN);
    expect(s.remainingMs()).toBe(40 * MIN);
  });

  it('does not count paused time, and resumes where it left off', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 45, 'data');
    c.advance(MIN);
    expect(s.togglePause()).toBe(true);
    c.advance(10 * MIN);
    s.setCurrent('model'); // moving while paused charges nothing
    c.advance(MIN);
    expect(s.elapsedMs()).toBe(MIN);
    expect(s.togglePause()).toBe(false);
    c.advance(2 * MIN);
    expect(s.spentMs('data')).toBe(MIN);
    expect(s.spentMs('model')).toBe(2 * MIN);
    expect(s.elapsedMs()).toBe(3 * MIN);
  });

  it('warns once per step when it runs over its suggested time', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 45, 'requirements');
    expect(s.budgetMs('requirements')).toBe(5 * MIN);
    c.advance(5 * MIN);
    expect(s.takeNewOverruns()).toEqual([]); // exactly on budget is not over
    c.advance(1000);
    expect(s.isOver('requirements')).toBe(true);
    expect(s.takeNewOverruns()).toEqual(['requirements']);
    c.advance(5 * MIN);
    expect(s.takeNewOverruns()).toEqual([]);
    s.setCurrent('framing');
    c.advance(4 * MIN + 1);
    expect(s.takeNewOverruns()).toEqual(['framing']);
  });

  it('scales the pacing to the session length', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 90);
    expect(s.budgetMs('model')).toBe(18 * MIN);
    const p = pacingMinutes(30);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(30, 9);
  });

  it('is up when the active time reaches the duration', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 5);
    c.advance(5 * MIN - 1);
    expect(s.isTimeUp()).toBe(false);
    c.advance(1);
    expect(s.isTimeUp()).toBe(true);
  });

  it('survives a round trip through JSON (a window reload), charging the gap to the current step', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'file:///x.mlsd.md', 45, 'evaluation');
    c.advance(2 * MIN);
    s.takeNewOverruns();
    const saved = JSON.parse(JSON.stringify(s.state));
    c.advance(MIN); // the reload itself takes wall-clock time
    const r = MlsdPracticeSession.restore(c, saved)!;
    expect(r.uri).toBe('file:///x.mlsd.md');
    expect(r.current).toBe('evaluation');
    expect(r.spentMs('evaluation')).toBe(3 * MIN);
  });

  it('restores a paused session paused, without charging the gap', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 45, 'serving');
    c.advance(MIN);
    s.pause();
    const saved = JSON.parse(JSON.stringify(s.state));
    c.advance(60 * MIN);
    const r = MlsdPracticeSession.restore(c, saved)!;
    expect(r.paused).toBe(true);
    expect(r.elapsedMs()).toBe(MIN);
  });

  it('rejects corrupt state instead of throwing', () => {
    const c = new FakeClock();
    for (const bad of [undefined, null, 42, 'x', {}, { version: 2 }, { version: 1, uri: 'u', durationMs: -1, startedAt: 0, mark: 0, current: 'data', paused: false, spent: {} }, { version: 1, uri: 'u', durationMs: 1, startedAt: 0, mark: 0, current: 'nope', paused: false, spent: {} }]) {
      expect(MlsdPracticeSession.restore(c, bad)).toBeUndefined();
    }
    const ok = MlsdPracticeSession.restore(c, { version: 1, uri: 'u', durationMs: MIN, startedAt: 0, mark: c.t + 10 * MIN, current: 'data', paused: false, spent: { data: 5, junk: 7, model: -3 }, warned: ['data', 'bogus'] })!;
    expect(ok.spentMs('data')).toBe(5); // a mark in the future is clamped to now: no negative time
    expect(ok.state.spent).toEqual({ data: 5 });
    expect(ok.state.warned).toEqual(['data']);
  });

  it('lists time per step with budgets, and "other" only when used', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 45, 'other');
    c.advance(MIN);
    s.setCurrent('requirements');
    c.advance(6 * MIN);
    const rows = s.stepTimes();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ bucket: 'requirements', title: 'Clarify requirements', spentMs: 6 * MIN, budgetMs: 5 * MIN });
    expect(rows[7]!.bucket).toBe('other');
    expect(MlsdPracticeSession.start(c, 'u', 45).stepTimes()).toHaveLength(7);
  });
});

describe('formatClock', () => {
  it('formats minutes and hours', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(45 * MIN)).toBe('45:00');
    expect(formatClock(61 * MIN + 2000)).toBe('1:01:02');
    expect(formatClock(-5)).toBe('0:00');
  });
});

describe('practice summary', () => {
  const answer = ['---', 'level: senior', '---', '# Q', '', '## Clarify requirements', '', 'We want more revenue from the search results page, at 20k QPS.', ''].join('\n');

  it('picks the three most important missing points: required, not covered, core first', () => {
    const r = scoreOf(answer);
    const top = topMissingPoints(r);
    expect(top).toHaveLength(3);
    for (const p of top) {
      expect(p.point.required).toBe(true);
      expect(p.point.anywhere).toBe(false);
      expect(p.point.level).toBe('core');
    }
    // Covered points are never listed.
    expect(top.map((p) => p.point.key)).not.toContain('business-objective');
    expect(top.map((p) => p.point.key)).not.toContain('scale');
    // In step order: the first missing core point of requirements comes first.
    expect(top[0]!.step).toBe('requirements');
  });

  it('renders time per step, the score and the missing points', () => {
    const c = new FakeClock();
    const s = MlsdPracticeSession.start(c, 'u', 45, 'requirements');
    c.advance(7 * MIN);
    const r = scoreOf(answer);
    const md = practiceSummaryMarkdown({ name: 'a.mlsd.md', times: s.stepTimes(), elapsedMs: s.elapsedMs(), durationMs: s.durationMs, timeUp: false, result: r });
    expect(md).toContain('| Clarify requirements | 7:00 | 5:00 | over by 2:00 |');
    expect(md).toContain('| Monitoring | 0:00 | 5:00 | not visited |');
    expect(md).toContain(`Overall **${r.overall}/100** at the senior level.`);
    const top = topMissingPoints(r);
    expect(md).toContain(`1. **${top[0]!.point.title}**`);
    expect(md).toContain(`3. **${top[2]!.point.title}**`);
    expect(summaryHeadline({ name: 'a', times: [], elapsedMs: 45 * MIN, durationMs: 45 * MIN, timeUp: true, result: r })).toBe(
      `Time is up after 45:00: score ${r.overall}/100 at senior level.`,
    );
  });
});
