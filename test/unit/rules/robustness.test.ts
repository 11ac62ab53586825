import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { readFixture } from './helpers';

describe('huge and hostile input', () => {
  // No duration is asserted (shared, noisy machines): a hang or a quadratic blow-up
  // runs into the test's timeout; `npm run bench` measures the real ratios.
  it('checks a ~1 MB answer (repeated sections) and reports sanely', { timeout: 60_000 }, () => {
    const strong = readFixture('strong-ctr.mlsd.md');
    const body = strong.slice(strong.indexOf('## 1.'));
    const text = strong + '\n' + body.repeat(Math.ceil(1_000_000 / body.length));
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = check(text);
    expect(r.answer.stepSections.size).toBe(7);
    expect(r.findings.filter((f) => /Internal error/.test(f.message))).toEqual([]);
    expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('survives very deep nesting, long lines, unclosed constructs and binary junk without hanging', { timeout: 60_000 }, () => {
    const deep = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- {x${i}} level`).join('\n');
    const quotes = '>'.repeat(5000) + ' deep';
    const longLine = 'a/b '.repeat(50_000) + '{' + 'x'.repeat(300) + '}';
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 0xd800)).join('');
    const brackets = '<'.repeat(20_000) + '{'.repeat(20_000) + '<!--' + '-'.repeat(10_000);
    for (const text of [deep, quotes, longLine, junk, brackets, '```mermaid\n' + 'A --> B\n'.repeat(10_000), '---\nlevel: senior\n']) {
      const r = check(`# T\n\n## 7. Monitoring\n\n${text}`);
      expect(r.findings.filter((f) => /Internal error/.test(f.message))).toEqual([]);
    }
  });

  it('handles empty input and CRLF line endings', () => {
    expect(() => check('')).not.toThrow();
    const crlf = readFixture('missing-steps.mlsd.md').replace(/\n/g, '\r\n');
    const lf = check(readFixture('missing-steps.mlsd.md')).findings.map((f) => `${f.range.start.line}:${f.ruleId}`);
    expect(check(crlf).findings.map((f) => `${f.range.start.line}:${f.ruleId}`)).toEqual(lf);
  });
});
