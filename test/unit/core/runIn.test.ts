/**
 * Design-doc structure: run-in bold titles that lead a paragraph ("**Model.**
 * Baseline is …") inside a part of no step are sections of their step; labels
 * with a value and stubs are not. And a scoring path with a budget in
 * milliseconds has chosen online prediction (MLSD012).
 */
import { describe, expect, it } from 'vitest';
import { check, parseAnswer } from '../../../src/core/index';

const DOC = [
  '# Spam filter v3',
  '',
  '## Proposal',
  '',
  '**Decision shape.** For each message and recipient we produce a probability that the mail is unwanted, and a policy maps it to an action.',
  '',
  '**Model.** The baseline is the current rule stack; the first learned step is logistic regression on hashed tokens, and the target is a boosted tree model over reputation features.',
  '',
  '**Serving.** Scoring sits in the SMTP accept path with a 50 ms p99 budget, and falls back to the rules when the model times out.',
].join('\n');

describe('run-in headings', () => {
  it('a run-in title that names a step opens its section in a part of no step; others stay text', () => {
    const a = parseAnswer(DOC);
    expect(a.sections.map((s) => [s.title, s.steps])).toEqual([
      ['Spam filter v3', []],
      ['Proposal', []],
      ['Model', ['model']],
      ['Serving', ['serving']],
    ]);
    expect(check(DOC).findings.filter((f) => f.ruleId === 'MLSD001' && f.step === 'model')).toEqual([]);
  });

  it('a label with a value, a stub, or a run-in inside a step is not a section', () => {
    const labels = '# A\n\n## Requirements\n\n**Scale:** 200M DAU and 100k QPS at peak, with a 200 ms budget for the whole page and its ads.\n';
    expect(parseAnswer(labels).sections.map((s) => s.title)).toEqual(['A', 'Requirements']);
    const stub = '# A\n\n**Monitoring:** <drift detection, retraining cadence and the alerts that page someone>\n';
    expect(parseAnswer(stub).sections.map((s) => s.title)).toEqual(['A']);
    const short = '# A\n\n**Model:** GBDT.\n';
    expect(parseAnswer(short).sections.map((s) => s.title)).toEqual(['A']);
  });
});

describe('MLSD012 and an implied online path', () => {
  it('a millisecond budget on the scoring path is a choice of online prediction', () => {
    expect(check(DOC).findings.filter((f) => f.ruleId === 'MLSD012')).toEqual([]);
    const vague = DOC.replace('Scoring sits in the SMTP accept path with a 50 ms p99 budget, and falls back', 'The model is deployed to a cluster of machines and falls back');
    expect(check(vague).findings.filter((f) => f.ruleId === 'MLSD012').map((f) => f.message).join(' ')).toMatch(/batch (and|or) online prediction/);
  });
});

describe('a section read by what it says', () => {
  const doc = (title: string) =>
    [
      '# Ads ranking',
      '',
      '## Requirements',
      'We rank ads for 200M daily users at 100k QPS peak with a 50 ms p99 budget for the ranker.',
      '',
      `## ${title}`,
      'We start with logistic regression as the baseline, then move to gradient-boosted trees, and later DCN-v2 because it learns feature crosses; the loss is log loss on clicks, trained with Adam and early stopping.',
    ].join('\n');

  it('a section of no step that makes the model step’s points is the model step’s section', () => {
    const r = check(doc('What we built'));
    expect(r.answer.stepSections.get('model')?.map((s) => s.title)).toEqual(['What we built']);
    expect(r.findings.filter((f) => f.ruleId === 'MLSD001' && f.step === 'model')).toEqual([]);
  });

  it('a step that has a titled section keeps it; a short section is not read for a step', () => {
    const both = `${doc('What we built')}\n\n## Model\nSee above.\n`;
    expect(check(both).answer.stepSections.get('model')?.map((s) => s.title)).toEqual(['Model']);
    const short = '# A\n\n## Notes\nBaseline LR, then GBDT.\n';
    expect(check(short).answer.stepSections.get('model')).toBeUndefined();
  });
});
