/**
 * MLSD034 unprotected-personal-text: people's own words (threads, chats, tickets)
 * put into a prompt, an index or training data with nothing said about their
 * personal data. Masking, PII, consent or "we do not index raw chats" silence it.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers';

const find = (text: string) => ruleFindings(text, 'MLSD034');
const answer = (data: string) => `---\nlevel: senior\n---\n# A\n\n## Model\n\nA hosted LLM writes a draft reply from the retrieved context.\n\n## Data\n\n${data}\n`;

describe('MLSD034 unprotected-personal-text', () => {
  it('past threads indexed in full and put into prompts, at their line, in the data step', () => {
    const f = find(answer("I'd embed the last 50k resolved threads, full text incl. the agent replies, and put them in the vector index."));
    expect(f.map((x) => [x.step, x.range.start.line])).toEqual([['data', 11]]);
    expect(f[0]!.message.length).toBeLessThanOrEqual(200);
    expect(find(answer('We fine-tune the model on two years of raw support chats.'))).toHaveLength(1);
  });
  it('is silent when personal data is masked, the raw text is not used, or nothing generates text', () => {
    expect(find(answer('We embed the last 50k resolved threads after masking names, emails and order numbers.'))).toEqual([]);
    expect(find(answer("We do not index raw chats: they contain other customers' names and pay details."))).toEqual([]);
    expect(find(answer('Help-center articles are chunked by section and embedded into the index.'))).toEqual([]);
    const noLlm = '---\nlevel: senior\n---\n# A\n\n## Data\n\nWe train a spam classifier on the last 50k raw emails.\n';
    expect(find(noLlm)).toEqual([]);
  });
});
