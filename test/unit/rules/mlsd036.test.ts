/**
 * MLSD036 implausible-rate: a per-second figure more than ten thousand times the
 * average of a whole-system volume per day or year stated before it in the same
 * paragraph (a peak of up to 10x times a fan-out of up to 1,000 is allowed).
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers';

const find = (text: string) => ruleFindings(text, 'MLSD036');
const answer = (req: string) => `---\nlevel: senior\n---\n# A\n\n## Requirements\n\n${req}\n\n## Serving\n\nOnline, p99 under 50 ms.\n`;

describe('MLSD036 implausible-rate', () => {
  it('150,000 requests per second from 50 million passengers a year: 95k times the 1.6/s average, at the rate', () => {
    const f = find(answer('The carrier flies about 50 million passengers a year. Each checks in once, so at peak we handle roughly 150,000 requests per second.'));
    expect(f.map((x) => [x.step, x.range.start.line])).toEqual([['requirements', 7]]);
    expect(f[0]!.message).toBe('150,000 requests per second is 95k× the 1.6/s that 50 million passengers a year averages: redo the rate (a peak is a few times the average).');
    expect(f[0]!.related?.[0]?.message).toBe('The volume: 50 million passengers a year');
    expect(find(answer('We get 2M uploads a day.\nPeak is 500k QPS.'))).toHaveLength(1);
  });
  it('is silent for a peak with a fan-out, a per-user count, a rate in another paragraph and a volume stated after', () => {
    expect(find(answer('300M DAU open the feed 8 times a day: 2.4B feed loads a day, 60k requests per second at peak. Each load ranks 500 candidates, so 30M scores per second.'))).toEqual([]);
    expect(find(answer('Each of 200M users makes 10 searches a day, so peak QPS is about 70k.'))).toEqual([]);
    expect(find(answer('We get 2M uploads a day.\n\nThe search API serves 500k QPS.'))).toEqual([]);
    expect(find(answer('Peak is 500k QPS, on 2M uploads a day.'))).toEqual([]);
  });
});
