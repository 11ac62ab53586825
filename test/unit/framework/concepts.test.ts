/** The validator of the concept table: every concept parses, is used, and says each phrase once. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceParts } from '../../../src/core/analysis/concepts';
import { CASES } from '../../../src/core/framework/cases';
import { CJK_COMPARISON, CJK_REASON, CONCEPTS, type Concept } from '../../../src/core/framework/concepts';
import { ALL_POINTS, CROSS_CUTTING } from '../../../src/core/framework/steps';
import { RULES } from '../../../src/core/rules/index';
import { parseKeyword } from '../../../src/core/text/keywords';

const TABLE = Object.entries(CONCEPTS as Record<string, Concept>);
const POINT_KEYS = new Set([...ALL_POINTS.map((x) => x.point.key), ...CROSS_CUTTING.map((p) => p.key)]);

describe('concept table', () => {
  it('every phrase, pair and sentence part parses in the keyword language', () => {
    for (const [id, c] of TABLE) {
      for (const w of [...c.phrases, ...(c.pairs ?? [])]) expect(() => parseKeyword(w), `${id}: "${w}"`).not.toThrow();
      for (const rule of c.sentences ?? []) {
        const parts = sentenceParts(rule);
        expect(parts.length, `${id}: a sentence rule needs two parts or more: ${rule}`).toBeGreaterThanOrEqual(2);
        for (const part of parts) {
          expect(part.length, `${id}: empty part in ${rule}`).toBeGreaterThan(0);
          for (const w of part) expect(() => parseKeyword(w), `${id}: "${w}"`).not.toThrow();
        }
      }
    }
  });
  it('no list repeats a phrase, and no concept repeats another', () => {
    const seen = new Map<string, string>();
    for (const [id, c] of TABLE) {
      for (const list of [c.phrases, c.pairs ?? [], ...(c.sentences ?? []).flatMap(sentenceParts)]) {
        expect(list.length, `${id}: repeated phrase in ${JSON.stringify(list)}`).toBe(new Set(list).size);
      }
      // A concept recognised by its sentence rules alone is told apart by them.
      const key = JSON.stringify([[...c.phrases].sort(), c.phrases.length ? [] : [...(c.sentences ?? [])].sort()]);
      expect(seen.get(key), `${id} has the same phrases as ${seen.get(key)}`).toBeUndefined();
      seen.set(key, id);
    }
  });
  it('every concept is a key point, read by a rule, or an item of a case checklist', () => {
    const used = new Set([...POINT_KEYS, ...RULES.flatMap((r) => r.concepts ?? []), ...CASES.flatMap((c) => c.mustHaves.map((m) => m.concept))]);
    for (const [id] of TABLE) expect(used.has(id), `${id} is defined but never used`).toBe(true);
  });
  it('rules hold no vocabulary of their own: no keyword group is declared outside the table', () => {
    const dir = join(__dirname, '../../../src/core/rules');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/keywordGroup\(/);
    }
  });
  it('rules hold no word lists of their own: no regex of alternative words, no set of words', () => {
    const dir = join(__dirname, '../../../src/core/rules');
    // "flagged|deleted|removed" in a regex, new Set(['last', 'past']): vocabulary that belongs in the table (or, for words of
    // the language such as negation, in text/markers.ts).
    const wordAlternatives = /\/[^/\n]*\b[a-z]{3,}\w*\|[a-z]{3,}\w*\|[a-z]{3,}[^/\n]*\/[gimsuy]*/;
    const wordSet = /new Set\(\[\s*'[a-z]/;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code, f).not.toMatch(wordAlternatives);
      expect(code, f).not.toMatch(wordSet);
    }
  });
  it('Chinese phrases are Chinese', () => {
    for (const [id, c] of TABLE) for (const p of c.cjk ?? []) expect(p, id).toMatch(/[\u4e00-\u9fff]|^A\/B$/);
    for (const m of [...CJK_REASON, ...CJK_COMPARISON]) expect(m).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
