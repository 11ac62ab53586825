import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { applyEdits, readFixture, strongNoCase, withSection } from './helpers';

/** Titles of the `## ` headings in order. */
const headings = (t: string) => t.split('\n').filter((l) => l.startsWith('## '));

describe('quick fixes apply cleanly as one edit', () => {
  /** A small mid-level answer with one short section per step; `omit` drops a step. */
  const SECTIONS: Record<number, string> = {
    1: '## 1. Requirements\n\nBusiness goal: more ad clicks on the search results page for 100M users within 50 ms; privacy applies; we assume click logs; scope is ranking.',
    2: '## 2. Framing\n\nPredict the probability of a click: input is a query and an ad, output a score; binary classification; positive = click within 30 minutes.',
    3: '## 3. Data\n\nImpressions and click logs with natural labels; user features, ad features and counts; IDs hashed with the hashing trick.',
    4: '## 4. Model\n\nA logistic regression baseline first, then a GBDT on the same features, both trained with a logistic loss on hashed features.',
    5: '## 5. Evaluation\n\nOffline AUC; online CTR in an A/B test with users as the unit for two weeks, shipping if CTR rises significantly.',
    6: '## 6. Serving\n\nOnline prediction per request, because the query is only known at request time, within a 20 ms p99 latency budget.',
    7: '## 7. Monitoring\n\nLatency and error rate dashboards, the score distribution of predictions, feature drift with PSI tests, and a daily retraining job.',
  };
  const mini = (omit: number) =>
    '---\nlevel: mid\n---\n\n# Ads\n\n' + [1, 2, 3, 4, 5, 6, 7].filter((n) => n !== omit).map((n) => SECTIONS[n]).join('\n\n') + '\n';

  it('the small answer is clean at mid', () => {
    expect(check(mini(0)).findings).toEqual([]);
  });

  it('MLSD001 inserts the missing step between its neighbours, and the finding goes away', () => {
    const text = mini(5);
    const f = check(text).findings.find((x) => x.ruleId === 'MLSD001')!;
    expect(f).toBeDefined();
    expect(f.fix!.edits).toHaveLength(1);
    const fixed = applyEdits(text, f.fix!.edits);
    const hs = headings(fixed);
    const i = hs.findIndex((h) => h.startsWith('## 5. Evaluation'));
    expect(hs[i - 1]).toMatch(/^## 4\./);
    expect(hs[i + 1]).toMatch(/^## 6\./);
    expect(fixed.startsWith(text.slice(0, text.indexOf('## 6.')))).toBe(true);
    const after = check(fixed).findings;
    expect(after.filter((x) => x.ruleId === 'MLSD001')).toEqual([]);
    // The inserted skeleton's slots are placeholders (MLSD019), not content.
    expect(after.some((x) => x.ruleId === 'MLSD019')).toBe(true);
  });

  it('MLSD001 appends a missing last step at the end', () => {
    const text = mini(7);
    const f = check(text).findings.find((x) => x.ruleId === 'MLSD001')!;
    const fixed = applyEdits(text, f.fix!.edits);
    expect(headings(fixed).at(-1)).toMatch(/^## 7\. Monitoring/);
    expect(check(fixed).findings.filter((x) => x.ruleId === 'MLSD001')).toEqual([]);
  });

  it('MLSD017 appends one stub per missing point inside the step, before the next heading', () => {
    const text = mini(0).replace(SECTIONS[6]!, '## 6. Serving\n\nWe serve the model on a server.').replace('level: mid', 'level: senior');
    const f = check(text).findings.find((x) => x.ruleId === 'MLSD017' && x.step === 'serving')!;
    expect(f.fix!.edits).toHaveLength(1);
    const fixed = applyEdits(text, f.fix!.edits);
    const s6 = fixed.slice(fixed.indexOf('## 6.'), fixed.indexOf('## 7.'));
    for (const label of ['**Mode:**', '**Caching:**', '**Rollout:**']) expect(s6.split(label).length - 1, label).toBe(1);
    expect(s6.startsWith('## 6. Serving\n\nWe serve the model on a server.\n\n**')).toBe(true);
    // Everything outside the section is untouched.
    expect(fixed.slice(fixed.indexOf('## 7.'))).toBe(text.slice(text.indexOf('## 7.')));
    // Stubs are placeholders: the points stay missing until they are filled in.
    const after = check(fixed).findings;
    expect(after.some((x) => x.ruleId === 'MLSD019')).toBe(true);
    const again = after.find((x) => x.ruleId === 'MLSD017' && x.step === 'serving')!;
    expect(again).toBeDefined();
    // ...and the fix is not offered again: applying it twice would duplicate the stubs.
    expect(again.fix).toBeUndefined();
  });

  it('MLSD017 offers stubs only for the labels the section does not have yet', () => {
    const text = mini(0)
      .replace(SECTIONS[6]!, '## 6. Serving\n\nWe serve the model on a server.\n\n- **Caching:** <what is cached, for how long…>')
      .replace('level: mid', 'level: senior');
    const f = check(text).findings.find((x) => x.ruleId === 'MLSD017' && x.step === 'serving')!;
    const fixed = applyEdits(text, f.fix!.edits);
    const s6 = fixed.slice(fixed.indexOf('## 6.'), fixed.indexOf('## 7.'));
    for (const label of ['**Mode:**', '**Caching:**', '**Rollout:**']) expect(s6.split(label).length - 1, label).toBe(1);
  });

  it('MLSD017 adds no stub to a step MLSD001 has just inserted with its skeleton', () => {
    for (const level of ['mid', 'senior', 'staff']) {
      const text = mini(5).replace('level: mid', `level: ${level}`);
      const missing = check(text).findings.find((x) => x.ruleId === 'MLSD001' && x.step === 'evaluation')!;
      expect(missing, level).toBeDefined();
      const fixed = applyEdits(text, missing.fix!.edits);
      const evaluation = check(fixed).findings.filter((x) => x.ruleId === 'MLSD017' && x.step === 'evaluation');
      expect(evaluation.length, level).toBeGreaterThan(0); // the skeleton's stubs are still to fill in
      expect(evaluation.filter((x) => x.fix), level).toEqual([]);
    }
  });

  it('MLSD017: filling the stubs clears the finding', () => {
    const text = withSection(strongNoCase(), 6, 'Online prediction per request within a 15 ms p99 budget, because query features cannot be precomputed.');
    expect(check(text).findings.some((x) => x.ruleId === 'MLSD017' && x.step === 'serving')).toBe(true);
    const strongServing = readFixture('strong-ctr.mlsd.md').match(/^## 6\.[\s\S]*?(?=^## 7\.)/m)![0];
    const filled = text.replace(/^## 6\.[\s\S]*?(?=^## 7\.)/m, strongServing);
    expect(check(filled).findings.filter((x) => x.ruleId === 'MLSD017')).toEqual([]);
  });
});
