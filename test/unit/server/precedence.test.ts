import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { levelSource, normalizeRules, resolveCheckOptions } from '../../../src/server/precedence';

describe('normalizeRules', () => {
  it('keys settings by rule id whatever the user wrote, dropping unknown rules and bad values', () => {
    expect(normalizeRules({ 'hollow-section': 'warning', mlsd001: 'OFF', MLSD999: 'error', MLSD003: 'loud', 'template-echo': 3 })).toEqual({
      MLSD002: 'warning',
      MLSD001: 'off',
    });
    expect(normalizeRules(undefined)).toEqual({});
  });
});

describe('resolveCheckOptions', () => {
  it('defaults to senior with no rules', () => {
    expect(resolveCheckOptions({})).toEqual({ level: 'senior', caseId: undefined, rules: {}, maxBytes: undefined });
  });

  it('.mlsdrc.json level wins over the setting', () => {
    expect(resolveCheckOptions({ level: 'mid' }, { level: 'staff' }).level).toBe('staff');
    expect(resolveCheckOptions({ level: 'mid' }, {}).level).toBe('mid');
  });

  it('.mlsdrc.json rules win over the setting even when one uses the name and the other the id', () => {
    const o = resolveCheckOptions({ rules: { 'hollow-section': 'warning', MLSD001: 'info' } }, { rules: { MLSD002: 'off' } });
    expect(o.rules).toEqual({ MLSD002: 'off', MLSD001: 'info' });
  });

  it('turns the KB limit into bytes and carries the rc case', () => {
    const o = resolveCheckOptions({ maxFileSizeKB: 16 }, { caseId: 'ctr-sponsored-search' });
    expect(o.maxBytes).toBe(16 * 1024);
    expect(o.caseId).toBe('ctr-sponsored-search');
  });

  it('front matter still wins over the merged level once the core checks', () => {
    const text = '---\nlevel: mid\n---\n# Answer\n\n## 1. Clarify requirements\n\nRevenue.\n';
    const opts = resolveCheckOptions({ level: 'senior' }, { level: 'staff' });
    expect(check(text, opts).level).toBe('mid');
    expect(check('# Answer\n', opts).level).toBe('staff');
  });

  it('rule severities from the merged options reach the findings', () => {
    const text = '# Answer\n\n## 1. Clarify requirements\n\nRevenue and engagement on the home feed.\n';
    const on = check(text, resolveCheckOptions({ rules: { MLSD001: 'warning' } }));
    expect(on.findings.some((f) => f.ruleId === 'MLSD001' && f.severity === 'warning')).toBe(true);
    const off = check(text, resolveCheckOptions({ rules: { MLSD001: 'warning' } }, { rules: { 'missing-step': 'off' } }));
    expect(off.findings.some((f) => f.ruleId === 'MLSD001')).toBe(false);
  });
});

describe('levelSource', () => {
  it('follows front matter > .mlsdrc.json > setting > default', () => {
    expect(levelSource('mid', 'staff', 'senior')).toEqual({ level: 'mid', source: 'front matter' });
    expect(levelSource(undefined, 'staff', 'mid')).toEqual({ level: 'staff', source: '.mlsdrc.json' });
    expect(levelSource(undefined, undefined, 'mid')).toEqual({ level: 'mid', source: 'setting' });
    expect(levelSource(undefined, undefined, undefined)).toEqual({ level: 'senior', source: 'default' });
  });
});
