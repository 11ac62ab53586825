import type { Rule } from './types';
import { roughly } from './util';
import { parseQuantities, stepOfLine, type Quantity } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';

/** Arm size, in units of 16·p(1−p)/δ² (80% power, 5% two-sided), below which a test is reported: a third of what it needs. */
const SHORT_BY = 3;
/** Characters between a percentage and the effect word it sizes ("2% relative lift"). */
const EFFECT_GAP = 16;


/** MLSD035: an A/B test sized in numbers can detect the effect it is sized for. */
export const underpoweredTest: Rule = {
  id: 'MLSD035',
  name: 'underpowered-test',
  description: 'An A/B test whose size is stated ("2,000 users per arm to detect a 2% relative lift on a 4% rate") has the traffic that effect needs.',
  rationale:
    'A test too small for its effect reads noise as a result. Each arm needs about 16·p(1−p)/δ² units for 80% power at 5% significance, where p is ' +
    'the baseline rate and δ the absolute lift: a 2% relative lift on a 4% rate (δ = 0.08 points) takes about 960k per arm, not 2,000. The checker ' +
    'recomputes it when the answer states the rate, the lift and the size per arm in one sentence, and reports a size under a third of what it needs ' +
    '(a lift whose kind is not said is read as absolute, the smaller need).\n\n' +
    'Good: "Baseline take rate 4%; to detect a 2% relative lift (0.08 points) at 80% power we need about 1M passengers per arm, so two weeks at 10% traffic."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  defect: true,
  tags: ['evaluation', 'experiment', 'numbers'],
  concepts: ['ab-arm', 'ab-effect'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const { sentences } = ctx.coverage;
    const arms = hits.all(ctx.concept('ab-arm').phrases);
    if (arms.length === 0) return;
    const effects = hits.all(ctx.concept('ab-effect').phrases);
    const seen = new Set<number>();
    for (const arm of arms) {
      const si = sentences.ofToken(arm.token);
      if (si < 0 || seen.has(si)) continue;
      seen.add(si);
      const s = sentences.list[si]!;
      const text = answer.text.slice(s.start, s.end).replace(/\n/g, ' ');
      if (!text.includes('%')) continue;
      const at = (h: typeof arm) => answer.tokens.start(h.token) - s.start;
      const qs = parseQuantities(text);
      const armAt = arms.filter((h) => h.token >= arm.token && answer.tokens.start(h.token) < s.end).map(at);
      // The size: a count per arm ("2,000 passengers per arm", "50k users in each group").
      const size = qs.find((q) => q.kind === 'count' && armAt.some((o) => o >= q.start && o <= q.end + 12));
      // The effect: a percentage or a number of points right before the word for it ("2% relative lift", "0.5 point lift").
      const effectAt = effects.filter((h) => answer.tokens.start(h.token) >= s.start && answer.tokens.start(h.token) < s.end).map(at);
      const sized = (q: Quantity) => effectAt.some((o) => o >= q.end - 1 && o - q.end <= EFFECT_GAP) || (q.nouns.includes('point') || q.nouns.includes('points'));
      const lift = qs.find((q) => q !== size && (q.kind === 'percent' || q.nouns.includes('point') || q.nouns.includes('points')) && sized(q));
      const base = qs.find((q) => q !== lift && q.kind === 'percent' && q.display > 0 && q.display < 100);
      if (!size || !lift || !base || !(lift.display > 0)) continue;
      const p = base.display / 100;
      const words = text.slice(lift.start, lift.end + EFFECT_GAP).toLowerCase();
      const relative = lift.kind === 'percent' && /\brelative\b/.test(words) && !/\b(?:absolute|points?|pp)\b/.test(words);
      const delta = relative ? (p * lift.display) / 100 : lift.display / 100;
      if (delta >= p || delta >= 1 - p) continue;
      const need = (16 * p * (1 - p)) / (delta * delta);
      if (size.display * SHORT_BY >= need) continue;
      const line = lineOfOffset(answer.lineStarts, s.start + size.start);
      const col = s.start + size.start - answer.lineStarts[line]!;
      report({
        range: { start: { line, character: col }, end: { line, character: col + size.end - size.start } },
        step: stepOfLine(answer, line) ?? 'evaluation',
        message: `${text.slice(size.start, size.end)} cannot show a ${lift.text}${relative ? ' relative' : ''} lift on a ${base.text} rate: 80% power needs about ${roughly(need)} per arm (16·p(1−p)/δ²).`,
        concepts: ['ab-test'],
      });
    }
  },
};
