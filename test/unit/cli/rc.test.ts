import { describe, expect, it } from 'vitest';
import { parseRc } from '../../../src/core/config/rc';
import { check } from '../../../src/core/check';
import { HOLLOW, rc } from './helpers';

describe('parseRc (.mlsdrc.json)', () => {
  it('reads level, case and rules', () => {
    const r = parseRc('\uFEFF{ "$schema": "./x.json", "level": "Staff", "case": "payment-fraud", "rules": { "MLSD002": "off", "template-echo": "info" } }');
    expect(r.problems).toEqual([]);
    expect(r.options).toEqual({ level: 'staff', caseId: 'payment-fraud', rules: { MLSD002: 'off', 'template-echo': 'info' } });
  });

  it('keeps the valid parts and explains the rest', () => {
    const r = parseRc(JSON.stringify({ level: 'principal', case: 'tiktok', rules: { MLSD999: 'off', MLSD002: 'loud', MLSD003: 'warning' }, extra: 1 }));
    expect(r.options).toEqual({ rules: { MLSD003: 'warning' } });
    expect(r.problems.every((p) => !p.fatal)).toBe(true);
    const text = r.problems.map((p) => p.message).join('\n');
    for (const m of [/Unknown key "extra"/, /"level" must be one of mid, senior, staff/, /"case" "tiktok"/, /Unknown rule "MLSD999"/, /Rule "MLSD002" must be set to one of/]) {
      expect(text).toMatch(m);
    }
  });

  it.each(['', '{', '[]', '"senior"', 'null', '{"level": "mid",}'])('is fatal for unusable text %j and never throws', (text) => {
    const r = parseRc(text);
    expect(r.options).toEqual({});
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.fatal).toBe(true);
  });

  it('rules: "rules" that is not an object is a warning', () => {
    expect(parseRc('{"rules": ["MLSD001"]}').problems[0]!.message).toMatch(/"rules" must be an object/);
  });

  it('its options drive check(): level as the default, rules as overrides', () => {
    const { options, problems } = parseRc(rc({ level: 'mid', rules: { 'hollow-section': 'error' } }));
    expect(problems).toEqual([]);
    const r = check(HOLLOW, { level: options.level, rules: options.rules });
    expect(r.level).toBe('mid');
    expect(r.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['MLSD002:error']);
  });
});
