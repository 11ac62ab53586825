/**
 * The seven steps of an MLSD answer and their key points: the one framework
 * definition that rules, snippets, templates and rule docs are generated from.
 *
 * Transcribed from shared/domain/RUBRIC.md §1.1 (heading aliases), §1.2 (key
 * points) and §1.5 (snippet labels and hints). How each point is recognised is in
 * the concept table (`concepts.ts`), under the point's key. Heading aliases are
 * written in the keyword language documented in `types.ts`.
 */
import type { KeyPoint, StepDef, StepId } from './types';

// ---------------------------------------------------------------------------
// Step 1 — Clarify requirements
// ---------------------------------------------------------------------------

const REQUIREMENTS_POINTS: readonly KeyPoint[] = [
  {
    id: '1.1',
    key: 'business-objective',
    title: 'Business objective',
    advice:
      'State what the business wants from the system and how success will be judged (revenue, engagement, retention, a north-star metric).',
    level: 'core',
    label: 'Business objective',
    hint: 'maximize revenue | engagement | … measured by a north-star metric',
  },
  {
    id: '1.2',
    key: 'use-case',
    title: 'Use case / UX surface',
    advice:
      'Say where and when predictions are shown (feed, search results page, notification, slot) and what the user does with them.',
    level: 'core',
    label: 'Use case / surface',
    hint: 'where predictions appear, what the user does',
  },
  {
    id: '1.3',
    key: 'scale',
    title: 'Scale',
    advice:
      'Put numbers on the scale: users (DAU/MAU), items or ads in the inventory, requests per second at peak, impressions per day.',
    level: 'core',
    label: 'Scale',
    hint: 'DAU, items/ads in inventory, peak QPS; impressions/day',
  },
  {
    id: '1.4',
    key: 'latency-slo',
    title: 'Latency / throughput SLO',
    advice:
      'Give a latency budget with a number and a unit (e.g. p99 ≤ 50 ms for ranking) and the throughput it must sustain.',
    level: 'core',
    label: 'Latency/throughput SLO',
    hint: 'p99 ≤ N ms for the ranking stage; QPS sustained',
  },
  {
    id: '1.5',
    key: 'constraints',
    title: 'Constraints',
    advice:
      'Name the constraints: privacy and regulation (GDPR, PII), compute and cost budget, on-device limits, interpretability, fairness.',
    level: 'senior',
    label: 'Constraints',
    hint: 'privacy (GDPR/PII), compute/cost budget, on-device?, interpretability',
  },
  {
    id: '1.6',
    key: 'data-availability',
    title: 'Data availability',
    advice:
      'Ask what logs and labels exist, how much history there is, and how good it is ("do we have click logs for the last 90 days?").',
    level: 'senior',
    label: 'Data available',
    hint: 'logs, labels, retention',
  },
  {
    id: '1.7',
    key: 'scope-assumptions',
    title: 'Scope & assumptions',
    advice: 'Say what is in scope and what is out of scope, and write your assumptions down.',
    level: 'senior',
    label: 'Assumptions & scope',
    hint: 'in scope …; out of scope …',
  },
  {
    id: '1.8',
    key: 'functional-requirements',
    title: 'Functional requirements',
    advice:
      'Cover the functional requirements: personalization, freshness, cold start for new users and items, languages, negative feedback (hide, block, report), fatigue and frequency caps.',
    level: 'senior',
    label: 'Functional requirements',
    hint: 'personalization, freshness, cold start, languages, negative feedback (hide/report)',
  },
  {
    id: '1.9',
    key: 'back-of-envelope',
    title: 'Back-of-envelope estimation',
    advice:
      'Derive QPS, storage and training-set size from your assumptions with a quick calculation (e.g. 100M DAU × 10 requests ÷ 86,400 s × 3 peak factor).',
    level: 'senior',
    label: 'Back-of-envelope',
    hint: 'QPS = DAU × requests/user/day ÷ 86,400 × peak factor; storage; training-set size',
  },
  {
    id: '1.10',
    key: 'stakeholders',
    title: 'Stakeholders & multi-sided goals',
    advice:
      'Bring in the other side of the marketplace (advertisers, creators, sellers), organisational constraints, and migration from the existing system.',
    level: 'staff',
    label: 'Stakeholders',
    hint: 'users, advertisers/creators/sellers; existing system and migration',
  },
];

// ---------------------------------------------------------------------------
// Step 2 — Frame the problem as an ML task
// ---------------------------------------------------------------------------

const FRAMING_POINTS: readonly KeyPoint[] = [
  {
    id: '2.1',
    key: 'ml-objective',
    title: 'ML objective / proxy',
    advice:
      'Turn the business goal into a measurable ML objective (e.g. predict P(click)) and say why this proxy is a good one and how it can fail.',
    level: 'core',
    label: 'ML objective',
    hint: 'predict P(y | x) as a proxy for the business goal; risks of the proxy: clickbait, …',
  },
  {
    id: '2.2',
    key: 'input-output',
    title: 'Input / output',
    advice:
      'Write a precise input/output contract: given <user, item, context>, the model returns a score, a probability or a ranked top-k list.',
    level: 'core',
    label: 'Input → output',
    hint: '<entity A, entity B, context> → score / probability / ranked list',
  },
  {
    id: '2.3',
    key: 'ml-category',
    title: 'ML category',
    advice:
      'Name the ML category (binary classification, regression, ranking/LTR, retrieval, multi-label, …) and say why it fits.',
    level: 'core',
    label: 'ML category',
    hint: 'binary classification (pointwise LTR) | ranking | retrieval | regression, because …',
  },
  {
    id: '2.4',
    key: 'label-definition',
    title: 'Label definition',
    advice:
      'Define exactly what counts as a positive and a negative example, including the time window (e.g. a click within 30 minutes of the impression).',
    level: 'core',
    label: 'Label',
    hint: 'positive = … within T; negative = …; label delay = …',
  },
  {
    id: '2.5',
    key: 'need-for-ml',
    title: 'Need for ML / heuristic alternative',
    advice:
      'Ask whether rules would be enough, and describe a heuristic (popularity, rules) that serves as the v0 the model must beat.',
    level: 'senior',
    label: 'Do we need ML?',
    hint: 'heuristic v0 (popularity / rules) and why ML beats it',
  },
  {
    id: '2.6',
    key: 'multi-objective',
    title: 'Multi-objective trade-offs',
    advice:
      'Compare candidate objectives and their failure modes (clicks → clickbait, watch time → long-video bias) and combine them with weights or a value model, with counter-objectives.',
    level: 'senior',
    label: 'Objective trade-offs',
    hint: 'clicks vs watch time vs negative feedback; weighted value model; counter-metrics',
  },
  {
    id: '2.7',
    key: 'architecture-funnel',
    title: 'High-level architecture / funnel',
    advice:
      'Sketch the stages (candidate generation → ranking → re-ranking) and the role of each stage.',
    level: 'senior',
    coreFor: ['recsys', 'search', 'ads'],
    onlyFor: true,
    label: 'High-level architecture',
    hint: 'candidate generation → ranking → re-ranking/business logic',
  },
  {
    id: '2.8',
    key: 'reframing',
    title: 'Problem reframing alternatives',
    advice:
      'Compare at least two framings (e.g. multi-class over all items vs a binary user-item match; matrix factorization vs a context-aware model) and say why you chose one.',
    level: 'staff',
    label: 'Alternative framings',
    hint: 'option 1 … vs option 2 …; chosen because …',
  },
];

// ---------------------------------------------------------------------------
// Step 3 — Data preparation
// ---------------------------------------------------------------------------

const DATA_POINTS: readonly KeyPoint[] = [
  {
    id: '3.1',
    key: 'data-sources',
    title: 'Data sources / entities',
    advice:
      'List the entities and sources: users, items or ads, queries, impressions, interactions, context; first- vs third-party data.',
    level: 'core',
    label: 'Sources/entities',
    hint: 'users, items, interactions, context …',
  },
  {
    id: '3.2',
    key: 'labels-collection',
    title: 'Labels & their collection',
    advice:
      'Say where labels come from (natural labels from logs vs human raters), how negatives are defined, and how label delay and noise are handled.',
    level: 'core',
    label: 'Labels',
    hint: 'natural labels from logs | human raters; negatives; label delay and noise',
  },
  {
    id: '3.3',
    key: 'imbalance-sampling',
    title: 'Imbalance & sampling',
    advice:
      'Say how rare positives are handled (negative downsampling, class weights, focal loss) and how the sampling is corrected afterwards (recalibration).',
    level: 'senior',
    coreFor: ['ads', 'fraud', 'moderation'],
    label: 'Sampling',
    hint: 'negative downsampling rate w = … (+ recalibration), imbalance ≈ 1:N',
  },
  {
    id: '3.4',
    key: 'ingestion-mode',
    title: 'Ingestion: batch vs streaming',
    advice:
      'Say how logs flow into the system and how fresh they are: batch (Spark, daily) vs streaming (Kafka → Flink, minutes).',
    level: 'senior',
    label: 'Ingestion',
    hint: 'batch (Spark/Hive, daily) + streaming (Kafka → Flink, seconds–minutes)',
  },
  {
    id: '3.5',
    key: 'storage',
    title: 'Storage: analytical vs online',
    advice:
      'Separate analytical storage for training (warehouse or lake) from online storage for point lookups (NoSQL key-value store) and a vector index for embeddings.',
    level: 'senior',
    label: 'Storage',
    hint: 'training data in warehouse/lake; online features in Redis/Cassandra/Bigtable for point lookups',
  },
  {
    id: '3.6',
    key: 'feature-engineering',
    title: 'Feature engineering (what)',
    advice:
      'List the features by family: user, item, context, cross/interaction features, and historical aggregates over time windows (clicks in the last 7 days).',
    level: 'core',
    label: 'Features',
    hint: 'user | item | context | cross/interaction | historical aggregates (windows 1h, 1d, 7d)',
  },
  {
    id: '3.7',
    key: 'feature-representation',
    title: 'Feature representation (how)',
    advice:
      'Say how each feature type is encoded: IDs → embeddings or the hashing trick; numbers → normalized or bucketized; text and images → a pretrained encoder; missing values → imputation.',
    level: 'senior',
    label: 'Representation',
    hint: 'IDs → embeddings (or hashing trick); numeric → normalize/bucketize; text/image → pretrained encoder',
  },
  {
    id: '3.8',
    key: 'feature-store',
    title: 'Feature store & consistency',
    advice:
      'Use an offline + online feature store with point-in-time-correct joins so training and serving share the same features.',
    level: 'senior',
    label: 'Feature store',
    hint: 'offline + online, point-in-time-correct joins; same transformation code online and offline',
  },
  {
    id: '3.9',
    key: 'data-flow',
    title: 'Data flow / training-data pipeline',
    advice:
      'Describe how the training set is built: the impression → click join, the label window, and how datasets are materialized and versioned.',
    level: 'senior',
    label: 'Data flow',
    hint: 'impression → click join on impression id, label window T, daily snapshots',
  },
  {
    id: '3.10',
    key: 'split-leakage',
    title: 'Splits & leakage',
    advice:
      'Split train/validation/test by time, not at random, and say how leakage from the future is prevented.',
    level: 'senior',
    coreFor: ['ads', 'recsys', 'search', 'fraud', 'moderation', 'regression'],
    label: 'Split',
    hint: 'time-based train/val/test; leakage guards: …',
  },
  {
    id: '3.11',
    key: 'data-quality',
    title: 'Data quality / validation',
    advice:
      'Validate the data: schema checks, deduplication, outliers, and filtering of bot, spam and invalid traffic.',
    level: 'senior',
    label: 'Data quality',
    hint: 'schema validation, dedup, bot/invalid-traffic filtering',
  },
  {
    id: '3.12',
    key: 'privacy-bias',
    title: 'Privacy & bias in data',
    advice:
      'Handle PII (consent, anonymization, retention) and name the biases in the logged data (selection bias, position bias, popularity bias).',
    level: 'senior',
    label: 'Privacy & bias',
    hint: 'PII handling, consent, retention; selection/position bias in logs',
  },
];

// ---------------------------------------------------------------------------
// Step 4 — Model development
// ---------------------------------------------------------------------------

const MODEL_POINTS: readonly KeyPoint[] = [
  {
    id: '4.1',
    key: 'baseline',
    title: 'Baseline first',
    advice:
      'Start with a baseline to beat: a non-ML heuristic (popularity) or a simple model such as logistic regression.',
    level: 'core',
    label: 'Baseline',
    hint: 'heuristic / logistic regression',
  },
  {
    id: '4.2',
    key: 'model-progression',
    title: 'Model progression with justification',
    advice:
      'Move from the baseline to stronger models (GBDT → deep model) and justify each step with pros and cons tied to latency, data and cost.',
    level: 'core',
    label: 'Model progression',
    hint: 'GBDT → deep model (DCN / DeepFM / two-tower), because …',
  },
  {
    id: '4.3',
    key: 'stage-models',
    title: 'Retrieval vs ranking model split',
    advice:
      'Use different models per stage (two-tower + ANN for retrieval, a light pre-ranker, a heavy ranker) and say why.',
    level: 'senior',
    coreFor: ['recsys', 'search', 'ads'],
    onlyFor: true,
    label: 'Per-stage models',
    hint: 'retrieval: two-tower + ANN; ranking: heavy model; re-ranking: rules/light model',
  },
  {
    id: '4.4',
    key: 'loss',
    title: 'Loss function',
    advice:
      'Pick a loss that matches the objective and the need for calibrated outputs (log loss/BCE for pointwise CTR, pairwise/listwise for ranking, contrastive for embeddings).',
    level: 'core',
    label: 'Loss',
    hint: 'BCE / pairwise / contrastive',
  },
  {
    id: '4.5',
    key: 'training-details',
    title: 'Training details',
    advice:
      'Give the training details: optimizer, learning rate, regularization, early stopping and hyper-parameter tuning.',
    level: 'senior',
    label: 'Training',
    hint: 'optimizer, regularization, hyper-parameter tuning, cadence',
  },
  {
    id: '4.6',
    key: 'distributed-training',
    title: 'Distributed / large-scale training',
    advice:
      'At scale, say how training is distributed: data or model parallelism, sharded embedding tables, parameter servers, GPUs.',
    level: 'senior',
    label: 'Distributed training',
    hint: 'data/model parallelism, sharded embedding tables, parameter servers',
  },
  {
    id: '4.7',
    key: 'continual-learning',
    title: 'Continual / online learning',
    advice:
      'Keep the model fresh with warm-started incremental updates, and weigh freshness against stability (catastrophic forgetting).',
    level: 'senior',
    label: 'Continual learning',
    hint: 'warm-start incremental updates every N minutes; daily full retrain',
  },
  {
    id: '4.8',
    key: 'calibration',
    title: 'Calibration',
    advice:
      'When scores are used as probabilities (auction, threshold), calibrate them (Platt scaling, isotonic regression, downsampling correction) and check predicted/observed ≈ 1.',
    level: 'senior',
    coreFor: ['ads', 'fraud'],
    label: 'Calibration',
    hint: 'Platt/isotonic; downsampling correction',
  },
  {
    id: '4.9',
    key: 'special-problems',
    title: 'Special-problem handling',
    advice: 'Handle the special problems: cold start, position bias, exploration, debiasing.',
    level: 'senior',
    label: 'Special issues',
    hint: 'cold start, position bias, exploration',
  },
  {
    id: '4.10',
    key: 'multi-task-modeling',
    title: 'Multi-task / multi-objective modeling',
    advice:
      'Model several objectives together (shared bottom or MMoE with CTR, CVR and hide heads) and say how the scores are fused.',
    level: 'staff',
    label: 'Multi-task',
    hint: 'shared bottom / MMoE with CTR, CVR, hide heads; value-model fusion',
  },
  {
    id: '4.11',
    key: 'interpretability',
    title: 'Interpretability / debugging',
    advice: 'Say how you will explain and debug the model: feature importance, ablations, error analysis per slice.',
    level: 'senior',
    label: 'Interpretability',
    hint: 'feature importance (SHAP), ablations, error analysis per slice',
  },
];

// ---------------------------------------------------------------------------
// Step 5 — Evaluation
// ---------------------------------------------------------------------------

const EVALUATION_POINTS: readonly KeyPoint[] = [
  {
    id: '5.1',
    key: 'offline-metrics',
    title: 'Offline classification / probability metrics',
    advice:
      'Choose offline metrics that suit imbalance and probability use: AUC or PR-AUC, log loss / normalized entropy, calibration — not accuracy alone.',
    level: 'core',
    metBy: ['ranking-metrics', 'task-metrics'],
    label: 'Offline metrics',
    hint: 'AUC, log loss/NE, calibration',
  },
  {
    id: '5.2',
    key: 'ranking-metrics',
    title: 'Offline ranking / retrieval metrics',
    advice: 'For rankings, use rank-aware metrics: nDCG@k, MRR, MAP, recall@k, hit rate, plus coverage and diversity.',
    level: 'senior',
    coreFor: ['recsys', 'search'],
    onlyFor: true,
    label: 'Ranking metrics',
    hint: 'nDCG@k, recall@k, MRR',
  },
  {
    id: '5.3',
    key: 'task-metrics',
    title: 'Task-specific offline metrics',
    advice: 'Where relevant, use the task’s own metrics: RMSE/MAE/MAPE for regression, BLEU/ROUGE for text, IoU/mAP for vision, WER for speech.',
    level: 'senior',
    coreFor: ['regression', 'vision'],
    onlyFor: true,
    label: 'Task metrics',
    hint: 'RMSE/MAE/MAPE | BLEU/ROUGE | IoU/mAP, where applicable',
  },
  {
    id: '5.4',
    key: 'online-metrics',
    title: 'Online / business metrics',
    advice: 'Name the online business metrics the A/B test decides on (CTR, conversion rate, revenue/RPM, watch time, retention).',
    level: 'core',
    label: 'Online metrics',
    hint: 'primary CTR / revenue / …',
  },
  {
    id: '5.5',
    key: 'guardrail-metrics',
    title: 'Guardrail / counter metrics',
    advice: 'List the guardrail metrics that must not regress while you optimize (hide/report rate, latency, ad load, bounce rate).',
    level: 'senior',
    label: 'Guardrails',
    hint: 'latency, hide rate, …',
  },
  {
    id: '5.6',
    key: 'ab-test',
    title: 'A/B test design',
    advice:
      'Run an A/B test and design it: the randomization unit, traffic split, sample size and power (MDE), duration, and the decision rule.',
    level: 'core',
    label: 'A/B test',
    hint: 'unit = user; traffic x%; duration ≥ 1–2 weeks; power for MDE …; ship if …',
  },
  {
    id: '5.7',
    key: 'alternative-online-eval',
    title: 'Alternative online evaluation',
    advice: 'Consider other online evaluation methods: interleaving, bandits, shadow scoring, counterfactual or off-policy replay.',
    level: 'senior',
    label: 'Other online evaluation',
    hint: 'interleaving | shadow scoring | bandits | counterfactual replay',
  },
  {
    id: '5.8',
    key: 'offline-protocol',
    title: 'Offline protocol & slicing',
    advice: 'Evaluate on a time-based holdout and break metrics down per segment (country, device, cohort), including fairness slices.',
    level: 'senior',
    label: 'Slicing',
    hint: 'time-based holdout; metrics per country/device/cohort',
  },
  {
    id: '5.9',
    key: 'offline-online-gap',
    title: 'Offline–online gap',
    advice: 'Explain why offline gains may not transfer online and how you would detect and reduce the gap.',
    level: 'staff',
    label: 'Offline–online gap',
    hint: 'why offline gains may not transfer; how we check the correlation',
  },
];

// ---------------------------------------------------------------------------
// Step 6 — Deployment and serving
// ---------------------------------------------------------------------------

const SERVING_POINTS: readonly KeyPoint[] = [
  {
    id: '6.1',
    key: 'serving-mode',
    title: 'Batch vs online prediction',
    advice: 'Choose batch, online or hybrid prediction and give the reason (freshness vs cost).',
    level: 'core',
    label: 'Mode',
    hint: 'online | batch | hybrid, because …',
  },
  {
    id: '6.2',
    key: 'serving-latency',
    title: 'Latency budget & QPS at serving',
    advice: 'Give the serving latency budget (p99 in ms), the QPS, and how many candidates are scored per request.',
    level: 'core',
    label: 'Latency & QPS',
    hint: 'p99 ≤ N ms end to end at peak QPS; K candidates per request',
  },
  {
    id: '6.3',
    key: 'serving-funnel',
    title: 'Multi-stage serving funnel',
    advice:
      'Walk through the request path stage by stage with sizes and budgets (millions → thousands → hundreds → tens).',
    level: 'senior',
    coreFor: ['recsys', 'search', 'ads'],
    onlyFor: true,
    label: 'Request path & budget',
    hint: 'retrieval N → K, x ms → ranking K → k, y ms → business logic z ms',
  },
  {
    id: '6.4',
    key: 'ann-index',
    title: 'Retrieval index / ANN',
    advice: 'Name the retrieval index and library (ANN with Faiss/ScaNN/HNSW, or an inverted index).',
    level: 'senior',
    coreFor: ['recsys', 'search', 'vision'],
    onlyFor: true,
    label: 'Index',
    hint: 'ANN (Faiss/ScaNN/HNSW) over item embeddings | inverted index',
  },
  {
    id: '6.5',
    key: 'caching',
    title: 'Caching & feature fetching',
    advice: 'Say what is cached and where, and how online features are fetched (online feature store, Redis, TTL).',
    level: 'senior',
    label: 'Caching',
    hint: 'precomputed embeddings, online feature lookups (Redis), TTL',
  },
  {
    id: '6.6',
    key: 'serving-infra',
    title: 'Serving infrastructure & scaling',
    advice: 'Describe the serving infrastructure: model server, horizontal scaling, load balancing, sharding, hardware, request batching.',
    level: 'senior',
    label: 'Infra',
    hint: 'model server …, autoscaling, sharding, load balancing',
  },
  {
    id: '6.7',
    key: 'model-optimization',
    title: 'Model optimization',
    advice: 'Compress the model to meet latency or cost: quantization (int8/fp16), distillation, pruning, ONNX/TensorRT.',
    level: 'senior',
    label: 'Compression',
    hint: 'quantization (int8/fp16), distillation, pruning',
  },
  {
    id: '6.8',
    key: 'safe-rollout',
    title: 'Safe rollout',
    advice: 'Roll out safely: shadow mode, canary, gradual ramp and rollback, with a model registry and versioning.',
    level: 'senior',
    label: 'Rollout',
    hint: 'shadow → canary 1% → ramp; rollback on …',
  },
  {
    id: '6.9',
    key: 'business-logic',
    title: 'Business logic after scoring',
    advice: 'Say what happens after scoring: re-ranking for diversity, dedup, policy filters, frequency caps, the auction.',
    level: 'senior',
    coreFor: ['ads', 'recsys'],
    label: 'Business logic',
    hint: 're-ranking for diversity, dedup, policy filters, frequency caps, auction',
  },
  {
    id: '6.10',
    key: 'fallback',
    title: 'Edge vs cloud & fallback',
    advice: 'Say where inference runs (cloud or on-device) and what happens when it fails: fallback models, default rankings, graceful degradation.',
    level: 'senior',
    label: 'Fallback',
    hint: 'on timeout: simpler model → cached/popular results; cloud vs on-device',
  },
  {
    id: '6.11',
    key: 'cost',
    title: 'Cost awareness',
    advice: 'Estimate serving and training cost and weigh it against the expected gain.',
    level: 'staff',
    label: 'Cost',
    hint: 'cost per 1k predictions vs expected gain',
  },
];

// ---------------------------------------------------------------------------
// Step 7 — Monitoring, maintenance, infrastructure
// ---------------------------------------------------------------------------

const MONITORING_POINTS: readonly KeyPoint[] = [
  {
    id: '7.1',
    key: 'system-monitoring',
    title: 'System / operational monitoring',
    advice: 'Monitor the system: latency, QPS, error rate, resource use, with dashboards.',
    level: 'core',
    label: 'System',
    hint: 'latency p99, QPS, error rate, resource use',
  },
  {
    id: '7.2',
    key: 'model-quality-monitoring',
    title: 'Model-quality monitoring online',
    advice:
      'Track model quality online: the online metric, the prediction distribution, and the calibration ratio, keeping label delay in mind.',
    level: 'core',
    label: 'Model',
    hint: 'online metric, prediction distribution, calibration ratio',
  },
  {
    id: '7.3',
    key: 'data-drift',
    title: 'Data / feature drift',
    advice: 'Detect data drift with named statistics (PSI, KS test, KL divergence) and watch null rates, coverage and schema changes.',
    level: 'core',
    label: 'Data',
    hint: 'feature drift (PSI/KS), null/coverage, schema',
  },
  {
    id: '7.4',
    key: 'concept-drift',
    title: 'Concept drift / label shift',
    advice: 'Name concept drift and label shift: P(y | x) or P(y) changing with seasonality, trends or adversaries.',
    level: 'senior',
    label: 'Concept drift',
    hint: 'seasonality, adversaries, P(y | x) changes',
  },
  {
    id: '7.5',
    key: 'training-serving-skew',
    title: 'Training–serving skew',
    advice:
      'Prevent training–serving skew: log serving-time features and train on them, share the transformation code, check feature parity.',
    level: 'senior',
    label: 'Skew',
    hint: 'log serving-time features; same transformation code; parity checks',
  },
  {
    id: '7.6',
    key: 'alerting',
    title: 'Alerting & response',
    advice: 'Set alert thresholds, route them to on-call, and roll back automatically when quality drops.',
    level: 'senior',
    label: 'Alerting',
    hint: 'thresholds → on-call / auto-rollback',
  },
  {
    id: '7.7',
    key: 'retraining',
    title: 'Retraining cadence & strategy',
    advice:
      'Say how often the model is retrained (hourly, daily), whether on a schedule or triggered, full or incremental, and why.',
    level: 'core',
    label: 'Retraining',
    hint: 'hourly incremental + daily full, triggered by …',
  },
  {
    id: '7.8',
    key: 'feedback-loops',
    title: 'Feedback loops & exploration',
    advice:
      'Name the feedback loops (rich-get-richer, position and selection bias) and counter them with exploration traffic or bandits.',
    level: 'senior',
    label: 'Feedback loops',
    hint: 'exploration ε% / bandit, position/selection-bias handling',
  },
  {
    id: '7.9',
    key: 'logging-lineage',
    title: 'Logging, lineage, debugging',
    advice: 'Log predictions, features and the model version so any decision can be replayed and debugged.',
    level: 'senior',
    label: 'Logging',
    hint: 'log features, predictions and model version for replay',
  },
  {
    id: '7.10',
    key: 'human-in-the-loop',
    title: 'Human-in-the-loop / abuse',
    advice: 'Plan the human side: review queues, appeals, and how adversaries (spam, click fraud) adapt.',
    level: 'senior',
    coreFor: ['moderation', 'fraud'],
    label: 'Human in the loop',
    hint: 'review queues, appeals, adversarial adaptation',
  },
  {
    id: '7.11',
    key: 'platform-ownership',
    title: 'Platform / infra ownership',
    advice: 'Reuse the shared platform (feature store, training and experiment platforms) and say who owns and is on call for what.',
    level: 'staff',
    label: 'Ownership',
    hint: 'shared feature store / training / experiment platform; on-call owner',
  },
];

// ---------------------------------------------------------------------------
// The seven steps
// ---------------------------------------------------------------------------

export const STEPS: readonly StepDef[] = [
  {
    id: 'requirements',
    index: 1,
    title: 'Clarify requirements',
    summary:
      'Pin down the business objective, the use case, scale and latency numbers, constraints, available data and scope before designing anything.',
    aliases: [
      'clarif*',
      'requirement*',
      'goal*',
      'what we are|re building',
      'what it is for',
      'what the feature|product|system is for',
      'problem statement*|definition*|formulation|understanding|setup|scop*',
      'scope',
      'scoping',
      'use case*',
      'usecase*',
      'business goal*|objective*|problem*',
      'constraint*',
      'assumption*',
      'back of envelope',
      'back of the envelope',
      'estimation*',
      'calculat*',
      'capacity',
      'scale',
      'non functional',
    ],
    cjkAliases: ['明确需求', '需求', '需求分析', '澄清', '业务目标', '约束'],
    snippetPrefix: 'mlsd-req',
    minutes: 5,
    points: REQUIREMENTS_POINTS,
  },
  {
    id: 'framing',
    index: 2,
    title: 'Frame the problem as an ML task',
    summary:
      'Turn the business goal into an ML objective with a precise input/output, an ML category, a label definition and a high-level architecture.',
    aliases: [
      'frame',
      'framing',
      'framed',
      'what we|exactly predict*',
      'what do we predict*',
      'what exactly do we predict*',
      'what to predict',
      'prediction target*',
      'learning problem*',
      'ml task*|objective*|formulation|problem*|category',
      'machine learning task*|objective*|formulation|problem*|category',
      'problem formulation',
      'task formulation',
      'input* output*',
      'input* and output*',
      'i o',
      'io',
      'mapping business problem*',
      'objective function*',
      'architecture components',
      'architectural components',
      'mvp logic',
    ],
    cjkAliases: ['问题定义', '问题建模', '建模', '框架', '机器学习任务', '任务定义'],
    snippetPrefix: 'mlsd-frame',
    minutes: 4,
    points: FRAMING_POINTS,
  },
  {
    id: 'data',
    index: 3,
    title: 'Data preparation',
    summary:
      'Say where data and labels come from, how they are sampled, ingested and stored, which features are built and how, and how the data is split without leakage.',
    aliases: [
      'data',
      'dataset*',
      'data set*',
      'training data|set|sets|examples',
      'label*',
      'feature*',
      'split*',
      'signals',
    ],
    cjkAliases: ['数据', '特征', '数据准备', '特征工程', '数据处理', '样本', '标签'],
    snippetPrefix: 'mlsd-data',
    minutes: 8,
    points: DATA_POINTS,
  },
  {
    id: 'model',
    index: 4,
    title: 'Model development',
    summary:
      'Start from a baseline, progress to stronger models with justification, and cover the loss, training, calibration and special problems.',
    aliases: [
      'modeling',
      'modelling',
      'models',
      'model development|selection|architecture*|training|choice|design',
      'algorithm*',
      'baseline*',
      'candidate generation',
      'ranking model*',
      'learning to rank',
      'training',
      'training pipeline*',
    ],
    cjkAliases: ['模型', '模型开发', '模型训练', '训练', '算法'],
    snippetPrefix: 'mlsd-model',
    minutes: 9,
    points: MODEL_POINTS,
  },
  {
    id: 'evaluation',
    index: 5,
    title: 'Evaluation',
    summary:
      'Pair offline metrics that fit the task with online business and guardrail metrics, and design the A/B test that decides the launch.',
    aliases: [
      'evaluat*',
      'metric*',
      'kpi*',
      'measur*',
      'how we know|tell it works',
      'how do we judge|know|measure|tell',
      'how we judge',
      'check* it works',
      'does it work',
      'offline',
      'online metric*|testing|evaluation|experiment*',
      'a b',
      'ab test*',
      'experiment*',
      'success metric*',
    ],
    cjkAliases: ['评价', '评估', '指标', '实验', '离线评估', '在线评估'],
    snippetPrefix: 'mlsd-eval',
    minutes: 7,
    points: EVALUATION_POINTS,
  },
  {
    id: 'serving',
    index: 6,
    title: 'Deployment and serving',
    summary:
      'Decide batch vs online prediction, lay out the request path with a latency budget, and cover indexing, caching, scaling, rollout and fallbacks.',
    aliases: [
      'deploy*',
      'serving',
      'serve',
      'ship*',
      'launch*',
      'roll out',
      'rollout',
      'prediction service*|pipeline*',
      'inference',
      'production',
      'productioni*',
      'productionis*',
      'high level design|architecture',
      'system design|architecture',
      'scaling',
      'latency',
      'online model execution',
    ],
    cjkAliases: ['部署', '服务', '上线', '推理', '系统架构'],
    snippetPrefix: 'mlsd-serve',
    minutes: 7,
    points: SERVING_POINTS,
  },
  {
    id: 'monitoring',
    index: 7,
    title: 'Monitoring',
    summary:
      'Monitor the system, the data and the model in production, name the drift types, alerting and retraining cadence, and handle feedback loops.',
    aliases: [
      'monitor*',
      'maintenance',
      'maintain*',
      'keeping it healthy|running|fresh',
      'operat*',
      'after launch',
      'in production',
      'update',
      'updates',
      'retrain*',
      're train*',
      'continual*',
      'observab*',
      'mlops',
      'ml ops',
      'drift',
      'alerting',
    ],
    cjkAliases: ['监控', '维护', '迭代', '重训练', '更新'],
    snippetPrefix: 'mlsd-monitor',
    minutes: 5,
    points: MONITORING_POINTS,
  },
];

// ---------------------------------------------------------------------------
// Cross-cutting points (RUBRIC §1.2, not tied to one step)
// ---------------------------------------------------------------------------

export const CROSS_CUTTING: readonly KeyPoint[] = [
  {
    id: 'X.1',
    key: 'trade-offs',
    title: 'Explicit trade-offs',
    advice: 'Make trade-offs explicit: what you chose, what you gave up, and why ("we trade freshness for cost because …").',
    level: 'core',
    label: 'Trade-offs',
    hint: 'we chose A over B because …; downside: …',
  },
  {
    id: 'X.2',
    key: 'diagram',
    title: 'Diagram / HLD',
    advice: 'Draw the high-level design: a Mermaid flowchart (or an image) of the data and request paths.',
    level: 'senior',
    label: 'Diagram',
    hint: 'mermaid flowchart of the training and request paths',
  },
  {
    id: 'X.3',
    key: 'cold-start',
    title: 'Cold start',
    advice: 'Say how new users, items or ads are handled before they have interaction history.',
    level: 'senior',
    label: 'Cold start',
    hint: 'new users/items: content features, priors, exploration',
  },
  {
    id: 'X.4',
    key: 'responsible-ai',
    title: 'Responsible AI',
    advice: 'Consider fairness, bias, harms, misuse and transparency, and weigh them against the business goal.',
    level: 'senior',
    label: 'Responsible AI',
    hint: 'fairness across groups, harms, transparency',
  },
  {
    id: 'X.5',
    key: 'extensions',
    title: 'Extensions / follow-ups',
    advice: 'Close with next steps: what you would build or study next if you had more time.',
    level: 'senior',
    label: 'Next steps',
    hint: 'extensions if we had more time',
  },
  {
    id: 'X.6',
    key: 'risk-register',
    title: 'Risk register',
    advice: 'List the main risks and failure modes with a mitigation for each.',
    level: 'staff',
    label: 'Risks',
    hint: 'failure modes and mitigations',
  },
];

// ---------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------

const STEP_BY_ID: ReadonlyMap<StepId, StepDef> = new Map(STEPS.map((s) => [s.id, s]));

/** The step with this id (every `StepId` has one). */
export function stepById(id: StepId): StepDef {
  const step = STEP_BY_ID.get(id);
  if (!step) throw new Error(`unknown step id: ${String(id)}`);
  return step;
}

/** Every key point of every step, in canonical order, with its step id. */
export const ALL_POINTS: readonly { readonly step: StepId; readonly point: KeyPoint }[] = STEPS.flatMap(
  (s) => s.points.map((point) => ({ step: s.id, point })),
);
