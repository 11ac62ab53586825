/**
 * The judgment as a user feels it: paraphrases count, keyword dumps score low,
 * a fresh template gets one finding per step, and findings stay few and short.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWER_COST, GAP_COST } from '../../../src/core/analysis/defects';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';

const ROOT = join(__dirname, '../../..');

/** A senior answer with one body per step (headings the checker maps). */
function answer(bodies: Partial<Record<'req' | 'frame' | 'data' | 'model' | 'eval' | 'serve' | 'mon', string>>): string {
  const h = { req: 'Requirements', frame: 'Framing', data: 'Data', model: 'Model', eval: 'Evaluation', serve: 'Serving', mon: 'Monitoring' } as const;
  return ['---', 'level: senior', '---', '# Answer', ...Object.entries(bodies).flatMap(([k, b]) => [`## ${h[k as keyof typeof h]}`, '', b!, ''])].join('\n');
}

function point(text: string, step: string, key: string) {
  return check(text).coverage.steps.get(step as never)!.points.find((p) => p.point.key === key)!;
}

describe('paraphrases count', () => {
  it('an A/B test in plain words counts; "a random split would … test" is a split of the data, not a live test', () => {
    for (const live of [
      'Online, users randomly split 50/50 for three weeks, the new ranking against the current one.',
      'Online, we run the new model against the old one on randomly chosen shops for four weeks.',
      'Online: split users at random into two groups for two weeks.',
    ]) expect(point(answer({ eval: live }), 'evaluation', 'ab-test').anywhere, live).toBe(true);
    const split = answer({ data: 'I split by time: train on eight weeks, test on the tenth. A random split would put rows from the same wave on both sides and make the test look far better than it is.', eval: 'Offline PR-AUC on the last week.' });
    expect(point(split, 'evaluation', 'ab-test').anywhere).toBe(false);
  });
  it('a lead label speaks for its paragraph: "Online:" then "the main number is income per thousand searches"', () => {
    const t = answer({ eval: 'Offline: log loss against predicting the average rate.\n\nOnline: split users at random into two groups for two weeks. The main number is income per thousand searches.' });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
    // Without the label the same sentence is about nothing in particular.
    const bare = answer({ eval: 'Log loss against predicting the average rate. The main number is income per thousand searches.' });
    expect(point(bare, 'evaluation', 'online-metrics').anywhere).toBe(false);
  });
  it('a live test that compares counts names its online metric: "turn it on for 1% of accounts and compare rescues and reports"', () => {
    const t = answer({ eval: "On the held-out week: how much spam we catch when misfiled good mail is held at 1 in 1,000. Live: turn it on for 1% of accounts and compare 'not spam' rescues and spam reports against everyone else." });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
  });
  it('how often users correct the model is an online metric in a split test, and a weekly correction rate watches it live', () => {
    const t = answer({ eval: 'Per-category precision and recall on a held-out month. Live: how often users correct us, against the rules in a split test.', mon: 'Weekly correction rate per category, with an alert if corrections jump.' });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(point(t, 'monitoring', 'model-quality-monitoring').inStep).toBe(true);
  });
  it('what a test is sized to detect, and the primary count per messages viewed, are online metrics', () => {
    const sized = answer({ eval: 'Offline: log loss on the last week. Online: user-level A/B test, two weeks. About 400k daily users per arm, enough to see a 0.5% change in minutes per user.' });
    expect(check(sized).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
    const primary = answer({ eval: 'Offline: recall at a fixed precision per category.\n\nOnline: split by channel, 10% of channels for two weeks. Primary: user reports per 10,000 messages viewed. Ship if reports drop by 15% or more.' });
    expect(check(primary).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
  });
  it('recall and a top-k metric in words: "what share had the new friend in the list", "how many land in the top 10"', () => {
    const t = answer({ eval: 'Offline, I would check two things. Of the friendships formed in the test weeks, what share had the new friend in the candidate list at all. Then how many accepted requests land in the top 10, rewarding earlier positions more.' });
    expect(point(t, 'evaluation', 'offline-metrics').anywhere).toBe(true);
    expect(point(t, 'evaluation', 'ranking-metrics').anywhere).toBe(true);
  });
  it('a metric said with a live comparison counts in the requirements; the business objective alone does not', () => {
    const evalOffline = 'On the held-out month we compare recall at a fixed false-positive rate against the current rules, per publisher.';
    const live = answer({ req: 'We bill 4B clicks a day. Live: we keep a 5% slice of clicks back and, four weeks later, compare its conversion rates with the treated traffic.', eval: evalOffline });
    expect(check(live).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
    const goal = answer({ req: 'We bill 4B clicks a day. The goal is more revenue for advertisers and fewer refunds.', eval: evalOffline });
    expect(check(goal).findings.filter((f) => f.ruleId === 'MLSD004').map((f) => f.message)).toEqual([expect.stringMatching(/online metric/)]);
  });
  it('an offline metric in a summary table at the top counts: "Checked by | dollar error on a later half-year"', () => {
    const t = answer({
      req: '| Item | Plan |\n| --- | --- |\n| Scale | 40k claims a month |\n| Checked by | Dollar error on a later half-year, and how many true top-5% claims land in our top 5% |',
      eval: 'Live: half the regional offices route by the score for 8 weeks, half do not; compare days to close and paid per claim.',
    });
    // The online side is there, so a silent MLSD004 means the offline side counted too.
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
  });
  it('a label defined after a colon; a label only named after one is not defined', () => {
    const defined = answer({ frame: 'Predict minutes from order placed to food handed over. Label: delivered time from the courier app minus order time.' });
    expect(check(defined).findings.filter((f) => f.ruleId === 'MLSD008')).toEqual([]);
    const named = answer({ frame: 'We rank the items shown to each shopper on the home page, and we show the top twenty of them in one row. Label: purchase.' });
    expect(check(named, { rules: { MLSD017: 'off' } }).findings.filter((f) => f.ruleId === 'MLSD008').length).toBe(1);
  });
  it('a quantity predicted is the output and the category: "predict minutes from order placed to food handed over"', () => {
    const t = answer({ frame: 'Predict minutes from order placed to food handed over.' });
    expect(point(t, 'framing', 'ml-category').anywhere).toBe(true);
    expect(point(t, 'framing', 'input-output').anywhere).toBe(true);
  });
  it('past records as the source and attributes listed with them as the features', () => {
    const t = answer({ data: "Past orders with restaurant, distance, hour and weekday, weather; the restaurant's recent prep times." });
    expect(point(t, 'data', 'data-sources').anywhere).toBe(true);
    expect(point(t, 'data', 'feature-engineering').anywhere).toBe(true);
  });
  it('"average minutes off" is an error metric, and tracked daily it watches the model live', () => {
    const t = answer({ eval: 'Average minutes off on the week after training, against the restaurant average.', mon: 'Daily minutes off and late share per city; alert if late share passes 20%.' });
    expect(point(t, 'evaluation', 'task-metrics').anywhere).toBe(true);
    expect(point(t, 'monitoring', 'model-quality-monitoring').inStep).toBe(true);
    // A model's offline check before each daily push is not live monitoring.
    const gate = answer({ mon: 'Offline AUC of each daily model vs the previous day before push; block the push if AUC drops.' });
    expect(point(gate, 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
  });
  it('an error metric in words, and sampling for a rare class in words', () => {
    const t = answer({
      eval: 'On the six months held back we compare the mean absolute error per store and day against the simple rule.',
      data: 'Only about one shown ad in fifty is clicked, so I keep one non-click in ten and correct the output back to the real rate.',
    });
    expect(point(t, 'evaluation', 'task-metrics').anywhere).toBe(true);
    expect(point(t, 'data', 'imbalance-sampling').anywhere).toBe(true);
  });
  it('drift detection and alerting in plain words', () => {
    const t = answer({ mon: "We page someone when this week's feature histograms stray from last month's, since new merchants change the mix." });
    expect(point(t, 'monitoring', 'data-drift').depth).toBe('explained');
    expect(point(t, 'monitoring', 'alerting').anywhere).toBe(true);
  });
  it('a split by calendar week', () => {
    const t = answer({ data: 'The sets are cut by calendar week: we train on the first ten weeks and test on the two after, so nothing from the future leaks in.' });
    expect(point(t, 'data', 'split-leakage').anywhere).toBe(true);
  });
  it('calibration without the word', () => {
    const t = answer({ model: 'Scores are rescaled so that a score of 0.3 means three in ten such payments turn out bad, because the threshold is set in money.' });
    expect(point(t, 'model', 'calibration').depth).toBe('explained');
  });
  it('"the weights are restored so scores are true probabilities" is calibration', () => {
    const t = answer({ model: 'Then gradient-boosted trees. The weights are restored so scores are true probabilities (checked per amount band), because thresholds are set in money.' });
    expect(point(t, 'model', 'calibration').depth).toBe('explained');
  });
  it('a clause after a lead label has the label for its topic: "Baseline: the current rule set, scored on the same test window"', () => {
    const t = answer({ model: 'Baseline: the current rule set, scored on the same test window. Then gradient-boosted trees on the same inputs.' });
    expect(point(t, 'model', 'baseline').depth).toBe('explained');
    expect(point(answer({ model: 'Baseline: rules. Then: gradient-boosted trees.' }), 'model', 'baseline').depth).toBe('named');
  });
  it('a label defined by what counts as correct, with no window for an outcome that is not late', () => {
    const t = answer({ frame: 'A correct answer answers the question, every claim is found in a cited passage, and it says "not found" when the wiki does not cover it. A fluent answer citing the wrong page counts as wrong.' });
    expect(point(t, 'framing', 'label-definition').anywhere).toBe(true);
    expect(check(t, { rules: { MLSD017: 'off' } }).findings.filter((f) => f.ruleId === 'MLSD008')).toEqual([]);
  });
  it('a label defined by what counts as bad and its window', () => {
    const t = answer({ frame: 'A payment counts as bad if a chargeback for fraud arrives within 60 days of the payment.' });
    expect(point(t, 'framing', 'label-definition').anywhere).toBe(true);
  });
  it('does not take an unrelated sentence for drift', () => {
    const t = answer({ mon: 'We keep dashboards of CPU and memory per host.' });
    expect(point(t, 'monitoring', 'data-drift').anywhere).toBe(false);
  });
});

describe('plain words for the points that had only names', () => {
  const cases: [string, 'req' | 'frame' | 'data' | 'model' | 'eval' | 'serve' | 'mon', string, string][] = [
    ['a quantity to predict is the task and its label', 'frame', 'ml-category', 'For every route and hour we predict how many parcels will arrive, as a number with a range around it.'],
    ['the target of a forecast', 'frame', 'label-definition', 'The target is the number of parcels scanned at the depot for each hour of the next two days.'],
    ['history we already hold', 'req', 'data-availability', 'We already keep four years of scan records per depot, with the weather and the holiday calendar.'],
    ['what goes into the model', 'data', 'feature-engineering', 'The model sees the count of parcels in the last seven days, the day of the week and whether a holiday is near.'],
    ['broken records', 'data', 'data-quality', 'Depot scanners sometimes send duplicated records and impossible timestamps, so those rows are dropped before training.'],
    ['a new item with no history', 'model', 'special-problems', 'A brand new depot has no history, so it borrows the pattern of the three most similar depots for a month.'],
    ['why a number came out', 'model', 'interpretability', 'Planners can see which inputs pushed a forecast up, so a strange number is easy to question.'],
    ['a batch deadline', 'serve', 'serving-latency', 'The whole run must finish within 3 hours so that the plans are ready by 5 am.'],
    ['rules after the model', 'serve', 'business-logic', 'On top of the forecast, a rule rounds each plan to whole truckloads and caps any change at 20% a day.'],
    ['the model watching itself into a corner', 'mon', 'feedback-loops', 'We guard against the forecast feeding itself: fewer vans planned means fewer parcels moved, which looks like less demand.'],
    ['people who can overrule it', 'mon', 'human-in-the-loop', 'Depot managers can override any plan, and we review the overrides every week.'],
    ['the health of the job', 'mon', 'system-monitoring', 'The on-call engineer is paged when the nightly job fails or finishes late.'],
    ['a business outcome in terse words', 'req', 'business-objective', 'Catch fake listings before buyers see them: fewer refunds, fewer complaints.'],
    ['a binary task in two words', 'frame', 'ml-category', 'Per listing: fake or not, with a score from 0 to 1.'],
    ['a first version made of rules', 'model', 'baseline', 'Start: the existing block list plus naive Bayes on the title words.'],
    ['an offline metric in words after a lead label', 'eval', 'offline-metrics', 'Offline: the share of fake listings caught on the two test weeks, at a bar that keeps wrong removals under one in a thousand.'],
    ['a share of users against the rest', 'eval', 'ab-test', 'Live: 5% of sellers get the new filter vs the rest for two weeks; compare refund claims.'],
    ['history stated as years of records', 'req', 'data-availability', 'Two years of daily sales per store and product, with the promotion calendar.'],
    ['who reads the output', 'req', 'use-case', 'The forecast is read at 6 am by the ordering screen, so buyers order the right amounts.'],
    ['a limit the job must fit', 'req', 'constraints', 'The nightly job must finish within three hours on the shared cluster.'],
    ['what is predicted for what', 'frame', 'input-output', 'Regression per (product, store, day), up to four weeks ahead.'],
    ['where a quantity label comes from and what it hides', 'data', 'labels-collection', 'Days when the shelf was empty show zero sales, so we leave them out of the target.'],
    ['the chance of an event as the objective', 'frame', 'ml-objective', 'For a few candidate prices, the chance the night books, learned from every night the host left open.'],
    ['an event with its window as the label', 'frame', 'label-definition', 'The model learns the chance a night books by the time the night arrives.'],
    ['a live test judged by days active', 'eval', 'online-metrics', 'Live: 10% of readers get the new order for two weeks; the main number is days active per reader.'],
    ['a cheap first pass before the scorer', 'model', 'stage-models', 'A cheap pass keeps about 300 of the 2,500 live articles before the scorer sees them.'],
    ['the log of what was shown as the training data', 'data', 'labels-collection', 'What each reader was shown and opened is logged, and that log is the training data.'],
    ['answers graded by people', 'eval', 'offline-metrics', 'Two senior editors grade 500 drafted replies a week, and we need 90% of them marked correct and backed by a cited page.'],
    ['outputs sampled and graded in production', 'mon', 'model-quality-monitoring', 'Daily: 200 random replies sent to customers are graded by a reviewer, and the team is told when fewer than 85% are correct.'],
    ['the mix of inputs against the past weeks', 'mon', 'data-drift', 'Weekly: the mix of question topics vs the past four weeks, since a new release brings questions the index cannot answer.'],
    ['a deadline with its number in words', 'serve', 'serving-latency', 'Product wants a decision in under ten minutes for most ads.'],
    ['a throughput as a rate', 'serve', 'serving-latency', 'That is about 35 a second on average, so a handful of GPUs is enough.'],
    ['a pipeline that does not answer a request', 'serve', 'serving-mode', 'Then this is an asynchronous pipeline, not a request-time model.'],
    ['a quality metric read weekly from a live sample', 'mon', 'model-quality-monitoring', 'Weekly, from the random sample of served ads: recall per policy and market.'],
    ['sources named as the logs and details they are', 'data', 'data-sources', '- Search logs: how often the listing showed up for those dates and was clicked.\n- Listing details: location, size, amenities.'],
    ['the common class sampled down and weighted back', 'data', 'imbalance-sampling', "Far-ahead nights are mostly unbooked, so I'd sample those rows down by lead time and weight them back up."],
    ['how long what is stored is kept', 'data', 'storage', 'Personal details are masked before anything is written; raw text kept 30 days, masked text 13 months.'],
    ['a label with two sides is a binary task', 'frame', 'ml-category', 'Positive = a transfer later confirmed as fraud; everything else after 60 days is a negative.'],
    ['the goal named as the money it is judged by', 'req', 'business-objective', 'Losses are reimbursed by us, so the goal is money lost per month.'],
    ['a deadline for what is shown', 'serve', 'serving-latency', 'The risk number is shown on the triage screen within about 5 seconds of the vitals being entered.'],
    ['a latency of a few milliseconds', 'serve', 'serving-latency', 'Looking up the multiplier must take a few milliseconds.'],
    ["a trial's primary outcome", 'eval', 'online-metrics', 'Primary outcome: time from arrival to physician assessment for patients who turn out critical.'],
    ['sensitivity read weekly', 'mon', 'model-quality-monitoring', 'Weekly: alert rate per site, share of alerts overridden, sensitivity on visits whose outcome is now known.'],
    ['an alarm on a moving distribution', 'mon', 'data-drift', "We alert if any vital sign's distribution moves sharply."],
    ['a live rate read per day with a drop to catch', 'mon', 'model-quality-monitoring', 'Suggestion pick rate and product-click rate per day; a sudden drop usually means a bug or a broken index build.'],
    ['an A/B test written as A/B', 'eval', 'ab-test', 'Online A/B: user-level, 50/50 on 10% traffic, 2 weeks.'],
    ['a split by group so one entity is never on both sides', 'data', 'split-leakage', 'Split by listing, not by photo, so near-duplicate shots of the same room do not land in both train and test.'],
    ['who uses the output', 'req', 'use-case', 'Who uses the output: the CRM team, for its weekly campaign.'],
    ['no latency requirement, said', 'serve', 'serving-latency', 'No latency requirement: about 2M rows, scored in minutes on one box.'],
    ['a catalog as a source', 'data', 'data-sources', 'Product catalog images, about 20M products.'],
    ['labels that exist already', 'data', 'labels-collection', 'Each product has a category already, so the labels come for free.'],
    ['a call that waits for the answer', 'serve', 'serving-mode', 'The user uploads a photo to the API and the model predicts its category.'],
    ['image preprocessing', 'data', 'feature-engineering', 'Resize to 224 px, normalise, augment with flips and crops.'],
    ['outcomes against what was predicted, later', 'mon', 'model-quality-monitoring', 'Actual churn of scored users 30 days later vs predicted, to see whether calibration holds.'],
    ['scores corrected back after sampling', 'model', 'calibration', 'Downsample negatives to 1:20 for training, and keep the weights so the scores can be corrected back.'],
    ['the primary measure, compared in a treatment group', 'eval', 'online-metrics', 'A 10% treatment group gives enough power to detect a 1% relative change in the primary measure.'],
    ['a false correction rate', 'eval', 'offline-metrics', 'Offline: I track the false correction rate on the hand-labelled set, under 1% on correct queries.'],
    ['a primary metric as what searches end in', 'eval', 'online-metrics', 'Primary metric: searches that end in a purchase.'],
    ['scoring inside the pipeline that writes the record', 'serve', 'serving-mode', 'Runs inside the posting pipeline; if it fails, the rules answer.'],
    ['half the districts against the other half', 'eval', 'online-metrics', "We'd run the new forecasts for half of the districts and the old planning method for the other half for four weeks, then compare empty dock hours per district."],
    ['drift named with the inputs it is watched on', 'mon', 'data-drift', 'drift: lead time, channel mix (new OTA partner)'],
    ['a rescore with its deadline', 'serve', 'serving-latency', 'New or modified booking -> rescore async within ~1 min, not user facing.'],
    ['a bigger model that must pay for itself', 'model', 'model-progression', 'A larger language model must beat the small one by three points on the graded set to be worth its price per reply.'],
    ['a deadline in the requirements, in words', 'req', 'latency-slo', 'The app has to return its answer in under three seconds on a cheap phone.'],
    ['a figure derived from another', 'req', 'back-of-envelope', 'We expect 300,000 members in the first year, which works out to roughly 4,000 sessions a day.'],
    ['the first version bounded by a count', 'req', 'scope-assumptions', 'We launch with three languages: English, Hindi and Swahili.'],
    ['a count of what is collected already', 'req', 'data-availability', 'About 12,000 call recordings so far, each transcribed by hand.'],
    ['what a mistake costs', 'req', 'business-objective', 'Every missed leak costs the utility thousands in lost water.'],
    ['precision in words', 'eval', 'offline-metrics', 'Of the shipments we flag as damaged, how many really are, checked by hand.'],
    ['recall in words', 'eval', 'offline-metrics', 'Of the real leaks in the last quarter, what share we find.'],
    ['what people do with the output, counted', 'eval', 'online-metrics', 'We count how often shoppers accept the suggested swap.'],
    ['two groups compared on what they lose', 'eval', 'online-metrics', 'The two groups are compared on water losses at the end of the quarter.'],
    ['a lead-in line speaks for the list after it', 'eval', 'offline-metrics', 'On the held-out weeks we look at:\n\n- how many of the late trucks we named the day before;\n- how often we named one that was on time.'],
    ['the model on the device', 'serve', 'serving-mode', 'The classifier ships inside the app and runs on the phone.'],
    ['a fallback when the model is broken', 'serve', 'fallback', 'If the model file is broken, the app falls back to a checklist.'],
    ['inputs compared with the training data, weekly', 'mon', 'data-drift', 'Every week, image brightness and size are compared with the training images.'],
    ['an alarm on the model error', 'mon', 'model-quality-monitoring', 'When the model error on the audited sample rises above 8%, the team is paged.'],
    ['a monthly label sample against what the model said', 'mon', 'model-quality-monitoring', 'Each month reviewers label 300 calls and compare them with what the model predicted.'],
    ['new kinds of what is predicted appearing', 'mon', 'concept-drift', 'New scam types show up every few months, so the categories are revisited.'],
    ['input distributions watched', 'mon', 'data-drift', 'We also watch the input distributions and the share of first-time buyers after each campaign.'],
    ['a rate that moves and is seen', 'mon', 'model-quality-monitoring', 'If a supplier changes its packaging, the damage rate jumps and we would catch it there.'],
    ['outcomes of the output on a weekly dashboard', 'mon', 'model-quality-monitoring', '- dashboards: clicks and purchases from recs, per week'],
    ['an item label holds the items nested under it', 'eval', 'online-metrics', '- online: a/b test, split by member, 50/50, for 4 weeks\n  - main metric: loans that come from a suggestion within 30 days'],
    ['an index rebuilt when its documents change', 'mon', 'retraining', 'When a manual changes, we re-embed its pages within the hour and drop the old ones from the index.'],
    ['a target defined by when it is known, in a table row', 'frame', 'label-definition', "| Piece | Choice |\n|---|---|\n| Target | Total paid once the claim closes, in today's dollars |"],
    ['a guess of an amount as the objective', 'frame', 'ml-objective', 'Guess the final paid amount of each new claim on the day it is reported.'],
    ['the share of never-seen inputs watched', 'mon', 'data-drift', 'Weekly correction rate per category and the share of unseen merchants, with an alert if either jumps.'],
    ['the output shown where someone acts on it', 'req', 'use-case', 'Each evening store managers see the ten products most likely to run out on the replenishment screen and order them first.'],
    ['an outcome known only later', 'data', 'labels-collection', 'A fraudulent claim only becomes known months later, when the investigation confirms it.'],
    ['counts computed for the model', 'data', 'feature-engineering', 'For every shop we compute the number of returns in the previous 14 days and the mean order size.'],
    ['the error on data the model never saw', 'eval', 'offline-metrics', 'We measure the error on the last month of readings, which the model never saw.'],
    ['the others carry on as before', 'eval', 'ab-test', 'Warehouses chosen at random get the new slotting plan for six weeks while the others carry on as before.'],
    ['computed each night and stored for lookup', 'serve', 'serving-mode', 'Prices are worked out every night for the next day and stored in a table the shop reads.'],
    ['inputs outside the range seen in training', 'mon', 'data-drift', 'A warning goes to the team when more than 3% of orders fall outside the range seen in training.'],
    ['a refit on a cadence', 'mon', 'retraining', 'We refit the model every Sunday on the latest twelve weeks.'],
    ['a nightly run with a finish time', 'req', 'latency-slo', 'The scoring run must be done by 6 a.m. so every depot has its numbers at the start of the shift.'],
    ['how many of the flagged really were, as a count', 'eval', 'offline-metrics', 'Of the claims we flagged last year, 300 actually turned out to be fraud.'],
    ['a question answered by the next sentence', 'mon', 'retraining', 'How often do we rebuild the model? Every Sunday, on the last 90 days of trips.'],
    ['some get the new system while the rest keep the old', 'eval', 'ab-test', 'Two depots get the new schedule and the other two keep their current one for a month.'],
    ['the online metric said as "the metric is"', 'eval', 'online-metrics', 'Online, the metric is the time from the first complaint to a fix being shipped.'],
  ];
  for (const [what, step, key, body] of cases) {
    it(what, () => {
      const t = answer({ [step]: body });
      const stepId = { req: 'requirements', frame: 'framing', data: 'data', model: 'model', eval: 'evaluation', serve: 'serving', mon: 'monitoring' }[step];
      expect(point(t, stepId, key).inStep).toBe(true);
    });
  }
  it('does not take ordinary sentences for them', () => {
    const t = answer({
      req: 'Users want the page to feel quick and the results to be useful.',
      data: 'We think carefully about the design and discuss it with the team.',
      model: 'We choose a model and improve it over time.',
      serve: 'Then the results are shown to the user on the home page.',
      mon: 'People like the product and come back often.',
    });
    expect(point(t, 'requirements', 'data-availability').anywhere).toBe(false);
    expect(point(t, 'data', 'data-quality').anywhere).toBe(false);
    expect(point(t, 'model', 'interpretability').anywhere).toBe(false);
    expect(point(t, 'serving', 'business-logic').anywhere).toBe(false);
    expect(point(t, 'serving', 'serving-latency').anywhere).toBe(false);
    expect(point(t, 'monitoring', 'human-in-the-loop').anywhere).toBe(false);
    expect(point(t, 'monitoring', 'system-monitoring').anywhere).toBe(false);
    expect(point(t, 'monitoring', 'feedback-loops').anywhere).toBe(false);
  });
  it("a task list's boxes are list markers, not words: the sentence of '- [x] Baseline: ...' starts at Baseline", () => {
    const r = check(answer({ model: "- [x] Baseline: today's rules, scored on the same weeks.\n- [ ] Trees, compared with the rules at the same review volume." }));
    const said = r.coverage.sentences.list.map((x) => r.answer.text.slice(x.start, x.end));
    expect(said.filter((x) => /Baseline|Trees/.test(x))).toEqual([expect.stringMatching(/^Baseline/), expect.stringMatching(/^Trees/)]);
  });
  it('each list item is its own sentence, even when the line before it is long and it starts in lower case', () => {
    const r = check(answer({ data: '- positive = a payment declined by the rules engine, or a chargeback with a fraud reason code received within 7 days\n- negative = approved and no chargeback within 7 days' }));
    const said = r.coverage.sentences.list.map((x) => r.answer.text.slice(x.start, x.end)).filter((x) => /positive|negative/.test(x));
    expect(said).toEqual([expect.stringMatching(/^positive = .*7 days$/), expect.stringMatching(/^negative = /)]);
  });
  it('in notes, an arrow to a clause gives a reason; an arrow between names does not', () => {
    const depth = (body: string) => point(answer({ data: body }), 'data', 'imbalance-sampling').depth;
    expect(depth('Positives are not rare -> keep all rows, maybe class weights')).toBe('explained');
    expect(depth('Class weights -> Spark job -> Hive table')).toBe('named');
  });
  it('a live measure against what is there today is compared, so explained; "against fraud" is not', () => {
    expect(point(answer({ eval: 'Live: how often users correct us, against the rules in a split test.' }), 'evaluation', 'online-metrics').depth).toBe('explained');
    expect(point(answer({ eval: 'Live: how often users correct us, against fraud.' }), 'evaluation', 'online-metrics').depth).toBe('named');
  });
  it('a list item is one thought: a number in a fragment of its own explains the item; a bare list of names does not', () => {
    const depth = (body: string) => point(answer({ model: body }), 'model', 'baseline').depth;
    expect(depth('- Start: word-count naive Bayes + existing block list. ~1 ms.\n- Then boosted trees on hashed text + sender counts.')).toBe('explained');
    expect(depth('- Start: word-count naive Bayes + existing block list.\n- ~1 ms.\n- Then boosted trees on hashed text + sender counts.')).toBe('named');
    expect(depth('- Start: word-count naive Bayes + existing block list. Boosted trees.')).toBe('named');
  });
  it('a paragraph\'s run-in label holds the list under it: "**Online.** An experiment …" then "- Primary: median time to merge"', () => {
    const online = (body: string) => point(answer({ eval: body }), 'evaluation', 'online-metrics').inStep;
    expect(online('**Online.** An experiment randomised by PR author, about 1,500 authors per arm for 4 weeks.\n- Primary: median time from ready-for-review to merge.\n- Secondary: review rounds per PR.')).toBe(true);
    expect(online('**Offline.** A time split of last year, 1,500 authors held out.\n- Primary: median time from ready-for-review to merge.\n- Secondary: review rounds per PR.')).toBe(false);
  });
  it('hears requirements in plain numbers and plain goals: "30,000 questions per day", "Goal: answer … fast" after "agents are expensive"', () => {
    const said = (key: string, body: string) => point(answer({ req: body }), 'requirements', key).depth !== 'missing';
    expect(said('scale', 'The chat gets around 30,000 questions per day.')).toBe(true);
    expect(said('scale', 'The chat gets many questions, most of them simple.')).toBe(false);
    expect(said('business-objective', 'Human agents are expensive. Goal: answer the common questions automatically, correct and fast.')).toBe(true);
    expect(said('business-objective', 'Goal: a chatbot with retrieval and a reranker.')).toBe(false);
  });
  it('hears monitoring in plain words: the share the model flags with a page, an outcome rate with an alert when it rises', () => {
    const said = (key: string, body: string) => point(answer({ mon: body }), 'monitoring', key).depth !== 'missing';
    expect(said('data-drift', 'If the share sent to spam moves more than a few points in a day, someone is paged.')).toBe(true);
    expect(said('data-drift', 'The share sent to spam is about 4% on a normal day.')).toBe(false);
    expect(said('model-quality-monitoring', "An alert when a category's dismissal rate rises by more than 10 points week over week.")).toBe(true);
    expect(said('model-quality-monitoring', 'The dismissal rate was 30% in the pilot.')).toBe(false);
  });
  it('hears serving points in plain words: a small share first, what is filtered out of the list, a key-value store', () => {
    const said = (key: string, body: string) => point(answer({ serve: body }), 'serving', key).depth !== 'missing';
    expect(said('safe-rollout', 'New models are tested on a small share of members first.')).toBe(true);
    expect(said('safe-rollout', 'Models are tested offline on last month.')).toBe(false);
    expect(said('business-logic', 'People already connected or dismissed are filtered out before the top 20 are returned.')).toBe(true);
    expect(said('business-logic', 'The top 20 are returned.')).toBe(false);
    expect(said('caching', 'Scores are precomputed nightly and stored per member in a key-value store.')).toBe(true);
    expect(said('caching', 'Scores are precomputed nightly and written to the warehouse.')).toBe(false);
  });
  it('a choice judged by what it makes easy is a reason: "quick, easy to debug"', () => {
    const depth = (body: string) => point(answer({ model: body }), 'model', 'baseline').depth;
    expect(depth('- Baseline: logistic regression on the features above, quick, easy to debug')).toBe('explained');
    expect(depth('- Baseline: logistic regression on the features above, quick, debuggable')).toBe('named');
  });
  it('a trigger for an early retrain is a reason: "retrain monthly, or sooner if calibration drifts"', () => {
    expect(point(answer({ mon: 'Retrain monthly, or sooner if calibration drifts.' }), 'monitoring', 'retraining').depth).toBe('explained');
    expect(point(answer({ mon: 'Retrain monthly.' }), 'monitoring', 'retraining').depth).toBe('named');
  });
  it('user reports in an A/B test are no quality monitoring, a dwell time is no deadline', () => {
    const t = answer({
      eval: 'The launch decision is an A/B test with sessions per person as the main metric and hides, reports and time spent on low-quality pages as guardrails, run daily.',
      data: 'Every time a post is shown we log whether the viewer spent more than ten seconds on it.',
    });
    expect(point(t, 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
    expect(point(t, 'serving', 'serving-latency').anywhere).toBe(false);
    expect(point(answer({ mon: 'Dashboards for p95 time to draft, LLM error rate, 429s from the provider, daily token spend vs budget, queue backlog.' }), 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
    expect(point(answer({ mon: "Each day I would compute, per site, the median error on yesterday's picks." }), 'monitoring', 'model-quality-monitoring').inStep).toBe(true);
    expect(point(answer({ req: 'The click rate rises daily, and prices fall each week.' }), 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
    expect(point(answer({ req: 'The click rate is high; we drop duplicates daily.' }), 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
  });
  it('a reason for a split by time is no drift detection; the same change watched is', () => {
    const reason = answer({ data: "Train on the first 10 weeks and test on the last 2, because traffic patterns change and I don't want the future in training." });
    expect(point(reason, 'monitoring', 'data-drift').anywhere).toBe(false);
    const watched = answer({ mon: 'Each morning we check whether the traffic mix has shifted from last month, and page someone if it has.' });
    expect(point(watched, 'monitoring', 'data-drift').inStep).toBe(true);
  });
  it('the bigger the model, the better: a cliche, not a justified progression', () => {
    const t = answer({ model: 'We fine-tune an open model on the tickets; the bigger the model, the better the replies will be.' });
    expect(point(t, 'model', 'model-progression').anywhere).toBe(false);
  });
  it('a bold run-in title leads its paragraph like a label', () => {
    const t = answer({ eval: '**Live test.** Split by company for three weeks: 20% of companies get the assistant. The main measure is the share of chats resolved without an agent.' });
    expect(point(t, 'evaluation', 'online-metrics').inStep).toBe(true);
  });
  it('a learning rate is no logistic regression: "lr 3e-5" is no baseline, "LR first, then GBDT" is', () => {
    expect(point(answer({ model: 'Fine-tune a ViT-L/16. Training: AdamW, lr 3e-5, 10 epochs, strong augmentation.' }), 'model', 'baseline').anywhere).toBe(false);
    expect(point(answer({ model: 'LR first, then GBDT on the same features, then a DNN if it pays for its latency.' }), 'model', 'baseline').inStep).toBe(true);
  });
  it('what a design must beat is its baseline: "the existing lint bot (18% acted on). Any design must beat it"', () => {
    expect(point(answer({ model: 'B0: the existing lint bot (18% acted on). Any design must beat it on acted-on rate at equal or lower volume.' }), 'model', 'baseline').inStep).toBe(true);
  });
  it('starting from an existing model is not a baseline', () => {
    const t = answer({ model: 'We start from an existing open code model and continue training it on our own repositories for two weeks.' });
    expect(point(t, 'model', 'baseline').anywhere).toBe(false);
  });
});

describe('named or explained', () => {
  // Fragments only, long enough that no section is hollow.
  const dump = answer({
    req: 'Revenue, KPI, north star, engagement. DAU, MAU, QPS, peak load. Latency p99, SLA, SLO, throughput, tail latency.',
    frame: 'Binary classification, pCTR, pointwise, log loss. Label, positive, negative, ground truth. Funnel, retrieval, ranking.',
    data: 'Kafka, Flink, Spark, Airflow. Feature store, Feast, Redis. Time-based split, leakage. Downsampling, class weights.',
    model: 'Logistic regression baseline. GBDT, DCN, DeepFM, two-tower. Calibration, Platt, isotonic. Adam, dropout, early stopping.',
    eval: 'AUC, log loss, NE, calibration. CTR, RPM, revenue. A/B test, guardrails, holdout, power analysis.',
    serve: 'Online prediction, Triton, TF Serving. Caching, Redis. Canary, shadow, rollback. Quantization, distillation.',
    mon: 'Drift KL divergence. Retrain weekly. Isotonic calibration. Alerting, PagerDuty, Grafana, on-call, dashboards, runbooks, SLOs.',
  });
  it('a plain clause of eight words that says what is done explains; a short imperative and a noun phrase name', () => {
    const depth = (body: string) => point(answer({ frame: body }), 'framing', 'ml-objective').depth;
    expect(depth('Predict minutes from order placed to food handed over.')).toBe('explained');
    expect(depth('Predict minutes to delivery.')).toBe('named');
    expect(depth('Minutes to delivery per order, the prediction target.')).toBe('named');
  });
  it('a keyword dump scores low and is told to explain', () => {
    const r = check(dump);
    expect(r.coverage.overall).toBeLessThan(45);
    const named = r.findings.filter((f) => f.ruleId === 'MLSD021');
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(named.find((f) => f.step === 'monitoring')?.message).toMatch(/only names its points \("(Drift|Retrain|Isotonic|Alerting)/);
  });
  it('a dump of short bullets with real-looking numbers scores low: its numbers do not make it concrete', () => {
    const bullets = answer({
      req: '- Goal: maximize CTR\n- 10B impressions / day\n- ~120k QPS peak\n- p99 latency < 50 ms\n- Privacy (GDPR)',
      frame: '- Binary classification\n- Output: pCTR\n- Label: click = 1\n- Multi-stage funnel',
      data: '- Impression logs, click logs\n- Kafka → Spark → Hive\n- Negative downsampling (1:10)\n- Feature store',
      model: '- Baseline: logistic regression\n- GBDT + LR\n- DCN-v2\n- Calibration: isotonic',
      eval: '- AUC > 0.80\n- Log loss\n- A/B test, 2 weeks\n- CTR +2%',
      serve: '- Online inference\n- Redis feature cache\n- Canary 1%',
      mon: '- PSI drift > 0.2\n- Retrain daily\n- Alerts, dashboards',
    });
    const r = check(bullets);
    expect(r.coverage.specifics.fragments).toBeGreaterThan(0.8);
    expect(r.coverage.overall).toBeLessThanOrEqual(25);
    // The same facts written as sentences are not fragments.
    expect(check(answer({ req: 'We rank ads for 10B impressions a day at 120k QPS peak, within a p99 of 50 ms, because the ad call sits inside the search page.' })).coverage.specifics.fragments).toBeLessThan(0.3);
  });
  it('a keyword dump is told so at mid level too: naming is not explaining at any level', () => {
    const named = check(dump.replace('level: senior', 'level: mid')).findings.filter((f) => f.ruleId === 'MLSD021');
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(named.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('a number among a string of names does not explain it; a list of measurements and a related phrase do', () => {
    const depth = (body: string, step: string, key: string) => point(answer({ [step === 'monitoring' ? 'mon' : step === 'model' ? 'model' : 'req']: body }), step, key).depth;
    expect(depth('- data drift, concept drift, KL divergence 0.023', 'monitoring', 'data-drift')).toBe('named');
    expect(depth('- Adam, dropout, early stopping, lr 0.00137', 'model', 'training-details')).toBe('named');
    // Each item measured: how much of each.
    expect(depth('- ~5M DAU, ~40M keystroke requests/day, peak ~2k QPS', 'requirements', 'scale')).toBe('explained');
    // Related: what is compared with what.
    expect(depth('- drift: PSI of each top feature against the training month, 0.2 to page', 'monitoring', 'data-drift')).toBe('explained');
  });
  it('an alternative tried and judged is a model progression', () => {
    expect(point(answer({ model: '- tried an LSTM on the sales sequence, not better, slower' }), 'model', 'model-progression').depth).not.toBe('missing');
    expect(point(answer({ model: '- we tried to keep the feature list short' }), 'model', 'model-progression').depth).toBe('missing');
  });
  it('the same points explained score higher and get no named-only finding', () => {
    const t = answer({
      mon: 'We compare the daily feature histograms with the training month using PSI, because new campaigns shift the mix within days. We retrain every night on the last 30 days and page the on-call when PSI passes 0.2.',
    });
    const r = check(t);
    expect(r.findings.some((f) => f.ruleId === 'MLSD021' && f.step === 'monitoring')).toBe(false);
    expect(point(t, 'monitoring', 'data-drift').depth).toBe('explained');
    expect(point(t, 'monitoring', 'retraining').depth).toBe('explained');
  });
});

describe('fewer, better findings', () => {
  const files = [
    ...readdirSync(join(ROOT, 'templates')).map((f) => join(ROOT, 'templates', f)),
    ...readdirSync(join(ROOT, 'examples')).map((f) => join(ROOT, 'examples', f)),
    ...readdirSync(join(ROOT, 'test/eval/corpus')).map((f) => join(ROOT, 'test/eval/corpus', f)),
  ].filter((f) => f.endsWith('.mlsd.md'));

  it('a fresh template gets one "not started" finding for its run of empty steps and nothing else', () => {
    for (const f of readdirSync(join(ROOT, 'templates')).filter((x) => x.endsWith('.mlsd.md'))) {
      const r = check(readFileSync(join(ROOT, 'templates', f), 'utf8'));
      expect(r.findings.map((x) => x.ruleId), f).toEqual(['MLSD002']);
      expect(r.findings[0]!.steps, f).toEqual(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
      expect(r.findings[0]!.message, f).toMatch(/^7 steps are not started/);
    }
  });
  it('messages are at most 200 characters, no line carries more than two findings', () => {
    for (const f of files) {
      const r = check(readFileSync(f, 'utf8'));
      for (const x of r.findings) expect(x.message.length, `${f}: ${x.message}`).toBeLessThanOrEqual(200);
      const perLine = new Map<number, number>();
      for (const x of r.findings) perLine.set(x.range.start.line, (perLine.get(x.range.start.line) ?? 0) + 1);
      expect(Math.max(0, ...perLine.values()), f).toBeLessThanOrEqual(2);
    }
  });
  it('at most one "what is missing" finding per step', () => {
    const gaps = new Set(['MLSD004', 'MLSD005', 'MLSD006', 'MLSD008', 'MLSD009', 'MLSD010', 'MLSD011', 'MLSD012', 'MLSD014', 'MLSD016', 'MLSD017', 'MLSD018']);
    for (const f of files) {
      const r = check(readFileSync(f, 'utf8'));
      const steps = r.findings.filter((x) => gaps.has(x.ruleId) && x.step).map((x) => x.step);
      expect(steps.length, f).toBe(new Set(steps).size);
    }
  });
  it('a quick fix never raises the problem count', () => {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const r = check(text);
      for (const x of r.findings.filter((y) => y.fix)) {
        const fixed = applyAll(text, x.fix!.edits);
        const after = check(fixed).findings;
        expect(after.length, `${f}: ${x.ruleId} ${x.fix!.title}`).toBeLessThanOrEqual(r.findings.length);
        // No rule breaks on what a fix leaves ("Internal error in rule MLSD004 …" once, after two steps were inserted in a transcript).
        expect(after.filter((y) => y.message.startsWith('Internal error')).map((y) => y.message), `${f}: ${x.ruleId}`).toEqual([]);
      }
    }
    // A check per quick fix of every corpus answer (about 7 s idle, and it grows with the corpus): the limit only guards against a hang.
  }, 120_000);
  it('a sound answer gets no error', () => {
    for (const f of ['examples/ctr-sponsored-search.mlsd.md', 'examples/video-recommendation.mlsd.md']) {
      expect(check(readFileSync(join(ROOT, f), 'utf8')).findings.filter((x) => x.severity === 'error'), f).toEqual([]);
    }
  });
});

function applyAll(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

describe('a wrong choice stated costs its step', () => {
  const base = {
    req: 'Catch card fraud at checkout for 40M payments a day; about 0.2% are fraud, and a decision must come back within 80 ms.',
    frame: 'Per payment we predict the probability that a chargeback for fraud arrives within 60 days; that is the label.',
    data: 'Payments, device and merchant history come from the transaction log; we train on January to June and test on July, so nothing from the future leaks in.',
    model: 'First the current rules as the number to beat, then boosted trees on velocity counts because they handle the mix of counts and categories.',
    serve: 'Scored online in the payment path within 80 ms; if the model times out, the rules decide.',
    mon: 'Every day we compare the score distribution with last month and page the on-call when it shifts; we retrain weekly.',
  };
  it('accuracy as the metric of a rare class lowers the evaluation score', () => {
    const good = check(answer({ ...base, eval: 'Offline we measure recall at 1% false positives on July, because fraud is rare; online 5% of merchants vs the rest, comparing fraud losses.' }));
    const bad = check(answer({ ...base, eval: 'Offline we measure accuracy on July, and we want above 99%; online 5% of merchants vs the rest, comparing fraud losses.' }));
    expect(bad.findings.some((f) => f.ruleId === 'MLSD013' && f.concepts?.includes('offline-metrics'))).toBe(true);
    expect(bad.coverage.steps.get('evaluation')!.score).toBeLessThan(good.coverage.steps.get('evaluation')!.score * 0.8);
    expect(bad.coverage.overall).toBeLessThan(good.coverage.overall);
  });
  it('a gap raised on a step costs it GAP_COST (30%) of its score; turned off, it costs nothing', () => {
    const t = answer({ ...base, eval: 'Offline we measure recall at 1% false positives on July, because fraud is rare, and we compare it with the rules.' });
    const r = check(t);
    const gap = r.findings.find((f) => f.step === 'evaluation' && f.severity === 'warning');
    expect(gap?.ruleId).toBe('MLSD004');
    // (Off, MLSD017 would say the same gap: both off.)
    const off = check(t, { rules: { MLSD004: 'off', MLSD017: 'off' } });
    expect(off.findings.some((f) => f.step === 'evaluation' && f.severity !== 'info')).toBe(false);
    expect(GAP_COST).toBe(0.3);
    expect(r.coverage.steps.get('evaluation')!.score).toBe(Math.round(off.coverage.steps.get('evaluation')!.score * (1 - GAP_COST)));
  });
  it('each warning or error also costs the whole answer ANSWER_COST (7%): three gaps in three steps make a mediocre answer', () => {
    const t = answer({ ...base, eval: 'Offline we measure recall at 1% false positives on July, because fraud is rare, and we compare it with the rules.' });
    const r = check(t);
    const raised = r.findings.filter((f) => f.severity !== 'info').length;
    expect(raised).toBeGreaterThan(0);
    expect(ANSWER_COST).toBe(0.07);
    const mean = [...r.coverage.steps.values()].reduce((sum, st) => sum + st.score, 0) / r.coverage.steps.size;
    expect(r.coverage.overall).toBe(Math.round(mean * (1 - ANSWER_COST) ** raised));
  });
  it('a random split of logged data is a wrong choice at any level; "a random split would leak" is not one', () => {
    const random = { ...base, data: 'Payments, device and merchant history come from the transaction log; we shuffle all rows and take a random 80/20 split for training and testing.' };
    for (const level of ['mid', 'senior'] as const) {
      const r = check(answer(random).replace('level: senior', `level: ${level}`));
      const f = r.findings.find((x) => x.ruleId === 'MLSD009');
      expect(f?.message, level).toMatch(/lets the future leak into training|add a split by time, not "shuffle"/);
      expect(f?.severity, level).toBe('warning');
    }
    // A test set that is only mentioned, with a rate ("about 2,400 a day"), is no split by time.
    const rate = { ...random, data: random.data + ' On the test set that is about 2,400 alerts a day.' };
    expect(check(answer(rate)).findings.some((x) => x.ruleId === 'MLSD009')).toBe(true);
    const warned = { ...base, data: base.data + ' A random split would let the model see the same fraud ring on both sides.' };
    expect(check(answer(warned)).findings.some((x) => x.ruleId === 'MLSD009')).toBe(false);
  });
});

describe('an answer written in Chinese', () => {
  const zh = [
    '---', 'level: mid', '---', '# 门店销量预测', '',
    '## 一、需求', '', '我们有 300 家门店、每家约 2 万个商品，业务目标是减少缺货和报废。每天晚上批量打分，早上 6 点前完成即可，不需要实时。', '',
    '## 二、问题定义', '', '这是一个回归问题：输入是商品在截止日之前的历史，输出是未来 7 天每天的销量。标签是截止日之后每天的实际销量。', '',
    '## 三、数据', '', '数据来源是订单表和库存表，每天同步到数据仓库。特征包括过去 7 天和 28 天的销量、是否促销、节假日。按时间切分：前 20 个月训练，最后 2 个月测试，不能随机打散。', '',
    '## 四、模型', '', '基线：上周同一天的销量。正式模型用梯度提升树，因为特征是表格型的，而且训练快。损失用平方误差。', '',
    '## 五、评估', '', '离线：平均绝对误差，和基线比。线上：按门店随机分成两组，跑四周，看缺货率和报废金额，主指标高出 3% 就全量。', '',
    '## 六、部署', '', '每天晚上跑一次批量任务，把预测写进一张表；如果任务失败时，继续用上一周的预测。', '',
    '## 七、监控', '', '每周把预测值的分布和上周对比，特征的空值比例也对比，异常时告警；每季度重新训练一次。', '',
  ].join('\n');
  it('its steps are read, and rules that read tokens hear its Chinese phrases', () => {
    const r = check(zh);
    const rules = new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
    for (const id of ['MLSD001', 'MLSD004', 'MLSD005', 'MLSD006', 'MLSD012', 'MLSD014']) expect(rules.has(id), id).toBe(false);
    for (const [step, key] of [['evaluation', 'offline-metrics'], ['evaluation', 'ab-test'], ['data', 'split-leakage'], ['monitoring', 'data-drift'], ['monitoring', 'retraining']] as const) {
      expect(point(zh, step, key).anywhere, key).toBe(true);
    }
  });
});

describe('a question and its answer', () => {
  it('a question names a point and its answer explains it: "Q: Where do labels come from? A: … means it did not fit"', () => {
    const qa = answer({
      req: 'We recommend a size on each product page so that fewer orders come back; about 30% of orders have a return today, half of them for size.',
      frame: 'Q: Where do labels come from?\nA: Past purchases. A return with reason "too small" or "too large" means the size did not fit and tells us in which direction.',
    });
    expect(point(qa, 'framing', 'label-definition').depth).toBe('explained');
    expect(check(qa).findings.filter((f) => f.ruleId === 'MLSD008')).toEqual([]);
    // A question answered by a fragment, or not answered at all, stays named.
    const bare = qa.replace(/A return with reason .*direction\./, 'Returns.');
    expect(point(bare, 'framing', 'label-definition').depth).toBe('named');
  });
  it('the questions of a Q&A are neither concrete nor vague: the share of concrete sentences counts the answers', () => {
    const body = 'We show the size most people like this user kept, and we only show it when we are confident about it.';
    const plain = check(answer({ req: `${body} The page must load in under 50 ms.` })).coverage.specifics;
    const asked = check(answer({ req: `Q: What exactly are we going to show on the page?\nA: ${body} The page must load in under 50 ms.` })).coverage.specifics;
    expect(asked.sentences).toBe(plain.sentences);
    expect(asked.factor).toBe(plain.factor);
  });
});

describe('run-in words and plain targets', () => {
  it('one capitalised word and a period lead a paragraph like a label: "Online. … Primary metric: confirmed clicks per million messages"', () => {
    const t = answer({ eval: 'Offline. Recall at a fixed false-positive rate on the last four weeks, against the current rules.\n\nOnline. Two weeks in shadow mode, then 5% of tenants, randomised by tenant. Primary metric: confirmed phishing clicks per million delivered messages.' });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
    // Without the run-in word the same sentence names no live measure.
    expect(point(t.replace('Online. ', ''), 'evaluation', 'online-metrics').anywhere).toBe(false);
  });
  it('a main metric counted per so many views is a live one: "Main metric: views of violating posts per 10,000 views"', () => {
    const t = answer({ eval: 'We compare the new model with the current one for two weeks. Main metric: views of violating posts per 10,000 views.' });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
  });
  it('a task named with its target frames the problem: "Regression: minutes from order placed to handed to the customer"', () => {
    const t = answer({ frame: 'Regression: minutes from order placed to handed to the customer. Each part gets its own model; the total is what we show.' });
    expect(point(t, 'framing', 'ml-objective').anywhere).toBe(true);
    expect(point(t, 'framing', 'input-output').anywhere).toBe(true);
  });
});

describe('a bigger model weighed', () => {
  it('against its cost is a model progression; "the bigger the model, the better" is not', () => {
    const weighed = answer({ model: 'A hosted mid-size LLM answers with citations. A larger model was about 4 points better on our ratings but 3x the cost and twice the latency, so we keep it for the offline drafts.' });
    expect(point(weighed, 'model', 'model-progression').anywhere).toBe(true);
    const naive = answer({ model: 'We fine-tune an open 70B LLM on the 2.5 million pairs. The bigger the LLM, the better the summaries.' });
    expect(point(naive, 'model', 'model-progression').anywhere).toBe(false);
  });
});

describe('monitoring in plain words', () => {
  it('"daily checks that inputs look like they did when the model was trained" is drift detection; a training set that "doesn\'t look like normal traffic" is not', () => {
    const watched = answer({ mon: 'Daily checks that inputs look like they did when the model was trained: share of events without a description, category mix. Retrain weekly.' });
    expect(point(watched, 'monitoring', 'data-drift').anywhere).toBe(true);
    const aside = answer({ eval: 'We also have moderators check a sample of live uploads, because the training set comes from reported listings and does not look like normal traffic.', mon: 'Latency and errors. Retrain every quarter.' });
    expect(point(aside, 'monitoring', 'data-drift').anywhere).toBe(false);
  });
  it('"if the predictions look different from usual, investigate" watches the model', () => {
    const t = answer({ mon: 'Monitor the service latency and errors. If the click rate drops or the predictions look different from usual, investigate. Retrain every day.' });
    expect(point(t, 'monitoring', 'model-quality-monitoring').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD011')).toEqual([]);
  });
});

describe('plain words for data, models, metrics and monitoring', () => {
  it('"Does the incoming data look like what we learned from?" asks for drift detection; "trained on recent data" does not', () => {
    const asked = answer({ mon: 'Each week I compare the late rate we predicted with what happened. Does the incoming data look like what we learned from? Retrain monthly.' });
    expect(point(asked, 'monitoring', 'data-drift').anywhere).toBe(true);
    const retrain = answer({ mon: 'Each week I compare the late rate we predicted with what happened. The new model is trained on recent data every month.' });
    expect(point(retrain, 'monitoring', 'data-drift').anywhere).toBe(false);
  });
  it('"per field, how often users correct the pre-filled value", tracked, watches the model', () => {
    const t = answer({ mon: 'Track latency and error rates, and, per field, how often users correct the pre-filled value. Retrain before each season.' });
    expect(point(t, 'monitoring', 'model-quality-monitoring').anywhere).toBe(true);
    expect(point(answer({ mon: 'Track latency and error rates. Retrain before each season.' }), 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
  });
  it('a model chosen for what it "works well" on justifies the step up from the rules', () => {
    const t = answer({ model: 'Starting point: the current rule, a text three days before. Then a standard tree-based predictor on the facts above, which works well on this kind of table.' });
    expect(point(t, 'model', 'model-progression').anywhere).toBe(true);
    expect(point(t.replace(', which works well on this kind of table', ''), 'model', 'model-progression').anywhere).toBe(false);
  });
  it('"on the held-back later months … how many of the actually-late patients would be in that list" is an offline metric', () => {
    const t = answer({ eval: 'On the held-back later months, if we called the top 20,000 a day, how many of the actually-late patients would be in that list, compared with the hand rule?' });
    expect(point(t, 'evaluation', 'offline-metrics').anywhere).toBe(true);
  });
  it('records and tables named in the data step are its sources; images stored are a source', () => {
    const t = answer({ data: 'Dispensing records: every fill, its date and days of supply. All of it is computed nightly from tables that already land in the warehouse.' });
    expect(point(t, 'data', 'data-sources').inStep).toBe(true);
    const images = answer({ data: 'Images are stored encrypted, with access limited to the ML team, and deleted after the retention period.' });
    expect(point(images, 'data', 'data-sources').anywhere).toBe(true);
  });
});

describe('a filled-in template label and a model step with no first model', () => {
  it('a bold label the writer filled in is content ("**Baseline:** rank by mutual friends"); one left with a placeholder is not', () => {
    expect(point(answer({ model: '**Baseline:** rank friends-of-friends by mutual connection count.' }), 'model', 'baseline').inStep).toBe(true);
    expect(point(answer({ model: '**Baseline:** <a heuristic or a simple model…>' }), 'model', 'baseline').anywhere).toBe(false);
    expect(point(answer({ model: '**Baseline:** unit = <user>; TODO' }), 'model', 'baseline').anywhere).toBe(false);
  });
  it('a model step that goes straight to a learned model is asked for its baseline, as a warning', () => {
    const t = answer({ model: 'For the model I would go straight to gradient boosted trees with LightGBM, because they handle mixed features well and train fast on 18 million rows, with a Poisson loss since these are counts.' });
    const f = check(t).findings.filter((x) => x.step === 'model' && x.concepts?.includes('baseline'));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});

describe('plain words that stay what they are', () => {
  it("an alarm on the service's error rate is system health, not the model's quality", () => {
    const t = answer({ mon: "I'd put the service on our dashboards: request rate, errors, p99 latency, and set an alert if the error rate goes over 1%." });
    expect(point(t, 'monitoring', 'model-quality-monitoring').anywhere).toBe(false);
  });
  it('a feature list read through its lead label is no drift check ("versus the routing ETA over their last 50 pickups")', () => {
    const t = answer({ data: "Features:\n- routing engine ETA and distance\n- the driver's average delay versus the routing ETA over their last 50 pickups" });
    expect(point(t, 'monitoring', 'data-drift').anywhere).toBe(false);
  });
  it('"input" or "output" alone is no contract: the output of a project phase is not the model\'s', () => {
    expect(point(answer({ frame: 'The output of this phase is a design document that the team reviews.' }), 'framing', 'input-output').anywhere).toBe(false);
    expect(point(answer({ frame: 'Input: the query and one ad. Output: the chance of a click.' }), 'framing', 'input-output').inStep).toBe(true);
  });
  it('a question speaks through its answer only: an open question makes no point', () => {
    expect(point(answer({ mon: 'Latency and errors on dashboards. How often do we rebuild the model? Still open, we will ask the team.' }), 'monitoring', 'retraining').anywhere).toBe(false);
  });
  it('a cadence alone is no retraining: "a daily chart of bookings" is not, "the model is rebuilt every Sunday" is', () => {
    const chart = answer({ mon: 'Dashboards for response time and errors. A daily chart of bookings per search by market, and if it drops we investigate.' });
    expect(point(chart, 'monitoring', 'retraining').anywhere).toBe(false);
    const rebuilt = answer({ mon: 'Dashboards for response time and errors. The model is rebuilt every Sunday on the last 90 days.' });
    expect(point(rebuilt, 'monitoring', 'retraining').anywhere).toBe(true);
  });
  it('a lead-in that is itself an item speaks only for the items under it', () => {
    const said = (body: string) => point(answer({ eval: body }), 'evaluation', 'offline-metrics').anywhere;
    // "held-out" in the lead-in and "how many" in its item make the point together: the lead-in reaches the item.
    expect(said('- On the held-out weeks:\n  - how many of the late trucks we named')).toBe(true);
    // It does not reach the items of the next item at its own depth.
    expect(said('- On the held-out weeks:\n  - nothing yet\n- Later on:\n  - how many of the late trucks we named')).toBe(false);
  });
});

describe('a metrics table', () => {
  it('an "Online" row with a hit rate and money saved is a live metric; an "Online" row of QPS and latency is not', () => {
    const table = (row: string) => answer({ eval: ['| Kind | Metric | Target |', '|---|---|---|', '| Offline | PR-AUC; precision in the top 150 a week | Beat the rules by 20% |', row].join('\n') });
    const live = table('| Online | Investigator hit rate (confirmed / referred), £ saved per investigation | +20% |');
    expect(point(live, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(live).findings.filter((f) => f.ruleId === 'MLSD004' && /online metric/.test(f.message))).toEqual([]);
    expect(point(table('| Online | Served at 3k QPS within a p99 of 40 ms | 40 ms |'), 'evaluation', 'online-metrics').anywhere).toBe(false);
  });
});

describe('an A/B test designed in a few words', () => {
  it('"A/B test by user … in treatment vs. control … two weeks minimum, powered to detect a 5% change" is designed', () => {
    const t = answer({ eval: 'Offline PR-AUC per class on the last month. Online: an A/B test by user, prevalence among viewers in treatment vs. control. Two weeks minimum, powered to detect a 5% relative change in prevalence.' });
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD014')).toEqual([]);
    // The same test with no unit and no metric compared is not.
    const bare = answer({ eval: 'Offline PR-AUC per class on the last month. Online: an A/B test. Two weeks minimum, powered to detect a 5% relative change in prevalence.' });
    expect(check(bare).findings.find((f) => f.ruleId === 'MLSD014')?.message).toMatch(/randomization unit/);
  });
});

describe('an answer made of names, with figures beside them', () => {
  const req = '- DAU 52.1M\n- QPS 210,000\n- latency p99 41.5 ms\n- engagement, CTR, retention';
  const dump = answer({
    req,
    frame: '- ML objective\n- binary classification, pointwise\n- input: user, item; output: score',
    data: '- user features, item features\n- Kafka, Spark, data lake\n- negative sampling 1:3.7\n- labels: click, dwell > 27.4 s',
    model: '- baseline: logistic regression\n- two-tower, DCN-v2, MMoE\n- Adam, lr 0.00213, batch 2048',
    eval: '- offline: AUC, NDCG@10, log loss\n- online: A/B test, CTR +11.4%',
    serve: '- real-time, GPU, TensorRT\n- p99 37.2 ms, cache hit 93.1%',
    mon: '- Prometheus, Grafana\n- PSI 0.21, KL divergence\n- retrain daily',
  });
  it('is told per step that it only names its points: a figure beside a name explains nothing there', () => {
    const r = check(dump);
    expect(r.coverage.sentences.fragmentShare).toBeGreaterThanOrEqual(0.45);
    expect(r.findings.some((f) => f.ruleId === 'MLSD021' && f.step === 'requirements')).toBe(true);
    expect(point(dump, 'requirements', 'latency-slo').depth).toBe('named');
  });
  it('the same figures in an answer written in sentences explain', () => {
    const prose = answer({
      req,
      frame: 'We predict the chance that a user clicks an item in the next session, because clicks are what the feed is judged by.',
      data: 'Clicks and impressions stream through Kafka into the lake; we sample three negatives per click, since positives are rare.',
      model: 'A logistic regression baseline first, then a two-tower retrieval and a DCN ranker if it beats the baseline by a point of AUC.',
      eval: 'Offline AUC and log loss on the last week; online a two-week A/B test by user, shipped if CTR rises by 1% with latency flat.',
      serve: 'The ranker runs online on GPUs within a p99 of 40 ms, because the feed waits for it; a cache serves the last ranking if it times out.',
      mon: 'We compare feature distributions with the training week every day and alert when the PSI passes 0.2; the model is retrained daily.',
    });
    expect(check(prose).coverage.sentences.fragmentShare).toBeLessThan(0.45);
    expect(point(prose, 'requirements', 'latency-slo').depth).toBe('explained');
  });
});

describe('the measure a launch is decided on', () => {
  it('"adopt if replayed imbalance cost falls by at least 5%" names the business quantity measured', () => {
    const t = answer({ eval: 'Rolling-origin backtest over two years: mean absolute percentage error and pinball loss. An A/B test is impossible, so we run the new system in shadow for 8 weeks beside the forecasters. Decision rule agreed beforehand: adopt if replayed imbalance cost falls by at least 5%.' });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
  });
  it('a table headed "Online A/B (split by restaurant, 3 weeks)" labels its rows: "Walk-away rate from waitlist | primary" is a live metric', () => {
    const t = answer({ eval: ['Offline: mean absolute error in minutes against the host quote, on the last month.', '', '| Online A/B (split by restaurant, 3 weeks) | Role |', '|---|---|', '| Walk-away rate from waitlist | primary |', '| Complaints that the wait was longer than said | guardrail |'].join('\n') });
    expect(point(t, 'evaluation', 'online-metrics').anywhere).toBe(true);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD004')).toEqual([]);
    // The rows alone, under a header that says nothing of a live test, are not.
    expect(point(t.replace('Online A/B (split by restaurant, 3 weeks)', 'Measure'), 'evaluation', 'online-metrics').anywhere).toBe(false);
  });
});

describe('a label or a title names what its filled-in value is', () => {
  it('"Online metric: …" makes the online metric with what follows it; naming online metrics in passing does not', () => {
    expect(point(answer({ eval: 'Online metric: minutes listened per user per day.' }), 'evaluation', 'online-metrics').depth).not.toBe('missing');
    expect(point(answer({ eval: 'Sources:\n\n- the booking system\n- guest reviews on our site' }).replace('## Evaluation', '## Data'), 'data', 'data-sources').depth).not.toBe('missing');
    expect(point(answer({ eval: 'We will think about online metrics later.' }), 'evaluation', 'online-metrics').depth).toBe('missing');
    // A label left empty or said to be empty is not filled in.
    expect(point(answer({ eval: 'Online metric: none chosen yet, we will see.' }), 'evaluation', 'online-metrics').depth).toBe('missing');
  });
  it('a section titled by a concept speaks for its content ("### Online metrics" over a list); a title that names two things does not', () => {
    const eval_ = (title: string, body: string) => answer({ eval: `${title}\n\n${body}` });
    expect(point(eval_('### Online metrics', '- minutes listened per user per day\n- share of sessions with a save'), 'evaluation', 'online-metrics').depth).not.toBe('missing');
    expect(point(answer({ mon: '### Retraining\n\nMonthly, with the newest clips.' }), 'monitoring', 'retraining').depth).not.toBe('missing');
    expect(point(eval_('### Online metrics', 'None chosen yet: we will see after launch.'), 'evaluation', 'online-metrics').depth).toBe('missing');
    expect(point(answer({ mon: '### Dashboards and retraining\n\nA dashboard of request counts per hour.' }), 'monitoring', 'retraining').depth).toBe('missing');
  });
});

describe('calibration and the baseline in an essay\'s words', () => {
  const model = (body: string, key: string) => point(answer({ model: body }), 'model', key).depth !== 'missing';
  it('a stated chance checked against how often it comes true is calibration; buckets of sales are not', () => {
    expect(model('The chance has to mean what it says: when we say 70%, about 7 in 10 of those drivers should find a spot.', 'calibration')).toBe(true);
    expect(model('We group test predictions into bands (0-10%, 10-20%) and compare each band with what happened.', 'calibration')).toBe(true);
    expect(model('The buckets are compared with what happened last year in sales.', 'calibration')).toBe(false);
    expect(model('We say this in 3 of 4 meetings.', 'calibration')).toBe(false);
  });
  it('"step one is the averages table" is the baseline', () => {
    expect(model('For the model, step one is the averages table per block, weekday and hour.', 'baseline')).toBe(true);
  });
});

describe('more of a sound answer in plain words', () => {
  const at = (key: 'data' | 'model' | 'eval', step: string, body: string, p: string) => point(answer({ [key]: body }), step, p).depth !== 'missing';
  it('a chance that means how often it comes true is calibration; an average is not', () => {
    expect(at('model', 'model', 'We check that a 0.3 leaving chance means about 3 in 10 such patients really leave.', 'calibration')).toBe(true);
    expect(at('model', 'model', 'The bidding system multiplies the predicted chance by the price, so the chance has to be right in absolute terms, not just in order.', 'calibration')).toBe(true);
    expect(at('model', 'model', 'A mean of 3 in the test set is what we saw.', 'calibration')).toBe(false);
  });
  it('personal data kept out and a model checked across groups are privacy and bias; names of products are not', () => {
    expect(at('data', 'data', 'The model uses coded fields only, no names or free-text notes, and access is limited to the bed team.', 'privacy-bias')).toBe(true);
    expect(at('data', 'data', 'We check that results are equally good across age groups and wards.', 'privacy-bias')).toBe(true);
    expect(at('data', 'data', 'Hard limits: no use of gender, ethnicity or religion.', 'privacy-bias')).toBe(true);
    expect(at('data', 'data', 'Product names are cleaned and lower-cased before the embedding.', 'privacy-bias')).toBe(false);
  });
  it('records taken from a named system are data sources', () => {
    expect(at('data', 'data', '- Admission and discharge messages from the hospital systems, about 4,000 a day.', 'data-sources')).toBe(true);
    expect(at('data', 'data', 'We will pull trip records from the dispatch database.', 'data-sources')).toBe(true);
    expect(at('data', 'data', 'From then on, everything is simpler.', 'data-sources')).toBe(false);
  });
  it('a comparison with how it is done today is the baseline; a randomised rollout compared on a number is an online metric', () => {
    expect(at('model', 'model', 'Compared against: the current moving-average method and "same week last year".', 'baseline')).toBe(true);
    expect(at('model', 'model', 'We compared two learning rates.', 'baseline')).toBe(false);
    expect(at('eval', 'evaluation', 'Randomised rollout by claim: 20% of new claims are routed by the model. We compare:\n\n- days to first payment (the main goal);\n- average total paid per claim, which must not rise.', 'online-metrics')).toBe(true);
  });
  it('a tree-based model is a named model of the progression', () => {
    expect(at('model', 'model', 'Leaving chance per patient: a tree-based model.', 'model-progression')).toBe(true);
  });
});
