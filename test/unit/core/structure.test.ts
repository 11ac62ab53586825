/**
 * How the checker reads an answer's structure when its titles name no step:
 * the framework's order places a section between two steps, longer aliases win
 * over the shorter ones inside them, numbered run-in titles are sections, a
 * step inserted among bold titles is a bold title, a batch system's deadline is
 * its latency, and a step that argues at length gets hints, not warnings.
 */
import { describe, expect, it } from 'vitest';
import { check, parseAnswer, stepsForTitle } from '../../../src/core/index';

const words = (n: number, w = 'words') => Array.from({ length: n }, () => w).join(' ');

/** Requirements, data, an untitled section, evaluation and monitoring, in the framework's order. */
function doc(between: string): string {
  return [
    '---', 'level: senior', '---', '# Store orders', '',
    '## Requirements', '', 'We run 900 stores and want less food thrown away while shelves stay full, measured per store per week. Orders are due by 4 am.', '',
    '## Data', '', 'Three years of till records per store, product and day, with the promotion calendar; features are recent sales at several lengths.', '',
    '## The method', '', between, '',
    '## Evaluation', '', 'On the six months held back we compare the error in units against the simple rule, then a 60-store trial against 60 similar stores.', '',
    '## Monitoring', '', 'Every morning we compare yesterday\'s forecasts with what sold and rebuild weekly on the latest data, paging the owner when error jumps.', '',
  ].join('\n');
}

const stepsOf = (text: string, title: string) => check(text).answer.sections.find((s) => s.title === title)?.steps;

describe('the order of the steps places an untitled section', () => {
  it('a section between data and evaluation that makes one model point is the model step', () => {
    const t = doc('First the simple thing to beat: the same day last week, adjusted by the recent trend, which is roughly what managers do now. ' + words(20, 'then'));
    expect(stepsOf(t, 'The method')).toEqual(['model']);
    expect(check(t).findings.filter((f) => f.ruleId === 'MLSD001' && f.step === 'model')).toEqual([]);
  });
  it('a section that makes no point of the missing step stays untitled, and the step is missing', () => {
    const t = doc('The team met on Tuesdays and the office had good coffee; nobody remembered who booked the room for the planning sessions this quarter at all.');
    expect(stepsOf(t, 'The method')).toEqual([]);
    expect(check(t).findings.some((f) => f.ruleId === 'MLSD001' && f.step === 'model')).toBe(true);
  });
  it('a section after the last step takes no step: nothing is missing after monitoring', () => {
    const t = doc('First the simple thing to beat, then a gradient-boosted model because it handles the mix of numbers and categories.') + '\n## Open questions\n\nWhether the trial should start before the holidays, since the baseline model would then be tested on the busiest weeks of the year.\n';
    expect(stepsOf(t, 'Open questions')).toEqual([]);
  });
});

describe('heading aliases', () => {
  it('an alias inside a longer alias of another step is part of it', () => {
    expect(stepsForTitle('After launch')).toEqual(['monitoring']);
    expect(stepsForTitle('Launch plan')).toEqual(['serving']);
  });
  it('"Scale" is the requirements\' capacity, "Scaling" the serving step\'s', () => {
    expect(stepsForTitle('Scale')).toEqual(['requirements']);
    expect(stepsForTitle('Scaling')).toEqual(['serving']);
  });
  it('a step named only to be denied is not the heading\'s step; a heading that starts with "Model" is the model step', () => {
    expect(stepsForTitle('Trade-off 4: thresholds are a capacity decision, not a modelling one')).toEqual(['requirements']);
    expect(stepsForTitle('Thresholds, a modelling decision')).toEqual(['model']);
    expect(stepsForTitle('Model choices and why not bigger')).toEqual(['model']);
    expect(stepsForTitle('Model monitoring')).toEqual(['monitoring']);
  });
});

describe('numbered run-in titles', () => {
  const NUMBERED = [
    '# Push send time', '',
    '**1. What we optimise.** The push is there to bring people back to the app, so we want more opens and fewer people turning pushes off; 8M users get at most one push a day.', '',
    '**2. How to frame it.** For each user and hourly slot, predict the probability of an open within two hours; send at the best slot.', '',
    '**3. Labels.** From past sends: the user, the slot and whether it was opened within two hours, which is our label of one or zero.', '',
  ].join('\n');
  it('open sections with or without an alias, numbering not counted as title words', () => {
    const a = parseAnswer(NUMBERED);
    expect(a.sections.map((s) => [s.title, s.steps])).toEqual([
      ['Push send time', []],
      ['1. What we optimise', []],
      ['2. How to frame it', ['framing']],
      ['3. Labels', ['data']],
    ]);
    // Before framing, with words of a business goal: the order makes it the requirements.
    expect(stepsOf(NUMBERED, '1. What we optimise')).toEqual(['requirements']);
  });
  it('a step inserted among bold titles is a bold title, so it does not swallow the titles after it', () => {
    const t = NUMBERED + '\n**4. Model.** A logistic regression on user and slot features first, then a boosted tree model because the slot effect varies by user.\n';
    const fix = check(t).findings.find((f) => f.ruleId === 'MLSD001' && f.fix)?.fix;
    expect(fix, 'evaluation, serving and monitoring are missing').toBeDefined();
    if (!fix) return;
    expect(fix.edits[0]!.newText).toMatch(/^\n?\*\*\d+\. [A-Z][^*]+\*\*$/m);
    expect(fix.edits[0]!.newText).not.toMatch(/^#/m);
  });
});

describe('a batch system has a deadline, not a latency in ms', () => {
  const BATCH = doc('First the simple thing to beat, then a gradient-boosted model because it handles the mix of numbers and categories.')
    .replace('Orders are due by 4 am.', 'This is a batch job: orders are due by 4 am, four hours after the stores close.')
    .replace('## Monitoring', '## Serving\n\nA nightly batch job builds the inputs, produces the forecasts and sends the orders to the stores\' screens.\n\n## Monitoring');
  it('MLSD005 and MLSD012 ask no latency of it', () => {
    expect(check(BATCH).findings.filter((f) => f.ruleId === 'MLSD005' && /latency/i.test(f.message))).toEqual([]);
    expect(check(BATCH).findings.filter((f) => f.ruleId === 'MLSD012')).toEqual([]);
  });
  it('an online system without a number is still asked for one', () => {
    const online = BATCH.replace('This is a batch job: orders are due by 4 am, four hours after the stores close.', 'Shoppers see the suggestion on the app while they order.')
      .replace('A nightly batch job builds the inputs, produces the forecasts', 'An online service scores each request, produces the forecasts');
    expect(check(online).findings.some((f) => f.ruleId === 'MLSD005' || (f.ruleId === 'MLSD012' && /latency/.test(f.message)))).toBe(true);
  });
});

describe('a step that argues at length', () => {
  const req = (body: string) => ['---', 'level: senior', '---', '# A', '', '## Requirements', '', body, ''].join('\n');
  const sev = (t: string) => check(t).findings.filter((f) => f.step === 'requirements').map((f) => f.severity);
  it('gets its missing points as a hint while it lacks fewer than half of them; a terse one as a warning', () => {
    const argued = req(
      'Store managers guess today for 27M store-product pairs, because the spreadsheet only knows last year; the nightly run has a 4-hour deadline. ' +
        'The goal is fewer empty shelves, because an empty shelf loses a sale and shoppers go elsewhere. ' +
        'We also want less waste, since fresh food is a fifth of sales but most of what is thrown away. ' +
        'The warehouse plans trucks on these orders, so the orders must not swing wildly from one day to the next. ' +
        'The online shop is out of scope, because its stock comes from another warehouse.',
    );
    const terse = req('We have 27M store-product pairs across 900 stores and three years of data. Less waste. Fewer empty shelves.');
    expect(sev(argued).every((s) => s === 'info')).toBe(true);
    expect(sev(terse)).toContain('warning');
  });
});

describe('an answer with no number and no comparison', () => {
  const FILLER = [
    '---', 'level: senior', '---', '# News feed ranking', '',
    '## Requirements', '', 'The goal of the system is to maximize user engagement and deliver a great experience to every user. We need to support a very large scale with low latency, because users expect fast and relevant results.', '',
    '## Framing', '', 'We frame the problem as a ranking problem, since ranking is the industry standard approach for feeds. The model will predict the relevance of each post for each user in order to show the best content first.', '',
    '## Data', '', 'We will collect all the relevant data from our logs and build powerful features to ensure high quality predictions. We will handle data quality carefully because data quality is critical for success.', '',
    '## Model', '', 'We use a state-of-the-art deep learning model such as DCN, because these models are proven to perform best. We will start simple and then move to more advanced models to improve performance.', '',
    '## Evaluation', '', 'We evaluate the model offline with standard metrics like AUC and online with an A/B test to ensure success. We will measure engagement because engagement is the most important metric.', '',
    '## Serving', '', 'The model will be deployed to a scalable serving infrastructure to ensure low latency and high availability. We will use caching where possible to make the system fast.', '',
    '## Monitoring', '', 'We monitor the model continuously because models degrade over time. If performance drops we will retrain the model, and we will set up alerts to make sure everything works smoothly.', '',
  ].join('\n');
  it('keeps about a third (0.35) of what its points earn, and each step that gives neither is told so', () => {
    const r = check(FILLER);
    expect(r.coverage.specifics.concrete).toBe(0);
    expect(r.coverage.specifics.factor).toBe(0.35);
    expect(r.coverage.overall).toBeLessThanOrEqual(30);
    // Each step is told once: that it gives no number (MLSD028), or, where its sentences are only praise
    // and names ("rigorously … robust"), that it only names its points (MLSD021, which supersedes it).
    const vague = r.findings.filter((f) => f.ruleId === 'MLSD028' || f.ruleId === 'MLSD021');
    expect(vague.map((f) => f.step)).toEqual(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    expect(vague.filter((f) => f.ruleId === 'MLSD028').length).toBeGreaterThanOrEqual(4);
    expect(vague.every((f) => f.severity === 'warning' && (f.ruleId === 'MLSD021' || /gives no number and no comparison/.test(f.message)))).toBe(true);
  });
  it('an answer vague throughout whose steps are too short to judge gets one hint', () => {
    const terse = ['---', 'level: senior', '---', '# A', '', ...Array.from({ length: 10 }, (_, i) => `We will use a robust and scalable design everywhere in part ${'abcdefghij'[i]}.`), ''].join('\n');
    const vague = check(terse).findings.filter((f) => f.ruleId === 'MLSD028');
    expect(vague.map((f) => [f.step, f.severity])).toEqual([[null, 'info']]);
  });
  it('the same answer with numbers and comparisons keeps all of it', () => {
    const concrete = FILLER.replace('support a very large scale with low latency', 'serve 300M daily users at 200k QPS with a 150 ms p99')
      .replace('such as DCN, because', 'such as DCN rather than GBDT, because')
      .replace('offline with standard metrics like AUC', 'offline with AUC on the last 7 days')
      .replace('to make the system fast', 'for 10 minutes to keep the p99 under 150 ms')
      .replace('We monitor the model continuously', 'We compare the score distribution with last week every hour');
    const r = check(concrete);
    expect(r.coverage.specifics.factor).toBeGreaterThan(0.8);
    expect(r.coverage.overall).toBeGreaterThan(check(FILLER).coverage.overall);
    expect(r.findings.filter((f) => f.ruleId === 'MLSD028')).toEqual([]);
  });
});

describe('several untitled sections between two steps', () => {
  const DECISIONS = [
    '# Credit lines', '',
    '**D1. Labels and the window.** A default is 90 days past due within 12 months of the line being set, which is our label for the PD model.', '',
    '**D2. The selection problem.** We only see outcomes for limits we granted, so a small randomized test cell gives unbiased outcomes for the other limits we might set.', '',
    '**D3. Features.** Bureau attributes, income, utilization over the last 6 months and payment history; all computed as of the decision date.', '',
    '**D4. The balance estimate.** A regression of expected balance on the candidate limit, checked against the randomized cells only, since those are unbiased.', '',
    '**D5. Explanations.** Adverse-action reasons come from the top contributing features of each decision, mapped to a fixed list of approved statements.', '',
    '**D6. How we judge it.** Offline AUC and KS on the last 3 months against the scorecard, then a champion/challenger test on 10% of approvals for 6 months, comparing balances and early delinquency.', '',
    '**D7. Serving.** An online call at approval time with a p99 under 300 ms, and a monthly batch over all accounts for line reviews.', '',
  ].join('\n');
  it('a missing step takes the section that makes most of its points, not the first that makes one', () => {
    expect(stepsOf(DECISIONS, 'D6. How we judge it')).toEqual(['evaluation']);
  });
  it('a section between two sections of one step is part of that step', () => {
    expect(stepsOf(DECISIONS, 'D2. The selection problem')).toEqual(['data']);
  });
  it('an untitled section before the step that makes its points most opens that step', () => {
    const t = [
      '# Leaf photos', '',
      '## Requirements', '', 'Farmers photograph a sick leaf and get the likely disease in under two seconds, offline, for 200,000 farmers.', '',
      '## Framing', '', 'Per photo, the chance of each disease; the label is what an expert named after seeing the plant.', '',
      '## Where the photos come from', '', 'Photos come from officers on farm visits and from the app. The labels come from two experts who look at each photo, and a third decides when they disagree. ' + words(10, 'more'), '',
      '## Keeping the test fair', '', 'We split by farm and by date, so photos of one field never sit on both sides. Each photo is stored in the warehouse with its crop and labeller, and we strip the location down to the district. ' + words(10, 'more'), '',
      '## Model', '', 'First the most common disease per crop and month, the thing to beat; then a small pretrained image network.', '',
    ].join('\n');
    expect(stepsOf(t, 'Keeping the test fair')).toEqual(['data']);
    expect(stepsOf(t, 'Where the photos come from')).toEqual(['data']);
  });
  it('a plain "Slide N: Title" line opens a section; "Training set" is the data step', () => {
    const t = [
      '# Warehouse labour', '',
      'Slide 1: Scale', '- 45 sites x 3 shifts x 14 days = about 1.9k forecasts per nightly run, ready by 6 am', '',
      'Slide 4: Training set', '- One row per site, shift and day, with features known at forecast time', '- Split by date: the last 8 weeks are the test set', '',
      'Slide 9: Monitoring', '- Job success and run time, alert on failure', '',
    ].join('\n');
    const sections = check(t).answer.sections.map((x) => [x.title, x.steps]);
    expect(sections).toEqual([['Warehouse labour', []], ['Slide 1: Scale', ['requirements']], ['Slide 4: Training set', ['data']], ['Slide 9: Monitoring', ['monitoring']]]);
    // Inside a step's section, a "Step 2: …" line is its content, not a section.
    expect(check('# A\n\n## Model\n\nStep 2: train the trees\n- depth 8\n').answer.sections.map((x) => x.title)).toEqual(['A', 'Model']);
  });
  it('plain-text titles in capitals on lines of their own are a whiteboard\'s sections; one "NOTE" line is not', () => {
    const t = [
      '# Whiteboard: highlight clips', '',
      'GOAL', '  live match -> 30 s clips in the app, more clip views', '',
      'DATA', '  editor clips from 3 seasons, about 60k, are the positives', '  split by match date, not random windows', '',
      'SERVING', '  stream -> 2 s windows -> GPU workers, 5 GPUs + 1 spare', '',
      'MONITOR', '  editor accept rate daily; a drop of 10% pages the owner', '',
    ].join('\n');
    const sections = check(t).answer.sections.map((x) => [x.title, x.steps]);
    expect(sections).toEqual([['Whiteboard: highlight clips', []], ['GOAL', ['requirements']], ['DATA', ['data']], ['SERVING', ['serving']], ['MONITOR', ['monitoring']]]);
    // One capitals line among headings is a note, not a section.
    expect(check('# A\n\n## Model\n\nNOTE\n  depth 8 trees\n\n## Serving\n\nNightly batch.\n').answer.sections.map((x) => x.title)).toEqual(['A', 'Model', 'Serving']);
  });
  it('a numbered list of long items that lead with bold titles is the answer\'s structure, even when no title names a step', () => {
    const body = (text: string) => `${text} ${words(25, 'and')}`;
    const t = [
      '# Slotting', '',
      `1. **What the warehouse is asking for.** ${body('We run 12 centres with 150k order lines a day, and the goal is fewer metres walked per pick; the plan must be ready by 5 am.')}`,
      `2. **What we learn from.** ${body('Order lines come from the warehouse system and are stored in the warehouse nightly; features are counts of the last 4 weeks of lines; we split by date, training on the past and testing on later weeks.')}`,
      `3. **How we decide it works.** ${body('Offline we compare the error per product against the simple ranking; live, sites switch in a random order and picks per labour hour decide.')}`,
      `4. **Keeping it healthy.** ${body('A weekly report compares forecast error with the simple ranking, alerts fire on a jump in rejected moves, and we retrain monthly.')}`,
    ].join('\n');
    const r = check(t);
    expect(r.answer.sections.map((x) => x.title)).toEqual(['Slotting', 'What the warehouse is asking for', 'What we learn from', 'How we decide it works', 'Keeping it healthy']);
    expect(r.answer.sections.slice(1).map((x) => x.steps)).toEqual([['requirements'], ['data'], ['evaluation'], ['monitoring']]);
    // Three such items, or short ones, are an ordinary list.
    expect(check(t.split('\n4.')[0]!).answer.sections).toHaveLength(1);
  });
  it("an essay under the answer's title stays no single step when one step's heading is added after it", () => {
    const essay = [
      '# Review triage', '',
      'We get 50k reviews a day and the goal is to route crashes to engineering within an hour, scored every five minutes in a batch. ' +
        'The label is the category a reviewer gave; we split by date. The model starts with TF-IDF and logistic regression, then a small transformer if it beats it. ' +
        'Offline we read precision and recall per class, and online the time from first review to ticket in a test where half the apps get it. The job runs every five minutes on two pods.',
    ].join('\n');
    expect(check(essay + '\n\n## Monitoring\n\nNot started.\n').answer.sections[0]!.steps).toEqual([]);
  });
  it('a heading over the sections of two other steps groups them: "## Offline" over "### 3. Data" and "### 4. Model" is no step, and passes none down', () => {
    const t = [
      '# Beds', '', '## Offline', '',
      '### 1. What we are asked to do', '', 'Forecast how many beds are full tomorrow in each ward, so managers plan staff by 7 am. ' + words(20, 'more'), '',
      '### 3. Data', '', 'Admissions and discharges come from the hospital system, stored nightly.', '',
      '### 4. Model', '', 'First the same day last week; then boosted trees on recent admissions.', '',
      '### 5. Checking it on past data', '', 'On the test months, the average error in beds per ward against the simple starting point.', '',
    ].join('\n');
    const steps = Object.fromEntries(check(t).answer.sections.map((x) => [x.title, x.steps]));
    expect(steps['Offline']).toEqual([]);
    expect(steps['1. What we are asked to do']).not.toContain('evaluation');
    expect(steps['5. Checking it on past data']).not.toContain('data');
    expect(stepsForTitle('Checking it on past data')).toEqual([]);
    expect(stepsForTitle('Offline evaluation')).toEqual(['evaluation']);
  });
  it('a title that ends in "model" is the model step', () => {
    expect(stepsForTitle('The PD model')).toEqual(['model']);
    expect(stepsForTitle('Model monitoring')).toEqual(['monitoring']);
  });
});

describe('points that another point meets', () => {
  it('an ETA answer that evaluates with MAE is not asked for AUC or log loss', () => {
    const t = ['---', 'level: senior', '---', '# ETA', '', '## Evaluation', '', 'Offline we report the mean absolute error in minutes on the last two weeks, by city, since riders feel minutes, not ranks.', ''].join('\n');
    const p = check(t).coverage.steps.get('evaluation')!.points.find((x) => x.point.key === 'offline-metrics')!;
    expect(p.anywhere).toBe(true);
    expect(check(t).findings.map((f) => f.message).join(' ')).not.toMatch(/classification \/ probability metrics/);
  });
});

describe('text the tagger splits oddly', () => {
  it('a token the model leaves empty ("D-14..D-2") is no word, not a crash', () => {
    const line = '- Split: train on days D-14..D-2, val D-1, test D → time-based, no leakage from future hist CVR';
    expect(() => check(`# A\n\n## Data\n\n${line}\n`)).not.toThrow();
  });
});

describe('the document title names the system, not a step', () => {
  const body = '\n\n## What we set out to do\n\nCut the time to find a place by 10% for 40M monthly users.\n\n## The model\n\nA GBDT ranker, because it beat the hand-tuned score by 4 points of NDCG offline.\n';
  it('a long title that mentions a step is no section of it; its sections keep their own steps', () => {
    const a = parseAnswer(`# Retrospective: learning-to-rank for place search in the maps app${body}`);
    expect(a.stepSections.get('model')?.map((s) => s.title)).toEqual(['The model']);
    expect(parseAnswer(`# LLM evaluation harness: index${body}`).stepSections.has('evaluation')).toBe(false);
  });
  it('a title that is only the step\'s name, or one of several level-1 headings, stays that step', () => {
    expect(parseAnswer(`# Model development${body}`).stepSections.get('model')?.[0]?.title).toBe('Model development');
    expect(parseAnswer(`# Evaluation of the ranking model offline${body}# Serving\n\nOnline, 50 ms.\n`).stepSections.get('evaluation')?.[0]?.title).toBe('Evaluation of the ranking model offline');
  });
});
