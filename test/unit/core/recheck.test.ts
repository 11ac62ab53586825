/**
 * A re-check reuses what earlier checks read of unchanged sections (keyword hits,
 * sentences, each line's numbers). Whatever was remembered, the result must be
 * the one a check with nothing remembered gives: same findings, same scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, forgetAnalyses } from '../../../src/core/index';

const CORPUS = join(__dirname, '../../eval/corpus');
const texts = readdirSync(CORPUS)
  .filter((f) => /^(a-ctr|e-|ab-|y-energy|x-faq)/.test(f))
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

/** What a user sees of a check: every finding, and the score per step. */
function seen(text: string) {
  const r = check(text);
  return {
    findings: r.findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character} ${f.severity} ${f.message}`),
    steps: [...r.coverage.steps].map(([id, s]) => `${id} ${s.score} ${s.points.map((p) => p.depth).join(',')}`),
    overall: r.coverage.overall,
  };
}

/** Edits a writer makes: a word typed mid-answer, a line moved down, a section's text changed, a figure changed. */
const edits: ((t: string) => string)[] = [
  (t) => `${t.slice(0, t.length >> 1)} word${t.slice(t.length >> 1)}`,
  (t) => t.replace('\n\n', '\n\nA new first paragraph: we retrain the model weekly because clicks drift, at 200M users.\n\n'),
  (t) => t.replace(/\d+/, (d) => String(Number(d) * 7 + 1)),
  (t) => t.split('\n').reverse().join('\n'),
];

describe('a re-check after an edit', () => {
  it('gives what a check with nothing remembered gives, on every edit of every answer', () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      for (const edit of edits) {
        seen(text); // remember every section of the text before the edit
        const edited = edit(text);
        const reused = seen(edited);
        forgetAnalyses();
        expect(reused).toEqual(seen(edited));
      }
    }
  });
});
