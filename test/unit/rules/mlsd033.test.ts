/**
 * MLSD033 overlap-only-eval: generated text judged offline only by its overlap
 * with a reference. Grading by people or a judge model, or a groundedness check,
 * silences it; so does a system that generates no text.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers';

const find = (text: string) => ruleFindings(text, 'MLSD033');
const answer = (model: string, evaluation: string) => `---\nlevel: senior\n---\n# A\n\n## Model\n\n${model}\n\n## Evaluation\n\n${evaluation}\n`;
const LLM = 'A hosted LLM writes a draft reply from the retrieved help articles and the order data; the prompt lists the policy rules.';

describe('MLSD033 overlap-only-eval', () => {
  it('drafts judged only by ROUGE or similarity against the sent reply, quoted by its metric, in the evaluation step', () => {
    const f = find(answer(LLM, 'Take 5k historical emails, generate drafts, compute ROUGE-L and embedding similarity against the reply the agent sent.'));
    expect(f.map((x) => [x.step, x.message])).toEqual([
      ['evaluation', '"ROUGE-L" only measures overlap with a reference: grade a sample of outputs for being right (people or a checked judge model) and check claims against the sources.'],
    ]);
    expect(f[0]!.message.length).toBeLessThanOrEqual(200);
    expect(find(answer('We fine-tune a small model to generate summaries of each ticket.', 'BLEU against the agent notes on 2,000 tickets.'))).toHaveLength(1);
  });
  it('is silent when outputs are graded, a judge model is used or groundedness is checked', () => {
    expect(find(answer(LLM, 'ROUGE-L against the sent reply as a smoke test; two senior agents grade 500 drafts a week for correct policy.'))).toEqual([]);
    expect(find(answer(LLM, 'ROUGE-L as a smoke test, plus an LLM judge checked against 200 human labels.'))).toEqual([]);
    expect(find(answer(LLM, 'ROUGE-L, and groundedness: every claim must be found in a retrieved source.'))).toEqual([]);
  });
  it('is silent when nothing generates text, or no overlap metric is named', () => {
    expect(find(answer('A two-tower model retrieves similar products by embedding similarity.', 'Recall@100 and nDCG@10 on the last week.'))).toEqual([]);
    expect(find(answer(LLM, 'Handle time per email in an A/B test by agent, three weeks.'))).toEqual([]);
  });
});
