import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { renderStrip, stripBand, stripModel } from '../../../src/preview/strip';

const answer = [
  '# Video feed ranking',
  '',
  '## 1. Clarify requirements',
  '',
  'Goal: increase watch time for daily active users; 50M DAU, p99 latency under 200 ms for the feed, ranking 500 candidates per request, with a cold start plan for new users and fresh videos.',
  '',
  '## 2. Data',
  '',
  'TBD',
  '',
].join('\n');

describe('MLSD strip', () => {
  const result = check(answer);
  const model = stripModel(result);

  it('lists the seven steps with scores, in order', () => {
    expect(model.steps.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(model.overall).toBe(Math.round(result.coverage.overall));
    for (const s of model.steps) expect(s.score).toBeGreaterThanOrEqual(0);
  });

  it('marks missing and hollow steps from MLSD001/002/003 and points at their lines', () => {
    const byId = new Map(model.steps.map((s) => [s.id, s]));
    const missing = result.findings.filter((f) => f.ruleId === 'MLSD001').map((f) => f.step);
    expect(missing.length).toBeGreaterThan(0);
    for (const id of missing) expect(byId.get(id!)!.state).toBe('missing');
    expect(byId.get('data')!.state).toBe('hollow');
    expect(byId.get('data')!.line).toBe(6);
    expect(byId.get('requirements')!.line).toBe(2);
  });

  it('renders buttons with ARIA labels and escapes text', () => {
    const html = renderStrip(model);
    // Seven step buttons, plus the toggle that collapses them.
    expect(html.match(/<button type="button" class="mlsd-step /g)).toHaveLength(7);
    expect(html).toContain('class="mlsd-strip-toggle" aria-controls="mlsd-steps" aria-expanded="true"');
    expect(html).toContain('aria-label="Step 3, Data preparation');
    expect(html).toMatch(/mlsd-step-missing/);
    expect(html).toMatch(/mlsd-step-hollow/);
    expect(renderStrip(undefined, '<b>too big</b>')).toContain('&#60;b&#62;too big');
  });

  it('colours a step by its score, not by its section existing', () => {
    expect(stripBand({ score: 18, state: 'ok' })).toBe('weak');
    expect(stripBand({ score: 18, state: 'hollow' })).toBe('weak');
    expect(stripBand({ score: 55, state: 'ok' })).toBe('fair');
    expect(stripBand({ score: 70, state: 'ok' })).toBe('good');
    expect(stripBand({ score: 0, state: 'missing' })).toBe('missing');
    for (const s of model.steps) expect(renderStrip(model)).toContain(`data-step="${s.id}" data-target-line`);
    expect(renderStrip(model)).toMatch(/mlsd-band-(?:weak|fair)/);
  });
});
