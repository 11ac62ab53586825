import { describe, expect, it } from 'vitest';
import { applyEdits as applyMerged, check, mergeFixes } from '../../../src/core/index';
import { applyEdits, fixtureNames, readFixture, ruleFindings, strongNoCase, withSection } from './helpers';

/** Titles of the `## ` headings in order. */
const headings = (t: string) => t.split('\n').filter((l) => l.startsWith('## '));

describe('quick fixes apply cleanly as one edit', () => {
  /** A small mid-level answer with one short section per step; `omit` drops a step. */
  const SECTIONS: Record<number, string> = {
    1: '## 1. Requirements\n\nBusiness goal: more ad clicks on the search results page for 100M users within 50 ms; privacy applies; we assume click logs; scope is ranking.',
    2: '## 2. Framing\n\nPredict the probability of a click: input is a query and an ad, output a score; binary classification; positive = click within 30 minutes.',
    3: '## 3. Data\n\nImpressions and click logs with natural labels; user features, ad features and counts; IDs hashed with the hashing trick.',
    4: '## 4. Model\n\nA logistic regression baseline first, because it is cheap and calibrated, then a GBDT on the same features, both trained with a logistic loss on hashed features.',
    5: '## 5. Evaluation\n\nOffline AUC; online CTR in an A/B test with users as the unit for two weeks, shipping if CTR rises significantly.',
    6: '## 6. Serving\n\nOnline prediction per request, because the query is only known at request time, within a 20 ms p99 latency budget.',
    7: '## 7. Monitoring\n\nLatency and error rate dashboards, the score distribution of predictions, feature drift with PSI tests, and a daily retraining job, because new ads arrive every day.',
  };
  const mini = (omit: number) =>
    '---\nlevel: mid\n---\n\n# Ads\n\n' + [1, 2, 3, 4, 5, 6, 7].filter((n) => n !== omit).map((n) => SECTIONS[n]).join('\n\n') + '\n';
  /** A serving section with real content (not hollow) that still lacks the mode, caching and rollout. */
  const THIN_SERVING = '## 6. Serving\n\nWe serve the model from a pool of servers in two regions, and the ranking service calls it for every page of search results.';
  const thin = (extra = '') => mini(0).replace(SECTIONS[6]!, THIN_SERVING + extra).replace('level: mid', 'level: senior');
  /** The serving step's one gap finding that carries MLSD017's stubs (the merge keeps the fix of the part that has one). */
  const servingStubs = (text: string) => check(text).findings.find((x) => x.step === 'serving' && x.fix)!;

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
    // The inserted skeleton's slots are placeholders, not content: each is the stub of a point the step
    // still lacks, asked for by that point's finding (MLSD017), not once more as a slot (MLSD019)...
    const r = check(fixed);
    const section = r.answer.stepSections.get('evaluation')![0]!;
    expect(r.coverage.steps.get('evaluation')!.words).toBe(0);
    expect(r.answer.placeholders.filter((p) => p.start >= r.answer.lineStarts[section.line]! && p.start < (r.answer.lineStarts[section.end] ?? r.answer.text.length)).length).toBeGreaterThan(2);
    expect(ruleFindings(fixed, 'MLSD019').filter((x) => x.step === 'evaluation')).toEqual([]);
    expect(ruleFindings(fixed, 'MLSD017').filter((x) => x.step === 'evaluation')).toHaveLength(1);
    // ...and together the step is reported once, as not started.
    const evaluation = after.filter((x) => x.step === 'evaluation');
    expect(evaluation.map((x) => x.ruleId)).toEqual(['MLSD002']);
    expect(evaluation[0]!.message).toMatch(/^"5\. Evaluation" is not started: start with /);
  });

  it('MLSD001 appends a missing last step at the end', () => {
    const text = mini(7);
    const f = check(text).findings.find((x) => x.ruleId === 'MLSD001')!;
    const fixed = applyEdits(text, f.fix!.edits);
    expect(headings(fixed).at(-1)).toMatch(/^## 7\. Monitoring/);
    expect(check(fixed).findings.filter((x) => x.ruleId === 'MLSD001')).toEqual([]);
  });

  it('MLSD017 appends one stub per missing point inside the step, before the next heading', () => {
    const text = thin();
    const f = servingStubs(text);
    expect(f).toBeDefined();
    expect(f.fix!.title).toMatch(/key-point stubs? to "6\. Serving"/);
    expect(f.fix!.edits).toHaveLength(1);
    expect(f.concepts).toEqual(expect.arrayContaining(['serving-mode', 'caching', 'safe-rollout']));
    const fixed = applyEdits(text, f.fix!.edits);
    const s6 = fixed.slice(fixed.indexOf('## 6.'), fixed.indexOf('## 7.'));
    for (const label of ['**Mode:**', '**Caching:**', '**Rollout:**']) expect(s6.split(label).length - 1, label).toBe(1);
    expect(s6.startsWith(`${THIN_SERVING}\n\n**`)).toBe(true);
    // Everything outside the section is untouched.
    expect(fixed.slice(fixed.indexOf('## 7.'))).toBe(text.slice(text.indexOf('## 7.')));
    // Stubs are placeholders: the points stay missing until they are filled in (MLSD019 leaves the stubs
    // of the points still missing to their finding, so the fix adds no placeholder findings)...
    const stubLines = fixed.split('\n').flatMap((l, i) => (/^\*\*(Mode|Caching|Rollout):\*\* </.test(l) ? [i] : []));
    expect(stubLines).toHaveLength(3);
    const fr = check(fixed);
    expect(stubLines.every((l) => fr.answer.placeholders.some((p) => p.start >= fr.answer.lineStarts[l]! && p.start < (fr.answer.lineStarts[l + 1] ?? fr.answer.text.length)))).toBe(true);
    expect(ruleFindings(fixed, 'MLSD019').filter((x) => x.step === 'serving')).toEqual([]);
    const after = check(fixed).findings;
    const again = after.find((x) => x.step === 'serving' && x.concepts?.includes('caching'))!;
    expect(again).toBeDefined();
    // ...asked for by the one gap finding, not once more per stub.
    expect(after.filter((x) => x.step === 'serving')).toEqual([again]);
    // ...and the fix is not offered again: applying it twice would duplicate the stubs.
    expect(again.fix).toBeUndefined();
  });
  it('MLSD017 leaves a blank line after its stubs when the next line has text: a plain "Slide 9: Monitoring" title stays a section', () => {
    const text = [
      '---', 'level: senior', '---', '# Ads', '',
      'Slide 6: Serving', '- We serve the model from a pool of servers in two regions, and the ranking service calls it for every page of search results.', '',
      '<!-- next -->', 'Slide 7: Monitoring', '- Latency and error dashboards, feature drift with PSI tests, and a daily retraining job, because new ads arrive every day.', '',
    ].join('\n');
    const before = check(text).answer.sections.map((x) => x.title);
    expect(before).toContain('Slide 7: Monitoring');
    const fixed = applyEdits(text, servingStubs(text).fix!.edits);
    expect(check(fixed).answer.sections.map((x) => x.title)).toEqual(before);
  });
  it('a hollow step gets no stubs: it is reported once, as hollow', () => {
    const text = mini(0).replace(SECTIONS[6]!, '## 6. Serving\n\nWe serve the model on a server.').replace('level: mid', 'level: senior');
    const serving = check(text).findings.filter((x) => x.step === 'serving');
    expect(serving.map((x) => x.ruleId)).toEqual(['MLSD002']);
    expect(serving[0]!.message).toMatch(/^"6\. Serving" has only 7 words of content: start with /);
    // MLSD017 alone still offers the stubs there.
    expect(ruleFindings(text, 'MLSD017').find((x) => x.step === 'serving')?.fix).toBeDefined();
  });

  it('MLSD017 offers stubs only for the labels the section does not have yet', () => {
    const text = thin('\n\n- **Caching:** <what is cached, for how long…>');
    const f = servingStubs(text);
    expect(f.fix!.edits[0]!.newText).not.toMatch(/\*\*Caching:\*\*/);
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
      // Alone, MLSD017 still asks for the points (the skeleton's stubs are still to fill in) but offers no stubs.
      const own = ruleFindings(fixed, 'MLSD017').filter((x) => x.step === 'evaluation');
      expect(own.length, level).toBeGreaterThan(0);
      expect(own.filter((x) => x.fix), level).toEqual([]);
      // Together, the skeleton is a step not started yet: one finding, no fix.
      const evaluation = check(fixed).findings.filter((x) => x.step === 'evaluation');
      expect(evaluation.map((x) => x.ruleId), level).toEqual(['MLSD002']);
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

  it('fix-all (every finding\'s fix, merged) inserts every missing step at once, even where more than two go in at one line (one finding, one fix)', () => {
    // Steps 2-7 all go in at the end of this answer: one finding for the six, with one fix that inserts them all.
    // (Its one line must make no framing point: "by predicted watch time per user" states the objective and the output, and a step whose core points are half made elsewhere is not missing.)
    const text = '# Ranking\n\n## 1. Clarify requirements\n\nGoal: rank candidate videos for the home feed of a large app, so that people watch longer.\n';
    const before = check(text).findings;
    const missing = before.filter((f) => f.ruleId === 'MLSD001');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.steps).toEqual(['framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    expect(missing[0]!.fix!.title).toBe('Insert the 6 missing steps');
    expect(missing[0]!.fix!.edits).toHaveLength(1);
    expect(headings(applyEdits(text, missing[0]!.fix!.edits)).map((h) => h.slice(0, 5))).toEqual(['## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## 6.', '## 7.']);
    const merged = mergeFixes(before.flatMap((f) => (f.fix ? [f.fix] : [])));
    const fixed = applyMerged(text, merged.edits); // the core's: insertions at one point keep the fixes' order
    expect(headings(fixed).map((h) => h.slice(0, 5))).toEqual(['## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## 6.', '## 7.']);
    expect(check(fixed).findings.filter((f) => f.ruleId === 'MLSD001')).toEqual([]);
  });

  it('applying any quick fix never raises the problem count', () => {
    const texts: [string, string][] = [
      ...fixtureNames().map((n): [string, string] => [n, readFixture(n)]),
      ...[1, 2, 3, 4, 5, 6, 7].map((n): [string, string] => [`mini without step ${n}`, mini(n)]),
      ['thin serving', thin()],
      ['thin serving with a caching stub', thin('\n\n- **Caching:** <what is cached, for how long…>')],
    ];
    let applied = 0;
    const raised: string[] = [];
    for (const [name, text] of texts) {
      for (const level of ['mid', 'senior', 'staff'] as const) {
        const before = check(text, { forceLevel: level }).findings;
        for (const f of before) {
          if (!f.fix) continue;
          applied++;
          const after = check(applyEdits(text, f.fix.edits), { forceLevel: level }).findings;
          if (after.length > before.length) raised.push(`${name}@${level}: ${f.ruleId} "${f.fix.title}" ${before.length} -> ${after.length}`);
        }
      }
    }
    expect(applied).toBeGreaterThan(10);
    expect(raised).toEqual([]);
  });
});
