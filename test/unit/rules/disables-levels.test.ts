import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { findingKeys, fixtureNames, readFixture, ruleFindings } from './helpers';

const ab = '# A\n\nWe will A/B test it.\n';
/** MLSD014's own findings (run alone, so the missing steps do not supersede it). */
const ab14 = (text: string) => ruleFindings(text, 'MLSD014');

describe('disable comments', () => {
  it('mlsd-disable turns a rule off from its line, mlsd-enable back on', () => {
    const t = '# A\n\n<!-- mlsd-disable MLSD014 -->\nWe will A/B test it.\n<!-- mlsd-enable MLSD014 -->\nWe will A/B test it again.\n';
    // The rule reports its first A/B mention only; it is disabled there.
    expect(ab14(t)).toEqual([]);
    expect(check(t).findings.filter((x) => x.ruleId === 'MLSD014')).toEqual([]);
    const t2 = '# A\n\n<!-- mlsd-disable MLSD014 -->\n<!-- mlsd-enable MLSD014 -->\nWe will A/B test it.\n';
    expect(ab14(t2)).toHaveLength(1);
  });
  it('mlsd-disable-next-line applies to the next line only, by id or name', () => {
    expect(ab14('# A\n\n<!-- mlsd-disable-next-line no-ab-design -->\nWe will A/B test it.\n')).toEqual([]);
    expect(ab14('# A\n\n<!-- mlsd-disable-next-line MLSD014 -->\nWe will A/B test it.\n')).toEqual([]);
    expect(ab14('# A\n\n<!-- mlsd-disable-next-line MLSD014 -->\n\nWe will A/B test it.\n')).toHaveLength(1);
    expect(ab14('# A\n\n<!-- mlsd-disable-next-line MLSD004 -->\nWe will A/B test it.\n')).toHaveLength(1);
  });
  it('mlsd-disable without rules disables every rule; mlsd-disable-file the whole file', () => {
    expect(check(ab).findings.length).toBeGreaterThan(0);
    expect(check(`<!-- mlsd-disable -->\n${ab}`).findings).toEqual([]);
    expect(ab14(`${ab}\n<!-- mlsd-disable-file MLSD004 -->\n`)).toHaveLength(1);
    expect(ab14(`${ab}\n<!-- mlsd-disable-file MLSD014 -->\n`)).toEqual([]);
    const hollow = readFixture('hollow.mlsd.md');
    expect(check(hollow).findings.length).toBeGreaterThan(0);
    expect(check(`${hollow}\n<!-- mlsd-disable-file -->\n`).findings).toEqual([]);
  });
  it('a directive inside a code block is ignored', () => {
    expect(ab14('# A\n\n```\n<!-- mlsd-disable -->\n```\n\nWe will A/B test it.\n')).toHaveLength(1);
  });
});

describe('levels change severities', () => {
  const weak = readFixture('weak-senior.mlsd.md');
  /** Severities of one rule's findings on the weak answer, the rule run alone (gap findings of other rules would absorb it). */
  const sev = (level: 'mid' | 'senior' | 'staff', id: string) => ruleFindings(weak, id, { forceLevel: level }).map((f) => f.severity);

  it('senior-only rules are off at mid and warnings from senior', () => {
    for (const id of ['MLSD009', 'MLSD018']) {
      expect(sev('mid', id), id).toEqual([]);
      expect(new Set(sev('senior', id)), id).toEqual(new Set(['warning']));
    }
    // In the full check their gaps are part of the data step's one gap finding from senior on
    // (MLSD028, that the step gives no number, is about what it says, not what it lacks).
    const data = (level: 'mid' | 'senior') => check(weak, { forceLevel: level }).findings.filter((f) => f.step === 'data' && f.ruleId !== 'MLSD028');
    expect(data('senior')).toHaveLength(1);
    expect(data('senior')[0]!.concepts).toEqual(expect.arrayContaining(['split-leakage', 'storage']));
    expect(data('mid').flatMap((f) => f.concepts ?? [])).not.toContain('split-leakage');
  });
  it('trade-off density: off at mid, info at senior, warning at staff', () => {
    expect(sev('mid', 'MLSD015')).toEqual([]);
    expect(sev('senior', 'MLSD015')).toEqual(['info']);
    expect(sev('staff', 'MLSD015')).toEqual(['warning']);
  });
  it('gap rules are warnings at every level; a hollow step is a warning at mid and an error from senior', () => {
    for (const level of ['mid', 'senior', 'staff'] as const) {
      expect(sev(level, 'MLSD008'), level).toEqual(['warning']);
      expect(sev(level, 'MLSD011'), level).toEqual(['warning']);
      // Accuracy on an imbalanced problem is a warning at every level, never an error.
      expect(sev(level, 'MLSD013'), level).toEqual(['warning']);
    }
    // At mid, the serving line makes both points the level asks for ("Online prediction for each request … p99 under 50 ms"):
    // short, not hollow. A line that makes none is hollow: a warning at mid.
    expect(sev('mid', 'MLSD002')).toEqual([]);
    const empty = weak.replace('Online prediction for each request on GPU servers, with p99 under 50 ms.', 'We will serve it the usual way for now.');
    expect(ruleFindings(empty, 'MLSD002', { forceLevel: 'mid' }).map((f) => f.severity)).toEqual(['warning']);
    expect(sev('senior', 'MLSD002')).toEqual(['error']);
    expect(sev('staff', 'MLSD002')).toEqual(['error']);
  });
  it('only a missing, hollow or echoed step and bad front matter are errors, on every fixture at every level', () => {
    const ERRORS = new Set(['MLSD001', 'MLSD002', 'MLSD003', 'MLSD020']);
    for (const name of fixtureNames()) {
      for (const level of ['mid', 'senior', 'staff'] as const) {
        const bad = check(readFixture(name), { forceLevel: level }).findings.filter((f) => f.severity === 'error' && !ERRORS.has(f.ruleId));
        expect(bad.map((f) => `${name}@${level} ${f.range.start.line + 1}:${f.ruleId}`)).toEqual([]);
      }
    }
  });
  it('staff adds staff-level points as info without changing lower findings', () => {
    const strong = readFixture('strong-ctr.mlsd.md');
    const senior = check(strong, { forceLevel: 'senior' }).findings;
    const staff = check(strong, { forceLevel: 'staff' }).findings;
    expect(senior).toEqual([]);
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((f) => f.severity === 'info')).toBe(true);
    // The staff point "cost awareness" is asked for in the serving step's one finding, its advice in related.
    // The case's must-have "cost per prediction" restates it (one concept), so the message names it once, by
    // the first part that asks for it (the case's checklist).
    const serving = staff.filter((f) => f.step === 'serving');
    expect(serving).toHaveLength(1);
    expect(serving[0]!.message).toBe('Deployment and serving: add cost per prediction.');
    expect(serving[0]!.related!.map((r) => r.message)).toContainEqual(expect.stringMatching(/: add cost awareness\.$/));
    expect(serving[0]!.concepts).toContain('cost');
    expect(serving[0]!.related!.some((r) => /^Cost awareness \(staff\): /.test(r.message))).toBe(true);
  });
  it('the front matter level is used unless forced', () => {
    expect(check(weak).level).toBe('senior');
    expect(findingKeys(check(weak).findings)).toEqual(findingKeys(check(weak, { forceLevel: 'senior' }).findings));
  });
});
