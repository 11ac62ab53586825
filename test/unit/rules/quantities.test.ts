import { describe, expect, it } from 'vitest';
import { parseCalculations, parseQuantities, formatLike, longestDuration, type Quantity } from '../../../src/core/analysis/quantities';

const one = (text: string): Quantity => {
  const qs = parseQuantities(text);
  expect(qs, text).toHaveLength(1);
  return qs[0]!;
};
/** Base value: seconds, bytes, money, per second for rates; counts as they are. */
const base = (q: Quantity) => q.display * q.factor;
const near = (a: number, b: number) => expect(Math.abs(a - b) / Math.abs(b)).toBeLessThan(1e-9);

describe('quantities: numbers, scales and styles', () => {
  it.each([
    ['10k', 1e4, 'suffix'],
    ['10K', 1e4, 'suffix'],
    ['200M', 2e8, 'suffix'],
    ['3B', 3e9, 'suffix'],
    ['2bn', 2e9, 'suffix'],
    ['1,000,000', 1e6, 'comma'],
    ['86,400', 86400, 'comma'],
    ['2 billion', 2e9, 'word'],
    ['1.5 thousand', 1500, 'word'],
    ['800 million', 8e8, 'word'],
    ['1e9', 1e9, 'sci'],
    ['2.5e6', 2.5e6, 'sci'],
    ['10⁹', 1e9, 'super'],
    ['10^9', 1e9, 'super'],
    ['3 × 10⁹', 3e9, 'super'],
    ['0.5', 0.5, 'plain'],
    ['.5', 0.5, 'plain'],
  ])('%s is %d', (text, value, style) => {
    const q = one(`We expect ${text} here.`);
    near(q.display, value);
    expect(q.style).toBe(style);
  });

  it('counts significant digits as written', () => {
    expect(one('100k').sig).toBe(1);
    expect(one('35k').sig).toBe(2);
    expect(one('86,400').sig).toBe(3);
    expect(one('1.50').sig).toBe(3);
  });

  it('reads percentages and factors', () => {
    const p = one('a CTR of 1.5%');
    expect(p.kind).toBe('percent');
    near(base(p), 0.015);
    const f = one('about 2.3× the CPU');
    expect(f.kind).toBe('factor');
    expect(f.display).toBe(2.3);
    expect(one('10x fewer').kind).toBe('factor');
  });

  it.each([
    ['30 ns', 30e-9],
    ['5 µs', 5e-6],
    ['5 us', 5e-6],
    ['15 ms', 0.015],
    ['15ms', 0.015],
    ['200 milliseconds', 0.2],
    ['2 s', 2],
    ['60 seconds', 60],
    ['5 min', 300],
    ['30 minutes', 1800],
    ['1 h', 3600],
    ['24 hours', 86400],
    ['1 day', 86400],
    ['2 weeks', 1209600],
    ['3 months', 3 * 2592000],
  ])('time %s', (text, seconds) => {
    const q = one(`takes ${text}.`);
    expect(q.kind).toBe('time');
    expect(q.dim).toEqual({ t: 1, b: 0, m: 0 });
    near(base(q), seconds);
  });

  it.each([
    ['100k QPS', 1e5, 1],
    ['20k RPS', 2e4, 1],
    ['23k/s', 23e3, 1],
    ['20 requests per second', 20, 1],
    ['3B searches per day', 3e9 / 86400, 86400],
    ['500k uploads a day', 5e5 / 86400, 86400],
    ['150M a month', 150e6 / 2592000, 2592000],
    ['500k uploads per hour', 5e5 / 3600, 3600],
    ['5M orders daily', 5e6 / 86400, 86400],
    ['28M predictions/s', 28e6, 1],
  ])('rate %s', (text, perSecond, period) => {
    const q = one(`about ${text}.`);
    expect(q.dim.t).toBe(-1);
    expect(q.period).toBe(period);
    near(base(q), perSecond);
  });

  it('reads "per user" and "each" as per-noun factors', () => {
    const q = one('5 home-feed loads per user per day');
    expect(q.perNoun).toBe('user');
    expect(q.nouns).toEqual(['home-feed', 'loads']);
    expect(q.period).toBe(86400);
    expect(one('15 feed loads/user/day').perNoun).toBe('user');
    expect(one('~6 searches each').perNoun).toBe('each');
  });

  it.each([
    ['512 B', 512, 512],
    ['2 KB', 2000, 2048],
    ['2 kB', 2000, 2048],
    ['4 KiB', 4096, 4096],
    ['1.5 MB', 1.5e6, 1.5 * 1024 ** 2],
    ['5 GB', 5e9, 5 * 1024 ** 3],
    ['10 TB', 1e13, 10 * 1024 ** 4],
    ['2 PB', 2e15, 2 * 1024 ** 5],
    ['64 bytes', 64, 64],
  ])('size %s: both conventions', (text, dec, bin) => {
    const q = one(`stores ${text}.`);
    expect(q.kind).toBe('size');
    near(base(q), dec);
    near(q.display * q.binFactor, bin);
  });

  it('reads a size per period and money', () => {
    const s = one('20 TB per day');
    expect(s.dim).toEqual({ t: -1, b: 1, m: 0 });
    const m = one('costs $1.1M/year');
    expect(m.kind).toBe('money');
    expect(m.dim).toEqual({ t: -1, b: 0, m: 1 });
    near(m.display, 1.1e6);
  });

  it.each([
    ['500M DAU', 'dau'],
    ['40M daily users', 'users'],
    ['8k help articles', 'articles'],
    ['1B items', 'items'],
    ['2B impressions', 'impressions'],
    ['300 candidates', 'candidates'],
    ['30M predictions', 'predictions'],
    ['400M MAU', 'mau'],
  ])('count %s', (text, noun) => {
    const q = one(`${text} in total`);
    expect(q.kind).toBe('count');
    expect(q.nouns).toContain(noun);
  });

  it('marks approximations and bounds', () => {
    expect(one('~400 candidates').approx).toBe(true);
    expect(one('about 30 ms').approx).toBe(true);
    expect(one('≈ 35k QPS').approx).toBe(true);
    expect(one('under 50 ms').bound).toBe('max');
    expect(one('p99 ≤ 50 ms').bound).toBe('max');
    expect(one('at most 20 ms').bound).toBe('max');
    expect(one('above ~600 candidates').bound).toBe('min');
    expect(one('at least 5 days').bound).toBe('min');
    expect(one('takes 12 ms p99').pct).toBe('p99');
  });

  it.each([
    'We use GPT-4 and DCN-v2.',
    'p99 and p50 latency',
    'release v2.1 and 1.8.0',
    'on 2024-01-15',
    'recall@10 and NDCG@5',
    'the top-1000 results',
    'int8 and fp16',
    'the 3rd stage and the 2nd one',
    'between 10–50 ms',
    'between 10-50 ms',
    'from 10 to 50 ms',
    'a 0.8-1.2% lift',
    'at 10:30',
    'L2 and L1 regularisation',
  ])('reads no quantity in "%s"', (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });

  it('skips list numbering but not a number that starts a line', () => {
    expect(parseQuantities('1. Clarify the requirements')).toEqual([]);
    expect(parseQuantities('2) Data')).toEqual([]);
    expect(parseQuantities('- 3. Scale')).toEqual([]);
    expect(parseQuantities('500M DAU, peak 100k QPS').map((q) => q.display)).toEqual([5e8, 1e5]);
  });
});

describe('stated calculations', () => {
  const calc = (text: string) => {
    const cs = parseCalculations(text);
    expect(cs, text).toHaveLength(1);
    return cs[0]!;
  };

  it('recomputes A × B ÷ C ≈ D with units (the issue\'s example)', () => {
    const ok = calc('200M DAU × 10 requests ÷ 86,400 s ≈ 23k QPS');
    expect(ok.ok).toBe(true);
    const bad = calc('200M DAU × 10 requests ÷ 86,400 s ≈ 230k QPS');
    expect(bad.ok).toBe(false);
    expect(Math.round(bad.expected)).toBe(23148);
  });

  it.each([
    ['100k × 300 = 30M', true],
    ['100k x 300 = 30M', true],
    ['100k * 300 = 30M', true],
    ['100k × 300 = 3M', false],
    ['3B ÷ 86,400 ≈ 35k', true],
    ['3B / 86,400 ≈ 35k', true],
    ['3B/86,400 ≈ 35k', true],
    ['3B / 86,400 ~ 35k', true],
    ['3B / 86,400 ~ 3.5k', false],
    ['100k * 300 → 30M', true],
    ['100k * 300 -> 3B', false],
    ['100k × 300 = ~30M', true],
    ['100k × 300, about 30M', false],
    ['30 ms + 40 ms + 20 ms = 90 ms', true],
    ['30 ms + 40 ms + 20 ms = 80 ms', false],
    ['200 ms − 50 ms = 150 ms', true],
    ['200 ms - 50 ms = 100 ms', false],
    ['(30 ms + 20 ms) × 2 = 100 ms', true],
    ['2 × 3 × 4 = 24', true],
    ['2 × 3 × 4 = 12', false],
    ['1e9 × 2 = 2B', true],
    ['3 × 10⁹ × 2 = 6B', true],
    ['1,000,000 × 3 = 3M', true],
    ['10 million × 3 = 30 million', true],
    ['3B × 1% = 30M', true],
    ['3B × 1% = 300M', false],
  ])('%s → ok=%s', (text, ok) => {
    // `, about` after an expression is not a relation on its own (no finding, not a calculation).
    const cs = parseCalculations(text);
    if (text.includes(', about')) {
      expect(cs).toEqual([]);
      return;
    }
    expect(cs, text).toHaveLength(1);
    expect(cs[0]!.ok, text).toBe(ok);
  });

  it('honours unit conversions: 5B × 2 KB is 10 TB', () => {
    expect(calc('5B × 2 KB = 10 TB').ok).toBe(true);
    expect(calc('5B × 2 KB = 10,000 GB').ok).toBe(true);
    const bad = calc('5B × 2 KB = 1 TB');
    expect(bad.ok).toBe(false);
    near(bad.expected, 10);
    expect(calc('200M × 10 ÷ 86,400 s ≈ 23k/s').ok).toBe(true);
    expect(calc('2 s × 1000 = 2,000,000 ms').ok).toBe(true);
    expect(calc('2 s × 1000 = 2,000 s').ok).toBe(true);
    expect(calc('86,400 s ÷ 60 = 1,440 s').ok).toBe(true);
    expect(calc('86,400 s ÷ 60 = 24 min').ok).toBe(true);
    // A bare 60 or 1000 that converts the unit is read as the writer meant it ...
    expect(calc('86,400 s ÷ 60 = 1,440 min').ok).toBe(true);
    expect(calc('2 s × 1000 = 2,000 ms').ok).toBe(true);
    // ... but a wrong unit is still wrong.
    expect(calc('30 ms + 40 ms = 70 s').ok).toBe(false);
    expect(calc('2 s × 1000 = 2,000 min').ok).toBe(false);
  });

  it('tolerates both size conventions', () => {
    // 1 GB / 4 KB: 250,000 in powers of 1000, 262,144 in powers of 1024.
    expect(calc('1 GB ÷ 4 KB = 250,000').ok).toBe(true);
    expect(calc('1 GB ÷ 4 KB = 262,144').ok).toBe(true);
    expect(calc('1 GB ÷ 4 KB = 300,000').ok).toBe(false);
    expect(calc('1B × 1 KiB = 1.024 TB').ok).toBe(true);
    expect(calc('1B × 1 KB ≈ 0.93 TiB').ok).toBe(true);
  });

  it('leaves a rate implicit on one side: "20B × 1 KB ≈ 20 TB per day", "100k QPS × 300 = 30M predictions"', () => {
    expect(calc('20B × 1 KB ≈ 20 TB per day').ok).toBe(true);
    expect(calc('20B × 1 KB ≈ 2 TB per day').ok).toBe(false);
    expect(calc('100k QPS × 300 candidates = 30M predictions').ok).toBe(true);
    expect(calc('100k QPS × 300 candidates = 30M predictions per second').ok).toBe(true);
    expect(calc('500M DAU × 6 searches per day = 3B searches per day').ok).toBe(true);
    expect(calc('500M DAU × 6 searches per day ≈ 35k QPS').ok).toBe(true);
  });

  it('has a tolerance of 2% for = and 10% for ≈, ~, → and "about", widened by the rounding of the result', () => {
    expect(calc('3 × 7 = 21.3').ok).toBe(true); // 1.4%
    expect(calc('3 × 7 = 21.6').ok).toBe(false); // 2.9%
    expect(calc('3 × 7 ≈ 22.9').ok).toBe(true); // 9%
    expect(calc('3 × 7 ≈ 23.5').ok).toBe(false); // 11.9%
    expect(calc('3 × 7 = about 22.9').ok).toBe(true); // an approximate result after `=`
    // 1B / 86,400 s is 11.6k: "12k" is that number rounded to its two digits.
    expect(calc('1B ÷ 86,400 s = 12k/s').ok).toBe(true);
    // ... and "10k" is one digit, but rounding is allowed at most twice the tolerance.
    expect(calc('1B ÷ 86,400 s = 10k/s').ok).toBe(false);
    expect(calc('1B ÷ 86,400 s ≈ 10k/s').ok).toBe(true);
    expect(calc('1B ÷ 86,400 s ≈ 20k/s').ok).toBe(false);
  });

  it('continues a chain after a result: A × B = C × D = E, A × B = C ≈ D', () => {
    const cs = parseCalculations('100k × 300 = 30M × 2 = 60M');
    expect(cs.map((c) => c.ok)).toEqual([true, true]);
    const bad = parseCalculations('100k × 300 = 30M × 2 = 90M');
    expect(bad.map((c) => c.ok)).toEqual([true, false]);
    const restated = parseCalculations('3B ÷ 86,400 = 34,722 ≈ 35k');
    expect(restated.map((c) => c.ok)).toEqual([true, true]);
    expect(parseCalculations('3B ÷ 86,400 = 34,722 ≈ 3.5k').map((c) => c.ok)).toEqual([true, false]);
  });

  it('reads "with a peak factor of 3, about D" against the rate before it', () => {
    const cs = parseCalculations('Average 3B ÷ 86,400 s ≈ 35k QPS; with a peak factor of 3, about 100k QPS at peak.');
    expect(cs.map((c) => [c.form, c.ok])).toEqual([
      ['expression', true],
      ['factor', true],
    ]);
    const bad = parseCalculations('Average 3B ÷ 86,400 s ≈ 35k QPS; with a peak factor of 3, about 300k QPS at peak.');
    expect(bad.map((c) => [c.form, c.ok])).toEqual([
      ['expression', true],
      ['factor', false],
    ]);
    expect(Math.round(bad[1]!.expected)).toBe(105000);
    expect(parseCalculations('35k QPS on average, 3× peak ≈ 105k QPS').map((c) => c.ok)).toEqual([true]);
  });

  it('reads an implicit product: "500M DAU, 6 searches per user per day → 3B searches per day"', () => {
    expect(calc('500M DAU, 6 searches per user per day → 3B searches per day.').ok).toBe(true);
    const bad = calc('500M DAU, 6 searches per user per day → 30B searches per day.');
    expect(bad.ok).toBe(false);
    expect(bad.form).toBe('product');
    expect(calc('40k queries/s at peak, ~400 candidate ads per query, so ~16M predictions/s.').ok).toBe(true);
    expect(calc('40k queries/s at peak, ~400 candidate ads per query, so ~1.6M predictions/s.').ok).toBe(false);
    expect(calc('40M daily users, ~6 searches each, ~5 keystrokes per query that trigger a request, so around 1.2B requests a day.').ok).toBe(true);
  });

  it('reads a daily count restated per second', () => {
    expect(calc('2M photo searches a day (~23/s, 300/s at peak)').ok).toBe(true);
    const bad = calc('2M photo searches a day (~60/s, 300/s at peak)');
    expect(bad.ok).toBe(false);
    expect(bad.form).toBe('conversion');
    expect(calc('1B requests per day ≈ 12k QPS').ok).toBe(true);
    expect(calc('1B requests per day ≈ 120k QPS').ok).toBe(false);
    // A peak is not the average: no conversion to check.
    expect(parseCalculations('3,000 transactions per second at peak, 150M a month')).toEqual([]);
  });

  it.each([
    'Randomly split 80/20 into train and test.',
    'Funnel: millions → 1,000 → 300 → 7 slots.',
    'Rollout: shadow → 1% → 10% → 100%.',
    '(1,000 → 300)',
    'q = p / (p + (1 − p) / w)',
    'CTR ≈ 1.5% and α = 0.05',
    'counters over 5 min / 1 h / 1 d',
    'the top 5/20 passages',
    '256 dims → 64 bytes',
    'latency p99 ≤ 50 ms',
    'order=3, add-to-cart=2, click=1',
  ])('states no calculation in "%s"', (text) => {
    expect(parseCalculations(text)).toEqual([]);
  });
});

describe('formatLike', () => {
  it('writes a number the way the stated one is written', () => {
    const like = (t: string) => parseQuantities(t)[0]!;
    expect(formatLike(23148, like('230k'))).toBe('23k');
    expect(formatLike(23148, like('230K'))).toBe('23K');
    expect(formatLike(3.1e9, like('30M'))).toBe('3.1B');
    expect(formatLike(23148, like('230,000'))).toBe('23,000');
    expect(formatLike(2.3e9, like('2 million'))).toBe('2.3 billion');
    expect(formatLike(23148, like('2e5'))).toBe('2.3e4');
    expect(formatLike(105000, like('300k'))).toBe('110k');
    expect(formatLike(0.0231, like('0.5'))).toBe('0.023');
  });
});

describe('durations', () => {
  it('reads a hyphenated duration as a time ("a 30-day window"), not a number before a word', () => {
    const q = one('a 30-day window');
    expect(q.kind).toBe('time');
    near(base(q), 30 * 86400);
    expect(one('a 24-hour SLA').kind).toBe('time');
    // A hyphen before anything but a time unit joins no unit: "7-B model" is no byte count.
    expect(one('a 7-B model').kind).toBe('number');
  });
  it('finds the longest duration stated, in digits or in words', () => {
    expect(longestDuration('labels after 1h or 90 days')).toEqual({ secs: 90 * 86400, said: '90 days' });
    expect(longestDuration('we wait two weeks').secs).toBe(14 * 86400);
    expect(longestDuration('an hour later').secs).toBe(3600);
    expect(longestDuration('a 30-day window').said).toBe('30-day');
    expect(longestDuration('no wait at all').secs).toBe(0);
  });
});
