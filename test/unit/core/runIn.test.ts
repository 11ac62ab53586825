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
  it('a run-in title that names a step opens its section in a part of no step; in a doc of that form, so does any short run-in title', () => {
    const a = parseAnswer(DOC);
    expect(a.sections.map((s) => [s.title, s.steps])).toEqual([
      ['Spam filter v3', []],
      ['Proposal', []],
      ['Decision shape', []],
      ['Model', ['model']],
      ['Serving', ['serving']],
    ]);
    expect(check(DOC).findings.filter((f) => f.ruleId === 'MLSD001' && f.step === 'model')).toEqual([]);
  });

  it('labels with stubs (as the key-point fix inserts them) do not make the form', () => {
    const t = DOC.split('\n').filter((l) => !l.startsWith('**Serving.**')).join('\n') + '\n\n**Serving:** <batch or online, and the latency budget…>\n\n**Monitoring:** <drift, retraining, alerts…>\n';
    expect(parseAnswer(t).sections.map((s) => s.title)).toEqual(['Spam filter v3', 'Proposal', 'Model']);
  });

  it('one run-in that names a step does not make the form: other bold leads stay text', () => {
    const one = DOC.split('\n').filter((l) => !l.startsWith('**Serving.**')).join('\n');
    expect(parseAnswer(one).sections.map((s) => s.title)).toEqual(['Spam filter v3', 'Proposal', 'Model']);
  });

  it('a section alone in the place of the one missing step between two steps is that step; a hollow one is not', () => {
    const head = ['---', 'level: mid', '---', '# Spam', '', '## Evaluation', '', 'Offline we compare recall at a fixed false-positive rate; online 5% of users get it for two weeks.', ''];
    const tail = ['', '## Monitoring', '', 'Every day we compare the blocked share with last week and page the on-call when it doubles; we retrain weekly.', ''];
    const run = (body: string) => check([...head, '## Run', '', body, ...tail].join('\n')).coverage.steps.get('serving')!.sections.map((s) => s.title);
    expect(run('The model is called on each text inside the gateway, from memory, within 20 ms; when it times out, the text is delivered.')).toEqual(['Run']);
    expect(run('The team that owns the gateway meets on Tuesdays, and the office on the third floor has good coffee.')).toEqual([]);
    expect(run('In the gateway.')).toEqual([]);
  });

  it('an answer written as a list of steps: each item\'s bold title opens its section, questions included', () => {
    const t = [
      '---', 'level: mid', '---', '# Transaction categories: my checklist', '',
      '- [x] **What is it for?** The app shows people where their money went, in 25 categories, for 30M transactions a day; a second or two is fine.',
      '- [x] **What exactly do we predict?** One category per transaction from the merchant text and amount; we return the category and how sure we are.',
      '- [x] **How do we split?** Once by merchant and once by month, so that new merchants and next month are both tested.',
      '- [x] **Serving.** Runs inside the posting pipeline; if it fails, the rules answer.',
      '- [x] **After launch.** Weekly correction rate per category, with an alert if corrections jump; retrain monthly.',
      '',
    ].join('\n');
    const r = check(t);
    const titles = (id: string) => r.coverage.steps.get(id as never)!.sections.map((s) => s.title);
    expect([titles('requirements'), titles('framing'), titles('data'), titles('serving'), titles('monitoring')]).toEqual([['What is it for'], ['What exactly do we predict'], ['How do we split'], ['Serving'], ['After launch']]);
    // A plain list with bold leads is no list of steps.
    const labels = '# A\n\n## Requirements\n\n- **Scale:** 200M DAU and 100k QPS at peak, in 40 countries.\n- **Latency:** p99 under 200 ms for the whole page.\n';
    expect(parseAnswer(labels).sections.map((s) => s.title)).toEqual(['A', 'Requirements']);
  });

  it('a numbered list of bold titles, each with its content nested under it, is a list of steps', () => {
    const item = (n: number, title: string, lines: string[]) => [`${n}. **${title}**`, ...lines.map((l) => `   - ${l}`)];
    const t = [
      '---', 'level: senior', '---', '# Card fraud', '',
      ...item(1, 'Clarify the problem', ['About 15M payments a day at up to 600 a second; scoring gets 50 ms.', 'Goal: cut fraud losses by 30% without more false declines.']),
      ...item(2, 'Frame it as ML', ['The chance that a payment is fraud, given the payment, the card and the device.']),
      ...item(3, 'Data and labels', ['Authorisation logs and the chargeback feed from the card networks.', 'Split by time: train on five months, test on the two weeks after.']),
      ...item(4, 'Serving', ['A scoring service behind the gateway, with the rules answering when it times out.']),
      '',
    ].join('\n');
    const r = check(t);
    const titles = (id: string) => r.coverage.steps.get(id as never)!.sections.map((s) => s.title);
    expect([titles('requirements'), titles('framing'), titles('data'), titles('serving')]).toEqual([['Clarify the problem'], ['Frame it as ML'], ['Data and labels'], ['Serving']]);
    // A bold title alone, with nothing under it, opens nothing.
    expect(parseAnswer('# A\n\n1. **Data**\n2. **Model**\n3. **Serving**\n').sections.map((s) => s.title)).toEqual(['A']);
  });

  it('the steps of an answer written as run-in titles in its own words are its sections, their steps inferred in order', () => {
    const t = [
      '---', 'level: mid', '---', '# Parcel volume per depot', '',
      '**Requirements.** Depots plan vans and staff from tomorrow\'s parcel count; we need one number per depot and hour by 5 am, for 300 depots.', '',
      '**Data.** Four years of scan records per depot and hour, the holiday calendar and the weather forecast; we train on the first three years and test on the last one.', '',
      '**Model.** First the same hour last week as the number to beat, then boosted trees on the recent counts, the weekday and holidays, because they handle the mix of inputs.', '',
      '**Checking it.** Offline we compare the mean absolute error per depot and hour with the number to beat; online, half of the depots plan with the new forecast for a month and we compare overtime hours and late parcels.', '',
      '**Watching it.** Every morning we compare yesterday\'s forecast with the scans per depot and alert the team when the error doubles; we retrain weekly.', '',
    ].join('\n');
    const r = check(t);
    expect(r.coverage.steps.get('evaluation')!.sections.map((s) => s.title)).toEqual(['Checking it']);
    expect(r.coverage.steps.get('monitoring')!.sections.map((s) => s.title)).toEqual(['Watching it']);
    expect(r.findings.filter((f) => f.ruleId === 'MLSD001' && (f.step === 'evaluation' || f.step === 'monitoring'))).toEqual([]);
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
