import type { Rule } from './types';
import { conceptSaid, hitText, lineInStep, longestAt } from './util';

/** MLSD033: generated text is judged offline by more than its overlap with a reference. */
export const overlapOnlyEval: Rule = {
  id: 'MLSD033',
  name: 'overlap-only-eval',
  description: 'A system that generates text (drafts, answers, summaries) is evaluated offline by graded quality or groundedness, not only by overlap with a reference (BLEU, ROUGE, embedding similarity).',
  rationale:
    'Overlap metrics reward wording close to one reference: a draft that quotes the wrong refund policy in the right tone scores well, ' +
    'and a correct reply worded differently scores badly. They are cheap regression checks, not a launch bar. ' +
    'Grade a sample for being right (people with a rubric, or a judge model checked against people), and check that each claim is supported by the retrieved sources.\n\n' +
    'Good: "Offline: 500 drafts a week graded by two senior agents for correct policy and tone; every claim must cite a retrieved source. ROUGE only as a smoke test."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['evaluation', 'metrics', 'llm'],
  concepts: ['generates-text', 'overlap-metrics', 'graded-quality'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    if (hits.all(ctx.concept('generates-text').phrases).length === 0) return;
    const overlap = hits.all(ctx.concept('overlap-metrics').phrases);
    if (overlap.length === 0) return;
    if (conceptSaid(ctx, 'graded-quality')) return;
    // Where the evaluation names it, if it has a section; else the first one.
    const at = overlap.find((h) => lineInStep(answer, hits.line(h), 'evaluation')) ?? overlap[0]!;
    const first = longestAt(overlap, at);
    const name = hitText(answer, first);
    report({
      range: hits.range(first),
      step: 'evaluation',
      message: `"${name}" only measures overlap with a reference: grade a sample of outputs for being right (people or a checked judge model) and check claims against the sources.`,
      gap: 'graded quality, not only overlap',
      concepts: ['offline-metrics', 'task-metrics'],
    });
  },
};
