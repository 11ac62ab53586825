/**
 * What a sentence says together: the second way a concept (a key point, by its
 * `key`) is recognised, beside the phrases of `steps.ts`. A rule is one line:
 * parts separated by `&`, each part a comma-separated list of keyword patterns
 * (the language of `types.ts`: words, `prefix*`, `#num`, `a|b`). The concept is
 * recognised where ONE sentence has a match for every part, so paraphrases
 * count: "we page someone when this week's feature histograms stray from last
 * month's" is drift detection without the word "drift".
 *
 * Write parts a domain expert would accept as meaning the concept in any case
 * (not only CTR); each part should be needed (drop one and the sentence could
 * mean something else).
 */

const TIME_WORDS = 'date*, time, calendar, chronolog*, week*, month*, day*, later, earlier, future, past, recent, older, newer, january, february, march, april, may, june, july, august, september, october, november, december, quarter*';

export const TOGETHER: Readonly<Record<string, readonly string[]>> = {
  'business-objective': [
    'goal, goals, aim*, want*, purpose, success, the point, trying to, so that & more, fewer, less, reduce*, increas*, grow*, maximi*, minimi*, cut, lower, raise*, help*, keep*, stop*, catch*',
  ],
  'ml-objective': [
    'predict*, estimat*, score*, rank*, classif*, forecast*, model outputs, the model gives & probabilit*, chance, likelihood, how likely, whether, which, minutes, time, relevance, order, risk',
  ],
  'data-sources': [
    'come* from, comes from, sources, we have, we log, logs of, collected from, pulled from, taken from & log*, events, tables, history, records, profiles, documents, catalog*, graph, transactions, clicks, payments, trips',
  ],
  'labels-collection': [
    'label*, positive*, negative*, outcome*, target* & click*, chargeback*, report*, review*, rating*, purchase*, watch*, accept*, log*, skip*, dwell*, order*, deliver*, arriv*, trip*, complet*',
    'label*, outcome*, ground truth, answers, truth, judgments, judgements & come* from, arriv*, collect*, gather*, given by, provided by, review*, report*, rat*, grad*, annotat*',
  ],
  'label-definition': [
    'count* as, counts, treat* as, consider*, defin*, mark*, call* it, means, labell*, labeled, is a positive|negative, are positive|negative & positive*, negative*, bad, good, fraud*, relevant, harmful, spam, success*, click*, accept*, violat* & within, after, by, window, #num day*|hour*|minute*|second*|week*, day*, hour*, minute*, week*',
    'label*, target*, ground truth, outcome* & is, are, comes from, come from, means, defined, taken from & when, if, whether, within, after, once',
  ],
  'split-leakage': [
    'split*, cut*, divid*, partition*, held out, hold out, holdout, test set*, validation set*, evaluation set*, the sets, test on, evaluate on & ' + TIME_WORDS,
    'leak*, peek*, see* the future, from the future, know* the outcome, as of, as it was, at that time, at the time & feature*, data, label*, training, value*',
  ],
  calibration: [
    'rescal*, shrink*, adjust*, correct*, map*, scale* back|down, line up, agree*, reflect*, fix* & score*, predict*, output*, estimate*, probabilit* & rate*, keep rate, sampl*, prior, observed, actual*, really, real, in ten, in a hundred, out of, frequenc*, how often',
    'among, of the, out of, #num in #num, per score band|bucket, in each band|bucket & scored, predicted, score* around|of|near & really, actually, turn* out, were, observed, saw',
    'compar*, check*, match* & predict*, score*, expected & actual*, saw, observed, really, real & rate*, share, fraction, count*, number',
  ],
  'data-drift': [
    'distribution*, histogram*, input*, feature*, statistic*, mix, population, values, traffic & compar*, stray*, shift*, differ*, diverg*, chang*, mov*, drift*, depart*, deviat*, look* different, no longer & training, last, previous, baseline, reference, usual, normal, yesterday, week*, month*, launch, before',
  ],
  'concept-drift': [
    'relationship, patterns, behaviour, behavior, what counts, meaning, fraudsters, attackers, spammers, tactics, tastes, trends & chang*, shift*, evolv*, adapt*, mov*, drift* & over time, week*, month*, season*, new, quickly, constantly',
  ],
  retraining: [
    'retrain*, re train*, refresh*, rebuil*, train* again, updat* the model|weights, new model*, fine tun*, warm start* & every, each, daily, weekly, nightly, hourly, monthly, schedul*, whenever, once a|per, cadence, when, after',
  ],
  alerting: [
    'page*, alert*, notify*, wake*, on call, oncall, ticket*, escalat*, alarm* & when, if, whenever, threshold*, exceed*, stray*, drop*, fall*, rise*, rises, above, below, more than, less than',
  ],
  'model-quality-monitoring': [
    'watch*, track*, monitor*, compar*, check*, measur*, chart*, dashboard* & predict*, score*, output*, quality, precision, recall, error*, accuracy, mae, loss & live, production, daily, hourly, weekly, every, labels arriv*, once labels, as labels',
  ],
  'online-metrics': [
    'measur*, track*, judg*, decid*, succe*, success, primary, main, watch*, compar*, look at, ship if, switch* over, goes up|down, should fall|rise & live, in production, after launch, online, real users, experiment*, test group*, treatment, control, a b, ab & rate*, revenue, clicks, conversion*, time spent, retention, accept*, complaint*, loss*, sales, orders, bookings, satisfaction, ratings, resolved, deflect*',
  ],
  'ab-test': [
    'split* traffic|users, random*, bucket*, treatment, control group*, holdout group*, half of, #num percent of users|traffic, #num of users|traffic, share of users|traffic & compar*, test*, experiment*, measur*, against, versus, vs, than',
  ],
  'ingestion-mode': [
    'stream*, real time, as they happen, as it happens, continuously, every few minutes|seconds, nightly job*, daily job*, once a day, batch*, hourly job*, queue* & log*, event*, data, records, click*, payment*, transaction*, join*, collect*, pipeline*, ingest*, arriv*, flow*',
  ],
  storage: [
    'stor*, kept, keep, saved, written, writes, land*, lives, sit* & table*, warehouse, lake, bucket*, database*, key value, cache*, files, parquet, hdfs, bigquery, redis, cassandra, dynamo*, index*, store',
  ],
  'model-progression': [
    'then, next, later, once, after that, move to, moving to, upgrade*, replace*, graduate*, second stage & model*, network*, tree*, transformer*, two tower, deep, neural, gbdt, boost* & because, if, when, beat*, gain*, improv*, better, worth, justif*, pay*, capture*, learn*',
  ],
  baseline: [
    'start* with, begin* with, first version, first model, simplest, version zero, beat, must beat, to beat & model*, baseline, approach, rule*, ranker, regression, tree*, popularity, counts, heuristic*, average*',
  ],
  'offline-metrics': [
    'measur*, evaluat*, check*, score*, compar*, test* & held out, holdout, test set*, past data, historical, offline, replay*, backtest*, last #num days|weeks|months & precision, recall, error*, auc, loss, mae, rmse, ndcg, hit rate*, coverage, accuracy',
  ],
  'serving-mode': [
    'precomput*, pre comput*, ahead of time, nightly, in advance, cached, batch*, on the fly, per request, at request|query|authorization|checkout time, at authorization, live, when the request|user|query arrives, on each request|query, in real time, real time & score*, predict*, rank*, comput*, recommend*, embedding*, result*, answer*',
  ],
  'fallback': [
    'if, when, whenever & fail*, down, time* out, times out, timeout*, slow, unavailable, breaks & fall* back, default*, cached, popular*, rules, previous model, last good, serve* the',
  ],
  'safe-rollout': [
    'shadow*, canary, ramp*, gradual*, #num percent of traffic|users, #num of traffic|users, small share|slice|fraction & traffic, users, roll* out, rollout, launch*, release*, deploy*',
  ],
  'feedback-loops': [
    'only see*, only learn*, never see*, what we showed|show|blocked, our own decisions, self reinforc*, feeds back, feeding back, loop & label*, train*, data, outcome*, bias*, model',
  ],
  'training-serving-skew': [
    'same code, same logic, same features, same pipeline, one definition, identical, differ*, mismatch*, parity & training, offline & serving, online, production, live',
  ],
};

/**
 * Chinese phrases of the concepts, matched as substrings of the prose (Chinese has
 * no spaces between words). Only answers with Chinese text pay for the search.
 */
export const CJK: Readonly<Record<string, readonly string[]>> = {
  'business-objective': ['业务目标', '商业目标', '北极星', '营收', '收入', '留存', '用户满意'],
  'use-case': ['使用场景', '应用场景', '展示位置', '首页', '信息流', '搜索结果页'],
  scale: ['日活', '月活', '用户规模', '请求量', '峰值', '每秒'],
  'latency-slo': ['延迟', '毫秒', '响应时间'],
  constraints: ['约束', '隐私', '合规'],
  'ml-objective': ['预测', '优化目标', '目标函数', '概率'],
  'input-output': ['输入', '输出'],
  'ml-category': ['二分类', '分类问题', '回归问题', '排序问题', '多任务', '推荐问题'],
  'label-definition': ['标签定义', '正样本', '负样本'],
  'architecture-funnel': ['召回', '粗排', '精排', '重排', '多阶段'],
  'data-sources': ['数据来源', '数据源', '行为日志', '日志', '用户画像'],
  'labels-collection': ['人工标注', '标注', '用户反馈'],
  'imbalance-sampling': ['负采样', '不平衡', '降采样', '采样'],
  'ingestion-mode': ['实时', '流式', '批处理', '离线计算', '每天更新'],
  storage: ['存储', '数据仓库', '数据湖', '特征存储'],
  'feature-engineering': ['特征工程', '交叉特征', '统计特征', '特征'],
  'feature-store': ['特征平台', '特征存储', '特征一致'],
  'split-leakage': ['按时间划分', '按时间切分', '时间切分', '数据泄露', '穿越'],
  baseline: ['基线', '基准模型', '简单模型', '逻辑回归', '先用'],
  'model-progression': ['双塔', '深度模型', '再升级', '迭代'],
  loss: ['损失函数', '交叉熵'],
  calibration: ['校准'],
  'offline-metrics': ['离线指标', '离线评估'],
  'online-metrics': ['线上指标', '在线指标', '点击率', '观看时长', '转化率', '留存'],
  'ab-test': ['A/B', '分流', '对照组', '实验组', '线上实验'],
  'serving-mode': ['在线预测', '实时预测', '离线预测', '预计算', '实时计算'],
  'serving-latency': ['延迟', '毫秒'],
  caching: ['缓存'],
  'safe-rollout': ['灰度', '小流量', '回滚', '影子'],
  fallback: ['降级', '兜底', '回退'],
  'system-monitoring': ['系统监控', '延迟监控', '报警', '告警'],
  'model-quality-monitoring': ['模型效果', '效果监控', '线上效果', '指标监控'],
  'data-drift': ['分布变化', '数据漂移', '特征分布', '漂移'],
  'concept-drift': ['概念漂移'],
  alerting: ['报警', '告警', '预警'],
  retraining: ['重新训练', '重训', '增量训练', '定期训练', '每天训练', '更新模型'],
  'feedback-loops': ['反馈循环', '信息茧房', '探索'],
  'training-serving-skew': ['线上线下不一致', '训练和服务', '线上线下一致'],
};

/** Chinese reason and comparison markers (the sentence layer knows the English ones). */
export const CJK_REASON = ['因为', '所以', '由于', '为了', '避免', '否则', '因此', '导致'];
export const CJK_COMPARISON = ['而不是', '相比', '比起', '取舍', '权衡', '优于', '不如'];
