/**
 * MLSD035 underpowered-test: an A/B test sized in one sentence (a baseline rate,
 * the lift it is to detect, a count per arm) is recomputed with 16·p(1−p)/δ²
 * per arm; a size under a third of that is reported, with the size it needs.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers';

const find = (text: string) => ruleFindings(text, 'MLSD035');
const answer = (evaluation: string) => `---\nlevel: senior\n---\n# A\n\n## Evaluation\n\nOffline: log loss on the last month.\n\n${evaluation}\n`;

describe('MLSD035 underpowered-test', () => {
  it('2,000 per arm for a 2% relative lift on a 4% rate: about 960k are needed, at the size, in the evaluation step', () => {
    const f = find(answer('The baseline take rate is about 4%, so to detect a 2% relative lift we need around 2,000 passengers per arm.'));
    expect(f.map((x) => [x.step, x.range.start.line, x.range.start.character])).toEqual([['evaluation', 9, 83]]);
    expect(f[0]!.message).toMatch(/^2,000 passengers per arm cannot show a 2% relative lift on a 4% rate: 80% power needs about 960k per arm/);
    expect(f[0]!.message.length).toBeLessThanOrEqual(200);
    expect(f[0]!.concepts).toEqual(['ab-test']);
    // Points of lift are absolute: 0.1 points on a 3% CTR with 5k users in each group is far too few.
    expect(find(answer('With 5k users in each group we can see a 0.1 point lift on a 3% CTR.'))).toHaveLength(1);
  });
  it('is silent when the size is enough, when the lift may be absolute, and when a number is missing', () => {
    expect(find(answer('The baseline take rate is about 4%, so to detect a 2% relative lift we need around 1M passengers per arm.'))).toEqual([]);
    // "a 2% lift" on 4% may be two points: that needs only about 1,500 per arm.
    expect(find(answer('The baseline rate is 4%; to detect a 2% lift we need 2,000 users per arm.'))).toEqual([]);
    expect(find(answer('To detect a 2% relative lift we need around 2,000 passengers per arm.'))).toEqual([]);
    expect(find(answer('The baseline take rate is about 4%, with 2,000 passengers per arm for two weeks.'))).toEqual([]);
  });
});
