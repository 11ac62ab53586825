import { describe, expect, it } from 'vitest';
import { check, markdownParser } from '../../../src/core/index';
import { readFixture } from './helpers';

describe('huge and hostile input', () => {
  it('checks a ~1 MB answer (repeated sections) quickly and reports sanely', () => {
    const strong = readFixture('strong-ctr.mlsd.md');
    const body = strong.slice(strong.indexOf('## 1.'));
    const text = strong + '\n' + body.repeat(Math.ceil(1_000_000 / body.length));
    expect(text.length).toBeGreaterThan(1_000_000);
    check(text); // warm-up
    const t0 = performance.now();
    const r = check(text);
    const ms = performance.now() - t0;
    const t1 = performance.now();
    markdownParser().parse(text, {});
    const md = performance.now() - t1;
    expect(r.findings.filter((f) => /Internal error/.test(f.message))).toEqual([]);
    expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
    // Generous bound for a shared CI box; the benchmark measures the real ratio.
    expect(ms).toBeLessThan(Math.max(2000, md * 6));
  });

  it('survives very deep nesting, long lines, unclosed constructs and binary junk without hanging', () => {
    const deep = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- {x${i}} level`).join('\n');
    const quotes = '>'.repeat(5000) + ' deep';
    const longLine = 'a/b '.repeat(50_000) + '{' + 'x'.repeat(300) + '}';
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 0xd800)).join('');
    const brackets = '<'.repeat(20_000) + '{'.repeat(20_000) + '<!--' + '-'.repeat(10_000);
    for (const text of [deep, quotes, longLine, junk, brackets, '```mermaid\n' + 'A --> B\n'.repeat(10_000), '---\nlevel: senior\n']) {
      const t0 = performance.now();
      const r = check(`# T\n\n## 7. Monitoring\n\n${text}`);
      expect(performance.now() - t0).toBeLessThan(3000);
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
