import type { Rule } from './types';
import { saidTogether } from '../analysis/coverage';
import { stepOfLine } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';
import { lineRange } from '../util';
import { saidInChinese, sectionAt } from './util';

/** MLSD031: a ranking model's negatives are items the user saw. */
export const unshownNegatives: Rule = {
  id: 'MLSD031',
  name: 'unshown-negatives',
  description: 'A ranking model learns its negatives from items that were shown and not chosen, not from items the user never saw.',
  rationale:
    'A post that was never shown was never rejected: counting every other candidate, or random items from the catalogue, as a negative teaches the ranker ' +
    'to tell shown items from unshown ones (position, freshness, what the old ranker liked), not what a user wants. ' +
    'Take negatives from impressions without the positive action within the window, and correct for position. ' +
    'Random or in-batch negatives are right for a retrieval model (two-tower, candidate generation), whose job is to tell an item from the rest of the catalogue.\n\n' +
    'Good: "Negatives: impressions the user scrolled past with no click within 30 minutes; random negatives only for the two-tower retrieval model."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['framing', 'data', 'label'],
  defect: true,
  concepts: ['unshown-negatives', 'retrieval-training'],
  check(ctx, report) {
    const { answer, hits, coverage } = ctx;
    // In a section about a retrieval model (two-tower, in-batch negatives), random negatives are right.
    const retrievalLines = hits.all(ctx.concept('retrieval-training').phrases).map((h) => hits.line(h));
    const aboutRetrieval = (line: number) => {
      const sec = sectionAt(answer, line);
      const [from, to] = sec ? [sec.line, sec.end] : [0, answer.lineCount];
      return retrievalLines.some((l) => l >= from && l < to);
    };
    const said = saidTogether(ctx.concept('unshown-negatives'), answer, hits, coverage.sentences).find((s) => !aboutRetrieval(lineOfOffset(answer.lineStarts, s.start)));
    let line = said ? lineOfOffset(answer.lineStarts, said.start) : -1;
    if (line < 0 && saidInChinese(ctx, 'unshown-negatives')) {
      const prose = coverage.sentences.prose;
      const at = Math.min(...ctx.concept('unshown-negatives').cjk.map((p) => prose.indexOf(p)).filter((i) => i >= 0));
      line = lineOfOffset(answer.lineStarts, at);
    }
    if (line < 0 || (!said && aboutRetrieval(line))) return;
    report({
      range: lineRange(answer.lineText(line), line),
      step: stepOfLine(answer, line) ?? 'framing',
      message: 'These negatives were never shown, so never rejected: take negatives from impressions without the action, and keep random negatives for retrieval.',
      concepts: ['label-definition', 'labels-collection'],
    });
  },
};
