import { listOf } from '../findings';
import type { Answer } from '../model/types';
import type { Hit } from '../text/keywords';
import type { Rule } from './types';
import { isTemplateEcho } from './mlsd003';
import { longestAt, sectionAt, saidInChinese, sentenceOf } from './util';
import { STEP_IDS } from '../framework/types';


/** MLSD014: an A/B test is designed, not just named. */
export const noAbDesign: Rule = {
  id: 'MLSD014',
  name: 'no-ab-design',
  description: 'An A/B test comes with its design: randomization unit, duration or power/sample size, and the decision metric or rule.',
  rationale:
    '"We A/B test it" is the most common line in MLSD answers and says almost nothing. The design is what interviewers probe: ' +
    'what is randomized (user, not request, to avoid contamination), how long and how much traffic for enough power to see the expected effect, ' +
    'and which metric decides (with guardrails that must not regress).\n\n' +
    'Good: "A/B test with users as the unit, 5% traffic per arm for 2 weeks (power 0.8 for a 0.5% CTR lift); ship if revenue per search rises significantly and latency and hide rate hold."',
  severity: { mid: 'info', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['evaluation', 'experiment'],
  concepts: ['ab-test-named', 'ab-unit', 'ab-power', 'ab-decision'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    // A bare "* A/B Test" bullet in a label-only section is MLSD003's finding, not a test being proposed.
    const all = hits.all(ctx.concept('ab-test-named').phrases);
    const found = all.find((h) => {
      if (h.pattern <= 1 && !slashed(answer, h)) return false; // "A --> B" in a diagram is not "A/B"
      const s = sectionAt(answer, hits.line(h));
      return !s || !isTemplateEcho(answer, s);
    });
    if (!found) return;
    const ab = longestAt(all, found);
    // The design is said where the test is: in the evaluation step or a step that names the test
    // ("features over the last 7 days" in the data step is no duration of the test).
    // A rollout to "1% of users" in the serving step is not the test's unit either.
    const bits = all.reduce((b, h) => b | (answer.lineSteps[hits.line(h)] ?? 0), 1 << STEP_IDS.indexOf('evaluation'));
    // An essay's or a transcript's paragraph may count for no step: the sentences around the test count then.
    const testSentences = all.map((h) => sentenceOf(ctx, h)?.index ?? -9);
    const near = (h: Hit) => {
      const mask = answer.lineSteps[hits.line(h)] ?? 0;
      if (mask !== 0) return (mask & bits) !== 0;
      const i = sentenceOf(ctx, h)?.index ?? -99;
      return testSentences.some((j) => Math.abs(i - j) <= 2);
    };
    const said = (id: 'ab-unit' | 'ab-power' | 'ab-decision') => hits.all(ctx.concept(id).phrases).some(near) || saidInChinese(ctx, id);
    const missing: string[] = [];
    if (!said('ab-unit')) missing.push('the randomization unit');
    if (!said('ab-power')) missing.push('the duration or sample size');
    if (!said('ab-decision')) missing.push('the decision rule');
    if (missing.length === 0) return;
    report({
      range: hits.range(ab),
      step: 'evaluation',
      // One element left out is a hint; a test with two or three missing is not designed.
      severity: missing.length >= 2 ? undefined : 'info',
      message: `The A/B test is named but not designed: add ${listOf(missing)}.`,
      gap: `the A/B test's ${listOf(missing.map((m) => m.replace(/^the /, '')))}`,
      concepts: ['ab-test'],
    });
  },
};

/** Is the `a b` hit written `A/B` (a slash, optionally spaced, between the letters)? */
function slashed(a: Answer, h: Hit): boolean {
  const t = a.tokens;
  const between = a.text.slice(t.start(h.token) + t.len(h.token), t.start(h.token + 1));
  return between.trim() === '/';
}
