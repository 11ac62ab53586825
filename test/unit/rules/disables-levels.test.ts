import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { findingKeys, readFixture } from './helpers';

const ab = '# A\n\nWe will A/B test it.\n';

describe('disable comments', () => {
  it('mlsd-disable turns a rule off from its line, mlsd-enable back on', () => {
    const t = '# A\n\n<!-- mlsd-disable MLSD014 -->\nWe will A/B test it.\n<!-- mlsd-enable MLSD014 -->\nWe will A/B test it again.\n';
    const f = check(t).findings.filter((x) => x.ruleId === 'MLSD014');
    // The rule reports its first A/B mention only; it is disabled there.
    expect(f).toEqual([]);
    const t2 = '# A\n\n<!-- mlsd-disable MLSD014 -->\n<!-- mlsd-enable MLSD014 -->\nWe will A/B test it.\n';
    expect(check(t2).findings.filter((x) => x.ruleId === 'MLSD014')).toHaveLength(1);
  });
  it('mlsd-disable-next-line applies to the next line only, by id or name', () => {
    expect(check('# A\n\n<!-- mlsd-disable-next-line no-ab-design -->\nWe will A/B test it.\n').findings.filter((x) => x.ruleId === 'MLSD014')).toEqual([]);
    expect(check('# A\n\n<!-- mlsd-disable-next-line MLSD014 -->\n\nWe will A/B test it.\n').findings.filter((x) => x.ruleId === 'MLSD014')).toHaveLength(1);
  });
  it('mlsd-disable without rules disables every rule; mlsd-disable-file the whole file', () => {
    expect(check(`<!-- mlsd-disable -->\n${ab}`).findings).toEqual([]);
    expect(check(`${ab}\n<!-- mlsd-disable-file MLSD004 -->\n`).findings.filter((x) => x.ruleId === 'MLSD014')).toHaveLength(1);
    const hollow = readFixture('hollow.mlsd.md');
    expect(check(`${hollow}\n<!-- mlsd-disable-file -->\n`).findings).toEqual([]);
  });
  it('a directive inside a code block is ignored', () => {
    expect(check('# A\n\n```\n<!-- mlsd-disable -->\n```\n\nWe will A/B test it.\n').findings.filter((x) => x.ruleId === 'MLSD014')).toHaveLength(1);
  });
});

describe('levels change severities', () => {
  const weak = readFixture('weak-senior.mlsd.md');
  const sev = (level: 'mid' | 'senior' | 'staff', id: string) =>
    check(weak, { forceLevel: level }).findings.filter((f) => f.ruleId === id).map((f) => f.severity);

  it('senior-only rules are off at mid and warnings from senior', () => {
    for (const id of ['MLSD009', 'MLSD018']) {
      expect(sev('mid', id), id).toEqual([]);
      expect(new Set(sev('senior', id)), id).toEqual(new Set(['warning']));
    }
  });
  it('trade-off density: off at mid, info at senior, warning at staff', () => {
    expect(sev('mid', 'MLSD015')).toEqual([]);
    expect(sev('senior', 'MLSD015')).toEqual(['info']);
    expect(sev('staff', 'MLSD015')).toEqual(['warning']);
  });
  it('core rules are warnings at mid and errors at staff', () => {
    expect(sev('mid', 'MLSD008')).toEqual(['warning']);
    expect(sev('staff', 'MLSD008')).toEqual(['error']);
    expect(new Set(sev('mid', 'MLSD011'))).toEqual(new Set(['warning']));
    expect(new Set(sev('staff', 'MLSD011'))).toEqual(new Set(['error']));
  });
  it('staff adds staff-level points as info without changing lower findings', () => {
    const strong = readFixture('strong-ctr.mlsd.md');
    const senior = check(strong, { forceLevel: 'senior' }).findings;
    const staff = check(strong, { forceLevel: 'staff' }).findings;
    expect(senior).toEqual([]);
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((f) => f.severity === 'info')).toBe(true);
    expect(staff.some((f) => f.ruleId === 'MLSD017' && /Cost awareness \[staff\]/.test(f.message))).toBe(true);
  });
  it('the front matter level is used unless forced', () => {
    expect(check(weak).level).toBe('senior');
    expect(findingKeys(check(weak).findings)).toEqual(findingKeys(check(weak, { forceLevel: 'senior' }).findings));
  });
});
