import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { ruleFindings, strongNoCase, withSection } from './helpers';

const base = strongNoCase();
/** Findings of `id` on `text` at the text's own level (senior unless forced). */
const find = (text: string, id: string, level?: 'mid' | 'senior' | 'staff') => ruleFindings(text, id, level ? { forceLevel: level } : {});

describe('the base answer', () => {
  it('has no findings at senior without a case', () => {
    expect(check(base).findings).toEqual([]);
  });
});

describe('MLSD004 metrics-pairing', () => {
  it('an online metric named in the evaluation step in its own words counts', () => {
    const t = '# A\n\n## Evaluation\n\nOffline: recall at a fixed precision on the last month.\n\n**Live test.** 20% of companies get the assistant for three weeks. Main measure: resolved share.\n';
    expect(find(t, 'MLSD004')).toEqual([]);
  });
  it('an engagement signal named as logged data is not an online metric', () => {
    const t = '# A\n\n## Data\n\nThe action log has likes, shares, hides and dwell time per impression.\n\n## Evaluation\n\nROC AUC per head on the test set, above 0.8; the new model is promoted if it beats production offline.\n';
    expect(find(t, 'MLSD004').map((f) => f.message)).toEqual([expect.stringMatching(/online/i)]);
  });
  it('asks for online metrics when only offline ones are named', () => {
    const t = '# A\n\n## Requirements\n\nMore revenue.\n\n## Evaluation\n\nOffline: AUC and log loss.\n';
    const f = find(t, 'MLSD004');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/no online metric/);
    expect(f[0]!.range.start.line).toBe(6);
  });
  it('asks for offline metrics when only online ones are named', () => {
    const f = find('# A\n\nWe track CTR and revenue per search.\n', 'MLSD004');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/no offline metric/);
    expect(f[0]!.range.start).toEqual({ line: 2, character: 9 });
  });
  it('an online goal that is never tested live: offline metrics alone decide the launch', () => {
    // A dialogue with no step sections: the goal said up front counts as its online metric.
    const shipped = (evaluation: string) => `# A\n\n**Q:** Where do you start?\n\n**A:** The goal is fewer cancellations caused by wrong ETAs.\n\n**Q:** How do you evaluate?\n\n**A:** ${evaluation}\n`;
    const f = find(shipped('RMSE on the test weeks, compared with the routing engine. If it is lower, we ship it to everyone.'), 'MLSD004');
    expect(f.map((x) => [x.message, x.concepts])).toEqual([[expect.stringMatching(/^Offline metrics alone decide the launch/), ['online-metrics', 'ab-test']]]);
    // With sections, the goal in the requirements is no online metric of the evaluation: both are asked for.
    const sectioned = '# A\n\n## Requirements\n\nThe goal is fewer cancellations.\n\n## Evaluation\n\nRMSE on the test weeks, compared with the routing engine. If it is lower, we ship it.\n';
    expect(find(sectioned, 'MLSD004').map((x) => [x.message, x.concepts])).toEqual([[expect.stringMatching(/no online metric or live test/), ['online-metrics', 'ab-test']]]);
    // A live test in other words than "A/B": each of these is one.
    for (const live of [
      'RMSE on the test weeks. Then two weeks in shadow, then 10% of cards on the new model against the rules.',
      'RMSE on the test weeks.\n\n- **Experiment:** half of employees, chosen by person, for 3 weeks.',
      'RMSE on the test weeks. Then a 6-week pilot in 2 cities against 2 similar ones on the old model.',
      'RMSE on the test weeks. Online: 2 weeks on 5% of riders, comparing cancellations.',
    ]) expect(find(shipped(live), 'MLSD004'), live).toEqual([]);
    // "live" as an adjective is no test: "the source system's live permission API".
    const api = find(shipped("RMSE on the test weeks. We check the cited documents against the source system's live permission API."), 'MLSD004');
    expect(api).toHaveLength(1);
  });
  it('with no live test of any kind, asks for the live comparison too', () => {
    const promoted = '# A\n\n## Evaluation\n\nROC AUC per head on the test set, above 0.8; the new model is promoted if it beats production offline.\n';
    const f = find(promoted, 'MLSD004');
    expect(f.map((x) => [x.message, x.concepts])).toEqual([[expect.stringMatching(/no online metric or live test/), ['online-metrics', 'ab-test']]]);
    const tested = find(promoted + '\nThen an A/B test against production.\n', 'MLSD004');
    expect(tested.map((x) => [x.message, x.concepts])).toEqual([[expect.stringMatching(/^Offline metrics are named but no online metric: /), ['online-metrics']]]);
  });
  it('gives examples that fit the case', () => {
    const text = '---\ncase: payment-fraud\n---\n# Fraud\n\n## 5. Evaluation\n\nOffline we use PR-AUC and recall at a fixed false-positive rate on last month.\n';
    expect(find(text, 'MLSD004')[0]!.message).toMatch(/fraud loss rate/);
  });
  it('is quiet when both kinds are named', () => {
    expect(find(base, 'MLSD004')).toEqual([]);
  });
});

describe('MLSD005 unquantified-slo', () => {
  it('a batch job for training is no serving deadline', () => {
    const t = '# A\n\n## Requirements\n\n500M posts a day. Embeddings are computed by a batch job for training.\n';
    expect(find(t, 'MLSD005').map((f) => f.message)).toEqual([expect.stringMatching(/^No latency target/)]);
    expect(find('# A\n\n## Requirements\n\n500M posts a day, scored by a nightly batch job.\n', 'MLSD005')).toEqual([]);
  });
  it('a deadline or an acceptable wait in words is a latency target: "within a minute of the ticket being created", "a few seconds is fine"', () => {
    const req = (line: string) => `# A\n\n## Requirements\n\nAbout 40k tickets a day. ${line}\n`;
    expect(find(req('A prediction within a minute of the ticket being created.'), 'MLSD005')).toEqual([]);
    expect(find(req("It's needed when the ticket is escalated, so a few seconds is fine."), 'MLSD005')).toEqual([]);
    expect(find(req('Agents spend a few seconds on each ticket.'), 'MLSD005').map((f) => f.message)).toEqual([expect.stringMatching(/^No latency target/)]);
  });
  it('reports a missing latency number and a missing scale number as one finding at the requirements heading, each part in related', () => {
    const t = '# A\n\n## 1. Requirements\n\nFast responses for lots of users.\n';
    const f = find(t, 'MLSD005');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^Clarify requirements: add a latency target.* and the scale in numbers\.$/);
    expect(f[0]!.concepts).toEqual(['latency-slo', 'scale']);
    expect(f[0]!.related!.map((x) => x.message.slice(0, 20))).toEqual(['No latency target wi', 'No scale number: add']);
    expect([f[0]!, ...f[0]!.related!].every((x) => x.range.start.line === 2 && x.range.start.character === 3)).toBe(true);
    expect(find(base, 'MLSD005')).toEqual([]);
  });
  it('a load or a size in numbers counts whatever is counted; a small count, a year or a time does not', () => {
    const scale = (body: string) => find(`# A\n\n## Requirements\n\n${body} Responses within 1.5 s.\n`, 'MLSD005');
    expect(scale('About 60,000 conversations a day, 70% in English.')).toEqual([]);
    expect(scale('We keep 27M store-product pairs up to date.')).toEqual([]);
    expect(scale('Peaks near 80k a second at lunch.')).toEqual([]);
    // One number on its line, and no word of a fact but its period: still a load.
    expect(find('# A\n\n## Requirements\n\nFor scale, take one large city first: about 50,000 ride requests an hour at the\nevening peak.\n\nResponses within 1.5 s.\n', 'MLSD005')).toEqual([]);
    expect(scale('In 2024 twelve engineers ran it on 40 servers.').map((f) => f.message)).toEqual([expect.stringMatching(/^No scale number/)]);
  });
  it('does not take a click window in seconds for a latency target', () => {
    const t = '# A\n\n## Requirements\n\nA click within 30 seconds counts; 100M DAU.\n';
    expect(find(t, 'MLSD005').map((x) => x.message.slice(0, 10))).toEqual(['No latency']);
    expect(find('# A\n\n## Requirements\n\nResponses within 2 seconds at p99 for 100M DAU.\n', 'MLSD005')).toEqual([]);
  });
  it('a deadline for what the user is shown, said in a sentence, is a latency target; a dwell time is not', () => {
    const t = (body: string) => find(`# A\n\n## Requirements\n\n${body} About 220k visits a year.\n`, 'MLSD005').map((x) => x.message.slice(0, 10));
    expect(t('One number, shown in the existing triage screen, within about 5 seconds of the vitals being entered.')).toEqual([]);
    expect(t('A post counts as read when it is shown and the viewer spends more than ten seconds on it.')).toEqual(['No latency']);
  });
  it('accepts 200ms and 100k QPS written without spaces', () => {
    expect(find('# A\n\n## Requirements\n\nBudget 200ms at 100k QPS.\n', 'MLSD005')).toEqual([]);
  });
});

describe('MLSD008 and MLSD029 on a label written in a list of steps', () => {
  it('a terse "y = cancelled before check-in" defines the label', () => {
    const t = (framing: string) => `# Cancellations\n\n## Framing\n\n${framing}\n`;
    expect(find(t('- binary clf per (booking, snapshot day): y = cancelled before check-in'), 'MLSD008')).toEqual([]);
    expect(find(t('- binary clf per (booking, snapshot day)'), 'MLSD008')).toHaveLength(1);
  });
  it('positives declined by the rules engine are its blind spots, and a 7-day window misses chargebacks; both in the data step', () => {
    const t = [
      '---', 'level: senior', 'case: payment-fraud', '---', '# Card fraud', '',
      '1. **Frame it as ML**', '   - The chance that a payment is fraud, given the payment, the card and the device.',
      '2. **Data and labels**', '   - Sources: authorisation logs and the chargeback feed.', '   - Labels:',
      '     - positive = transaction declined by the rules engine, or a chargeback with a fraud reason code received within 7 days',
      '     - negative = approved and no chargeback within 7 days',
      '     - this gives us labels fast, so we can train on last week\'s data instead of waiting months',
      '3. **Model**', '   - Gradient-boosted trees on about 300 features, compared with the rules.', '',
    ].join('\n');
    const r = check(t);
    const own = r.findings.find((f) => f.ruleId === 'MLSD029');
    expect(own?.message).toMatch(/"declined"/);
    expect(own?.step).toBe('data');
    expect(r.findings.find((f) => f.ruleId === 'MLSD008')?.step).toBe('data');
  });
});

describe('MLSD006 no-baseline', () => {
  it('a first ranking by a plain rule, "the bar", is a baseline said in other words', () => {
    const model = (first: string) => `# A\n\n## Model\n\n${first}\n- Then two stages: a two-tower model pulls ~500 candidates by nearest-neighbour lookup; a small net scores them.\n`;
    expect(find(model("- First: rank by each clip's 24 h watch-through rate in the user's language. That's the bar."), 'MLSD006')).toEqual([]);
    expect(find(model('- Snippets from open files, ranked by similarity to the code near the cursor (Jaccard is a fine start).'), 'MLSD006')).toHaveLength(1);
  });
  it('reports the first advanced model when no baseline precedes it', () => {
    const t = '# A\n\n## Model\n\nWe train DCN-v2, then try DeepFM.\n';
    const f = find(t, 'MLSD006');
    expect(f).toHaveLength(1);
    expect(f[0]!.range).toEqual({ start: { line: 4, character: 9 }, end: { line: 4, character: 15 } });
    expect(f[0]!.message).toMatch(/"DCN-v2"/);
  });
  it('is a warning at every level: a mid answer is asked for a first simple model too', () => {
    const t = '# A\n\n## Model\n\nWe train DCN-v2, then try DeepFM.\n';
    expect(find(t, 'MLSD006', 'mid').map((f) => f.severity)).toEqual(['warning']);
  });
  it('popularity among the features or in a sampling scheme is not a baseline', () => {
    const t = 'Negatives are sampled in proportion to popularity. Features: the track\'s popularity and age.\n\nWe train a transformer over the playlist\'s tracks.\n';
    expect(find(t, 'MLSD006')).toHaveLength(1);
    expect(find('Start with the most popular tracks of the genre. Then we train a transformer over the playlist\'s tracks.\n', 'MLSD006')).toEqual([]);
  });
  it('accepts a heuristic or GBDT baseline', () => {
    expect(find(base, 'MLSD006')).toEqual([]);
    const t = '# A\n\n## Model\n\nA GBDT first, then DeepFM if it pays for its latency.\n';
    expect(find(t, 'MLSD006')).toEqual([]);
  });
  it('in an essay with no model section, a baseline said after the advanced model counts', () => {
    const essay = '# A\n\nRetrieval is a two-tower network over watch sequences. The baseline I would ship first is a gradient-boosted ranker, because it sets the bar.\n';
    expect(find(essay, 'MLSD006')).toEqual([]);
    // With a model section, the baseline must be there or before the advanced model.
    const sectioned = '# A\n\n## Model\n\nA two-tower network over watch sequences.\n\n## Appendix\n\nA gradient-boosted ranker could be tried.\n';
    expect(find(sectioned, 'MLSD006')).toHaveLength(1);
  });
});

describe('MLSD007 laundry-list', () => {
  it('reports five models in one paragraph without reasons', () => {
    const t = '# A\n\n## Model\n\nCandidates: LR, GBDT, DeepFM, DCN, DLRM and a transformer.\n';
    const f = find(t, 'MLSD007');
    expect(f).toHaveLength(1);
    expect(f[0]!.range.start).toEqual({ line: 4, character: 12 });
    expect(f[0]!.message).toMatch(/6 models/);
  });
  it('accepts the same list with a reason per two models', () => {
    const t = '# A\n\n## Model\n\nLR first because it is cheap; GBDT next since it handles sparse counts; DeepFM, DCN and DLRM learn crosses but cost latency.\n';
    expect(find(t, 'MLSD007')).toEqual([]);
  });
  it('treats separate paragraphs separately', () => {
    const t = '# A\n\n## Model\n\nLR and GBDT.\n\nDeepFM and DCN.\n\nDLRM.\n';
    expect(find(t, 'MLSD007')).toEqual([]);
  });
});

describe('MLSD014 the A/B design is said where the test is', () => {
  const t = (data: string, evaluation: string) => `# A\n\n## Data\n\n${data}\n\n## Evaluation\n\n${evaluation}\n`;
  it('a feature window in the data step is no duration of the test, nor a split of the data its unit', () => {
    const f = find(t('Features: clicks per user over the last 7 days, split by user into train and test.', 'Offline AUC; then an A/B test on CTR, and we ship if CTR rises significantly.'), 'MLSD014');
    expect(f.map((x) => x.message)).toEqual(['The A/B test is named but not designed: add the randomization unit and the duration or sample size.']);
  });
  it('the design said in the evaluation step counts, a share of applicants as the unit and a read after months as the duration', () => {
    const ok = t('Features: clicks per user over the last 7 days.', 'Champion/challenger as an A/B test: 10% of applicants decided by the new model; early read at 3 months, final read on 12-month defaults; ship if the loss rate is lower and approval rate holds.');
    expect(find(ok, 'MLSD014')).toEqual([]);
  });
  it('in an essay with no headings, the sentences around the test count, a rollout paragraphs later does not', () => {
    const essay = (then: string) => `# Video feed\n\nOffline we compute recall@500 on the next day. Online we run an A/B test and ship if watch time goes up. ${then}\n\nServing is online per request. The ranker scores 2,000 candidates within 60 ms. Items are embedded nightly. New models go out as shadow first, then to 1% of users for two weeks, with automatic rollback.\n`;
    expect(find(essay(''), 'MLSD014').map((x) => x.message)).toEqual([expect.stringMatching(/add the randomization unit and the duration/)]);
    expect(find(essay('The test is randomized by user and runs for two weeks.'), 'MLSD014')).toEqual([]);
  });
});

describe('MLSD008 label-undefined', () => {
  it('reports an answer that never defines positives and negatives', () => {
    const t = '# A\n\n## Framing\n\nWe predict clicks on ads. False positives are costly; we use negative sampling.\n';
    const f = find(t, 'MLSD008');
    expect(f).toHaveLength(1);
    expect(f[0]!.range.start.line).toBe(2);
  });
  it('accepts "positive = …" and "label is …" definitions', () => {
    expect(find('# A\n\n## Framing\n\nPositive = a click within 30 minutes.\n', 'MLSD008')).toEqual([]);
    expect(find('# A\n\nThe label is 1 when the user buys.\n', 'MLSD008')).toEqual([]);
  });
  it('hears a label defined in a table row\'s first cell and a graded label from what people did', () => {
    const table = '# A\n\n## Framing\n\n| Piece | Choice |\n|---|---|\n| Label | a booking that is not cancelled before check-in |\n| Model | boosted trees |\n';
    expect(find(table, 'MLSD008')).toEqual([]);
    expect(find(table.replace('| Label | a booking that is not cancelled before check-in |', '| Label | TBD |'), 'MLSD008')).toHaveLength(1);
    const graded = '# A\n\n## Framing\n\nThe ranker orders products. For training, each shown product gets a grade from what the shopper did with it: 3 if it was bought within 7 days, 2 for added to basket, 0 for shown and ignored.\n';
    expect(find(graded, 'MLSD008')).toEqual([]);
    expect(find('# A\n\n## Framing\n\nThe ranker orders products by a grade we learn from the shopper.\n', 'MLSD008')).toHaveLength(1);
  });
  it('a quantity is learned from its observed value; without one it is asked for that, not for positives', () => {
    expect(find('# A\n\n## Framing\n\nWe forecast the hourly send volume and learn from the actual volume recorded the next day.\n', 'MLSD008')).toEqual([]);
    const f = find('# A\n\n## Framing\n\nWe forecast the hourly send volume per customer.\n', 'MLSD008');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/which observed value/)]);
  });
});

describe('MLSD009 temporal-split', () => {
  const t = '# A\n\n## Data\n\nWe train on click logs from the last 30 days, split randomly into train and test.\n';
  it('reports logged interactions without a time-based split (senior)', () => {
    expect(find(t, 'MLSD009')).toHaveLength(1);
  });
  it('at mid level, reports a random split stated but not a split never mentioned', () => {
    expect(find(t, 'MLSD009', 'mid').map((f) => f.message)).toEqual([expect.stringMatching(/^"split randomly" lets the future leak/)]);
    expect(find('# A\n\n## Data\n\nWe train on click logs from the last 30 days with the user and ad features.\n', 'MLSD009', 'mid')).toEqual([]);
    expect(find('# A\n\n## Data\n\nWe train on click logs from the last 30 days with the user and ad features.\n', 'MLSD009')).toHaveLength(1);
  });
  it('a random split named as what not to do, then a split by weeks, is a split by time', () => {
    const data = (body: string) => `# A\n\n## Data\n\nWe log impressions and friend requests. ${body}\n`;
    const essay = 'When splitting, time matters more than anything. If we train on random pairs, a friendship formed in March can leak into features computed for a February example, because the mutual friend count in the snapshot already includes friends added later. So every feature must be computed from the graph as it stood on the day the suggestion was shown, and we train on weeks 1 to 8 and test on weeks 9 and 10.';
    expect(find(data(essay), 'MLSD009')).toEqual([]);
    expect(find(data('If we train on random pairs, a friendship formed in March can leak into features for a February example.'), 'MLSD009')).toHaveLength(1);
  });
  it('daily snapshots and sales history are time-ordered data too: shuffling them is reported; testing on the next month is a split by time', () => {
    const stock = '# A\n\n## Data\n\n- 2 yrs daily inventory snapshots (on-hand, on-order)\n- sales per day, promos calendar\n- shuffle all rows, 80/20 train/test split\n';
    expect(find(stock, 'MLSD009', 'mid').map((f) => f.message)).toEqual([expect.stringMatching(/^"shuffle" lets the future leak/)]);
    const monthly = '# A\n\n## Data\n\nTwo years of daily inventory snapshots and sales history. We train up to the end of one month and test on the next month, never mixing.\n';
    expect(find(monthly, 'MLSD009')).toEqual([]);
  });
  it('accepts a time-based split or a leakage guard', () => {
    expect(find(t.replace('split randomly', 'with a time-based split'), 'MLSD009')).toEqual([]);
    expect(find(t.replace('split randomly into train and test', 'with point-in-time joins'), 'MLSD009')).toEqual([]);
  });
});

describe('MLSD010 calibration-needed', () => {
  it('reports a calibration case at the model heading', () => {
    const t = '---\ncase: ctr-sponsored-search\n---\n# A\n\n## Model\n\nLR then GBDT.\n';
    const f = find(t, 'MLSD010');
    expect(f).toHaveLength(1);
    expect(f[0]!.range.start.line).toBe(5);
    expect(f[0]!.severity).toBe('warning'); // a gap: a warning at every level, never an error
    expect(f[0]!.message).toMatch(/calibrated/);
    expect(find(t, 'MLSD010', 'mid')[0]!.severity).toBe('warning');
  });
  it('reports a text trigger (auction) as a hint (info) at the word', () => {
    const t = '# A\n\nThe score feeds the auction.\n';
    const f = find(t, 'MLSD010');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info'); // a word is a hint that scores are used as probabilities, not proof
    expect(f[0]!.range).toEqual({ start: { line: 2, character: 20 }, end: { line: 2, character: 27 } });
    expect(f[0]!.message).toMatch(/^"auction" uses the score as a probability/);
    expect(find(t, 'MLSD010', 'mid')[0]!.severity).toBe('info');
    expect(find(t, 'MLSD010', 'staff')[0]!.severity).toBe('info');
  });
  it('ignores alert thresholds in monitoring and accepts any calibration mention', () => {
    expect(find('# A\n\n## Monitoring\n\nAlert thresholds on PSI.\n', 'MLSD010')).toEqual([]);
    expect(find('# A\n\nThe auction uses pCTR, calibrated with Platt scaling.\n', 'MLSD010')).toEqual([]);
  });
});

describe('MLSD011 a retraining cadence', () => {
  const t = (body: string) => `# A\n\n## Data\n\nOrders from the warehouse system.\n\n## Monitoring\n\nJob success and run time, alert on failure. Input drift per feature with PSI. ${body}\n`;
  it('a cadence word said of something else is no retraining cadence ("the monthly ops meeting")', () => {
    expect(find(t('A dashboard of forecast vs actual hours, reviewed at the monthly ops meeting.'), 'MLSD011').map((f) => f.message)).toEqual([expect.stringMatching(/retraining cadence/)]);
    expect(find(t('The model is retrained monthly on the last two years.'), 'MLSD011')).toEqual([]);
  });
});

describe('MLSD011 monitoring that watches only the service', () => {
  const mon = (body: string, data = 'Data drift, score distribution.') => `# A\n\n## Data\n\n${data}\n\n## Monitoring\n\n${body}\n`;
  const service = '- Dashboards for CPU, memory, request rate and p99 latency per region.\n- Alert on-call if p99 latency goes above 50 ms.\n- Retrain weekly with the new labels.';
  it('reports dashboards of CPU and latency with nothing of the model, though another step names drift in passing', () => {
    const f = find(mon(service), 'MLSD011');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^Monitoring watches only the service/)]);
    expect(f[0]!.concepts).toContain('model-quality-monitoring');
  });
  it('a watch on the model explained in another step is covered there, not missing', () => {
    expect(find(mon(service, 'Every day we compare this week\'s feature histograms with the training month and alert when PSI passes 0.2.'), 'MLSD011')).toEqual([]);
  });
  it('is silent when the model is watched too, in its own words', () => {
    for (const watch of [
      '- Daily: report rate, share blocked, new link domains. Page on-call if the blocked share doubles or halves.',
      '- Weekly, compare last week\'s forecast with real shipments per category; alert if we are more than 15% off two weeks running.',
    ]) expect(find(mon(`- Dashboards for CPU, memory and p99 latency.\n${watch}\n- Retrain weekly.`), 'MLSD011'), watch).toEqual([]);
  });
});

describe('MLSD011 monitoring-depth', () => {
  const shallow = 'We monitor latency p99, QPS and error rate on dashboards and page the on-call engineer on alerts.';
  it('reports a missing drift type and a missing cadence as one finding at the monitoring heading, each part quoting the degradation idea', () => {
    const text = `# A\n\n## 1. Requirements\n\nMore revenue.\n\n## 7. Monitoring\n\n${shallow}\n`;
    const f = find(text, 'MLSD011');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('Monitoring: add how drift is detected and a retraining cadence.');
    expect(f[0]!.concepts).toEqual(['data-drift', 'retraining']);
    expect(f[0]!.related).toHaveLength(2);
    expect(f[0]!.related!.every((x) => /starts to degrade/.test(x.message))).toBe(true);
    expect(f[0]!.related!.map((x) => x.message)).toEqual([expect.stringMatching(/which drift you watch/), expect.stringMatching(/retraining cadence or trigger/)]);
    expect(f[0]!.range.start.line).toBe(text.split('\n').findIndex((l) => l.startsWith('## 7.')));
  });
  it('reports only the missing half', () => {
    const drift = find(`# A\n\n## Monitoring\n\n${shallow} Feature drift is checked with PSI.\n`, 'MLSD011');
    expect(drift).toHaveLength(1);
    expect(drift[0]!.concepts).toEqual(['retraining']);
    expect(drift[0]!.message).toMatch(/retraining cadence/);
    const cadence = find(`# A\n\n## Monitoring\n\n${shallow} We retrain daily.\n`, 'MLSD011');
    expect(cadence).toHaveLength(1);
    expect(cadence[0]!.concepts).toEqual(['data-drift']);
  });
  it('is quiet with PSI and a daily retrain, and without a monitoring section', () => {
    expect(find(base, 'MLSD011')).toEqual([]);
    expect(find('# A\n\n## Data\n\nLogs.\n', 'MLSD011')).toEqual([]);
  });
  it('counts live quality tracked in an explaining sentence as watching for degradation', () => {
    const quality = 'We track the calibration ratio of predicted vs observed clicks per slice, because label delay hides quality drops for hours.';
    const f = find(`# A\n\n## Monitoring\n\n${shallow} ${quality}\n`, 'MLSD011');
    expect(f.flatMap((x) => x.concepts ?? [])).not.toContain('data-drift');
  });
  it('does not report drift or a cadence that another step already covers', () => {
    // The base answer names concept drift, PSI and hourly/daily retraining outside monitoring too.
    const text = withSection(base, 7, shallow);
    expect(find(text, 'MLSD011')).toEqual([]);
  });
});

describe('MLSD012 serving-mode', () => {
  const deploy = 'We deploy the model on Triton servers behind a load balancer with autoscaling and a canary rollout.';
  const serving = (req: string, body: string) => `# A\n\n## Requirements\n\n${req}\n\n## 6. Serving\n\n${body}\n`;
  it('reports a missing mode and a missing budget as one finding at the serving heading, each part in related', () => {
    const text = serving('More revenue for advertisers.', deploy);
    const f = find(text, 'MLSD012');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('Deployment and serving: add batch or online prediction and a latency budget.');
    expect(f[0]!.concepts).toEqual(['serving-mode', 'serving-latency']);
    expect(f[0]!.related!.map((x) => x.message.slice(0, 25))).toEqual(['Serving never decides bet', 'Serving has no latency bu']);
    expect(f[0]!.range.start).toEqual({ line: 6, character: 3 });
  });
  it('a serving step whose mode and budget the requirements make: "each categorised when it posts; a second or two is fine"', () => {
    const t = serving('About 30M transactions a day, each categorised when it posts; a second or two is fine.', 'Runs inside the posting pipeline; if it fails, the rules answer.');
    expect(find(t, 'MLSD012')).toEqual([]);
  });
  it('a budget in milliseconds said in the requirements has chosen online prediction', () => {
    const t = serving('The decision sits inside delivery, so it gets under 50 ms per message.', 'Scored inside the mail pipeline on ordinary CPUs; if the model service is down, the blocklist rules alone decide.');
    expect(find(t, 'MLSD012')).toEqual([]);
    const seconds = serving('A report is due within 2 hours of the request.', 'Scored on ordinary CPUs; if the model service is down, the blocklist rules alone decide.');
    expect(find(seconds, 'MLSD012').map((f) => f.message)).toEqual([expect.stringMatching(/batch or online/)]);
  });
  it('reports only the missing half, with its own message', () => {
    const budget = find(serving('More revenue for advertisers.', `Online prediction per request. ${deploy}`), 'MLSD012');
    expect(budget).toHaveLength(1);
    expect(budget[0]!.message).toMatch(/^Serving has no latency budget/);
    expect(budget[0]!.concepts).toEqual(['serving-latency']);
    const mode = find(serving('The page budget is 200 ms p99.', deploy), 'MLSD012'); // a budget in the requirements holds for serving
    expect(mode).toHaveLength(1);
    expect(mode[0]!.message).toMatch(/^Serving never decides between batch and online/);
    expect(mode[0]!.concepts).toEqual(['serving-mode']);
  });
  it('hears a mode in plain words: scored when something is submitted, event driven, called live, or on a short cycle', () => {
    const req = 'A few seconds of delay is fine.';
    const modeless = (body: string) => find(serving(req, body), 'MLSD012').filter((f) => f.concepts?.includes('serving-mode'));
    expect(modeless('When a review is submitted it goes to a queue, a worker calls the model on a GPU, and holds it back if it looks fake.')).toEqual([]);
    expect(modeless('Event driven. A job runs OCR and the summary and writes results to the claims system.')).toEqual([]);
    expect(modeless('Called live at checkout; the courier numbers are read from an in-memory cache.')).toEqual([]);
    expect(modeless('The pricing job runs the forecasts for all 2,000 cells every 60 seconds and writes them to a key-value store.')).toEqual([]);
    // A cycle of days is a retraining or a report, not a serving mode.
    expect(modeless('The job runs the forecasts for all cells every 7 days on Triton servers behind a load balancer.')).toHaveLength(1);
    expect(modeless(deploy)).toHaveLength(1);
  });
  it('counts a mode and a budget said in another step', () => {
    expect(find(withSection(base, 6, deploy), 'MLSD012')).toEqual([]);
  });
  it('accepts "online prediction" and "15 ms"', () => {
    expect(find(base, 'MLSD012')).toEqual([]);
  });
});

describe('MLSD013 accuracy-on-imbalanced', () => {
  it('a rare outcome stated in numbers makes the problem imbalanced: "about 4% cancel in a given month"', () => {
    const t = (req: string) => `# Churn\n\n## Requirements\n\nWe have around 10M paying subscribers. ${req}\n\n## Evaluation\n\nOur main metric is accuracy on the test set; we aim for at least 95% before launch.\n`;
    expect(find(t('About 4% cancel in a given month.'), 'MLSD013')).toHaveLength(1);
    expect(find(t('About 40% cancel in their first year.'), 'MLSD013')).toEqual([]);
    expect(find(t('Revenue grew 4% last quarter.'), 'MLSD013')).toEqual([]);
  });
  it('reports accuracy as the main metric when positives are rare', () => {
    const t = '# A\n\nFraud is rare.\n\n## Evaluation\n\nOffline: accuracy, then AUC.\n';
    const f = find(t, 'MLSD013');
    expect(f).toHaveLength(1);
    expect(f[0]!.range).toEqual({ start: { line: 6, character: 9 }, end: { line: 6, character: 17 } });
  });
  it('a loss the model is trained with is not a metric that comes before accuracy', () => {
    // A transcript: no step has a section, so every metric named anywhere counts.
    const t = (loss: string) => `# Takeover\n\n**A:** Real takeovers are rare.\n\n**A:** A gradient-boosted tree ${loss}.\n\n**A:** I'd measure accuracy on the test set and want it above 99%.\n`;
    expect(find(t('trained with weighted log loss'), 'MLSD013')).toHaveLength(1);
    expect(find(t('judged by log loss on held-out logins'), 'MLSD013')).toEqual([]);
  });
  it('is quiet when accuracy is criticised, secondary, or the data is balanced', () => {
    expect(find('# A\n\nFraud is rare.\n\n## Evaluation\n\nAccuracy is misleading here; we use PR-AUC.\n', 'MLSD013')).toEqual([]);
    expect(find('# A\n\nFraud is rare.\n\n## Evaluation\n\nPR-AUC first, accuracy for reference.\n', 'MLSD013')).toEqual([]);
    expect(find('# A\n\n## Evaluation\n\nOffline: accuracy on the digit classes.\n', 'MLSD013')).toEqual([]);
  });
});

describe('MLSD014 no-ab-design', () => {
  it('a split by account for three weeks, decided on the margin per cart, is a designed test', () => {
    const t = '# A\n\n## Evaluation\n\nThe decision rests on an online experiment: shoppers split by account for three weeks into old widget, new widget and a 2% group with no widget; margin per cart decides.\n';
    expect(find(t, 'MLSD014')).toEqual([]);
    expect(find(t.replace('shoppers split by account for three weeks', 'shoppers see one'), 'MLSD014').map((f) => f.message)).toEqual([expect.stringMatching(/^The A\/B test is named but not designed: add the randomization unit and the duration/)]);
  });
  it('names each missing design element at the A/B mention', () => {
    const f = find('# A\n\nWe will A/B test it.\n', 'MLSD014');
    expect(f).toHaveLength(1);
    expect(f[0]!.range).toEqual({ start: { line: 2, character: 8 }, end: { line: 2, character: 16 } }); // "A/B test"
    expect(f[0]!.message).toMatch(/randomization unit.*duration.*decision rule/);
    expect(f[0]!.concepts).toEqual(['ab-test']);
    expect(f[0]!.severity).toBe('warning'); // two or more elements missing: not designed
  });
  it('lists only what is missing', () => {
    const f = find('# A\n\nWe A/B test with users as the randomization unit for 2 weeks.\n', 'MLSD014');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/randomization unit|duration/);
    expect(f[0]!.message).toMatch(/decision rule/);
    expect(f[0]!.severity).toBe('info'); // one element left out is a hint
  });
  it('is quiet for a designed test, a diagram edge "A --> B", and a bare template bullet', () => {
    expect(find(base, 'MLSD014')).toEqual([]);
    expect(find('# A\n\n```mermaid\ngraph LR\n  A --> B\n```\n', 'MLSD014')).toEqual([]);
    expect(find('# A\n\n## Evaluation\n\n* Offline metrics\n* A/B Test\n', 'MLSD014')).toEqual([]);
  });
});

describe('MLSD015 tradeoff-density', () => {
  const VOCAB = ['model', 'data', 'users', 'serving', 'features', 'labels', 'metrics', 'training'];
  const words = (n: number) => Array.from({ length: n }, (_, i) => VOCAB[i % VOCAB.length]).join(' ');
  const t = `# A\n\n${words(600)}\n`;
  it('reports too few trade-off markers: info at senior, warning at staff, off at mid', () => {
    expect(find(t, 'MLSD015')[0]!.severity).toBe('info');
    expect(find(t, 'MLSD015', 'staff')[0]!.severity).toBe('warning');
    expect(find(t, 'MLSD015', 'mid')).toEqual([]);
  });
  it('is quiet with one marker per 500 words, and on short answers', () => {
    expect(find(`# A\n\n${words(600)} the trade-off is cost\n`, 'MLSD015')).toEqual([]);
    expect(find(`# A\n\n${words(100)}\n`, 'MLSD015')).toEqual([]);
  });
  it('counts a sentence that weighs a choice against another, in plain words', () => {
    expect(find(`# A\n\n${words(600)}.\n\nA boosted tree is cheaper to serve than the network, so we start there.\n`, 'MLSD015', 'staff')).toEqual([]);
  });
});

describe('MLSD029 own-decisions-as-labels', () => {
  it('reports the model\'s own decisions taken as its labels, as a wrong choice', () => {
    const t = '# A\n\n## Monitoring\n\nWe retrain weekly on new labels; logins the model blocked count as positives, since it caught them.\n';
    const f = find(t, 'MLSD029');
    expect(f).toHaveLength(1);
    expect([f[0]!.step, f[0]!.severity, f[0]!.concepts]).toEqual(['monitoring', 'warning', ['feedback-loops']]);
    expect(find(t.replace('## Monitoring', '## Data'), 'MLSD029')[0]!.step).toBe('data');
  });
  it('is silent on the trap named to avoid it, and on filters that are not the model', () => {
    expect(find('# A\n\n## Data\n\nLogins the model blocked would count as positives if we were careless, so they get no label at all.\n', 'MLSD029')).toEqual([]);
    expect(find('# A\n\n## Requirements\n\nInvalid clicks must be filtered before they become labels, and opted-out users get a non-personalised model.\n', 'MLSD029')).toEqual([]);
  });
});

describe('MLSD029 labels only where someone looked', () => {
  const data = (body: string) => `# A\n\n## Data\n\n${body}\n`;
  it('reports what a team deleted taken as positives and the rest as negatives', () => {
    const f = find(data('Labels: the trust and safety team deletes reviews they find are fake, so deleted = fake (1), everything else = real (0).'), 'MLSD029');
    expect(f.map((x) => [x.step, x.message])).toEqual([['data', expect.stringMatching(/^Only what was "deleted" is labelled positive/)]]);
    expect(f[0]!.concepts).toContain('labels-collection');
  });
  it('reports a rule\'s flags used as the positives', () => {
    expect(find(data('Tickets escalated by the current rules are treated as positives.'), 'MLSD029')).toHaveLength(1);
    expect(find(data('Positives are the tickets that the keyword rule flagged; we use them as the positives.'), 'MLSD029')).toHaveLength(1);
  });
  it('is silent when the rest is audited at random, or the labels are outcomes nobody decided', () => {
    expect(find(data('Positives: reviews removed by moderators; everything else counts as real. We also audit a random sample of 2,000 unflagged reviews a week.'), 'MLSD029')).toEqual([]);
    expect(find(data('Label: a transaction is fraud if it gets a chargeback within 90 days; otherwise it is legitimate.'), 'MLSD029')).toEqual([]);
    expect(find(data('The rules flag 2% of payments today; our labels come from chargebacks.'), 'MLSD029')).toEqual([]);
  });
});

describe('MLSD008 the label window', () => {
  const frame = (label: string) => `# A\n\n## Framing\n\nBinary classification per payment, P(fraud). ${label}\n\n## Data\n\nVelocity features: payments per card in the last 10 min, 1 h and 24 h. Negatives are downsampled 1:20.\n`;
  it('a label from an outcome that arrives late, with no window or wait by it, is asked for its window', () => {
    const f = find(frame('Positive = a fraud chargeback; negative = everything else.'), 'MLSD008');
    expect(f.map((x) => x.message)).toEqual(['The label has no window: a chargeback arrives late, so say how long you wait before an example counts as negative.']);
  });
  it('a label after a colon from a late outcome, "later" with no time, is asked for its window', () => {
    const late = find(frame('Label: a transaction is fraud if it later gets a chargeback marked as fraud; otherwise it is legitimate.'), 'MLSD008');
    expect(late.map((x) => x.message)).toEqual([expect.stringMatching(/^The label has no window: a chargeback arrives late/)]);
    expect(find(frame('Label: a transaction is fraud if it gets a chargeback marked as fraud within 90 days; otherwise it is legitimate.'), 'MLSD008')).toEqual([]);
  });
  it('a look back over the data beside the label ("the last six months of transactions") is not its window', () => {
    for (const range of ['We take the last six months of transactions and split them 80/10/10.', 'We take the past 6 months of transactions and split them 80/10/10.']) {
      const f = find(frame(`Label: a transaction is fraud if it later gets a chargeback marked as fraud; otherwise it is legitimate. ${range}`), 'MLSD008');
      expect(f.map((x) => x.message), range).toEqual([expect.stringMatching(/^The label has no window: a chargeback arrives late/)]);
    }
  });
  it('is satisfied by a window by the label, or a wait said with the outcome; a feature window is not one', () => {
    expect(find(frame('Positive = a fraud chargeback within 90 days; negative = none by then.'), 'MLSD008')).toEqual([]);
    expect(find(frame('Positive = a fraud chargeback; negative = everything else. Chargebacks arrive up to 90 days later, so we train on payments older than that.'), 'MLSD008')).toEqual([]);
  });
  it('a window shorter than its late outcome takes is a wrong choice, reported where the label is defined', () => {
    const f = find(frame('Positive = a fraud chargeback within 7 days; negative = none by then.'), 'MLSD008');
    expect(f.map((x) => [x.step, x.message])).toEqual([['framing', expect.stringMatching(/^A window of 7 days is short for chargebacks/)]]);
    const install = '# A\n\n## Framing\n\nWe predict P(install | click) for app-install ads, to bid by it.\n\n## Data\n\n- Label join: click_id to the install postback; label window = 1h after the click, clicks with no postback in 1h are negatives.\n';
    expect(find(install, 'MLSD008').map((x) => [x.step, x.message])).toEqual([['data', expect.stringMatching(/^A window of 1h is short for conversions/)]]);
    expect(find(install.replace(/1h/g, '7 days'), 'MLSD008')).toEqual([]);
    expect(find(frame('Positive = a fraud chargeback within a 60-day window; negative = none by then.'), 'MLSD008')).toEqual([]);
  });
});

describe('MLSD030 answers-the-title', () => {
  const doc = (title: string, framing: string) => `# ${title}\n\n## Framing\n\n${framing}\n\n## Model\n\nStart with a lookup table, then boosted trees.\n`;
  it('a title that asks for a quantity, framed as a choice among items, is another problem; it costs every step', () => {
    const t = doc('Arrival-time estimation for cyclists', 'This is a learning-to-rank problem: the model scores each candidate route with the probability that the rider picks it.');
    const f = find(t, 'MLSD030');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^"Arrival-time estimation for cyclists" asks for a quantity/)]);
    expect(f[0]!.steps).toHaveLength(7);
    const right = doc('Arrival-time estimation for cyclists', 'This is a regression: we predict the minutes from start to arrival, and rank nothing.');
    expect(find(right, 'MLSD030')).toEqual([]);
    expect(check(t).coverage.overall).toBeLessThan(check(right).coverage.overall);
  });
  it('a title that asks for a choice, framed as a forecast, is another problem; a title that asks for neither is not judged', () => {
    expect(find(doc('Dispatch scoring for rides', 'Spatio-temporal regression: the target is the number of requests per cell and hour.'), 'MLSD030')).toHaveLength(1);
    expect(find(doc('Dispatch scoring for rides', 'We rank the drivers near a request by the probability that the rider is picked up in time.'), 'MLSD030')).toEqual([]);
    expect(find(doc('My answer', 'Spatio-temporal regression: the target is the number of requests per cell and hour.'), 'MLSD030')).toEqual([]);
    // A title that asks for a probability fits either framing.
    expect(find(doc('Click-through prediction for sponsored search', 'We predict the number of clicks per query and hour with a regression.'), 'MLSD030')).toEqual([]);
  });
  it('a title that asks for an outcome the answer never names is another problem; named twice or more, it is answered', () => {
    // (Long enough to be judged: a note of a few lines names what it names once.)
    const filler = ' We score 8 million customers weekly in a batch job and send the top decile by email, push and in-app banners, and the marketing team owns the calendar.'.repeat(6);
    const offers = doc('Predicting loan default for a consumer lender', 'Binary classification: predict the probability that a customer accepts a loan offer within 14 days.' + filler);
    expect(find(doc('Predicting loan default for a consumer lender', 'Binary classification: predict the probability that a customer accepts a loan offer within 14 days.'), 'MLSD030')).toEqual([]);
    const f = find(offers, 'MLSD030');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^"Predicting loan default for a consumer lender" asks about default, which the answer never predicts/)]);
    expect(f[0]!.steps).toHaveLength(7);
    const right = doc('Predicting loan default for a consumer lender', 'Binary classification: the probability that a loan defaults (90 days past due) within 12 months; a default costs the principal.' + filler);
    expect(find(right, 'MLSD030')).toEqual([]);
    // An answer to another problem loses more than one wrong choice does: most of every step.
    expect(check(offers).coverage.overall).toBeLessThan(check(right).coverage.overall * 0.6);
  });
  it('a title that asks to set a price the answer never names is another problem; an answer that sets prices is not', () => {
    const filler = ' We cover 600 branches and 120,000 cars in eight classes, run nightly by 4 am, and the operations team moves cars between branches by truck.'.repeat(6);
    const demand = doc('Dynamic pricing for car rentals', 'A multi-horizon regression: the number of pick-ups per branch, class and day, so the fleet can be moved ahead of time.' + filler);
    expect(find(demand, 'MLSD030').map((x) => x.message)).toEqual([expect.stringMatching(/^"Dynamic pricing for car rentals" asks for pricing, which the answer never decides/)]);
    const prices = doc('Dynamic pricing for car rentals', 'We predict demand per branch, class and day at each candidate price, and set the daily price that maximises revenue per car; prices move at most 10% a day.' + filler);
    expect(find(prices, 'MLSD030')).toEqual([]);
  });
  it('"logistic regression" is a classifier, and ordering hotels by a score is a choice among them', () => {
    const t = doc('Hotel search ranking', 'For one search, score each available hotel and sort by score; a simple scoring model first, logistic regression on clicks and bookings.');
    expect(find(t, 'MLSD030')).toEqual([]);
    expect(find(doc('Hotel search ranking', 'A logistic regression first; then a regression of the nightly price, the target being the number of euros.'), 'MLSD030')).toHaveLength(1);
  });
});

describe('MLSD031 unshown-negatives', () => {
  it('a ranker\'s negatives taken from posts never shown are a wrong choice', () => {
    const t = '# A\n\n## Framing\n\nThe ranker predicts P(like) per viewer and post. A post the viewer liked is a positive; every other candidate post from that day is a negative for all heads.\n';
    const f = find(t, 'MLSD031');
    expect(f.map((x) => [x.step, x.severity])).toEqual([['framing', 'warning']]);
  });
  it('is silent on random negatives for a retrieval model, and on negatives that were shown', () => {
    expect(find('# A\n\n## Model\n\nThe two-tower retrieval model uses in-batch negatives plus 25% random tracks from the catalogue.\n', 'MLSD031')).toEqual([]);
    expect(find('# A\n\n## Framing\n\nNegatives are impressions the viewer scrolled past with no like within a day.\n', 'MLSD031')).toEqual([]);
  });
});
