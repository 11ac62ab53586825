/**
 * "Show the working": the hover text of a number (value, calculation, budget,
 * restatements) and the capacity figures an answer's numbers imply.
 */
import { describe, expect, it } from 'vitest';
import { capacityFigures, numberWorkingAt, parseAnswer } from '../../../src/core/index';

const lines = (...ls: string[]) => ls.join('\n');
/** The working of the first number that `needle` starts on that line. */
function at(text: string, needle: string) {
  const ls = text.split('\n');
  const line = ls.findIndex((l) => l.includes(needle));
  return numberWorkingAt(parseAnswer(text), line, ls[line]!.indexOf(needle));
}
const figure = (text: string, label: string) => capacityFigures(parseAnswer(text)).find((f) => f.label === label);

const CTR = lines(
  '# CTR prediction for sponsored search',
  '',
  '## Requirements',
  '- 200M DAU, each making 10 searches per day.',
  '- Traffic peaks at 3x the daily average.',
  '- 500 candidates per request are scored.',
  '- Each impression log is 2 KB; logs are kept for 90 days.',
  '',
  '## Serving',
  'The feed gets 80 ms: 30 ms candidate generation, 40 ms ranking, 20 ms re-ranking.',
);

describe('numberWorkingAt', () => {
  it('says what a rate means in plain units', () => {
    const w = at(lines('## Requirements', 'We serve 23k QPS at peak.'), '23k');
    expect(w?.markdown).toContain('**23k QPS**: 23k requests per second.');
    expect(w).toMatchObject({ line: 1, start: 9, end: 16 });
  });

  it('recomputes the calculation a number is the result of, and names the right value', () => {
    const text = lines('## Requirements', 'Load: 200M × 10 ÷ 86,400 s ≈ 230k QPS on average.');
    expect(at(text, '230k')?.markdown).toContain('it works out to 23k QPS, not 230k QPS');
    expect(at(text, '200M')?.markdown).toContain('Used in 200M × 10 ÷ 86,400 s');
    const ok = lines('## Requirements', 'Load: 200M × 10 ÷ 86,400 s ≈ 23k QPS on average.');
    expect(at(ok, '23k')?.markdown).toContain('it checks out');
  });

  it('places a latency part in its budget and says whether the parts fit', () => {
    expect(at(CTR, '40 ms')?.markdown).toContain('One of 3 parts of the 80 ms budget; together they take 90 ms, more than the total.');
    expect(at(CTR, '80 ms')?.markdown).toContain('add up to 90 ms: more than the total');
  });

  it('names the other place a figure is stated with a different value', () => {
    const text = lines('## Requirements', 'Peak traffic is 70k QPS.', '', '## Serving', 'The servers handle a peak of 120k QPS.');
    const w = at(text, '120k');
    expect(w?.markdown).toMatch(/also stated as 70k(?: QPS)? \(line 2\)/);
  });

  it('reads sizes in both conventions and says nothing on a line without numbers', () => {
    expect(at(lines('## Data', 'Each row takes 2 KB on disk.'), '2 KB')?.markdown).toContain('bytes with 1024-based units');
    expect(numberWorkingAt(parseAnswer(lines('## Data', 'No numbers here.')), 1, 3)).toBeUndefined();
  });

  it('ignores numbers inside code fences', () => {
    const text = lines('## Serving', '```', 'timeout = 80 ms', '```');
    expect(numberWorkingAt(parseAnswer(text), 2, 10)).toBeUndefined();
  });
});

describe('capacityFigures', () => {
  it('works traffic, peak, predictions and storage out of users, factors and sizes', () => {
    expect(figure(CTR, 'Average traffic')).toMatchObject({ value: '23.1k requests/s', how: '200M DAU × 10 searches per day ÷ 86,400 s' });
    expect(figure(CTR, 'Peak traffic')).toMatchObject({ value: '69.4k requests/s', how: 'average × 3x peak factor' });
    expect(figure(CTR, 'Predictions')?.value).toBe('34.7M/s');
    // 2B requests a day × 2 KB = 4 TB a day; 90 days of it = 360 TB.
    expect(figure(CTR, 'Storage per day')?.value).toBe('4 TB');
    expect(figure(CTR, 'Storage retained')?.value).toBe('360 TB');
  });

  it('prefers what the answer states, and names a stated figure that disagrees with the working', () => {
    const stated = lines('## Requirements', 'Average load is about 20k QPS, peak is 60k QPS.');
    expect(figure(stated, 'Average traffic')).toMatchObject({ value: '20k requests/s', how: 'stated on line 2' });
    expect(figure(stated, 'Peak traffic')).toMatchObject({ value: '60k requests/s', how: 'stated on line 2' });
    const wrong = lines('## Requirements', '200M DAU, 10 searches per user per day, so about 230k QPS on average.');
    expect(figure(wrong, 'Average traffic')?.how).toContain('says 230k QPS');
  });

  it('gives nothing for an answer without traffic figures', () => {
    expect(capacityFigures(parseAnswer(lines('## Requirements', 'Rank ads by predicted click-through rate.')))).toEqual([]);
  });
});
