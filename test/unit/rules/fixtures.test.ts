import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { expectations, findingKeys, fixtureNames, readFixture } from './helpers';

/**
 * Every fixture marks its expected findings inline; the checker, at the
 * fixture's own front-matter level, must report exactly those (line, rule) pairs.
 */
describe('fixtures: findings equal the inline expectations', () => {
  const names = fixtureNames();

  it('has the fixtures the suite relies on', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of names) {
    it(name, () => {
      const text = readFixture(name);
      const result = check(text);
      expect(findingKeys(result.findings)).toEqual(expectations(text));
      for (const f of result.findings) expect(f.message).not.toMatch(/Internal error/);
    });
  }

  it('the strong answer has no error-severity finding at senior', () => {
    const result = check(readFixture('strong-ctr.mlsd.md'), { forceLevel: 'senior' });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.caseStudy?.id).toBe('ctr-sponsored-search');
  });

  it('expectation comments themselves trigger nothing', () => {
    const base = readFixture('strong-ctr.mlsd.md');
    const noisy = base.replace(/^(## .*)$/gm, '$1 <!-- expect: MLSD001 MLSD017 TODO {x} <a…> -->');
    expect(findingKeys(check(noisy).findings)).toEqual([]);
  });
});
