import type { Rule } from './types';
import { saidTogether } from '../analysis/coverage';
import { stepOfLine } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';
import { lineRange } from '../util';
import { denies } from '../text/markers';

/** A sentence that says it is not done. */

/** MLSD034: people's own words go into a prompt, an index or training data only with their personal data protected. */
export const unprotectedPersonalText: Rule = {
  id: 'MLSD034',
  name: 'unprotected-personal-text',
  description: 'A system that puts people\'s own words (emails, chats, tickets) into a prompt, a retrieval index or training data says how their personal data is protected.',
  rationale:
    'Past threads carry names, addresses, order and card numbers. Retrieved into another customer\'s prompt, they can surface in that customer\'s reply; ' +
    'trained on, they can be memorised. Redact or mask personal data before indexing or training, keep each customer\'s data to their own requests, ' +
    'and say what the law and the retention policy allow.\n\n' +
    'Good: "Past threads are indexed after names, emails, addresses and order numbers are masked; the customer\'s own data comes only from the orders API for this email."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['data', 'privacy', 'llm'],
  concepts: ['generates-text', 'people-text-reused', 'personal-data-protected'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    if (hits.all(ctx.concept('generates-text').phrases).length === 0) return;
    if (hits.all(ctx.concept('personal-data-protected').phrases).length > 0) return;
    // "We do not index raw chats" is the protection, not the gap.
    const said = saidTogether(ctx.concept('people-text-reused'), answer, hits, ctx.coverage.sentences).find((x) => !denies(answer.text.slice(x.start, x.end)));
    if (!said) return;
    const line = lineOfOffset(answer.lineStarts, said.start);
    report({
      range: lineRange(answer.lineText(line), line),
      step: stepOfLine(answer, line) ?? 'data',
      message: 'People\'s own words go into the index or prompts here, with their names, addresses and numbers: mask personal data first and say what may be kept.',
      gap: 'personal data masked before reuse',
      concepts: ['privacy-bias'],
    });
  },
};
