/** The validator of the concept table: every rule parses, names a key point, and every part is needed. */
import { describe, expect, it } from 'vitest';
import { CJK, CJK_COMPARISON, CJK_REASON, TOGETHER } from '../../../src/core/framework/concepts';
import { STEPS } from '../../../src/core/framework/steps';
import { parseKeyword } from '../../../src/core/text/keywords';

const KEYS = new Set(STEPS.flatMap((s) => s.points.map((p) => p.key)));

describe('concept table', () => {
  it('sentence rules refer to key points and parse in the keyword language', () => {
    for (const [key, rules] of Object.entries(TOGETHER)) {
      expect(KEYS.has(key), `unknown key point "${key}"`).toBe(true);
      for (const rule of rules) {
        const parts = rule.split('&').map((p) => p.split(',').map((w) => w.trim()).filter(Boolean));
        expect(parts.length, `${key}: a rule needs two parts or more: ${rule}`).toBeGreaterThanOrEqual(2);
        for (const part of parts) {
          expect(part.length, `${key}: empty part in ${rule}`).toBeGreaterThan(0);
          for (const w of part) expect(() => parseKeyword(w), `${key}: "${w}"`).not.toThrow();
        }
      }
    }
  });
  it('no phrase list repeats a phrase', () => {
    for (const [key, rules] of Object.entries(TOGETHER)) {
      for (const rule of rules) {
        for (const part of rule.split('&')) {
          const words = part.split(',').map((w) => w.trim()).filter(Boolean);
          expect(words.length, `${key}: repeated phrase in "${part.trim()}"`).toBe(new Set(words).size);
        }
      }
    }
  });
  it('Chinese phrases refer to key points and are Chinese', () => {
    for (const [key, phrases] of Object.entries(CJK)) {
      expect(KEYS.has(key), `unknown key point "${key}"`).toBe(true);
      for (const p of phrases) expect(p, key).toMatch(/[\u4e00-\u9fff]|^A\/B$/);
    }
    for (const m of [...CJK_REASON, ...CJK_COMPARISON]) expect(m).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
