/**
 * The one table of the domain's concepts: every idea the checker recognises is
 * defined here once, with how it is recognised. Key points (`steps.ts`) are
 * concepts by their key; the case checklists (`cases.ts`) and the rules refer to
 * concepts by id and add logic, never vocabulary of their own.
 *
 * A concept is recognised
 * - by its `phrases`: one occurrence covers it (the keyword language of `types.ts`:
 *   words, `prefix*`, `#num`, `a|b` at one position);
 * - by its `pairs`: two different ones of them in the step;
 * - by its `sentences`: ONE sentence has a match for every part (parts separated by
 *   `&`, each a comma-separated list of patterns), so paraphrases count: "we page
 *   someone when this week's feature histograms stray from last month's" is drift
 *   detection without the word drift;
 * - by its `labels`: a lead label of a line ("Online metric: minutes listened per user", "Sources:" over a
 *   list) that names it and that the writer filled in: the value is what the label names;
 * - by its `cjk` phrases, as substrings of Chinese prose (no spaces between words).
 * One line per phrase list; the validator is test/unit/framework/concepts.test.ts.
 */
import type { Keyword } from './types';

export interface Concept {
  readonly phrases: readonly Keyword[];
  readonly pairs?: readonly Keyword[];
  readonly sentences?: readonly string[];
  readonly labels?: readonly Keyword[];
  readonly cjk?: readonly string[];
}

/** Words of time, for sentence rules about splitting data by time. */
/** A deadline in one sentence: "shown within about 5 seconds of the vitals being entered", "the job must finish by 6 am". */
const DEADLINE = 'within, under, in less than, has|have|gets|get about|only|just, no more than, slower than, at most, in about, takes, budget, finish|finished|done|ready|complete by, by #num, before #num & #num ms, #num s, #num sec*, #num second*, #num min*, #num minute*, #num hour*, #num am, #num pm, #num a m, #num p m, #num milliseconds, a second, a minute, an hour, a few seconds, a few minutes, a third|quarter|tenth|fraction of a second, half a second & respon*, prediction, predictions, answer*, return*, finish*, ready, done, complet*, score*, rescor*, run*, job*, call*, page*, reply, replies, result*, decision*, decided, shown, show*, displayed, appear*, on screen';

/** A latency stated with its figure: "latency: ~5 s model + 30 s editor click", "p95 response time 150 ms". */
const LATENCY_FIGURE = 'latency, latencies, response time*, time to respond & #num ms, #num s, #num sec*, #num second*, #num min*, #num minute*, #num milliseconds';

/** Saying there is no latency requirement answers the latency question for batch or offline work. */
const NO_LATENCY_NEED: readonly Keyword[] = ['no latency|realtime requirement*|req|need|constraint*|pressure', 'no real time requirement*|req|need|constraint*|pressure'];

const TIME_WORDS = 'date*, time, calendar, year*, chronolog*, week*, month*, day*, later, earlier, future, past, recent, older, newer, january, february, march, april, may, june, july, august, september, october, november, december, quarter*';

export const CONCEPTS = {
  // Step 1, clarify requirements: its key points, by their keys
  'business-objective': {
    phrases: ['business objective*', 'business goal*', 'revenue', 'engagement', 'retention', 'kpi*', 'north star', 'northstar', 'monetiz*', 'monetis*', 'user satisfaction'],
    labels: ['business goal*', 'business objective*', 'success metric*'],
    pairs: ['maximi*', 'increas*', 'improv*', 'goal*'],
    sentences: [
      'goal, goals, aim*, want*, purpose, success, win condition, cares about, care about, the point, trying to, so that & more, fewer, less, reduce*, increas*, grow*, maximi*, minimi*, cut, lower, raise*, help*, keep*, stop*, catch*',
      'fewer, less, more, reduce*, cut, lower, raise*, increas*, grow*, stop*, prevent*, avoid* & complaint*, loss*, losses, revenue, churn, cost*, fraud, scam*, spam, junk, engagement, bookings, sales, orders, clicks, waste, retention, satisfaction, signups, sign ups, conversions, cancellations, delays',
      // The goal named as the business quantity it is judged by: "so the goal is money lost per month".
      'the goal is|are, our goal is, the objective is, the aim is, we are judged by, what matters is & money, loss*, losses, lost, revenue, profit*, margin*, churn, cost*, refunds, complaints, bookings, sales, orders, retention, cancellations',
      // A goal said with what it saves or whom it serves: "Goal: answer the common questions automatically, correct and fast" after "human agents are expensive".
      'goal, goals, objective, objectives & automatic*, faster, wait*, cost*, money, trust, expensive, agents, staff, nurses, penalt*, patients, customers',
      // What a mistake costs the business or the user: "A wrong answer costs money", "each missed fraud costs about $3,000".
      'wrong answer*, wrong prediction*, wrong call*, mistake*, false alarm*, missed, miss, misses & cost*, lose*, loses, lost, waste*, wasted, money, revenue',
    ],
    cjk: ['业务目标', '商业目标', '北极星', '营收', '收入', '留存', '用户满意', '目标是', '带来收入', '提升', '转化率', '成交', '降低成本', '减少损失', '用户体验'],
  },
  'use-case': {
    phrases: ['use case*', 'usecase*', 'user journey*', 'surface*', 'placement*', 'slot*', 'homepage', 'home page', 'search results page*', 'serp', 'serps', 'feed', 'feeds', 'notification*', 'user experience', 'ux'],
    labels: ['use case*', 'where it shows|appears', 'surface*', 'who uses it'],
    pairs: ['shown', 'displayed', 'page*'],
    sentences: [
      // "who uses the output: CRM team, weekly campaign".
      'who uses|reads|consumes|sees & output, score*, prediction*, forecast*, result*, list*',
      // The output shown where someone acts on it: "the ward nurse sees a short list each morning and visits them first".
      'appear*, shown, show*, sees, see, gets, get, displayed, pop up, pops up, surfaces, is sent, are sent, receive*, receives & shoppers, users, customers, nurse*, doctors, clinicians, agents, dispatchers, drivers, riders, readers, viewers, buyers, sellers, players, students, farmers, staff, managers, planners, analysts, reviewers, holder*, patients, guests, listeners, members, merchants, advertisers & page, screen*, list, row, app, pop up, call, dashboard, queue, feed, inbox, tab, email, text, notification*, card, banner, widget, carousel, strip',
      // The score that takes the decision: "the score decides on the spot whether to approve it, block it, or send a text".
      'score*, prediction*, model, forecast* & decides, decide*, drives, triggers, chooses, picks & whether, approve*, block*, send*, rout*, hold*, flag*, which',
      'so that, so, used by, used to, read by, feeds, drives, helps, lets, tells, shown to, shows, for the & buyers, users, customers, planners, drivers, riders, agents, staff, managers, advertisers, sellers, merchants, teams, ordering, orders, decisions, dispatch*, pricing, checkout, screen*, page, app',
    ],
    cjk: ['使用场景', '应用场景', '展示位置', '首页', '信息流', '搜索结果页', '场景', '用于', '用来', '展示在', '页面上', '推送给', '营销系统', '下游系统'],
  },
  scale: {
    phrases: ['dau', 'mau', 'qps', 'rps', 'tps', 'requests per second', 'queries per second', 'impressions per day', 'catalog size', 'catalogue size', '#num k|m|b|bn|million*|billion*'],
    labels: ['scale', 'volume*', 'traffic', 'how big'],
    pairs: ['scale', 'users', 'items', 'volume*'],
    sentences: [
      // A load stated in plain numbers: "the chat gets around 30,000 questions per day", "about 90,000 discharges a year".
      '#num & per second|minute|hour|day|week|month|year, a second|minute|day|week|month|year, an hour, each day|week|month, every day, daily, weekly, monthly, yearly',
    ],
    cjk: ['日活', '月活', '用户规模', '请求量', '峰值', '每秒', '万个', '万名', '万用户', '万客户', '万条', '万次', '万件', '亿次', '亿条', '亿用户', '规模'],
  },
  'latency-slo': {
    phrases: ['#num ms', 'millisecond*', 'p 99', 'p 95', 'p 50', 'p 999', 'sla', 'slas', 'slo', 'slos', 'tail latency', 'throughput', 'deadline*', 'ready by', 'turnaround', 'batch job*|run*', 'nightly|daily|hourly batch*|job*|run*', 'this is a batch*', 'a second|minute or two', 'within a second|minute', 'few seconds', 'seconds is|are fine|ok|enough', ...NO_LATENCY_NEED],
    labels: ['latency', 'latencies', 'response time*', 'sla', 'slo', 'deadline*'],
    pairs: ['latency', 'real time', 'realtime', 'fast', 'low latency'],
    // A deadline in plain words: "it must give an answer in under two seconds on a five-year-old phone".
    sentences: [DEADLINE, LATENCY_FIGURE],
    cjk: ['延迟', '毫秒', '响应时间', '实时', '内完成', '秒内', '小时内', '时效', '批量打分', '每周算一次', '每天算一次'],
  },
  constraints: {
    phrases: ['privacy', 'gdpr', 'ccpa', 'pii', 'compliance', 'regulat*', 'budget', 'cost', 'costs', 'on device', 'ondevice', 'edge', 'interpretab*', 'explainab*', 'fairness'],
    pairs: ['constraint*', 'limit*'],
    sentences: [
      'must, has to, have to, needs to, need to, cannot, can t, at most, no more than, within, limited, only, may not, not allowed & finish*, fit*, run*, cost*, budget, memory, hours, minutes, device*, phone*, privacy, legal, law*, regulat*, explain*, audit*, consent',
    ],
    cjk: ['约束', '隐私', '合规', '敏感信息', '预算', '限制', '法规', '成本', '不能用'],
  },
  'data-availability': {
    phrases: ['data availab*', 'logs', 'logged', 'historical data', 'labeled data', 'labelled data', 'annotat*', 'do we have', 'years of', 'months of', '#num years|months|weeks of'],
    labels: ['data we have', 'available data', 'data available'],
    pairs: ['data', 'sources'],
    sentences: [
      'we have, we keep, already, there is, there are, available, on hand, we collect & #num years|months|weeks|days of, years of, months of, history, records, logs, data, archive*',
      // A count of what is collected already: "About 40,000 photos so far, each labelled by the officer".
      '#num & photos, images, records, examples, rows, labels, transactions, orders, events, documents, tickets, claims, calls, recordings, samples, messages, reviews, scans & so far, to date, already, on hand, in the archive, archived, collected, labelled, labeled, annotated',
    ],
    cjk: ['历史数据', '交易数据', '浏览数据', '已有的数据', '我们有', '只用我们自己的'],
  },
  'scope-assumptions': {
    phrases: ['assum*', 'out of scope', 'in scope', 'non goal*', 'nongoal*', 'for simplicity', 'mvp', 'v 1', 'start|starting|begin|beginning|launch|launching with #num', 'launch|launching|start|starting in #num', 'not replace', 'does not replace', 'do not replace', 'not a replacement'],
    labels: ['scope', 'in scope', 'out of scope', 'assumption*', 'non goal*', 'v 1', 'mvp', 'first version'],
    pairs: ['scope', 'simplif*'],
    sentences: [
      'assum*, out of scope, leave* out, leave aside, set aside, not cover*, won t, will not, do not, ignore*, focus* on, only, first version, for now & scope, cover*, handl*, build*, tackl*, support*, launch*, consider*, design*',
    ],
    cjk: ['假设', '确认了', '范围', '不考虑', '暂不', '先不', '不需要'],
  },
  'functional-requirements': {
    phrases: ['personali*', 'cold start', 'coldstart', 'fresh*', 'diversity', 'multilingual', 'multi lingual', 'language*', 'negative feedback', 'hide', 'block', 'report', 'fatigue', 'frequency cap*'],
    pairs: ['new user*', 'new item*'],
  },
  'back-of-envelope': {
    phrases: ['back of envelope', 'back of the envelope', 'back of napkin', 'estimat*', 'per second', '#num x #num', 'peak', 'peaks'],
    pairs: ['capacity'],
    sentences: [
      // A figure derived from another: "That means maybe 50,000 photos a day", "which works out to about 600 a second".
      'that means, which means, this means, works out to, comes to, adds up to, which gives, that gives, that is about|roughly|around, so about|roughly|around & #num',
    ],
  },
  stakeholders: {
    phrases: ['advertiser*', 'creator*', 'seller*', 'marketplace*', 'two sided', 'three sided', 'multi sided', 'stakeholder*', 'existing system*', 'migrat*', 'legacy'],
    pairs: ['partner*', 'team*'],
  },
  // Step 2, frame the problem as an ML task: its key points, by their keys
  'ml-objective': {
    phrases: ['p fraud|spam|churn|default|conversion|like|share|install|booking|purchase|abuse|bad|accept|takeover', 'ml objective*', 'machine learning objective*', 'proxy', 'proxies', 'predict the probability', 'p click', 'pctr', 'pcvr', 'objective function*', 'optimi* for'],
    labels: ['ml objective*', 'ml task', 'prediction target', 'we predict', 'the model predicts'],
    pairs: ['predict*', 'estimat*'],
    sentences: [
      // The task named with its target: "Regression: minutes from order placed to handed to the customer".
      'predict*, estimat*, guess*, score*, rank*, classif*, forecast*, regression, model outputs, the model gives & probabilit*, chance, likelihood, how likely, whether, which, minutes, time, relevance, order, risk, value, values, number, count, units, demand, amount, quantity, range, price, prices, log of',
      'per, for each, for every, each, given, is it, is this, classify*, decide*, label* & or not, yes or no, a probability, a score, score #num #num, likelihood, chance',
      'chance, probability, likelihood, how likely & book*, click*, buy*, buys, order*, accept*, watch*, convert*, churn*, default*, return*, sell*, sells, open*, repl*, respond*, complet*, cancel*, pay*',
    ],
    cjk: ['预测', '优化目标', '目标函数', '概率', '预测的是', '预测值', '输出是'],
  },
  'input-output': {
    phrases: ['i o', 'user ad context', 'user item context', 'query ad context', 'query user context', 'given a', 'returns', 'ranked list*', 'top k', 'topk', 'top #num', 'score'],
    pairs: ['features', 'input*', 'output*'],
    sentences: [
      'per, for each, for every, given & predict*, regression, forecast*, estimat*, classif*',
      'we return, returns, outputs, gives back, hands back, sends back, the output is, comes back, out comes, comes out & category, class, label, score, probability, list, ranking, price, time, how sure, confidence, sorted, ordered, ranked, best first, in order',
      'predict*, estimat*, forecast*, regression & from, given, using, based on & minutes, hours, seconds, days, time, price, probability, chance, score, amount, count, number of, units, demand',
    ],
    cjk: ['输入', '输出', '输入是', '输出是'],
  },
  'ml-category': {
    phrases: ['clf', 'binary clf', 'binary classification', 'binary classifier*', 'multi class', 'multiclass', 'multi label', 'multilabel', 'regression', 'ranking', 'learning to rank', 'ltr', 'pointwise', 'point wise', 'pairwise', 'pair wise', 'listwise', 'list wise', 'retrieval', 'recommendation', 'anomaly detection', 'seq 2 seq', 'sequence to sequence', 'detection', 'segmentation', 'multi task', 'multitask', 'forecast*', 'quantile*', 'yes or no', 'yes no', 'one category|class|label per', 'one of #num categories|classes|labels|kinds|types|groups|options|buckets', 'one of several', 'pick one of|from', 'multi label|class classification'],
    labels: ['ml category', 'task type', 'problem type', 'type of problem|task', 'kind of problem|task'],
    pairs: ['classification', 'supervised', 'unsupervised'],
    sentences: [
      'predict*, estimat*, forecast*, output*, return*, produc*, the model gives|says & how many, how much, how long, a number, a count, the count, a probability, yes or no, one of #num, which of, a ranked|sorted|ordered list, an order*, a category, a class, a value, a range, minutes, hours, seconds, days, the time, a time, a duration, the price, a price, an amount, units',
      'per, for each, for every, each, given, is it, is this, classify*, decide*, label* & or not, yes or no, true or false',
      // A label with two sides is a binary task: "Positive = transfer later confirmed as fraud ... not used as negatives".
      'positive, positives & negative, negatives, otherwise, everything else, all other*, the rest',
      // Retrieval then ranking, in words: "first we fetch a few hundred likely products out of millions, then we sort that short list".
      'fetch*, retriev*, pull*, find*, narrow* & few hundred, few thousand, short list, shortlist, candidates, #num of & sort*, rank*, order*',
    ],
    cjk: ['二分类', '分类问题', '回归问题', '排序问题', '多任务', '推荐问题', '回归', '多分类', '排序', '分类'],
  },
  'label-definition': {
    phrases: ['label*', 'positive*', 'negative*', 'ground truth', 'target variable*', 'clicked within', 'dwell time', 'attribution window*', 'conversion window*'],
    labels: ['label', 'labels', 'target', 'positive*', 'ground truth', 'y'],
    pairs: ['target*'],
    sentences: [
      'count* as, counts, treat* as, consider*, defin*, mark*, call* it, we call, we say, means, labell*, labeled, is a positive|negative, are positive|negative & positive*, negative*, bad, good, fraud*, relevant, harmful, spam, success*, click*, accept*, violat*, lost, churned, inactive, gone & within, after, by, window, #num day*|hour*|minute*|second*|week*, day*, hour*, minute*, week*',
      'label*, target*, ground truth, outcome* & is, are, comes from, come from, means, defined, taken from & when, if, whether, within, after, once, between',
      'counts as, count as, counted as, is one that, are ones that, the thing to learn, what we learn & correct, wrong, right, relevant, irrelevant, good, bad, positive, negative, success*, failure*, answers, does this',
      'predict*, target, want*, know, the quantity, forecast*, estimat* & how many, how much, how long, the number of, the time*, the minutes, units, the amount, the share & per, for each, each, within, in the next, over the next, until, from, if, when',
      'chance, probability, likelihood, whether & book*, click*, buy*, buys, order*, accept*, watch*, read*, convert*, churn*, default*, return*, sell*, sells, open*, repl*, cancel* & by the time, within, before, after, by the end, in the next, over #num, more than #num, at least #num, longer than',
      // A terse label with its event and when it is read: "y = cancelled before check-in", "| Target | Total paid once the claim closes |".
      'y, label, labels, target & cancel*, churn*, default*, click*, book*, buy*, bought, return*, convert*, fraud*, spam*, accept*, repl*, complet*, arriv*, late, delay*, no show*, purchas*, paid, quit*, left & before, after, within, once, by the time, until, at close, closes, when it closes',
      // A graded label from what people did: "each shown product gets a grade: 3 if it was bought within 7 days, 2 for added to basket, 0 for ignored".
      'grade*, graded, relevance label*, relevance level*, relevance score* & bought, purchased, booked, ordered, clicked, added, ignored, skipped, watched, converted, returned, saved, applied',
    ],
    cjk: ['标签定义', '正样本', '负样本', '标签', '标签窗口', '定义为', '算作', '算成'],
  },
  'need-for-ml': {
    phrases: ['heuristic*', 'rule based', 'rules', 'do we need ml', 'do we need machine learning', 'non ml', 'popularity'],
    pairs: ['simple'],
  },
  'multi-objective': {
    phrases: ['multi objective*', 'multiobjective*', 'multi task', 'multitask', 'weighted sum|score|combination', 'value model*', 'clickbait', 'click bait', 'counter metric*', 'countermetric*', 'guardrail*', 'trade off*', 'tradeoff*'],
    pairs: ['balanc*'],
    sentences: [
      'at the same time, balanc*, weigh* against, trade* off|against, without hurting, without losing, while keeping, at the expense of, not at the cost of & and, against, while, without, versus, vs',
    ],
  },
  'architecture-funnel': {
    phrases: ['candidate generation', 'retrieval', 'recall stage', 'ranking', 'rerank*', 're rank*', 'funnel', 'multi stage', 'multistage', 'two stage', 'cascade*', 'preranker*', 'pre ranker*', 'blender'],
    pairs: ['pipeline*', 'stage*'],
    cjk: ['召回', '粗排', '精排', '重排', '多阶段'],
  },
  reframing: {
    phrases: ['alternatively', 'another way|option|approach|framing', 'option 1', 'option 2', 'reframe*', 'reframing', 'we could also frame'],
    pairs: ['vs', 'versus'],
  },
  // Step 3, data preparation: its key points, by their keys
  'data-sources': {
    phrases: ['user profile*|data', 'item*', 'ad|ads', 'queries', 'impression*', 'interaction*', 'click log*', 'clickstream*', 'click stream*', 'event log*', 'metadata', 'meta data', 'context*', 'third party', 'first party', 'search|calendar|booking|order|transaction|session|query|app|view|watch|purchase|payment|trip|listing|browsing|server|access log|logs|history', 'listing|product|item|user|account|customer|merchant|seller|store details|attributes', 'product|item|listing catalog*|catalogue*', 'catalog*|catalogue* images|photos|data|entries|records'],
    labels: ['data source*', 'sources', 'source', 'raw data', 'input data', 'where data comes from'],
    pairs: ['data source*', 'tables', 'records', 'logs'],
    sentences: [
      'come* from, comes from, sources, we have, already have, we log, logs of, collected from, pulled from, taken from, we keep, we store, stored, we collect, collected, joined, combined, merged & log*, events, tables, history, records, profiles, documents, catalog*, graph, transactions, clicks, payments, trips, images, photos, scans, forms, files, recordings, audio, videos, stream*, database*, feed*, pings, readings',
      // Records taken from a named system: "discharge messages from the hospital systems", "trip records from the dispatch database".
      'from & system, systems, database*, the app, website, warehouse, feed, api, crm, erp, platform, provider, vendor, registry, tracker, service, bucket, lake, table & messages, events, records, logs, schedule*, details, extracts, history, readings, tables, ratings, reports, submissions, transactions, data, rows, tickets, images, photos',
      'past, historical, previous, completed, logged, recorded, old & orders, trips, rides, deliveries, bookings, transactions, payments, sessions, searches, clicks, purchases, claims, tickets, messages, loans, applications, listings, visits, emails, calls',
    ],
    cjk: ['数据来源', '数据源', '行为日志', '日志', '用户画像', '订单表', '记录', '资料'],
  },
  'labels-collection': {
    phrases: ['no|yes examples|cases|rows', 'scrolled past', 'chargeback*', 'review team|queue*|decisions', 'reviewers', 'moderators', 'user reports', 'annotator*', 'graded by', 'human review*', 'labelled set', 'labeled set', 'relevance judg*', 'natural label*', 'implicit', 'explicit feedback', 'human annotat*', 'raters', 'labelers', 'labellers', 'crowdsourc*', 'crowd sourc*', 'weak supervision', 'weakly supervised', 'active learning', 'noisy label*', 'delayed feedback|label*', 'attribution'],
    labels: ['label source*|collection', 'labelling', 'labeling', 'where labels come from', 'ground truth from'],
    pairs: ['labeling', 'labelling'],
    sentences: [
      'label*, positive*, negative*, outcome*, target* & click*, chargeback*, report*, review*, rating*, purchase*, watch*, accept*, log*, skip*, dwell*, order*, deliver*, arriv*, trip*, complet*, sales, sold, shipments, shipped, units, demand',
      'label*, outcome*, ground truth, answers, truth, judgments, judgements & come* from, arriv*, collect*, gather*, given by, provided by, review*, report*, rat*, grad*, annotat*',
      // Labels that exist already: "each has a category already -> labels for free".
      'label*, tag*, category, categories & for free, already, come with, comes with',
      // An outcome known only later: "fraud cases only become known when customers dispute charges, which can take up to 60 days".
      'become* known, becomes known, only known, known only, only confirmed, confirmed only, only learn, we learn, find out & when, after, up to, weeks, days, months, later & dispute*, report*, chargeback*, complain*, return*, confirm*, claim*, outcome*, cases',
      // People who give the answers: "radiologists review a sample of 5,000 scans and mark each one".
      'radiologists, doctors, experts, reviewers, annotators, raters, analysts, agents, moderators, specialists, editors, nurses, clinicians, officers & review*, mark*, tag*, grade*, rate*, judge*, label* & each, sample, every, #num',
      'join*, match*, link* & click*, impression*, shown, view*, outcome*, report*, chargeback*, purchase*, order* & example*, label*, training data|rows|set, rows, dataset*',
      'log, logged, logs, what was shown, what she was shown, what he was shown, what they were shown & training data, training examples, training rows, labels, the examples',
    ],
    cjk: ['人工标注', '标注', '用户反馈', '标签来自', '人工审核', '用户举报'],
  },
  'imbalance-sampling': {
    phrases: ['imbalance*', 'downsampl*', 'down sampl*', 'subsampl*', 'sub sampl*', 'undersampl*', 'under sampl*', 'oversampl*', 'over sampl*', 'smote', 'class weight*', 'focal loss', 'negative sampling', 'recalibrat*', 'importance sampling', 'reservoir', 'stratified'],
    labels: ['imbalance', 'class balance', 'sampling', 'negatives'],
    pairs: ['sampling', 'ratio'],
    sentences: [
      'rare*, rarely, only about, only a small|few|tiny, tiny share|fraction, one in, in a thousand|hundred|fifty|ten, #num in #num, #num percent, less than #num, mostly, the vast majority, almost all & keep*, kept, drop*, dropp*, sampl*, weight*, throw* away, discard*, balanc*, non click*, negatives, fewer of',
    ],
    cjk: ['负采样', '不平衡', '降采样', '采样', '样本不平衡', '类别不平衡', '负样本采样', '下采样', '上采样', '分布很偏'],
  },
  'ingestion-mode': {
    phrases: ['batch', 'stream*', 'real time', 'realtime', 'near real time', 'nearline', 'kafka', 'kinesis', 'pub sub', 'pubsub', 'flink', 'spark streaming', 'beam', 'storm', 'spark', 'hadoop', 'mapreduce', 'map reduce', 'airflow', 'etl', 'elt', 'cron', 'event bus'],
    labels: ['ingestion', 'ingest', 'pipeline', 'pipelines', 'data pipeline*', 'data flow', 'freshness'],
    pairs: ['pipeline*', 'ingest*'],
    sentences: [
      'stream*, real time, as they happen, as it happens, continuously, every few minutes|seconds, nightly job*, daily job*, once a day, batch*, hourly job*, queue* & log*, event*, data, records, click*, payment*, transaction*, join*, collect*, pipeline*, ingest*, arriv*, flow*',
    ],
    cjk: ['实时', '流式', '批处理', '离线计算', '每天更新', '同步到', '每天汇总', '每天同步', '批量'],
  },
  storage: {
    phrases: ['data lake*', 'data warehouse*', 's 3', 'hdfs', 'gcs', 'hive', 'bigquery', 'big query', 'snowflake', 'redshift', 'delta lake', 'iceberg', 'parquet', 'nosql', 'key value', 'cassandra', 'redis', 'dynamodb', 'dynamo db', 'bigtable', 'big table', 'hbase', 'aerospike', 'memcached', 'point lookup*', 'vector db|dbs|database*|store*'],
    labels: ['storage', 'where it lives', 'database'],
    pairs: ['database*', 'storage', 'sql'],
    sentences: [
      'stor*, kept, keep, saved, written, writes, land*, lives, sit* & table*, warehouse, lake, bucket*, database*, key value, cache*, files, parquet, hdfs, bigquery, redis, cassandra, dynamo*, index*, store',
      // How long what is stored is kept: "raw text kept 30 days, masked text 13 months".
      'stored, kept, retained, retention, deleted after, purged after & #num day*|week*|month*|year*, for a year, forever',
    ],
    cjk: ['存储', '数据仓库', '数据湖', '特征存储', '数仓', '写进一张表', '存到', '键值'],
  },
  'feature-engineering': {
    phrases: ['rolling #num|average*|mean*|sum*|count*|window*', 'moving average*', 'days|hours|weeks|time since', 'user feature*', 'item feature*', 'ad feature*', 'context feature*', 'contextual feature*', 'cross feature*', 'feature cross*', 'interaction feature*', 'historical ctr*', 'count', 'counts', 'aggregat*', 'last #num minute*|min|mins|hour*|day*|week*', 'sliding window*', 'embedding*', 'augment*', 'resiz*', 'data augmentation'],
    labels: ['features', 'feature*', 'signals', 'feature set', 'feature list'],
    pairs: ['features'],
    sentences: [
      'feed* in, input*, signal*, clues, we use, that uses|use, which uses|use, it uses, model uses, we look at, we compute, we calculate, we count, we derive, given to the model, fed to the model, go into the model, goes into the model, the model sees|gets|knows, what we know, built from, computed from, derived from, from these|this|them, describe* & recent*, last #num, last, average*, count*, number of, history, past, age, time since, day of*, time of day, share of, rate*, how often, how many, whether, price*, location*, distance*, weather, holiday*, text, words, category, categories',
      'with, including, such as, plus, along with & distance*, hour*, weekday*, weather, price*, age, location*, recent*, time of day, day of week, holiday*, categories, counts',
    ],
    cjk: ['特征工程', '交叉特征', '统计特征', '特征', '次数', '比例', '距今'],
  },
  'feature-representation': {
    phrases: ['one hot', 'onehot', 'hashing trick', 'feature hashing', 'embedding layer*|table*', 'bucketi*', 'discreti*', 'normali*', 'standardi*', 'log transform*', 'z score*', 'missing value*', 'imput*', 'tokeni*', 'tf idf', 'tfidf', 'bert', 'clip', 'pre trained encoder*', 'pretrained encoder*'],
    pairs: ['encod*', 'representation*'],
    sentences: [
      'turn* into, convert* into|to, map* to|into, encod*, represent*, hash* into|to, bucket*, bin, bins, scale* to|down, log of & vector*, numbers, number, embedding*, categor*, ids, id, buckets, bins, range',
    ],
    cjk: ['取对数', '分桶', '归一化', '标准化', '独热', '嵌入', '编码'],
  },
  'feature-store': {
    phrases: ['feature store*', 'feast', 'tecton', 'palette', 'hopsworks', 'online store*', 'offline store*', 'point in time', 'time travel', 'as of impression|event|request|prediction|serving|label', 'backfill*', 'materiali*', 'feature freshness|registry'],
    pairs: ['precomput*', 'lookup*'],
    cjk: ['特征平台', '特征存储', '特征一致', '在线特征', '离线特征'],
  },
  'data-flow': {
    phrases: ['join*', 'joiner', 'impression* click*', 'impression* and click*', 'impression* to click*', 'impression* with click*', 'data flow', 'dataflow', 'dag', 'dags', 'orchestrat*', 'lineage', 'versioning', 'dvc', 'snapshot*'],
    pairs: ['pipeline*'],
    cjk: ['拼接', '样本表', '数据流'],
  },
  'split-leakage': {
    phrases: ['time based split*', 'split by time', 'split on time', 'temporal split*', 'out of time', 'chronolog*', 'leakage', 'leak', 'look ahead', 'lookahead', 'future data', 'progressive validation'],
    pairs: ['train test', 'validation set*'],
    sentences: [
      'split*, cut*, divid*, partition*, held out, hold out, holdout, held back, test set*, validation set*, evaluation set*, the sets, test on, tested on, testing, evaluate on, check* it on & ' + TIME_WORDS,
      // A split by group, so that one entity is never on both sides: "split by listing, so shots of the same room do not land in both train and test".
      'split* by|on|per, group* by, grouped by, same & in both, both train and test, both sets, both sides, train and test, across sets|splits, never split|across',
      'leak*, peek*, see* the future, from the future, know* the outcome, as of, as it was, at that time, at the time, must be known, known at|by|on|when, available at|by|when & feature*, input*, signal*, data, label*, training, value*, average*, aggregate*, statistic*',
    ],
    cjk: ['按时间划分', '按时间切分', '时间切分', '数据泄露', '穿越', '按时间', '按时间来', '不能随机', '截止日', '未来的信息', '泄露'],
  },
  'data-quality': {
    phrases: ['data validation', 'schema*', 'tfdv', 'great expectations', 'dedup*', 'de dup*', 'outlier*', 'bot traffic|filter*', 'bots', 'invalid click*|traffic', 'click fraud', 'spam'],
    pairs: ['clean*'],
    sentences: [
      'missing, broken, corrupt*, duplicat*, wrong, bad, garbage, malformed, stale, late arriving, outlier*, impossible, nonsense & data, records, files, values, rows, feed*, logs, events, entries, readings, timestamps, inputs',
    ],
    cjk: ['空值', '缺失', '异常值', '去重', '数据质量', '同步延迟'],
  },
  'privacy-bias': {
    phrases: ['pii', 'anonymi*', 'pseudonym*', 'encrypt*', 'consent', 'retention policy|policies|period*', 'gdpr', 'differential privacy', 'federated', 'selection bias', 'position bias', 'representation bias', 'popularity bias'],
    pairs: ['bias', 'privacy'],
    sentences: [
      // Personal data kept out or kept in: "coded fields only, no names or free-text notes", "no use of gender, ethnicity, religion".
      'personal data|details|information|info, identifying, identifiable, real names, names or, free text notes, health data|records, medical records, sensitive data|fields|attributes|information, protected attributes|groups|characteristics, gender, ethnicity, religion, race, sexual orientation, data protection, privacy & no, not, never, without, only, removed, dropped, stripped, masked, hashed, excluded, exclude*, limited, restricted, kept inside|within, stays inside|within, deleted, agreed, approved, signed off',
      // The model checked for being as good for every group: "we check that results are equally good across age groups and wards".
      'equally good|well|accurate, just as good|well|accurate, as good for, as well for, same quality|accuracy, fair*, unfair*, systematically, disadvantag*, worse for, differ by & across, for each, per, between, any group, groups, age groups|bands, gender*, regions, neighbourhoods, neighborhoods, ethnicit*, minorit*, demograph*',
    ],
  },
  // Step 4, model development: its key points, by their keys
  baseline: {
    phrases: ['baseline*', 'heuristic*', 'popularity', 'most popular', 'logistic regression', 'lr baseline*|model*|on|first|then|over|and|plus|classifier*|gbdt*|gbm|xgboost|lightgbm|dnn|trees|tree*|for|as|is|was|gets|scores|wins|beats|features', 'an|simple|plain|then|first|baseline|start|model|models lr', 'linear model*', 'start simple|with', 'kiss', 'v 0', 'mvp', 'existing rules|system|block list|blocklist', 'current rules|system|approach', 'the bar', 'number|thing to beat', 'yardstick', 'must|needs|need|should beat', 'has|have to beat'],
    labels: ['baseline*', 'v 0', 'starting point', 'first model', 'simple model'],
    pairs: ['simple'],
    sentences: [
      'start* with, begin* with, first version, first model, simplest, version zero, beat, must beat, to beat & model*, baseline, approach, rule*, ranker, regression, tree*, popularity, counts, heuristic*, average*',
      'simple, simplest, naive, trivial, dumb & beat, to beat, compare* against|with, benchmark*, start* with, begin* with, first model|version|method|approach|cut',
      'start*, begin*, first, v 0, version 0, step 1, step one, stage one, phase one & naive bayes, block list, blocklist, rules, rule, heuristic*, regression, average*, lookup*, counts, popularity, keyword*, simple',
      'first, v 0, version 0, step 1 & rank by, sort by, order by',
      // What the model is measured against, as it is done today: "Compared against: the current moving-average method".
      'compar* against|with|to, measured against, versus, vs, beat, beats, to beat & current, existing, today*, old, incumbent & method, process, approach, rules, rule set, forecast, system, heuristic*, formula, score*, scorecard*, way of, practice',
    ],
    cjk: ['基线', '基准模型', '简单模型', '逻辑回归', '先用', '简单规则', '历史平均'],
  },
  'model-progression': {
    phrases: ['gbdt*', 'gbm', 'xgboost', 'lightgbm', 'catboost', 'gradient boost*', 'boosted tree*', 'tree ensemble*', 'random forest*', 'tree based model*|learner*|regressor*|classifier*', 'decision trees', 'gbdt lr', 'factori* machine*', 'fm', 'ffm', 'wide deep', 'wide and deep', 'deepfm', 'deep fm', 'dcn', 'deep cross', 'deep and cross', 'dlrm', 'din', 'dien', 'transformer*', 'bert 4 rec', 'sasrec', 'two tower*', 'twotower*', 'dual encoder*', 'dssm', 'matrix factori*', 'collaborative filtering', 'content based', 'gnn*', 'graphsage', 'graph sage', 'cnn*', 'resnet*', 'vit', 'mmoe', 'ple', 'esmm'],
    labels: ['v 2', 'v 3', 'next model*', 'model progression'],
    pairs: ['neural network*', 'deep learning', 'model*'],
    sentences: [
      'then, next, later, once, after that, move to, moving to, upgrade*, replace*, graduate*, second stage, first, target, eventually, v 1, v 2 & model*, method*, approach*, learner*, ensemble*, network*, tree*, forest*, transformer*, two tower, deep, neural, gbdt, boost*, classifier*, ranker*, reranker*, regressor*, llm*, language model* & because, if, when, beat*, gain*, improv*, better, worth, justif*, pay*, capture*, learn*, works well, work well, suits, suited, good at, handles, strong on',
      'bigger, larger, stronger, heavier, more complex, deeper & model*, network*, ranker*, reranker*, classifier*, llm* & must, only if, worth, justif*, pays, pay for, earn*, buy, buys, beat*',
      // A bigger model weighed against its cost: "a larger model was ~4 points better on our ratings but 3× the cost and twice the latency".
      'bigger, larger, stronger, heavier, more complex, deeper & model*, network*, ranker*, reranker*, classifier*, llm* & but, though, although, at the cost of, at the price of & cost, costs, latency, slower, expensive, price, gpu*, memory',
      // An alternative tried and judged: "tried LSTM on the sales sequence, not better, slower".
      'tried, tested, experimented & better, worse, no gain, no lift, slower, faster, beat*, lost to, outperform*, did not help',
    ],
    cjk: ['双塔', '深度模型', '再升级', '迭代', '梯度提升', '树模型', '正式模型', '升级'],
  },
  'stage-models': {
    phrases: ['candidate generation', 'retrieval model*', 'two tower*', 'twotower*', 'ann', 'light ranker*', 'lightweight ranker*', 'heavy ranker*', 'prerank*', 'pre rank*', 'rerank*', 're rank*'],
    pairs: ['stage*'],
    sentences: [
      'cheap, cheaper, light, lighter, fast, faster, first, simple, coarse & pass, stage, filter, model, step, ranker & keep*, keeps, narrow*, cut*, down to, top #num, #num candidates, shortlist*',
    ],
  },
  loss: {
    phrases: ['pairwise|listwise|pointwise objective*|loss*', 'loss', 'cross entropy', 'crossentropy', 'log loss', 'logloss', 'bce', 'focal loss', 'hinge', 'mse', 'huber', 'contrastive', 'triplet', 'softmax', 'sampled softmax', 'in batch negative*', 'pairwise loss', 'lambdarank', 'lambda rank', 'lambdamart', 'lambda mart', 'listnet', 'multi task loss', 'quantile*', 'pinball', 'squared error*', 'absolute error*', 'likelihood'],
    labels: ['loss', 'loss function', 'objective function', 'training objective'],
    pairs: ['objective*'],
    sentences: [
      'train* to, trained on|with|against, learn* to, fit* to, optimi*, minimi*, penali*, punish*, weigh* & error*, mistake*, squared, absolute, probability, likelihood, quantile*, distance, margin, ranking, order, wrong, confident, miss*, over forecast*, under forecast*, below, above, ahead of, higher than, lower than',
    ],
    cjk: ['损失函数', '交叉熵', '损失', '对数损失', '平方误差'],
  },
  'training-details': {
    phrases: ['optimizer*', 'optimiser*', 'adam', 'adamw', 'adagrad', 'sgd', 'ftrl*', 'learning rate*', 'regulari*', 'dropout', 'l 1', 'l 2', 'early stopping', 'hyperparameter*', 'hyper parameter*', 'grid search', 'random search', 'bayesian optimi*'],
    pairs: ['epoch*', 'tuning'],
    sentences: [
      'train*, learn*, rebuild*, fit*, tun*, search* & epoch*, steps, batch size, learning rate, rounds, trees, depth, layers, machines, gpus, hours, minutes, early, stop* when|once|after, validation loss, overfit*',
    ],
  },
  'distributed-training': {
    phrases: ['distributed training', 'data parallel*', 'model parallel*', 'parameter server*', 'all reduce', 'allreduce', 'horovod', 'embedding shard*|table*', 'gpu*', 'tpu*', 'mixed precision'],
    pairs: ['cluster*'],
  },
  'continual-learning': {
    phrases: ['online learning', 'incremental training|update*', 'continual learning|training', 'warm start*', 'warmstart*', 'fine tun*', 'finetun*', 'streaming training', 'catastrophic forgetting'],
    pairs: ['retrain*'],
  },
  calibration: {
    phrases: ['calibrat*', 'platt*', 'isotonic', 'temperature scaling', 'recalibrat*', 'predicted observed', 'reliability diagram*', 'ece'],
    labels: ['calibration', 'calibrated scores', 'probability quality'],
    pairs: ['probabilit*'],
    sentences: [
      'rescal*, shrink*, adjust*, correct*, map*, scale* back|down, line up, agree*, reflect*, fix* & score*, predict*, output*, estimate*, probabilit* & rate*, keep rate, sampl*, downsampl*, down sampl*, undersampl*, subsampl*, prior, observed, actual*, really, real, in ten, in a hundred, out of, frequenc*, how often',
      'among, of the, out of, #num in #num, per score band|bucket, in each band|bucket & scored, predicted, score* around|of|near & really, actually, turn* out, were, observed, saw',
      'compar*, check*, match* & predict*, score*, expected & actual*, saw, observed, really, real, come in, came in, arriv* & rate*, share, fraction, count*, number',
      'score*, output*, predictions & are|become|stay|mean true|real|honest|actual probabilit*, read as probabilit*, mean what they say',
      // A stated chance checked against how often it comes true: "when we say 70%, about 7 in 10 of those drivers should find a spot".
      'we say, we predict, we show, the model says, it says, predicted, a score of, a chance of & #num in #num, #num out of #num, in ten, out of ten, in a hundred, out of a hundred, in five, in four, in twenty',
      // A chance that means how often it comes true: "a 0.3 leaving chance means about 3 in 10 such patients really leave".
      'mean, means, should mean, to mean, meant & #num in #num, #num out of #num, in ten, out of ten, in a hundred, out of a hundred, in five, in four, in twenty',
      // Chances that must be right as numbers, not only in order: "the chance has to be right in absolute terms, not just in order".
      'chance*, probabilit*, predicted, score*, estimate* & absolute terms, absolute value*, not just in order, not only in order, not just the order, not just rank*, not only rank*, real probabilit*, true probabilit*',
      'band*, bucket*, bins & compar*, check*, match* & what happened, happened, actual*, observed, outcome*, really & predict*, score*, chance*, probabilit*, forecast*',
    ],
    cjk: ['校准', '是否靠谱', '真的买了'],
  },
  'special-problems': {
    phrases: ['cold start', 'coldstart', 'position bias', 'position feature*|debias*', 'inverse propensity', 'ips', 'exploration', 'explore exploit', 'bandit*', 'debias*', 'no history', 'no interactions', 'no ratings', 'feeding itself'],
    pairs: ['bias'],
    sentences: [
      'new, brand new, first, unseen, just launched, just joined, never seen & no history, no data, little data|history, few examples|ratings|interactions|sales|views|clicks, no interactions|ratings|sales|views|clicks|reviews, nothing to learn from, borrow*',
    ],
    cjk: ['新客户', '新用户', '冷启动', '历史太少'],
  },
  'multi-task-modeling': {
    phrases: ['multi task', 'multitask', 'mmoe', 'ple', 'esmm', 'shared bottom|layer*', 'heads', 'task head*', 'value model*', 'weighted combination'],
    pairs: ['multiple objectives'],
  },
  interpretability: {
    phrases: ['interpretab*', 'explainab*', 'shap', 'lime', 'feature importance*', 'ablation*', 'error analysis', 'slice*', 'slicing'],
    pairs: ['debug*'],
    sentences: [
      'show*, explain*, tell*, see*, understand*, inspect*, look at & which input*|feature*|signal*|factor*|reason*, why the|a|it|this, what drove|pushed|made, pushed, contribut*, reasons for|behind',
    ],
    cjk: ['特征的重要性', '特征重要性', '可解释', '解释'],
  },
  // Step 5, evaluation: its key points, by their keys
  'offline-metrics': {
    phrases: ['auc', 'roc auc', 'auroc', 'pr auc', 'auprc', 'log loss', 'logloss', 'cross entropy', 'normali* entropy', 'normali* cross entropy', 'ne', 'nce', 'rig', 'calibration', 'precision', 'recall', 'f 1', 'brier', 'false|wrong correction*|removal*|block*|decline*|merge*|match*|flag*|alarm*|accept*|reject* rate*', 'false positive|negative rate*'],
    labels: ['offline metric*', 'offline measure*', 'offline eval*', 'offline evaluation', 'eval metric*', 'evaluation metric*'],
    pairs: ['accuracy'],
    sentences: [
      'measur*, evaluat*, check*, score*, scored, compar*, test* & held out, holdout, held back, hold back, kept back, set aside, never saw, never seen, not trained on, was not trained on, kept aside, left out, unseen, test set*, test weeks|days|months|period|data, past data, historical, offline, replay*, backtest*, last #num days|weeks|months, later, following week|weeks|month|months|quarter|year, next #num days|weeks|months & precision, recall, error*, auc, loss, mae, rmse, ndcg, hit rate*, coverage, accuracy',
      'offline, held out, holdout, held back, kept back, set aside, never saw, never seen, not trained on, was not trained on, kept aside, left out, unseen, test set*, test weeks|days|months|period|data, on the test & share of, what share, fraction of, percent of, how many, caught, catch*, missed, wrongly, false alarm*, false positive*, false negative*, off by, minutes off, precision, recall',
      'grade, grades, grader*, graded, grading, raters, rated, judged, reviewers, annotators & correct*, wrong, backed, grounded, supported, faithful, helpful, accurate, harmful, share, percent, rate*',
      // Precision and recall in words: "of the photos we call this disease, how many really are it", "of the real cases, how many we catch".
      'of the, of all, among, out of & we call, we flag, we predict, we say, we label, we mark, we block, we approve, flagged, predicted, called, blocked & how many, what share, what fraction, what percent, how often, #num & really, actually, truly, turn out, turned out, turns out, are right, were right, correct',
      'of the real, of the actual, of the true, of all real|actual|true & how many, what share, what fraction, what percent & we catch, we find, we flag, we spot, caught, found, detected, flagged, spotted',
    ],
    cjk: ['离线指标', '离线评估', '离线', '平均绝对误差', '准确率', '召回率', '精确率', '误差'],
  },
  'ranking-metrics': {
    phrases: ['ndcg', 'ndcg #num|k', 'mrr', 'map', 'precision #num|k', 'recall #num|k', 'hit rate*', 'hitrate*', 'hr #num|k', 'coverage', 'diversity', 'novelty'],
    pairs: ['top k', 'topk', 'top #num'],
    sentences: ['how many, what share, share of, fraction of, how often, percent of & land* in|within|at, end* up in|at, in the top #num|k|ten|five|three, at the top, near the top, rank* first|higher|above'],
    cjk: ['排序能力'],
  },
  'task-metrics': {
    phrases: ['rmse', 'mae', 'mape', 'smape', 'wape', 'r 2', 'r squared', 'mean absolute|squared error*', 'absolute|squared|percentage error*', 'root mean squared|square error*', 'pinball loss', 'quantile loss', 'minutes|hours|days|units|dollars off', 'interval coverage', 'bleu', 'rouge', 'iou', 'map #num|k', 'fid', 'wer', 'groundedness', 'faithfulness', 'hallucination rate*', 'answer quality'],
    pairs: ['error*'],
    cjk: ['平均绝对误差', '均方误差', '误差'],
  },
  'online-metrics': {
    phrases: ['days active', 'active days', 'daily active', 'thumbs up|down', 'acceptance rate*', 'accept* rate*', 'requests accepted|sent', 'share of requests accepted', 'deflection rate*', 'resolution rate*', 'ticket rate*', 'prevalence', 'proactive rate*', 'appeal* overturned|rate*', 'fraud loss*', 'false decline*', 'on time rate*', 'complaint rate*', 'csat', 'user satisfaction', 'answer ratings', 'task success', 'session success*', 'ctr', 'click through rate*', 'conversion rate*', 'cvr', 'revenue', 'rpm', 'ecpm', 'cpc', 'roi', 'roas', 'arpu', 'gmv', 'booking*', 'watch time', 'dwell time', 'session length|time|duration', 'dau', 'retention', 'engagement rate*', 'loss rate*', 'approval rate*', 'appeal* rate*|reversal*', 'time to success', 'saves', 'repins', 'cancellation*', 'time spent', 'registrations', 'purchases', 'orders', 'review load', 'proactive rate', 'primary|secondary outcome*|endpoint*', 'zero|null|no result* rate*'],
    labels: ['online metric*', 'online kpi*', 'live metric*', 'live kpi*', 'online measure*', 'business metric*', 'north star'],
    pairs: ['online metric*'],
    sentences: [
      'measur*, track*, count, we count, judg*, decid*, succe*, success, the metric is|are, metric is, metrics are, the measure is, primary, secondary, main, watch*, compar*, comparing, look at, ship if, switch* over, goes up|down, should fall|rise & live, in production, after launch, once it is running, once running, once live, switched on, after rollout, once deployed, online, real users, experiment*, test group*, treatment, control, a b, ab, champion challenger, challenger, trial, pilot & rate*, revenue, income, money, earnings, spend*, clicks, conversion*, time spent, retention, accept*, complaint*, loss*, sales, orders, purchases, bookings, balances, delinquen*, charge offs, defaults, satisfaction, ratings, resolved, deflect*, active, days active, visits, reads, sessions, returning, reports, deletions, appeals, minutes per, per user|member|viewer|listener|session|visitor|customer, per #num, time to|from|until, median|mean|average time, how long, come back, comes back, stay*',
      'live, experiment*, randomi*, at random, rollout, roll out, arm, arms, treatment, control, test group*, half of, half the, other half, two groups, both groups, each group, the other group, #num percent of, #num of accounts|users|members|customers|sessions|traffic|sellers|drivers|riders|stores, split test* & compar*, measur*, judg*, track*, watch*, against, versus, vs, see a|an, detect*, change in, lift in & per, share, rate*, reports, rescues, applies, refunds, disputes, complaints, corrections, correct us|it|them, how many, how often, number of, loss, losses, primary|main|headline measure|metric|outcome|kpi',
      // What people do with the output, counted: "how often farmers follow the advice", "the share of riders who cancel".
      'how often, how many, share of, fraction of, percent of, rate at which & farmers, users, customers, people, drivers, riders, buyers, sellers, members, patients, shoppers, readers, viewers, listeners, students, agents, players, guests, hosts, advertisers, clinicians, doctors, nurses, staff & follow*, accept*, come back, return*, give up, gave up, abandon*, complain*, buy, bought, click*, book*, churn*, cancel*, act on, acted on, adopt*, reply, replied, keep using, stop using, switch*, appeal*, overrid*, undo',
      // The business quantity the launch is decided on: "adopt if replayed imbalance cost falls by at least 5%".
      'adopt if|when|only if, ship if|when|only if, launch if|when|only if, switch if|when, roll out if|when, decision rule, decision is made on, decided on & cost, costs, revenue, money, dollars, loss, losses, complaints, sales, bookings, orders, conversion*, retention, refunds, cancellations, churn',
      // A rate or a saving read live: "| Online | SIU hit rate (confirmed / referred), £ saved per investigation | +20% |".
      'online, live, in production & hit rate, hit rates, saved, savings, revenue, income',
      'main, primary, headline, north star & number, metric, measure, figure, kpi & per member|members|user|users|visitor|session|customer|account|listener|viewer|reader|search|query|day|week|#num, end in|with a purchase|booking|order|sale|click, purchases, bookings, orders, sales, revenue, retention, conversion*, checkouts, holds, loans, borrows, signups, sign ups, subscriptions, renewals, downloads, installs, plays, listens, reads, views',
      // A lead label that says which number decides: "Headline: used connections per weekly active member".
      'headline, primary, north star & per member|members|user|users|visitor|visitors|session|sessions|customer|customers|account|accounts|listener|viewer|reader|rider|driver|day|week|active|weekly|daily|#num',
    ],
    cjk: ['线上指标', '在线指标', '点击率', '观看时长', '转化率', '留存', '线上', '净收入', '收入'],
  },
  'guardrail-metrics': {
    phrases: ['guardrail*', 'guard rail*', 'counter metric*', 'countermetric*', 'hide rate*', 'report rate*', 'block rate*', 'negative feedback', 'unsubscrib*', 'latency', 'ad load', 'bounce rate*', 'complaint*'],
    labels: ['guardrail*', 'counter metric*', 'guard rail*'],
    pairs: ['side effect*'],
    cjk: ['没有明显上升', '退订', '投诉', '护栏'],
  },
  'ab-test': {
    phrases: ['a b test*', 'a b', 'ab test*', 'a b experiment*', 'online experiment*', 'control group*|arm*|bucket*', 'control and treatment', 'treatment*', 'randomi*', 'buckets', 'user bucket*', 'traffic split*', 'sample size*', 'statistical power', 'power analysis', 'mde', 'minimum detectable', 'significan*', 'p value*', 'pvalue*', 'confidence interval*', 'novelty effect*', 'primacy', 'holdout*', 'ramp*'],
    labels: ['a b test*', 'ab test*', 'experiment*', 'online test*', 'live test*', 'a b', 'split test*'],
    pairs: ['experiment*'],
    sentences: [
      // Some get the new system while the rest keep the old one: "three apps get the new triage and three keep the current manual process for four weeks".
      'get|gets|see|sees|receive|receives|use|uses the new & keep|keeps the|their current|old|existing|manual|previous, stay|stays on the|their current|old|existing|manual|previous, keep|keeps using, the rest keep|stay, others keep|stay, the old one|version|system|prices|feed|plan|planner, carry on as before, as before, the other half',
      'split* traffic|users, users|traffic|accounts|customers|shops|stores|sellers|members|drivers|riders|viewers|buyers|channels|merchants randomly split*|assigned|divided|chosen, randomly assign*|chosen|picked|selected, assigned|chosen|picked|selected randomly|at random, at random to|into, random half|share|slice|subset|group*|bucket*, bucket*, treatment, control group*, holdout group*, half of, half the, #num percent of, #num of users|traffic|sellers|customers|subscribers|accounts|members|drivers|riders|couriers|stores|cities|merchants|markets|regions|shoppers|buyers|listeners|viewers|readers|students|employees|advertisers|depots|restaurants|hosts|guests|requests|sessions|queries|devices, #num of users|traffic, share of users|traffic & the others, the rest, the old, the other half, as before, compar*, test*, experiment*, measur*, against, versus, vs, than, two|2 groups|arms|buckets|variants, into groups|arms|buckets',
    ],
    cjk: ['A/B', '分流', '对照组', '实验组', '线上实验', '对比实验', '随机分成两组', '分成两组', '全量'],
  },
  'alternative-online-eval': {
    phrases: ['interleav*', 'bandit*', 'multi armed bandit*', 'shadow mode|deployment|traffic|scoring', 'canary', 'replay*', 'off policy', 'counterfactual*', 'ips', 'doubly robust'],
  },
  'offline-protocol': {
    phrases: ['holdout*', 'hold out', 'cross validation', 'backtest*', 'back test*', 'time based holdout*|split*', 'slic*', 'segment*', 'per country|advertiser|device|cohort|segment|region|language', 'fairness metric*|across'],
    pairs: ['breakdown*'],
  },
  'offline-online-gap': {
    phrases: ['offline online gap*|discrepanc*|mismatch*', 'correlat* with online', 'proxy mismatch|metric*', 'offline metrics don t', 'offline metrics do not', 'offline gains'],
  },
  // Step 6, deployment and serving: its key points, by their keys
  'serving-mode': {
    phrases: ['per request', 'at request time', 'on the fly', 'nightly batch', 'batch job*', 'batch scor*', 'online scor*', 'real time scor*', 'scored online|offline', 'batch prediction*', 'online prediction*', 'real time inference', 'realtime inference', 'offline scoring|inference', 'precomput*', 'pre comput*', 'nearline', 'hybrid', 'on request', 'inside|within|in the posting|request|checkout|payment|order|booking|upload|ingestion|authorization|authorisation pipeline|path|flow', 'event driven|triggered|based', 'called|invoked|scored|run live|inline|synchronously'],
    labels: ['serving mode', 'prediction mode', 'inference mode'],
    sentences: [
      // Scored when something happens, or on a short cycle: "when a review is submitted it goes to a queue, a worker calls the model",
      // "the pricing job runs the forecasts for all cells every 60 seconds".
      'is|are|gets|get|when submitted|filed|posted|created|uploaded|placed, goes to a queue, put on a queue, message queue, every #num second*|seconds|sec|minute*|min|mins, every minute, each minute & score*, predict*, rank*, comput*, classif*, forecast*, model*, rout*, summar*',
      'precomput*, pre comput*, ahead of time, nightly, in advance, cached, batch*, asynchronous*, async, on the fly, per request, when it posts|arrives|lands, when it comes in, as it posts|arrives, as it comes in, at posting|upload|creation time, at request|query|authorization|checkout time, at authorization, live, when the request|user|query arrives, on each request|query, in real time, real time, synchronous*, sync, inline, webhook*, on creation, on each|every event|message|ticket|transaction|order|page & score*, predict*, rank*, comput*, recommend*, embedding*, result*, answer*, rout*, classif*, categori*, forecast*, model*, servic*, svc, serv*, suggestion*',
      // A call that waits for the answer: "user uploads photo to API -> model predicts category".
      'api, endpoint, upload*, uploads & predict*, score*, classif*, rank*, return*, answer*, respond*',
      // On the user's device: "The model lives in the app. It runs on the phone with no signal."
      // Computed ahead and kept for lookup: "we compute recommendations for every customer each night and store them for quick lookup".
      'comput*, calculat*, recalculat*, generat*, work* out, worked out, produc*, prepar*, scor* & each|every night|morning|evening|day|hour|week, nightly, once a day, ahead of time, in advance, beforehand & store*, stored, cache*, save*, saved, lookup, look up, table, ready',
      // Worked out when it is asked for: "fraud scores must be worked out at the moment the card is swiped".
      'comput*, calculat*, recalculat*, generat*, work* out, worked out, scor*, predict* & at the moment, the moment, every time, each time, whenever, as soon as, right when, on the spot & swip*, request*, ask*, open*, load*, arriv*, submit*, click*, search*, call*, tap*',
      'model*, it, inference, classifier*, network & lives, live, runs, run, sits, ships, shipped, deployed, bundled & in the app, on the phone, on the device, on device, on phones, on devices, in the browser, on the edge, locally, on the handset, on the camera',
    ],
    cjk: ['在线预测', '实时预测', '离线预测', '预计算', '实时计算', '批量任务', '批量打分', '实时打分', '每周日晚上跑'],
  },
  'serving-latency': {
    phrases: ['latency budget*', '#num ms', 'p 99', 'p 95', 'qps', 'throughput', 'candidates per request|query', 'timeout*', 'tail latency', 'deadline*', 'ready by', 'by #num am|pm', '#num a|per second|sec', 'a second|minute or two', 'within a second|minute', 'few seconds', 'few milliseconds', ...NO_LATENCY_NEED],
    labels: ['latency', 'latencies', 'latency budget*', 'response time*', 'sla', 'slo', 'timeout*'],
    pairs: ['fast'],
    sentences: [DEADLINE, LATENCY_FIGURE],
    cjk: ['延迟', '毫秒', '分钟', '窗口里', '内完成'],
  },
  'serving-funnel': {
    phrases: ['candidate generation', 'retrieval', 'ranking', 'rerank*', 're rank*', 'filter*', 'blender', 'funnel', 'cascade*', '#num k|m #num', 'millions to|#num thousands|hundreds', 'thousands to|#num hundreds|tens', 'top k', 'topk', 'top #num'],
    cjk: ['召回', '粗排', '精排', '重排'],
  },
  'ann-index': {
    phrases: ['nearest neighbo*', 'vector search', 'similarity search', 'embedding index*', 'ann', 'approximate nearest neighbo*', 'faiss', 'scann', 'hnsw', 'annoy', 'lsh', 'product quantization', 'vector index*', 'inverted index*', 'elasticsearch', 'elastic search', 'lucene', 'solr'],
    pairs: ['index*'],
    cjk: ['向量索引', '近邻检索', '近似最近邻'],
  },
  caching: {
    phrases: ['cach*', 'redis', 'memcached', 'precomputed embedding*', 'pre computed embedding*', 'feature lookup*|fetch*|server*', 'online feature store*', 'ttl', 'warm cache*', 'key value store*', 'kv store*', 'in memory store*|table*|map*'],
    sentences: [
      'keep*, kept, store*, stored, remember*, reuse* & in memory, for #num minute*|hour*|second*, answers|results|scores for, repeated queries|requests|questions, popular queries|items|requests|questions',
    ],
    cjk: ['缓存'],
  },
  'serving-infra': {
    phrases: ['tf serving', 'tensorflow serving', 'torchserve', 'torch serve', 'triton', 'kserve', 'seldon', 'bentoml', 'sagemaker', 'vertex', 'microservice*', 'micro service*', 'grpc', 'rest api*|endpoint*', 'container*', 'docker', 'kubernetes', 'k 8 s', 'autoscal*', 'auto scal*', 'load balanc*', 'shard*', 'replica*', 'horizontal scal*', 'horizontally scal*', 'gpu inference', 'cpu inference', 'request batching', 'dynamic batching', 'micro batch*', 'microbatch*'],
    pairs: ['server*', 'api*'],
    sentences: [
      'run* on, runs as, served by|from, deployed on|to|as, hosted on|in, behind & service, servers, machines, cpus, gpus, containers, cluster*, instances, pods, nodes, endpoint*, api, worker*',
    ],
    cjk: ['集群', '扩容', '副本', '分片'],
  },
  'model-optimization': {
    phrases: ['quantiz*', 'quantis*', 'distill*', 'pruning', 'onnx', 'tensorrt', 'low rank', 'int #num', 'fp #num', 'bf #num', 'model compression'],
    pairs: ['smaller model*'],
    sentences: [
      'smaller, shrink*, compress*, lighter, cheaper, faster, half precision, fewer bits|layers|parameters & model, network, version, copy',
    ],
  },
  'safe-rollout': {
    phrases: ['shadow', 'canary', 'blue green', 'gradual rollout|ramp', 'ramp up', 'rollback*', 'roll back', 'feature flag*', 'model registry', 'model version*', 'ci cd', 'cicd'],
    labels: ['rollout', 'roll out', 'launch plan', 'release*', 'canary'],
    pairs: ['deploy*'],
    sentences: [
      'shadow*, canary, ramp*, gradual*, #num percent of traffic|users, #num of traffic|users, small share|slice|fraction & traffic, users, roll* out, rollout, launch*, release*, deploy*',
      // "New models are tested on a small share of members first", "one city at a time".
      'new model*, new version*, each version, a model, models & small share|slice|fraction|group|percent|cohort, one city|region|market|country at a time, first on, before all|everyone',
    ],
    cjk: ['灰度', '小流量', '回滚', '影子', '并排跑', '切换'],
  },
  'business-logic': {
    phrases: ['rerank*', 're rank*', 'diversit*', 'dedup*', 'freshness boost*', 'policy filter*', 'frequency cap*', 'budget pacing', 'auction*', 'reserve price*', 'business rule*'],
    pairs: ['rules'],
    sentences: [
      'on top, after the model, afterwards, before showing, before sending, post process*, post filter* & rule*, cap*, limit*, round*, filter*, remov*, boost*, threshold*, minimum*, maximum*, at most, at least, never show|send|more than, policy, policies, diversit*',
      // What is taken out of the ranked list: "people already connected or dismissed are filtered out".
      'already, dismissed, blocked, hidden, seen, bought, purchased, out of stock, sold out, ineligible & filtered out, are filtered, is filtered, removed, dropped, excluded, left out, taken out',
    ],
    cjk: ['重排规则', '过滤', '打散', '业务规则'],
  },
  fallback: {
    phrases: ['on device', 'ondevice', 'edge', 'cloud', 'fallback*', 'fall back', 'default ranking|model', 'graceful* degrad*', 'circuit breaker*', 'timeout fallback*'],
    labels: ['fallback*', 'fall back', 'if it fails', 'failure mode*', 'degraded mode'],
    sentences: [
      'if, when, whenever & fail*, down, time* out, times out, timeout*, slow, unavailable, breaks, broken, missing, crash*, no signal, not loaded, corrupt* & fall* back, default*, cached, popular*, rules, previous model, previous*, last good, last night*|week*|run*|day*|known, yesterday*, stale, serve* the',
    ],
    cjk: ['降级', '兜底', '回退', '继续用上一周', '用上一次', '失败时', '如果任务失败'],
  },
  cost: {
    phrases: ['cost per query|request|prediction*|inference', 'cost per #num k|predictions|queries|requests', 'infra cost*', 'infrastructure cost*', 'gpu hour*', 'cost benefit', 'roi of'],
    pairs: ['cost*'],
  },
  // Step 7, monitoring: its key points, by their keys
  'system-monitoring': {
    phrases: ['latency', 'qps', 'error rate*', 'cpu', 'gpu', 'memory', 'availability', 'uptime', 'prometheus', 'grafana', 'datadog', 'dashboard*', 'on call', 'job fail*', 'finishes late', 'runs late', 'timeouts', 'error budget*'],
    labels: ['system health', 'service health', 'ops monitoring', 'infra monitoring', 'uptime'],
    pairs: ['health*'],
    sentences: [
      'watch*, track*, monitor*, alert*, page*, on call, check*, chart*, dashboard* & fail*, late, slow*, down, crash*, timeouts, errors, latency, uptime, job*, runs, servers, service*, queue*, backlog*, disk*, memory',
    ],
    cjk: ['系统监控', '延迟监控', '报警', '告警', '任务失败', '发消息', '监控'],
  },
  'model-quality-monitoring': {
    phrases: ['prediction distribution*', 'score distribution*', 'calibration drift|over', 'online log loss', 'online logloss', 'online auc|ne', 'predicted vs|versus actual|observed', 'ctr drop*|trend*'],
    labels: ['model quality', 'quality monitoring', 'performance monitoring', 'model health', 'accuracy tracking', 'quality checks'],
    pairs: ['performance drop*|degradation'],
    sentences: [
      'watch*, track*, monitor*, compar*, check*, measur*, recomput*, chart*, dashboard* & predict*, forecast*, estimate*, score*, output*, quality, calibration, ece, brier, log loss, flagged, precision, recall, sensitivity, specificity, forecast|prediction|model|absolute|squared|estimate|median|mean|average|typical|weighted error*, error per|by|in|of, errors per|by|in|of, accuracy, mae, loss & live, production, daily, hourly, weekly, every, labels arriv*, once labels, as labels, outcomes arriv*, once outcomes|results arrive, once real outcomes',
      'daily, hourly, weekly, each day|week, every day|week|hour & minutes off, hours off, days off, forecast|prediction|model|absolute|squared|estimate|median|mean|average|typical|weighted error*, error per|by|in|of, errors per|by|in|of, mae, mape, rmse, recall, precision, sensitivity, specificity, violation rate*, miss rate*, correction rate*, corrections, override rate*, overrides, overridden, reversal*, appeal rate*',
      // The predictions watched against their usual shape: "if the predictions look different from usual, investigate".
      'predictions, scores, outputs, predicted & look different, looks different, look unusual, differ*, shift*, drift*, stray* & usual, normal, before, yesterday, last week|month, training, reference, baseline',
      // The share of decisions the model makes, watched over time: "Daily: share blocked; page on-call if it doubles".
      'daily, hourly, weekly, each day|week|hour, every day|week|hour, page on call|oncall, paged, alert if|when|on & share|rate|fraction|percent blocked|flagged|removed|approved|declined|rejected|held|escalated|sent, blocked|flagged|removed|approved|declined|rejected|held|escalated share|rate|fraction, block|approval|decline|rejection|flag|removal|escalation rate|rates',
      // A live rate read per day with a drop to catch: "Suggestion pick rate per day; a sudden drop usually means a bug".
      'rate, rates, ctr, clicks, conversion*, acceptance, pick* & per day|hour|week, daily, hourly, weekly, each day|week|hour & a|any|the drop|dip|fall|decline, sudden*, drops by|of|in, falls by, drop of|in, dip in',
      // An outcome rate of what the model produced, with an alarm when it moves: "an alert when a category's dismissal rate rises by more than 10 points week over week".
      'dismissal*, acted on, acceptance, complaint*, correction*, override*, undo*, reject* & rate, rates, share & alert*, alarm*, page*, paged & rises, rise*, jump*, drop*, dip*, falls, fall*, doubles, moves, mov*',
      // A rate that moves and is seen: "If a brand changes its sizing, its return rate jumps and we should see it there".
      'rate, rates & jump*, spike*, rises, drops, falls, doubles & we should|would|will see|notice|catch it|this|that, we see it, we catch it',
      // What people do with the output, on a dashboard by week: "dashboards: rec click-through, checkouts from recs, per week".
      'dashboard*, chart*, track*, monitor*, watch* & click through, ctr, clicks, checkouts, conversion*, acceptance, purchases, orders, bookings, plays & from recs|recommendations|suggestions|the model, per day|week|hour, daily, weekly, hourly',
      // How often people correct what the model produced, tracked: "per field, how often users correct the pre-filled value".
      'track*, watch*, monitor*, measur*, count*, chart*, dashboard* & how often, how many, share, rate, rates, fraction & correct, corrects, corrected, edit, edits, edited, fix, fixes, fixed, overrid*, overrul*, undo*, undid, reject*, dismiss*, ignor*, complain*, disagree*',
      // Outcomes against what was predicted, once they are in: "actual churn of scored users 30d later vs predicted".
      'actual*, observed, real & vs, versus, against, compar* & predict*, forecast*, expected & later, after, once, daily, weekly, monthly, each week|day|month, every week|day|month, live, production',
      'grad*, review*, audit*, sampl*, label*, spot check*, checked by & answers, outputs, decisions, predictions, chats, responses, items, results, replies, messages, summaries, drafts, suggestions, recommendations, flagged, blocked, approved, rejected, routed, tagged, what the app|model|system said|predicted|answered|returned, what it said|predicted & daily, weekly, monthly, every, each day|week|month, live, production, random',
      // An alarm on the model's own error: "If the error on the expert sample goes over a set line, the team gets an alert".
      'error on|of the|our, model error*, prediction error*, forecast error*, accuracy, precision, recall, mistakes, miss rate, false alarm rate, false positive rate, mae, rmse & goes over|above|below, go over|above|below, rises above, drops below, falls below, exceeds, crosses, over a|the threshold|line|limit & alert*, page*, paged, alarm*, notif*',
    ],
    cjk: ['模型效果', '效果监控', '线上效果', '指标监控', '实际花的钱', '排序能力明显下降', '预测值的分布', '效果下降', '线上预测分布', '预测分布'],
  },
  'data-drift': {
    phrases: ['watch|watching|monitor|monitoring|check|checking for drift', 'alert|alerts|alerting on drift', 'data drift', 'feature drift', 'covariate shift', 'covariate drift', 'distribution shift*', 'psi', 'population stability', 'kl divergence', 'ks test', 'kolmogorov', 'jensen shannon', 'null rate*', 'missing rate*', 'feature coverage', 'schema violation*|change*'],
    labels: ['drift', 'data drift', 'input drift', 'input checks', 'input monitoring', 'feature drift'],
    pairs: ['drift'],
    sentences: [
      'distribution*, histogram*, input*, feature*, statistic*, mix, population, values, traffic & compar*, stray*, diverg*, depart*, deviat*, look* different, vs, versus, against & training, last period|release|model|version|season|quarter|year, previous period|release|model|version|season|quarter|year, the past, baseline, reference, usual, normal, yesterday, week*, month*, launch, before',
      // "Traffic patterns change" alone is a reason (for a split by time); watched, it is drift detection.
      'distribution*, histogram*, input*, feature*, statistic*, mix, population, values, traffic & shift*, differ*, chang*, mov*, drift*, no longer & training, last period|release|model|version|season|quarter|year, previous period|release|model|version|season|quarter|year, the past, baseline, reference, usual, normal, yesterday, week*, month*, launch, before & watch*, monitor*, alert*, page*, check*, track*, detect*, dashboard*, flag*, notic*, catch*, compar*',
      // Inputs checked against training time: "daily checks that inputs look like they did when the model was trained".
      'distribution*, histogram*, input*, inputs, feature*, statistic*, mix & look like, looks like, looked like, look the same & trained, training & daily, hourly, weekly, every, check*, alert*, monitor*, watch*, track*',
      // Live inputs set against what the model learned from: "Does the incoming data look like what we learned from?"
      'incoming, current, today*, this week*, production & data, inputs, traffic, requests, cases, examples, population, records, rows, readings, photos, images, documents, transactions, payments, orders, messages, queries & look like, looks like, match*, resembl*, same as, differ* from, unlike & learned from, learnt from, trained on, training data|set|period|time, what we trained, what it was trained',
      // Live inputs set against the training data, on a cadence: "Each week we look at: ... photo brightness, blur and size, compared with the training photos".
      'compar*, vs, versus, against, look* like, differ* from, match* & training photos|images|data|set|examples|inputs|distribution*|period|months|weeks|sample*, the training photos|images|data|set|examples|inputs|distribution*|period|months|weeks, what we trained on, what it was trained on, what the model was trained on, what we learned from & daily, weekly, monthly, each day|week|month, every day|week|month|hour, monitor*, watch*, alert*, track*, dashboard*, look at',
      // The share of new, never-seen inputs, watched: "Weekly correction rate per category and share of unseen merchants, with an alert".
      'share of, rate of, fraction of, percent of, how many & unseen, new, unknown, never seen, first time, out of vocabulary & merchants, items, users, products, queries, words, categories, values, devices, sellers, listings, accounts, players, photos, images & weekly, daily, hourly, per week|day|hour, each week|day, alert*, watch*, track*, monitor*, dashboard*',
      // Distributions of the inputs watched: "I'd also watch feature distributions and the share of new players".
      'watch*, monitor*, track*, chart*, dashboard*, alert* on & feature|input distribution*, distributions of|over the features|inputs, feature|input histogram*',
      // Drift named with the inputs it is watched on: "drift: lead time, channel mix (new OTA partner)".
      'what the model saw|learned|used, seen in training, saw in training, range seen, when it was built|trained, the training range & rises, rise*, above, below, outside, fall* outside, differ*, drift*, mov*, shift*, chang*, look like, still look & alarm*, alert*, warn*, page*, paged, flag*, check*',
      'drift* & mix, distribution*, feature*, input*, inputs, population, share*, channel*, segment*, values, lead time',
      // An alarm on a moving distribution needs no reference named: "we alert if any vital's distribution moves sharply".
      'distribution*, histogram* & shift*, chang*, mov*, drift*, jump*, spike* & alert*, page*, alarm*, notify*',
      // The share the model flags, watched with an alarm: "if the share sent to spam moves more than a few points in a day, someone is paged".
      'share, rate, fraction, percent*, proportion & flagged, blocked, sent to, approved, declined, predicted, scored, held, rejected & mov*, shift*, jump*, spike*, drop*, rise*, rises, chang* & page*, paged, alert*, alarm*, notify*',
    ],
    cjk: ['分布变化', '数据漂移', '特征分布', '漂移', '分布', '空值比例', '平均值也每周对比', '和上周对比'],
  },
  'concept-drift': {
    phrases: ['concept drift', 'label shift', 'prior shift', 'prior probability shift', 'seasonal*', 'trend', 'trends', 'adversar*', 'evolving fraud|spam'],
    pairs: ['change* over time'],
    sentences: [
      // New kinds of what is predicted appear: "New diseases spread", "new scam types show up every month".
      'new, emerging & kinds, types, categories, classes, diseases, scams, attacks, topics, slang, tactics, pests, strains, variants, fraud patterns & appear*, spread*, emerge*, arriv*, come out, show up, turn up',
      'relationship, patterns, behaviour, behavior, what counts, meaning, fraudsters, attackers, spammers, tactics, tastes, trends & chang*, shift*, evolv*, adapt*, mov*, drift* & over time, week*, month*, season*, new, quickly, constantly',
    ],
    cjk: ['概念漂移', '热点事件', '节假日', '季节'],
  },
  'training-serving-skew': {
    phrases: ['training serving skew', 'train serve skew', 'train serving skew', 'serving skew', 'online offline inconsisten*|parity|mismatch*', 'offline online inconsisten*|parity|mismatch*', 'feature parity', 'log features at serving', 'logged features at serving', 'log and wait', 'same transformation code'],
    pairs: ['consisten*'],
    sentences: [
      'same code, same logic, same features, same pipeline, one definition, identical, differ*, mismatch*, parity & training, offline & serving, online, production, live',
    ],
    cjk: ['线上线下不一致', '训练和服务', '线上线下一致', '训练与线上', '线上线下'],
  },
  alerting: {
    phrases: ['alert*', 'alarm*', 'threshold*', 'on call', 'oncall', 'pager*', 'auto rollback*', 'automatic rollback*', 'slo breach*', 'anomaly detection on|for'],
    labels: ['alert*', 'alarm*', 'paging', 'on call', 'escalation'],
    pairs: ['notif*'],
    sentences: [
      'page*, alert*, notify*, wake*, on call, oncall, ticket*, escalat*, alarm* & when, if, whenever, threshold*, exceed*, stray*, drop*, fall*, rise*, rises, above, below, more than, less than',
    ],
    cjk: ['报警', '告警', '预警', '让人看一下', '发消息给'],
  },
  retraining: {
    // A cadence alone ("daily", "every few minutes") is no retraining: it must be said of the model ("a daily chart of bookings" is not).
    phrases: ['retrain*', 're train*', 'from scratch', 'warm start*', 'model refresh*|staleness', 'continual learning|training'],
    labels: ['retraining', 'retrain*', 'refresh*', 'model refresh*', 'model updates', 'update cadence', 'cadence', 're training'],
    pairs: ['updat*'],
    sentences: [
      'retrain*, re train*, refit*, refresh*, rebuil*, train* again, train* a new, updat* the model|weights, model is|gets updated|refreshed|rebuilt, model updated, new model*, new version*, new weights, fresh model*|weights, redeploy*, re deploy*, training job*|run*|pipeline*, fine tun*, warm start*, re embed*, reembed*, re index*, reindex*, rebuild* the index, re chunk* & every, each, daily, weekly, nightly, hourly, monthly, schedul*, whenever, once a|per, cadence, when, after',
      // A terse cadence line: "Cadence: daily incremental, weekly full".
      'cadence, incremental, incrementally & daily, weekly, nightly, hourly, monthly, every',
    ],
    cjk: ['重新训练', '重训', '增量训练', '定期训练', '每天训练', '更新模型', '每季度', '每周训练', '增量', '全量训练', '更新节奏'],
  },
  'feedback-loops': {
    phrases: ['feedback loop*', 'self reinforc*', 'rich get richer', 'popularity bias', 'filter bubble*', 'echo chamber*', 'position bias', 'selection bias', 'exploration', 'epsilon greedy', 'thompson', 'ucb', 'bandit*', 'randomi* traffic|bucket*', 'holdout*', 'feeding itself', 'feeds itself', 'feed* on itself', 'its own output*|predictions|decisions|choices', 'self fulfilling', 'vicious circle*|cycle*'],
    pairs: ['bias'],
    sentences: [
      'only see*, only learn*, never see*, what we showed|show|blocked, our own decisions, self reinforc*, feeds back, feeding back, loop & label*, train*, data, outcome*, bias*, model',
    ],
    cjk: ['反馈循环', '信息茧房', '探索', '改变客户行为', '长期留', '不参与', '自我强化'],
  },
  'logging-lineage': {
    phrases: ['log predictions|features|requests', 'logging predictions|features|requests', 'model version*', 'lineage', 'audit trail*|log*', 'replay*', 'reproducib*'],
    pairs: ['logs'],
    sentences: [
      'log*, record*, store*, keep*, save* & every|each prediction|score|decision|request|answer|recommendation, predictions, scores, decisions, inputs, model version*, which model, what the model saw',
    ],
    cjk: ['特征快照', '记录特征', '记录预测'],
  },
  'human-in-the-loop': {
    phrases: ['human review*|raters|reviewer*', 'human in the loop', 'appeal*', 'moderator*', 'annotation queue*', 'active learning', 'adversar*', 'click fraud', 'spam'],
    pairs: ['manual*'],
    sentences: [
      'human*, staff, manager*, agent*, analyst*, reviewer*, expert*, operator*, someone, a person, editors, moderators & review*, check*, approv*, overrid*, overrul*, correct*, decid*, look* at, confirm*, sign* off, veto*',
    ],
  },
  'platform-ownership': {
    phrases: ['ml platform*', 'michelangelo', 'tfx', 'kubeflow', 'mlflow', 'sagemaker', 'vertex ai', 'experiment platform*', 'experimentation platform*', 'model registry', 'ownership', 'on call rotation*', 'sla with upstream|downstream'],
    pairs: ['infra*'],
  },
  // Cross-cutting key points
  'trade-offs': {
    phrases: ['trade off*', 'tradeoff*', 'pros', 'cons', 'vs', 'versus', 'on the other hand', 'downside*', 'at the cost of'],
  },
  diagram: {
    phrases: ['mermaid', 'diagram*', 'flowchart*', 'graph td|lr|tb|bt|rl'],
  },
  'cold-start': {
    phrases: ['cold start', 'coldstart', 'new user*|item*|ad|ads|advertiser*'],
  },
  'responsible-ai': {
    phrases: ['fairness', 'bias', 'ethic*', 'harm*', 'misuse', 'transparency', 'explainab*'],
  },
  extensions: {
    phrases: ['next step*', 'future work', 'extension*', 'if we had more time', 'iteration*'],
  },
  'risk-register': {
    phrases: ['risk*', 'failure mode*', 'what could go wrong', 'mitigat*'],
  },
  // What the rules read beyond the key points
  /** A latency in milliseconds. */
  'latency-in-ms': {
    phrases: ['#num ms|msec*|millisecond*'],
    cjk: ['毫秒'],
  },
  /** A duration in seconds, minutes or hours (a latency only next to a latency or deadline word). */
  'latency-in-seconds': {
    phrases: ['#num s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours'],
  },
  /** Predictions made in batches ahead of use: a job's deadline, not milliseconds, is its latency. */
  'batch-serving': {
    phrases: ['batch job*|run*|prediction*|scor*|inference|process*', 'nightly|daily|hourly|weekly batch*|job*|run*', 'offline scoring|inference|prediction*', 'scored offline', 'scored in batch*', 'this is a batch*'],
    cjk: ['批量任务', '批量打分', '离线批量', '离线打分', '每天跑一次', '每晚跑', '每周跑一次', '每周日晚上跑'],
  },
  /** A number of users, requests or items. */
  'scale-numbers': {
    phrases: ['#num k|m|b|bn|mm|thousand*|million*|billion*|trillion*', '#num qps|rps|tps|dau|mau|users|requests|queries|searches|impressions|predictions|events|transactions|items|ads|videos|posts', 'qps|rps|tps|dau|mau #num'],
    cjk: ['万个', '万名', '万用户', '万客户', '万条', '万次', '万件', '亿次', '亿条', '亿用户', '亿个'],
  },
  /** Models that need a baseline to be justified. */
  'advanced-models': {
    phrases: ['dcn v|m #num', 'dcn*', 'deep cross*', 'deepfm', 'deep fm', 'xdeepfm', 'wide and|amp deep', 'wide deep', 'w d', 'two tower*', 'twotower*', 'dual encoder*', 'dssm', 'transformer*', 'bert', 'distilbert', 'roberta', 'gpt*', 'llm', 'llms', 'dlrm', 'din', 'dien', 'gnn', 'gnns', 'graphsage', 'graph neural*', 'gcn', 'mmoe', 'esmm', 'autoint', 'sasrec', 'bert 4 rec', 'dnn', 'dnns', 'deep neural*', 'neural network*', 'neural net', 'lstm*', 'rnn*', 'cnn*', 'resnet*', 'vit', 'deep learning model*', 'deep model*', 'deep ranking model*', 'deepeta'],
  },
  /** Simple models and heuristics a baseline is made of. */
  'baseline-models': {
    phrases: ['baseline*', 'base line', 'logistic regression*', 'lr baseline*|model*|on|first|then|over|and|plus|classifier*|gbdt*|gbm|xgboost|lightgbm|dnn|trees|tree*|for|as|is|was|gets|scores|wins|beats|features', 'an|simple|plain|then|first|baseline|start|model|models lr', 'linear model*', 'linear regression', 'linear classifier*', 'heuristic*', 'rule based', 'rules based', 'hand tuned|crafted rule*', 'popularity', 'most popular', 'popular items', 'gbdt*', 'gbm', 'gbms', 'lightgbm', 'xgboost', 'catboost', 'gradient boost*', 'boosted tree*', 'random forest*', 'decision tree*', 'naive bayes', 'matrix factori*', 'collaborative filtering', 'bm 25', 'tf idf', 'lambdamart', 'ftrl*', 'fm', 'factorization machine*', 'knn', 'k nearest', 'routing eta'],
    cjk: ['基线', '热门', '逻辑回归', '简单规则', '历史平均', '梯度提升', '树模型'],
  },
  /** Other model names a list of options is made of. */
  'other-models': {
    phrases: ['svm*', 'support vector*', 'k means', 'kmeans', 'adaboost', 'mlp*', 'multilayer perceptron*', 'word 2 vec', 'node 2 vec', 'deepwalk', 'autoencoder*', 'gru*', 'bandit*', 'linear svm', 'elastic net', 'lasso', 'ridge'],
  },
  /** Words that justify a model choice. */
  'model-justification': {
    phrases: ['because', 'since', 'due to', 'so that', 'therefore', 'trade off*', 'tradeoff*', 'pros', 'cons', 'however', 'but', 'latency', 'cost*', 'cheap*', 'expensive', 'faster', 'slower', 'better', 'worse', 'vs', 'versus', 'downside*', 'drawback*', 'advantage*', 'disadvantage*', 'interpretab*', 'captures', 'handles', 'overfit*', 'requires', 'needs', 'works well', 'suited', 'sparse', 'scales', 'calibrat*'],
  },
  /** Phrases that define a label. */
  'label-defined': {
    phrases: ['label* is|are|as|means|if|when|defined|definition|equals', 'labeled|labelled as|if|when', 'ground truth is|are|comes', 'target is|variable*', 'y #num', 'y cancel*|churn*|churned|default*|click*|clicked|book*|booked|bought|return*|convert*|fraud*|spam|accept*|purchas*|paid|late|delay*|delayed|arriv*|repl*', 'click* within', 'watched|watch #num|more|at', 'attribution window*', 'conversion window*', 'label window*'],
  },
  /** A task that predicts a quantity (a time, a volume, a score): its label is the value observed later, not a positive or a negative. */
  'regression-task': {
    phrases: ['regression', 'regressor*', 'forecast*', 'mae', 'rmse', 'mape', 'mean absolute|squared error*', 'quantile loss', 'pinball loss', 'predict* how many|much|long', 'predict* the number|time|volume|duration|count|demand|minutes|score'],
  },
  /** The observed value a quantity is learned from. */
  'observed-target': {
    phrases: ['actual*', 'observed', 'ground truth', 'target value*|variable*', 'true value*', 'realized', 'realised', 'what actually happened', 'recorded value*|time*|volume*'],
  },
  /** Outcomes that arrive long after the event they label (a label of them needs a window or a wait). */
  'delayed-outcome': {
    phrases: ['chargeback*', 'dispute*', 'churn*', 'default*', 'delinquen*', 'conversion*', 'repaid', 'repayment*', 'install', 'installs', 'installed', 'postback*'],
  },
  /** Late outcomes by how long they take (MLSD008 knows the shortest wait each needs): a chargeback or dispute, weeks to months. */
  'outcome-chargeback': { phrases: ['chargeback*', 'dispute*'] },
  /** A loan default or delinquency: months past due. */
  'outcome-default': { phrases: ['default*', 'delinquen*', 'repaid', 'repayment*', 'charge off*', 'charged off'] },
  /** A churn or cancellation: weeks of absence. */
  'outcome-churn': { phrases: ['churn*'] },
  /** An app install or an ad conversion after a click: hours to days. */
  'outcome-conversion': { phrases: ['conversion*', 'install', 'installs', 'installed', 'postback*'] },
  /** A label's window or wait: "within 60 days", "after the 30-day window", "chargebacks arrive weeks later". */
  'label-window': {
    phrases: ['within #num|a|one|two|three|the', 'after #num|a|one|two|three|the', '#num day|days|hour|hours|minute|minutes|min|week|weeks|month|months', 'day|days|week|weeks|month|months later', 'window*', 'wait*', 'matur*', 'censor*', 'label delay*', 'delayed label*|feedback|chargeback*', 'arrive* late|later', 'takes weeks|months|days'],
  },
  /** That an outcome comes late: said with the outcome, it is the label's wait ("chargebacks arrive up to 90 days later"). */
  'label-wait': {
    phrases: ['#num day|days|week|weeks|month|months later', 'arrive* late', 'delay*', 'wait*', 'matur*', 'censor*', 'takes up to', 'up to #num day|days|week|weeks|month|months'],
  },
  /** Positive and negative examples. */
  'label-polarity': {
    phrases: ['positive*', 'negative*'],
  },
  /** Training data logged from user interactions (ordered in time). */
  'interaction-data': {
    phrases: ['log', 'logs', 'logged', 'logging', 'click*', 'impression*', 'interaction*', 'clickstream*', 'event*', 'user history', 'watch history', 'view history', 'engagement*', 'session*', 'transaction*', 'time series', 'purchase*', 'snapshot*', 'daily', 'hourly', 'sales', 'orders', 'bookings', 'history', 'historical', '#num yrs|years|months|weeks|days of'],
  },
  /** A split by time, or leakage named. */
  'time-split': {
    phrases: ['time based', 'time ordered', 'temporal holdout*|validation|split*', 'split by|on date|day*|week*|time', 'by time', 'point in time', 'as of', 'train on|until past|earlier|older', 'test on|against later|future|newer|next', 'test on the next|following|later|latest|last|final', 'train up to|until the', 'forward chaining', 'backtest*', 'rolling window validation', 'future information|leak*|features', 'leaks', 'leaking', 'leaked'],
  },
  /** Negatives the user never saw: "every other candidate post that day is a negative", random items from the catalogue. */
  'unshown-negatives': {
    phrases: [],
    sentences: [
      'negative, negatives, non click*, no click examples & every other, all other, any other, random, randomly, at random, never shown, not shown, never saw, never seen, unseen, whole catalog|catalogue|corpus, entire catalog|catalogue|corpus, candidate set, candidate pool',
    ],
    cjk: ['随机负样本', '随机抽'],
  },
  /** Where random negatives are right: a retrieval model learns to tell the right item from the rest of the catalogue. */
  'retrieval-training': {
    phrases: ['retrieval', 'two tower*', 'twotower*', 'dual encoder*', 'in batch', 'candidate generation', 'ann', 'nearest neighbo*', 'embedding*', 'contrastive', 'sampled softmax', 'hard negative*', 'triplet*', 'track tower', 'item tower', 'user tower'],
  },
  /** A title that asks for a quantity: "Arrival-time estimation", "Demand forecast", "Delivery ETA". */
  'title-quantity': {
    phrases: ['estimat*', 'forecast*', 'eta', 'etas', 'arrival time*', 'delivery time*', 'travel time*', 'pick time*', 'price prediction', 'demand prediction', 'lifetime value', 'ltv', 'clv', 'duration prediction', 'volume prediction', 'how long', 'how many'],
  },
  /** A title that asks to choose among items: "Dispatch scoring", "Feed ranking", "Playlist recommendation". */
  'title-choice': {
    phrases: ['rank*', 'recommend*', 'recsys', 'scoring', 'matching', 'match*', 'suggest*', 'autocomplete', 'typeahead', 'people you may know', 'pymk', 'search', 'retrieval', 'feed'],
  },
  /** A title that asks for a probability ("click-through prediction"): both a choice and a quantity fit it. */
  'title-probability': {
    phrases: ['predict*', 'prediction*', 'probabilit*', 'likelihood', 'ctr', 'click through', 'cvr', 'rate', 'rates'],
  },
  /** The outcome a title asks to predict ("loan default", "churn prediction"): an answer to that title names it more than once. */
  /** What a title asks the system to set or place ("Dynamic pricing", "bid shading", "ad insertion"): an answer to it names it. */
  'title-lever': {
    phrases: ['pric*', 'bid', 'bids', 'bidding', 'discount*', 'insertion*'],
  },
  'title-outcome': {
    phrases: ['default*', 'churn*', 'fraud*', 'spam*', 'click*', 'conversion*', 'no show*', 'noshow*', 'cancel*', 'toxic*', 'abus*', 'fake*', 'bot', 'bots', 'booking*', 'purchas*', 'install*', 'delinquen*', 'chargeback*'],
  },
  /** A framing as ranking or classification: choosing, not a quantity. */
  'choice-framing': {
    phrases: ['learning to rank', 'ranking problem', 'ranking task', 'ltr', 'pointwise|pairwise|listwise', 'binary classification', 'classification problem', 'multi class', 'multiclass', 'classifier', 'probability that', 'rank the|candidates|routes|items|drivers|results|hotels|listings|products|posts|videos|jobs|ads|documents|answers', 'sort* the|by|hotels|items|results|candidates|them', 'sorting problem', 'order the|hotels|items|results|candidates|list', 'score each|every|all', 'ranked|sorted|ordered list*', 'recommend*', 'retrieval'],
  },
  /** Classifiers called regressions: "logistic regression" predicts a class, not a quantity. */
  'classifier-regression': {
    phrases: ['logistic regression*', 'logit regression*', 'softmax regression*', 'multinomial regression*'],
  },
  /** A system that writes text: a language model drafts, answers or summarises. */
  'generates-text': {
    phrases: ['llm', 'llms', 'large language model*', 'language model*', 'gpt*', 'prompt', 'prompts', 'prompting', 'seq 2 seq', 'retrieval augmented', 'rag', 'generat* draft*|repl*|replies|answer*|summar*|text|response*|description*|caption*'],
  },
  /** Metrics of overlap with a reference text: they reward wording like the reference, not being right. */
  'overlap-metrics': {
    phrases: ['bleu', 'rouge*', 'rouge l', 'meteor', 'chrf', 'bertscore', 'bert score', 'embedding|cosine|semantic|text similarity', 'exact match'],
  },
  /** Generated text graded for being right: by people or a judge model, or checked against its sources. */
  'graded-quality': {
    phrases: ['groundedness', 'faithful*', 'hallucinat*', 'factual*', 'human eval*', 'human rating*|review*|judg*|grad*', 'llm as a|the judge', 'llm judge*', 'judge model*', 'rated|graded|scored|reviewed by', 'raters', 'graders', 'annotators', 'rubric*', 'side by side', 'win rate*', 'citation accuracy|precision', 'answer quality', 'expert review*'],
    sentences: [
      'grade, grades, grader*, graded, grading, raters, rated, judged, judge*, review*, annotat* & correct*, wrong, accurate, accuracy, true, grounded, supported, faithful, helpful, policy, quality & draft*, repl*, replies, answer*, summar*, output*, response*, sample',
    ],
  },
  /** People's own words (emails, chats, tickets) put into a prompt, an index or training data. */
  'people-text-reused': {
    phrases: [],
    sentences: [
      'threads, emails, tickets, chats, conversations, messages, transcripts, replies, notes & index*, prompt*, context, embed*, fine tun*, finetun*, train* on & full text, raw, verbatim, whole, as is, straight, unedited, incl*, past, historical, resolved, last #num, #num k|m|thousand*|million*',
    ],
  },
  /** People's personal data protected: redacted, masked, removed, kept apart, consented to. */
  'personal-data-protected': {
    phrases: ['pii', 'anonymi*', 'pseudonym*', 'redact*', 'mask*', 'scrub*', 'de identif*', 'deidentif*', 'consent', 'gdpr', 'hipaa', 'ccpa', 'privacy', 'personal data|details|information', 'access control*', 'tenant*', 'per customer index*', 'strip* names|emails|addresses|card|phone*'],
  },
  /** The model's own decisions taken as its labels: "logins the model blocked count as positives". */
  'own-decisions-as-labels': {
    phrases: [],
    sentences: [
      'model|classifier|ranker|detector blocked|flagged|removed|rejected|declined|banned|caught|chose|showed|recommended|suppressed|picked, blocked|flagged|removed|rejected|declined|banned|caught|suppressed by the model|classifier|ranker|detector, model s blocks|picks|decisions|flags, its own decisions|picks|blocks|predictions & count* as, treated as, used as, labelled as, labeled as, marked as, as positives, as negatives, as labels, as ground truth',
    ],
  },
  /**
   * Labels only where a rule, a team or a review looked: "deleted = fake, everything else = real",
   * "tickets the current rule flagged are the positives". The rest was never looked at, so it is no negative.
   */
  'reviewed-only-labels': {
    phrases: [],
    sentences: [
      'flagged, flags, caught, deleted, deletes, removed, removes, taken down, took down, investigated, referred, escalated, actioned, banned & everything else, all other|others, the rest, otherwise, unflagged, unreviewed, not flagged|deleted|removed|investigated|referred|escalated, never flagged|deleted|removed|investigated|referred|escalated & negative*, real, legit, legitimate, genuine, clean, benign, normal, non fraud|spam|fake|toxic, not fraud|spam|fake|toxic',
      'rule|rules|heuristic|heuristics|filter|filters|system|engine flagged|caught|flags|fired|triggered|escalated|blocked, flagged|caught|escalated|blocked by the|our rule|rules|heuristic|heuristics|filter|filters|system|engine, flagged|caught|escalated|blocked by the current|existing rule|rules|heuristic|heuristics|filter|filters|system|engine & count* as, treated as, used as, labelled as, labeled as, as positives, as the positives, as positive, as labels, as ground truth, are the positives, are positives, are our positives',
      // The other order: "positive = transaction declined by the rules engine".
      'positive, positives, the positive class & flagged|caught|escalated|blocked|declined|rejected by the|our rule|rules|heuristic|heuristics|filter|filters|system|engine, flagged|caught|escalated|blocked|declined|rejected by the current|existing rule|rules|heuristic|heuristics|filter|filters|system|engine, declined|blocked|flagged by the rules engine',
    ],
  },
  /** That unreviewed items were looked at after all: a random sample audited, a holdout kept. */
  'label-audit': {
    phrases: ['random sample*', 'randomly sampl*', 'sampled at random', 'random #num|percent|share|slice', 'audit*', 'spot check*', 'unbiased', 'uniform* sampl*', 'holdout', 'held out', 'explor*'],
  },
  /** A comparison of live traffic (an arm, a slice kept back, a test group): what an online metric is measured in. */
  'live-comparison': {
    phrases: ['compar*', 'experiment*', 'a b', 'ab test*', 'holdout*', 'held out|back', 'kept back', 'treated', 'treatment', 'control', 'slice', 'arm', 'arms', 'test group*', 'live test*', 'trial'],
  },
  /** A new model tried on live traffic in any words ("Online: 2 weeks on 5% of users", "a pilot in 2 warehouses against 2 similar ones"). */
  'live-test': {
    phrases: ['shadow mode|run|traffic|deployment|scoring', 'interleav*', 'canary', 'pilot*', 'field trial*', 'live trial*', 'live test*'],
    sentences: [
      'online, live test*|trial*|traffic|experiment*|users|split*, is|goes|go|once|when live, pilot*, trial*, in production, experiment*, roll* out, rollout, launch*, shadow & vs, versus, against, compar*, than the current|old|existing, #num percent of, on #num percent, #num of users|traffic|accounts|customers|channels|stores|routes|warehouses|cities|sellers|drivers|riders|markets|regions|shops|restaurants, for #num day*|week*|month*, #num week*|month* on',
      // "Live" alone is an adjective as often ("the live permission API ... against"): with a comparison of traffic, not bare "against".
      'live & vs, versus, compar*, #num percent of, on #num percent, for #num day*|week*|month*, slice, treated, treatment, control, held|kept back',
      // A share of the users exposed for a time or against the rest: "half of employees, chosen by person, for 3 weeks".
      'half of|the, #num percent|of users|traffic|accounts|customers|cards|employees|channels|stores|routes|warehouses|cities|sellers|drivers|riders|markets|regions|shops|restaurants|sessions|members|advertisers|merchants|buyers|shoppers|viewers|readers|listeners & for #num day*|week*|month*, against, vs, versus, compar*, the rest, new model|version|ranker|system',
    ],
  },
  /** The event a label is made of, as a word a feature can repeat ("accepted", "merged", "refunded"). */
  'outcome-event': {
    phrases: ['accept*', 'click*', 'purchas*', 'bought', 'convert*', 'conversion*', 'churn*', 'cancel*', 'book*', 'refund*', 'chargeback*', 'return*', 'report*', 'install*', 'default*', 'repaid', 'repay*', 'escalat*', 'resolv*', 'merge*', 'grouped', 'duplicat*', 'reject*', 'approv*', 'declin*', 'dismiss*', 'watched', 'complet*', 'deliver*', 'fraud*', 'overturn*', 'appeal*'],
  },
  /** The one example being predicted, not the history around it. */
  'this-instance': {
    phrases: ['this order|transaction|session|substitute|substitution|item|ad|impression|request|ticket|claim|post|listing|booking|payment|application|loan|article|message|review|call|trip|ride|delivery|query|visit|pair|product|video|case|account|user|customer', 'the current order|transaction|session|substitute|substitution|item|ad|impression|request|ticket|claim|post|listing|booking|payment|application|loan|article|message|review|call|trip|ride|delivery|query|visit|pair|product|video|case|account|user|customer'],
  },
  /** A look at the past of an entity, not at the example's own outcome: "past acceptance rate, last 90 days, excluding the current order". */
  'history-marker': {
    phrases: ['past', 'previous*', 'prior', 'history', 'historic*', 'last', 'rate', 'rates', 'ratio', 'average*', 'avg', 'mean', 'count*', 'number of', 'share', 'before', 'excluding', 'excluded', 'earlier', 'up to', 'as of', 'at the time', 'lag*', 'trailing', 'so far', 'until', 'other'],
  },
  /** The words of a label's own definition. */
  'label-word': {
    phrases: ['label*', 'target', 'targets', 'positive*', 'negative*', 'ground truth', 'outcome*'],
  },
  /** What a model reads. */
  'feature-word': {
    phrases: ['feature*', 'signal*', 'input*', 'field*', 'column*', 'attribute*'],
  },
  /** A leak named to avoid it: "we drop it", "never used", "excluded". */
  'leak-avoided': {
    phrases: ['leak*', 'exclud*', 'drop*', 'remov*', 'never', 'not', 'don t', 'avoid*', 'instead', 'without'],
  },
  /** A value written only once the outcome is known: "the story ID the CMS gives to articles once they are grouped". */
  /** A value measured in the very period being predicted: "pickups at the 5 nearest docks in the target hour". */
  'in-target-period': {
    phrases: ['in|during|over|for|within the target|predicted|prediction|forecast hour|day|week|month|window|period|horizon|interval', 'the hour|day|week|month|period|window being predicted|forecast'],
  },
  /** What is known before the period it describes: a forecast, a schedule, a calendar. */
  'known-ahead': {
    phrases: ['forecast*', 'scheduled', 'schedule*', 'planned', 'calendar*', 'holiday*', 'booked', 'announced', 'known in advance', 'known ahead', 'events', 'event', 'timetable*'],
  },
  'known-after-outcome': {
    phrases: [],
    sentences: [
      'once, after, only when, only after & grouped, merged, resolved, closed, reviewed, decided, delivered, settled, confirmed, refunded, cancelled, canceled, completed, approved, rejected, escalated, investigated, charged back & give*, given, assign*, set, filled, written, recorded, stamped, added, attached, known, populated',
    ],
  },
  /** A split that ignores time: random or shuffled. */
  'random-split': {
    phrases: ['random split*', 'randomly split*', 'random train test|validation|holdout|hold out', 'split* randomly', 'split* at random', 'shuffl*', 'random #num #num|percent', 'random sample of rows|examples|records for test*|validation|evaluation'],
  },
  /** Uses of a score as a probability: auctions, bids, thresholds. */
  'probability-uses': {
    phrases: ['auction*', 'bid', 'bids', 'bidding', 'ecpm', 'pctr', 'pcvr', 'ctr prediction*', 'click through rate prediction*', 'predict* ctr|clicks|click', 'fraud*', 'threshold*', 'cutoff*'],
  },
  /** Calibration and its methods. */
  'calibration-methods': {
    phrases: ['calibrat*', 'recalibrat*', 'platt*', 'isotonic', 'temperature scaling', 'reliability diagram*', 'ece', 'predicted observed|actual', 'observed expected', 'expected observed', 'brier'],
  },
  /** A named drift type or drift statistic. */
  'drift-types': {
    phrases: ['data|feature|concept|covariate|label|prediction|score|prior|distribution|input|output|embedding|calibration|query|seasonal drift*', 'covariate|label|prior|distribution|dataset|domain|concept shift*', 'psi', 'population stability', 'ks', 'ks test*', 'kolmogorov*', 'kl divergence', 'jensen shannon', 'js divergence', 'wasserstein', 'chi square*|squared', 'training serving skew', 'train serve skew'],
    cjk: ['分布漂移', '数据漂移', '概念漂移', '分布变化', '分布的变化'],
  },
  /** A retraining cadence or trigger. */
  'retraining-cadence': {
    // A cadence word alone ("the monthly ops meeting") is none: the retraining point's sentences read a cadence said of the model.
    phrases: ['trigger* retrain*|training|by|on|when', 'retrain* when|if|on|whenever|after', 'continual learning|training', 'continuous training|learning|retrain*', 'online learning|training|updates', 'incremental* train*|update*|retrain*|fine tun*', 'warm start*', 'scheduled retrain*|training'],
    cjk: ['每天全量', '每小时增量', '每周重训', '每天重训', '每季度', '每月重训', '增量更新', '更新节奏'],
  },
  /** Batch, online or hybrid prediction. */
  'serving-modes': {
    phrases: ['online|batch|offline|realtime|nearline|synchronous|asynchronous|streaming scoring|inference|prediction*|serving', 'real time scoring|inference|prediction*|serving', 'per request', 'at request time', 'request time', 'precomputed'],
    cjk: ['在线预测', '实时预测', '离线预测', '批量预测', '实时打分'],
  },
  /** A latency budget with a number. */
  'latency-budget': {
    phrases: ['#num ms|msec*|millisecond*', 'latency budget*', 'p #num', 'sla', 'slo', 'slas', 'slos', 'time budget*', 'a second|minute or two', 'within|under #num|a s|sec|secs|second|seconds', 'few seconds', 'few milliseconds', 'seconds is|are fine|ok|enough', ...NO_LATENCY_NEED],
    sentences: [
      DEADLINE,
      LATENCY_FIGURE,
      // A wait said to be acceptable: "so a few seconds is fine", "a minute or so is acceptable".
      'few seconds, few minutes, a second, a minute, couple of seconds, couple of minutes, seconds, minutes & is fine, are fine, is ok, is okay, are ok, is enough, is acceptable, are acceptable, will do',
    ],
    cjk: ['毫秒', '延迟预算'],
  },
  /** Accuracy as a metric. */
  accuracy: {
    phrases: ['accuracy'],
  },
  /** Rare positives: imbalance named. */
  imbalance: {
    phrases: ['imbalanc*', 'unbalanced', 'rare', 'rarely', 'skewed', 'minority class*', 'class ratio', 'downsampl*', 'down sampl*', 'oversampl*', 'undersampl*', 'smote', 'focal loss', 'class weight*', 'needle in*', 'ctr', 'fraud*', 'moderation', 'harmful content', 'spam', 'abuse', 'anomal*'],
  },
  /** An A/B test named. */
  'ab-test-named': {
    phrases: ['a b test|tests|testing|experiment*', 'a b', 'ab test*|testing|experiment*', 'split test*', 'online experiment*'],
  },
  /** An A/B test’s randomization unit. */
  'ab-unit': {
    phrases: ['#num percent|of applications|applicants|users|accounts|customers|members|shoppers|merchants|sellers|drivers|riders|stores|cities|markets|households|devices|sessions', '#num percent of applications|applicants|users|accounts|customers|members|shoppers|merchants|sellers|drivers|riders|stores|cities|markets|households|devices|sessions', 'randomi*', 'unit of randomi*|diversion|analysis', 'diversion unit*', 'unit user|users|cookie|cookies|session|sessions|request|query|advertiser', 'user|cookie|session|request level', 'bucket* by|on user*|cookie*|session*|account*|customer*|member*|shopper*|device*|channel*|merchant*|store*|city|cities|region*|seller*|driver*|rider*|market*', 'split by|on user*|cookie*|session*|account*|customer*|member*|shopper*|device*|channel*|merchant*|store*|city|cities|region*|seller*|driver*|rider*|market*|restaurant*|hotel*|tenant*|zone*|school*|clinic*|hospital*|warehouse*|team*|organi*|advertiser*|creator*|author*', 'as the|a unit', 'unit is|are user*|cookie*|session*|request*', 'per user|cookie bucket*', 'hash* user*|cookie*', 'user id hash*', 'users are assigned|randomly|split|bucketed', 'assigned randomly', 'test|tests|experiment|experiments by|per user|users|account|accounts|seller|sellers|store|stores|city|cities|region|regions|driver|drivers|tenant|tenants|household|households|device|devices|member|members|customer|customers'],
    cjk: ['按用户', '随机分桶', '分桶', '随机分成', '随机分组', '按城市', '按门店'],
  },
  /** An A/B test’s duration, sample size or power. */
  'ab-power': {
    phrases: ['power', 'powered', 'power analysis', 'statistical power', 'sample size*', 'mde', 'minimum detectable', 'duration', 'run for', '#num week|weeks|day|days|month|months', 'one|two|three|four week|weeks|month|months', 'weeks', 'a year later', 'read after|at', 'traffic #num', '#num traffic'],
    cjk: ['两周', '一周', '三周', '四周', '样本量', '显著'],
  },
  /** An A/B test’s decision metric or rule. */
  'ab-decision': {
    phrases: ['decision metric*|rule*|criteri*', 'primary metric*', 'treatment vs|versus control', 'decision rests on', 'ship|launch|rollout|roll if|when|criteri*', 'success metric*|criteri*', 'significan*', 'p value*', 'confidence interval*', 'guardrail*', 'oec', 'overall evaluation criteri*', 'go no go', 'decide*'],
    cjk: ['主指标', '就全量', '才上线', '高出', '显著提升', '不低于', '才全量'],
  },
  /** What an A/B test's traffic is counted per: "2,000 passengers per arm", "50k users in each group". */
  'ab-arm': {
    phrases: ['arm', 'arms', 'group', 'groups', 'variant*', 'bucket*', 'cell', 'cells', 'side', 'sides'],
  },
  /** The effect an A/B test is sized for: "to detect a 2% relative lift". */
  'ab-effect': {
    phrases: ['lift*', 'uplift*', 'increase*', 'improvement*', 'change', 'difference', 'effect', 'gain', 'drop', 'decrease', 'mde', 'minimum detectable'],
  },
  /** Explicit trade-offs: the trade-offs key point’s phrases and a few more. */
  'tradeoff-markers': {
    phrases: ['trade off*', 'tradeoff*', 'pros', 'cons', 'vs', 'versus', 'on the other hand', 'downside*', 'at the cost of', 'drawback*', 'rather than', 'instead of', 'at the expense of', 'in exchange for', 'we give up', 'sacrific*', 'alternatively'],
  },
  /** A batch data path. */
  'batch-path': {
    phrases: ['batch*', 'spark', 'hive', 'hadoop', 'mapreduce', 'airflow', 'etl', 'elt', 'daily job*|snapshot*|dump*', 'bigquery', 'presto', 'trino'],
  },
  /** A streaming data path. */
  'stream-path': {
    phrases: ['stream*', 'kafka', 'flink', 'kinesis', 'pub sub', 'pubsub', 'storm', 'real time', 'realtime', 'near real time', 'nearline', 'event bus', 'beam', 'samza'],
  },
  /** How fresh data is. */
  freshness: {
    phrases: ['fresh*', 'stale*', 'staleness', 'recency', 'seconds', 'minutes', 'lag', 'up to date'],
  },
  // Pipeline components the text and the diagrams should both show (MLSD027): named as a thing, not as a practice
  /** A feature store. */
  'component-feature-store': {
    phrases: ['feature store*', 'online store*', 'offline store*', 'feast', 'tecton'],
  },
  /** An event stream or queue. */
  'component-event-stream': {
    phrases: ['kafka', 'kinesis', 'pub sub', 'pubsub', 'event stream*', 'event bus', 'message queue*', 'message bus'],
  },
  /** A stream processor. */
  'component-stream-processor': {
    phrases: ['flink', 'spark streaming', 'samza', 'stream processor*'],
  },
  /** A data warehouse or lake. */
  'component-warehouse': {
    phrases: ['warehouse*', 'data lake*', 'lakehouse', 'hive', 'bigquery', 'snowflake', 'redshift', 'hdfs'],
  },
  /** A cache, as a component (not "cached"). */
  'component-cache': {
    phrases: ['cache', 'caches', 'cache layer*', 'memcache*'],
  },
  /** An approximate-nearest-neighbour index. */
  'component-ann-index': {
    phrases: ['ann', 'faiss', 'scann', 'hnsw', 'vector index*', 'vector db*', 'vector database*', 'vector store*', 'nearest neighbor*|neighbour*', 'milvus', 'pinecone'],
  },
  /** A model registry. */
  'component-model-registry': {
    phrases: ['model registry', 'registry', 'mlflow'],
  },
  /** A model server. */
  'component-model-server': {
    phrases: ['model server*', 'inference server*', 'triton', 'tf serving', 'tensorflow serving', 'torchserve', 'kserve', 'seldon'],
  },
  // Case checklists (cases.ts): the items that are not key points
  'business-objective-revenue-with-a-user-experienc': {
    phrases: ['revenue', 'rpm', 'monetiz*', 'monetis*'],
  },
  'ranking-by-bid-pctr-in-an-auction-ecpm': {
    phrases: ['bid pctr', 'pctr bid', 'bid p ctr', 'bid times pctr', 'auction*', 'ecpm', 'gsp', 'second price'],
  },
  'scale-numbers-qps-and-candidates-per-query': {
    phrases: ['#num k|m|million*|billion* qps|rps|queries|searches|requests|predictions', '#num qps|rps', 'candidates per query|request|search', '#num candidates|ads per'],
  },
  'click-label-with-an-attribution-window': {
    phrases: ['click* within', 'attribution window*', 'label window*', 'click window*', 'window t', 'within #num s|sec*|second*|min|mins|minute*|hour*|h|m'],
  },
  'impression-click-join': {
    phrases: ['impression* click*', 'impression* and click*', 'impression* with click*', 'impression* to click*', 'join* on impression*', 'joiner', 'click* join*'],
  },
  'imbalance-negative-downsampling': {
    phrases: ['negative downsampl*', 'negative down sampl*', 'downsampl*', 'down sampl*', 'negative sampling', 'subsampl*'],
  },
  'time-based-split': {
    phrases: ['time based split*', 'split by time', 'split on time', 'temporal split*', 'out of time', 'chronolog*', 'leakage', 'point in time', 'progressive validation'],
  },
  'query-ad-features': {
    phrases: ['query ad', 'ad query', 'query keyword*', 'keyword query', 'bm 25', 'lexical match*', 'term overlap'],
  },
  'historical-ctr-features': {
    phrases: ['historical ctr*', 'historical click*', 'past ctr*', 'ad ctr*', 'advertiser ctr*', 'query ctr*', 'coec', 'clicks over expected'],
  },
  'id-embeddings-or-hashing': {
    phrases: ['id embedding*', 'ids embedding*', 'ids to|as|into embedding*', 'embedding table*', 'hashing trick', 'feature hashing', 'hashed'],
  },
  'online-revenue-rpm': {
    phrases: ['rpm', 'revenue per mille|thousand|search*|query'],
  },
  'candidate-retrieval-ranking-funnel': {
    phrases: ['candidate retrieval', 'ad retrieval', 'retrieval', 'candidate generation', 'multi stage', 'multistage', 'two stage', 'funnel', 'cascade*', 'prerank*', 'pre rank*', 'heavy ranker*', 'light ranker*'],
  },
  'online-prediction-with-caching': {
    phrases: ['cach*', 'precomputed ad|embedding*|feature*', 'pre computed ad|embedding*|feature*'],
  },
  'monitoring-calibration-drift': {
    phrases: ['calibration drift|ratio|monitor*|alert*|over', 'predicted observed', 'predicted vs|versus|to observed|actual', 'expected observed', 'expected vs|versus|to observed', 'observed clicks'],
  },
  'monitoring-retraining-cadence': {
    phrases: ['retrain*', 're train*', 'every #num min|mins|minute*|hour*|day*|week*', 'hourly', 'daily retrain*|full|refresh*|update*', 'incremental training|update*', 'continual learning|training', 'warm start*'],
  },
  'recalibration-after-downsampling': {
    phrases: ['recalibrat*', 're calibrat*', 'downsampling correction', 'calibration correction', 'q p p 1 p w', 'p p 1 p w'],
  },
  'position-bias': {
    phrases: ['position bias', 'position feature*|debias*|aware|tower', 'examination'],
  },
  'delayed-clicks': {
    phrases: ['delayed click*|feedback|label*|conversion*', 'label delay*', 'label maturity', 'late click*'],
  },
  'feature-store-with-online-offline-parity': {
    phrases: ['feature store*', 'point in time', 'online offline parity|consisten*', 'offline online parity|consisten*', 'feature parity'],
  },
  'continual-online-learning-ftrl-warm-start': {
    phrases: ['ftrl*', 'warm start*', 'warmstart*', 'online learning', 'continual learning|training', 'incremental training|update*', 'fine tun*'],
  },
  'cold-start-ads-exploration': {
    phrases: ['cold start', 'coldstart', 'new ads', 'exploration', 'explore exploit', 'bandit*', 'epsilon greedy', 'ucb', 'thompson'],
  },
  'guardrails-organic-ctr-latency-hide-rate': {
    phrases: ['guardrail*', 'guard rail*', 'organic ctr', 'hide rate*', 'counter metric*', 'search abandonment'],
  },
  'advertiser-roi-marketplace': {
    phrases: ['advertiser roi|roas|value|side|conversion*|metric*|satisfaction|welfare', 'roas', 'marketplace*', 'three sided', 'two sided', 'multi sided'],
  },
  'budget-pacing-interplay': {
    phrases: ['budget pacing', 'pacing', 'budget exhaust*'],
  },
  'counterfactual-replay-evaluation': {
    phrases: ['counterfactual*', 'replay*', 'auction simulat*', 'off policy'],
  },
  'selection-bias-from-the-auction': {
    phrases: ['selection bias', 'auction bias', 'auction induced', 'ads that won', 'winning ads'],
  },
  'ad-blindness-holdout': {
    phrases: ['ad blind*', 'adblind*', 'long term holdout*|effect*|impact*'],
  },
  'fallback-hierarchy': {
    phrases: ['fallback*', 'fall back', 'graceful* degrad*', 'no ads'],
  },
  'click-fraud-monitoring': {
    phrases: ['click fraud', 'invalid traffic', 'invalid click*', 'bot traffic|click*|filter*', 'fraudulent click*'],
  },
  'pointwise-binary-classification-of-pctr': {
    phrases: ['binary classification', 'binary classifier*', 'pointwise', 'point wise', 'pctr', 'p click'],
  },
  'click-label-within-a-time-window': {
    phrases: ['click* within', 'attribution window*', 'within #num s|sec*|second*|min|mins|minute*|hour*'],
  },
  'auction-ranked-by-ecpm': {
    phrases: ['ecpm', 'auction*', 'bid pctr', 'pctr bid'],
  },
  'targeting-based-candidate-generation': {
    phrases: ['targeting', 'targeted', 'target audience*'],
  },
  'creative-embeddings': {
    phrases: ['creative embedding*|feature*', 'ad creative*', 'ad embedding*', 'image embedding*'],
  },
  'hide-rate-guardrail': {
    phrases: ['hide rate*', 'hide ad*', 'hides', 'negative feedback'],
  },
  'label-like-or-watched-x': {
    phrases: ['watched', 'watch time', 'completion*', 'completed', 'like*', 'positive*'],
  },
  'ann-index-2': {
    phrases: ['ann', 'approximate nearest neighbo*', 'faiss', 'scann', 'hnsw', 'annoy', 'product quantization', 'vector index*', 'vector db|database*|store*'],
  },
  'multi-stage-funnel': {
    phrases: ['candidate generation', 'multi stage', 'multistage', 'two stage', 'funnel', 'cascade*', 'prerank*', 'pre rank*', 'heavy ranker*', 'light ranker*'],
  },
  'cold-start-2': {
    phrases: ['cold start', 'coldstart', 'new video*|upload*|user*'],
  },
  exploration: {
    phrases: ['exploration', 'explore exploit', 'bandit*', 'epsilon greedy', 'ucb', 'thompson'],
  },
  'online-watch-time-engagement': {
    phrases: ['watch time', 'retention', 'ctr', 'engagement'],
  },
  'weighted-multi-action-score': {
    phrases: ['weighted sum|score|combination|average', 'value model*', 'p like|comment|share'],
  },
  'negative-actions-hide-report-in-the-score': {
    phrases: ['hide*', 'report*', 'negative action*|feedback|weight*', 'unfollow*'],
  },
  'integrity-guardrails': {
    phrases: ['integrity', 'guardrail*', 'guard rail*', 'misinformation', 'policy violat*'],
  },
  'freshness-2': {
    phrases: ['fresh*', 'post age', 'recency', 'time decay*', 'engagement velocity'],
  },
  'online-engagement-time-spent': {
    phrases: ['engagement rate*', 'time spent', 'dau', 'retention', 'session length|time'],
  },
  'inverted-index': {
    phrases: ['inverted index*', 'bm 25', 'elasticsearch', 'elastic search', 'lucene', 'solr'],
  },
  'query-understanding': {
    phrases: ['query understanding', 'query intent', 'intent', 'query rewrit*', 'query expansion', 'spell* correct*|check*'],
  },
  'learning-to-rank-pointwise-pairwise-listwise': {
    phrases: ['learning to rank', 'ltr', 'pointwise', 'pairwise', 'listwise', 'lambdamart', 'lambda mart', 'lambdarank', 'lambda rank'],
  },
  'relevance-labels-human-ratings-or-dwell-qualifie': {
    phrases: ['relevance rating*|label*|judg*', 'human rat*', 'graded', 'dwell', 'raters'],
  },
  'position-bias-aware-labels': {
    phrases: ['position bias', 'position debias*|aware|feature*', 'inverse propensity', 'ips', 'debias*'],
  },
  'online-search-success-conversions': {
    phrases: ['session success', 'search success', 'time to success', 'ctr', 'booking*', 'conversion*'],
  },
  'link-prediction-framing': {
    phrases: ['link prediction', 'edge prediction', 'p connect*|accept*|request*', 'probability of connect*|accept*'],
  },
  'label-accepted-request': {
    phrases: ['accept*', 'positive*', 'label*'],
  },
  '2-hop-friends-of-friends-candidates': {
    phrases: ['#num hop', 'two hop', 'friends of friends', 'friend of friend', 'fof'],
  },
  'graph-features-gnn': {
    phrases: ['gnn*', 'graphsage', 'graph sage', 'graph neural', 'mutual friend*|connection*', 'adamic adar', 'personalized pagerank', 'node embedding*', 'graph feature*'],
  },
  'batch-vs-online-trade-off': {
    phrases: ['batch', 'precomput*', 'pre comput*', 'offline scoring|inference'],
  },
  'delayed-labels': {
    phrases: ['delayed label*|feedback|acceptance', 'label delay*', 'days to accept', 'acceptance delay'],
  },
  'abuse-spam-fake-accounts': {
    phrases: ['spam*', 'fake account*|profile*', 'abuse', 'bot*', 'adversar*'],
  },
  'multi-label-classification-framing': {
    phrases: ['multi label', 'multilabel', 'per harm|class|category', 'binary classifier*|classification'],
  },
  'multimodal-fusion': {
    phrases: ['multimodal', 'multi modal', 'early fusion', 'late fusion', 'fusion'],
  },
  'labels-from-user-reports-and-human-reviewers': {
    phrases: ['user report*', 'reports', 'human review*|label*|rater*|annotat*', 'reviewer*', 'raters'],
  },
  'human-in-the-loop-2': {
    phrases: ['human in the loop', 'human review*', 'review queue*', 'manual review*', 'moderator*', 'appeal*'],
  },
  'prevalence-metric': {
    phrases: ['prevalence', 'harmful impression*', 'proactive rate'],
  },
  'precision-recall-thresholds-per-class': {
    phrases: ['threshold*', 'recall at|#num precision', 'precision at|#num recall', 'pr auc', 'auprc', 'operating point*'],
  },
  'class-imbalance': {
    phrases: ['imbalance*', 'focal loss', 'class weight*', 'downsampl*', 'oversampl*', 'rare'],
  },
  'real-time-binary-classification': {
    phrases: ['binary classification', 'binary classifier*', 'fraud probability', 'p fraud'],
  },
  'cost-sensitive-threshold': {
    phrases: ['cost sensitive', 'cost based|weighted', 'threshold*', 'false decline*', 'chargeback cost*'],
  },
  'label-delay-chargebacks-arrive-weeks-later': {
    phrases: ['label delay*', 'delayed label*|feedback|chargeback*', 'label maturity', 'chargeback*', 'censor*'],
  },
  'velocity-streaming-features': {
    phrases: ['velocity', 'stream*', 'kafka', 'kinesis', 'flink', 'spark streaming', 'real time feature*|counter*|aggregat*', 'realtime feature*|counter*|aggregat*', 'near real time', 'nearline'],
  },
  'pr-auc': {
    phrases: ['pr auc', 'auprc', 'precision recall', 'recall at #num|fixed'],
  },
  'block-feedback-loop-holdout': {
    phrases: ['holdout*', 'hold out', 'feedback loop*', 'exploration', 'unblocked', 'let through'],
  },
  'explanation-audit': {
    phrases: ['explainab*', 'explanation*', 'interpretab*', 'audit*', 'shap', 'reason code*'],
  },
  'embedding-nearest-neighbor-framing': {
    phrases: ['representation learning', 'embedding*', 'nearest neighbo*', 'similarity search', 'metric learning'],
  },
  'contrastive-training': {
    phrases: ['contrastive', 'infonce', 'info nce', 'triplet*', 'simclr', 'moco', 'siamese'],
  },
  'offline-index-build': {
    phrases: ['index build*', 'build the index', 'offline index*', 'batch index*', 'indexing', 'precomput* embedding*', 'pre comput* embedding*'],
  },
  're-index-on-model-change': {
    phrases: ['re index*', 'reindex*', 'backfill*', 'embedding version*', 'model version*', 're embed*'],
  },
  'content-moderation': {
    phrases: ['moderation', 'harmful', 'unsafe', 'nsfw', 'safety filter*', 'content filter*'],
  },
  'online-engagement-ctr-saves': {
    phrases: ['ctr', 'saves', 'repin*', 'click through rate*'],
  },
  'pointwise-ltr-p-register-user-event': {
    phrases: ['pointwise', 'point wise', 'learning to rank', 'ltr', 'binary classification', 'p register*', 'probability of register*'],
  },
  'ephemeral-item-cold-start': {
    phrases: ['ephemeral', 'cold start', 'coldstart', 'expire*', 'short lived'],
  },
  'location-and-time-features': {
    phrases: ['distance', 'location*', 'time until|to event*', 'geo*', 'proximity'],
  },
  'session-based-embeddings': {
    phrases: ['session based', 'session embedding*', 'word 2 vec', 'skip gram', 'listing embedding*', 'item 2 vec'],
  },
  'negative-sampling-within-the-market': {
    phrases: ['same market', 'within market', 'market negative*', 'in market', 'negative sampl*', 'hard negative*'],
  },
  'online-registrations-bookings': {
    phrases: ['registration*', 'booking*', 'ctr', 'revenue'],
  },
  'regression-framing': {
    phrases: ['regression', 'regressor*', 'continuous target|output|value'],
  },
  'label-actual-arrival-time': {
    phrases: ['actual arrival|delivery|travel time*', 'arrival time*', 'delivery time*', 'label*', 'ground truth'],
  },
  'regression-loss-choice': {
    phrases: ['mse', 'mae', 'huber', 'quantile loss', 'pinball', 'asymmetric loss', 'l 1 loss', 'l 2 loss'],
  },
  'streaming-features-real-time-traffic': {
    phrases: ['real time traffic', 'realtime traffic', 'live traffic', 'stream*', 'kafka', 'kinesis', 'flink', 'spark streaming', 'real time feature*|counter*|aggregat*', 'realtime feature*|counter*|aggregat*', 'near real time', 'nearline'],
  },
  'residual-over-physics-routing-eta-baseline': {
    phrases: ['residual*', 'routing eta', 'routing engine', 'physics', 'historical average*', 'baseline*'],
  },
  'per-region-slices': {
    phrases: ['per region|city|market', 'by region|city|market', 'slic*', 'segment*'],
  },
  'quantiles-uncertainty': {
    phrases: ['quantile*', 'p #num eta', 'prediction interval*', 'uncertainty', 'confidence interval*'],
  },
  'offline-mae-mape': {
    phrases: ['mae', 'mape', 'rmse', 'mean absolute'],
  },
  'prefix-ranked-completions-framing': {
    phrases: ['prefix*', 'completion*', 'rank completion*'],
  },
  'label-selected-completion': {
    phrases: ['selected', 'accepted', 'submitted', 'label*', 'click* on suggestion*'],
  },
  'trie-precompute': {
    phrases: ['trie*', 'fst', 'finite state', 'precomput*', 'pre comput*'],
  },
  'per-keystroke-latency': {
    phrases: ['per keystroke', 'keystroke*', '#num ms', 'millisecond*'],
  },
  mrr: {
    phrases: ['mrr', 'mean reciprocal rank', 'success #num|k'],
  },
  'safety-filter': {
    phrases: ['blocklist*', 'block list*', 'blacklist*', 'offensive', 'safety filter*|classifier*', 'profan*'],
  },
  'freshness-trending-queries': {
    phrases: ['fresh*', 'trending', 'time decay*', 'recency'],
  },
  'online-acceptance-rate': {
    phrases: ['acceptance rate*', 'keystrokes saved', 'typing effort', 'search success'],
  },
  // Words the rules read inside a sentence they already found (a rule adds logic, not vocabulary).
  'decision-verbs': {
    // What a system or a team decided about an item: "only what was deleted is labelled".
    phrases: ['flagged', 'flags', 'caught', 'deleted', 'deletes', 'removed', 'removes', 'taken down', 'took down', 'investigated', 'referred', 'escalated', 'actioned', 'banned', 'blocked', 'declined', 'rejected'],
  },
  'latency-words': {
    // A duration is a latency when its line speaks of one: "responses in 2 s", "a 3 s timeout".
    phrases: ['latency', 'latencies', 'p', 'sla', 'slas', 'slo', 'slos', 'response', 'responses', 'respond', 'responds', 'timeout*', 'budget', 'deadline*', 'turnaround'],
  },
  'look-back': {
    // Before a duration, a look back over the data, not a wait: "the last 6 months".
    phrases: ['last', 'past', 'previous', 'prior', 'trailing'],
  },
  'label-sampling-words': {
    // How labels are sampled, not what they are: "negatives downsampled 1:10", "a stratified split".
    phrases: ['sampl*', 'downsampl*', 'upsampl*', 'oversampl*', 'undersampl*', 'subsampl*', 'resampl*', 'weight*', 'reweight*', 'split*', 'shuffl*', 'balanc*', 'imbalanc*', 'unbalanc*', 'rebalanc*', 'ratio*', 'stratif*'],
  },
  'polarity-not-label': {
    // "Positive" and "negative" that are not a label: errors, sampling, sentiment ("false positives", "negative sampling", "positive feedback").
    phrases: ['false|true positive*|negative*', 'positive*|negative* feedback|sampl*|downsampl*|down|subsampl*|mining|weight|weights|rate|rates|sentiment|reviews|impact|effect|effects|experience|signals'],
  },
  'split-stated': {
    // A sentence that splits the data, not one that mentions a test set: "train on … test on", "held out the last month".
    phrases: ['split*', 'train|trained|trains|training on|until|through', 'train|trained|trains|training up to', 'test|tested|tests|testing on', 'held out', 'hold out', 'holdout', 'held back', 'validat* on', 'backtest*', 'cut by', 'by date|day|week|month|time'],
  },
  'train-then-test': {
    phrases: [],
    // Trains on one stretch and tests on another: "we train on weeks 1 to 8 and test on weeks 9 and 10".
    sentences: ['train on, trained on, trains on, training on & test on, tested on, tests on, testing on, validat* on, evaluat* on'],
  },
  'random-order': {
    phrases: ['random*', 'shuffl*'],
  },
  'beyond-accuracy-metrics': {
    // List qualities, not accuracy of the ranking.
    phrases: ['coverage', 'diversity', 'novelty'],
  },
  'popularity-words': {
    phrases: ['popular*'],
  },
  'feature-or-sampling-words': {
    // "Popularity" among features or in a sampling scheme ("negatives sampled by popularity") is not a first model.
    phrases: ['feature', 'features', 'sampl*', 'negative', 'negatives'],
  },
  'decision-threshold-words': {
    phrases: ['threshold*', 'cutoff*'],
  },
  'training-words': {
    phrases: ['train', 'training', 'trains', 'trained'],
  },
} satisfies Record<string, Concept>;

/** A concept's id: a key point's key, or one of the rules' and checklists' own. */
export type ConceptId = keyof typeof CONCEPTS;

/** Is `id` a concept of the table? */
export function isConceptId(id: string): id is ConceptId {
  return Object.prototype.hasOwnProperty.call(CONCEPTS, id);
}

/** Chinese reason and comparison markers (the sentence layer knows the English ones). */
export const CJK_REASON = ['因为', '所以', '由于', '为了', '避免', '否则', '因此', '导致'];
export const CJK_COMPARISON = ['而不是', '相比', '比起', '取舍', '权衡', '优于', '不如'];
