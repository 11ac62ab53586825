/**
 * The twelve case-study skeletons of shared/domain/RUBRIC.md §2: prompts, case
 * kinds, per-step guiding questions (for templates) and the must-have checklist
 * (MLSD016). Each checklist item names its concept in the concept table (`concepts.ts`).
 */
import type { CaseStudy, MustHave } from './types';

// ---------------------------------------------------------------------------
// 2.1 CTR prediction for sponsored search (the most detailed case)
// ---------------------------------------------------------------------------

const CTR_MUST_HAVES: readonly MustHave[] = [
  // [C]
  {
    title: 'Business objective = revenue, with a user-experience guardrail',
    step: 'requirements',
    level: 'core',
    concept: 'business-objective-revenue-with-a-user-experienc',
  },
  {
    title: 'Ranking by bid × pCTR in an auction (eCPM)',
    step: 'framing',
    level: 'core',
    concept: 'ranking-by-bid-pctr-in-an-auction-ecpm',
  },
  {
    title: 'Scale numbers (QPS and candidates per query)',
    step: 'requirements',
    level: 'core',
    concept: 'scale-numbers-qps-and-candidates-per-query',
  },
  {
    title: 'Latency budget in ms',
    step: 'requirements',
    level: 'core',
    concept: 'latency-slo',
  },
  {
    title: 'Binary classification / pointwise',
    step: 'framing',
    level: 'core',
    concept: 'ml-category',
  },
  {
    title: 'Click label with an attribution window',
    step: 'framing',
    level: 'core',
    concept: 'click-label-with-an-attribution-window',
  },
  {
    title: 'Impression–click join',
    step: 'data',
    level: 'core',
    concept: 'impression-click-join',
  },
  {
    title: 'Imbalance + negative downsampling',
    step: 'data',
    level: 'core',
    concept: 'imbalance-negative-downsampling',
  },
  {
    title: 'Time-based split',
    step: 'data',
    level: 'core',
    concept: 'time-based-split',
  },
  {
    title: 'Query × ad features',
    step: 'data',
    level: 'core',
    concept: 'query-ad-features',
  },
  {
    title: 'Historical CTR features',
    step: 'data',
    level: 'core',
    concept: 'historical-ctr-features',
  },
  {
    title: 'ID embeddings or hashing',
    step: 'data',
    level: 'core',
    concept: 'id-embeddings-or-hashing',
  },
  {
    title: 'Logistic-regression baseline',
    step: 'model',
    level: 'core',
    concept: 'baseline',
  },
  {
    title: 'GBDT or deep crosses (DCN / DeepFM / Wide & Deep)',
    step: 'model',
    level: 'core',
    concept: 'model-progression',
  },
  {
    title: 'Offline log loss / normalized entropy',
    step: 'evaluation',
    level: 'core',
    concept: 'offline-metrics',
  },
  {
    title: 'Offline AUC',
    step: 'evaluation',
    level: 'core',
    concept: 'offline-metrics',
  },
  {
    title: 'Calibration',
    step: 'evaluation',
    level: 'core',
    concept: 'calibration',
  },
  {
    title: 'Online CTR',
    step: 'evaluation',
    level: 'core',
    concept: 'online-metrics',
  },
  {
    title: 'Online revenue (RPM)',
    step: 'evaluation',
    level: 'core',
    concept: 'online-revenue-rpm',
  },
  {
    title: 'A/B test',
    step: 'evaluation',
    level: 'core',
    concept: 'ab-test',
  },
  {
    title: 'Candidate retrieval → ranking funnel',
    step: 'framing',
    level: 'core',
    concept: 'candidate-retrieval-ranking-funnel',
  },
  {
    title: 'Online prediction with caching',
    step: 'serving',
    level: 'core',
    concept: 'online-prediction-with-caching',
  },
  {
    title: 'Monitoring: calibration drift',
    step: 'monitoring',
    level: 'core',
    concept: 'monitoring-calibration-drift',
  },
  {
    title: 'Monitoring: data drift',
    step: 'monitoring',
    level: 'core',
    concept: 'data-drift',
  },
  {
    title: 'Monitoring: retraining cadence',
    step: 'monitoring',
    level: 'core',
    concept: 'monitoring-retraining-cadence',
  },
  // [S]
  {
    title: 'Recalibration after downsampling',
    step: 'model',
    level: 'senior',
    concept: 'recalibration-after-downsampling',
  },
  {
    title: 'Position bias',
    step: 'model',
    level: 'senior',
    concept: 'position-bias',
  },
  {
    title: 'Delayed clicks',
    step: 'data',
    level: 'senior',
    concept: 'delayed-clicks',
  },
  {
    title: 'Feature store with online/offline parity',
    step: 'data',
    level: 'senior',
    concept: 'feature-store-with-online-offline-parity',
  },
  {
    title: 'Continual / online learning (FTRL, warm start)',
    step: 'model',
    level: 'senior',
    concept: 'continual-online-learning-ftrl-warm-start',
  },
  {
    title: 'Cold-start ads + exploration',
    step: 'model',
    level: 'senior',
    concept: 'cold-start-ads-exploration',
  },
  {
    title: 'Shadow / canary rollout',
    step: 'serving',
    level: 'senior',
    concept: 'safe-rollout',
  },
  {
    title: 'Training–serving skew',
    step: 'monitoring',
    level: 'senior',
    concept: 'training-serving-skew',
  },
  {
    title: 'Guardrails (organic CTR, latency, hide rate)',
    step: 'evaluation',
    level: 'senior',
    concept: 'guardrails-organic-ctr-latency-hide-rate',
  },
  // [St]
  {
    title: 'Advertiser ROI / marketplace',
    step: 'requirements',
    level: 'staff',
    concept: 'advertiser-roi-marketplace',
  },
  {
    title: 'Budget pacing interplay',
    step: 'serving',
    level: 'staff',
    concept: 'budget-pacing-interplay',
  },
  {
    title: 'Counterfactual / replay evaluation',
    step: 'evaluation',
    level: 'staff',
    concept: 'counterfactual-replay-evaluation',
  },
  {
    title: 'Selection bias from the auction',
    step: 'monitoring',
    level: 'staff',
    concept: 'selection-bias-from-the-auction',
  },
  {
    title: 'Ad-blindness holdout',
    step: 'evaluation',
    level: 'staff',
    concept: 'ad-blindness-holdout',
  },
  {
    title: 'Fallback hierarchy',
    step: 'serving',
    level: 'staff',
    concept: 'fallback-hierarchy',
  },
  {
    title: 'Cost per prediction',
    step: 'serving',
    level: 'staff',
    concept: 'cost',
  },
  {
    title: 'Click-fraud monitoring',
    step: 'monitoring',
    level: 'staff',
    concept: 'click-fraud-monitoring',
  },
];

// ---------------------------------------------------------------------------
// The twelve cases
// ---------------------------------------------------------------------------

export const CASES: readonly CaseStudy[] = [
  {
    id: 'ctr-sponsored-search',
    title: 'CTR prediction for sponsored search',
    prompt:
      'Design a high-throughput, low-latency click-through-rate (CTR) prediction system for sponsored search results.',
    kinds: ['ads', 'search'],
    needsCalibration: true,
    guide: {
      requirements: [
        'What is the objective: long-term revenue, subject to ad relevance for users and ROI for advertisers?',
        'Which surfaces are in scope: top/bottom slots, mobile vs desktop, shopping ads?',
        'Derive the scale: peak search QPS × candidate ads per query gives pCTR predictions per second (e.g. 100k × 300 = 30M/s).',
        'Split the latency budget: the whole results page in ~200 ms, the ads system ~30–50 ms, the CTR ranker ~10–20 ms p99 for all candidates.',
        'How fresh must the model be, given new campaigns and drift within hours? Are there hide-ad and frequency-cap features?',
      ],
      framing: [
        'Predict P(click | query, ad, user, context, position) as a calibrated probability.',
        'Pointwise binary classification trained with log loss: a proper scoring rule that keeps calibration, unlike pairwise losses.',
        'The auction ranks by bid × pCTR (× quality) and prices with generalized second price, so pCTR sets both rank and price.',
        'Funnel: keyword/semantic ad retrieval → relevance filter → light pre-ranker → heavy CTR ranker → auction and business rules.',
      ],
      data: [
        'How are impression and click logs joined (on impression id), and in streaming (Kafka → Flink) or batch (Spark, daily)?',
        'Positive = a valid click within window T after filtering invalid clicks; negative = a viewable impression with no click after T.',
        'CTR is ~1%: downsample negatives at rate w and recalibrate with q = p / (p + (1 − p) / w).',
        'Features: query, ad/advertiser, query × ad match, user, context (position, device), real-time counters; hash or embed IDs.',
        'Split strictly by time and compute features as of impression time to avoid leakage.',
      ],
      model: [
        'Baseline: logistic regression with feature crosses trained with FTRL-Proximal.',
        'Next: GBDT leaves fed to LR, then a deep model with learned crosses (DCN-v2 / DeepFM / Wide & Deep) over ID embeddings.',
        'Loss: log loss with per-example weights for downsampling; Adagrad/FTRL for sparse parts, Adam for dense parts.',
        'Calibration after downsampling correction (isotonic or Platt per slice); train position as a feature and fix it at serving.',
        'Daily full retrain plus warm-started updates every 15–60 minutes; shard embedding tables across parameter servers.',
      ],
      evaluation: [
        'Offline: log loss / normalized entropy, AUC (ranking only), calibration overall and per slice.',
        'Online: CTR, revenue per mille searches (RPM), CPC, coverage, ad load; advertiser ROI at staff level.',
        'Guardrails: organic CTR, search abandonment, latency p99, hide-ad rate.',
        'A/B test with the user or cookie as the unit, long-term holdouts for ad blindness, and care about shared advertiser budgets between arms.',
      ],
      serving: [
        'Online scoring per request (query features cannot be precomputed); precompute ad embeddings and static ad features.',
        'Budget per stage, e.g. retrieval 10 ms, pre-rank 5 ms, rank 15 ms, auction 5 ms.',
        'Score all candidates of a query in one batched call on TF Serving/Triton; quantize or distill the heavy ranker; cache head-query features.',
        'Fallback on timeout: pre-ranker score or historical CTR; roll out via shadow scoring → canary with a calibration check → ramp.',
      ],
      monitoring: [
        'Real-time calibration ratio (expected / observed clicks) per slice is the first alarm; online NE once labels mature.',
        'Feature coverage, null rates, stale real-time counters, training–serving skew (log and wait).',
        'Feedback loops: new ads get few impressions → explore with a small traffic share or UCB/Thompson; position and auction selection bias.',
        'Click-fraud spikes, revenue/RPM anomalies; gate every model push on holdout NE and calibration with auto-rollback.',
      ],
    },
    mustHaves: CTR_MUST_HAVES,
  },
  {
    id: 'social-feed-ads',
    title: 'Ad click prediction on a social feed',
    prompt: 'Design an ad click prediction system for the ads shown in a social network feed.',
    kinds: ['ads', 'recsys'],
    needsCalibration: true,
    guide: {
      requirements: [
        'Objective: ad revenue without hurting feed engagement; who are the advertisers and what do they optimize?',
        'Scale: DAU, ads in inventory, ad impressions per day, latency budget for the ads slot in the feed.',
        'Is there a hide/report-ad action, and are there frequency caps against ad fatigue?',
      ],
      framing: [
        'Pointwise binary classification <user, ad, context> → pCTR that feeds an auction ranked by eCPM.',
        'There is no query, so personalization from the user’s history dominates.',
        'Label: a click within t seconds of the impression; hide/block as an extra negative-feedback head.',
      ],
      data: [
        'Features: user demographics and interests, user–ad interaction history, ad/advertiser IDs, creative embeddings, engagement counters, context.',
        'Static features from a batch feature store; dynamic counters computed in streaming.',
        'Handle ~1% CTR with negative downsampling and correct the probabilities afterwards; split by time.',
      ],
      model: [
        'Baseline: logistic regression with feature crosses.',
        'Then GBDT + LR, then DCN / DeepFM for learned sparse crosses; a plain NN or two-tower fits sparse crosses poorly.',
        'Calibrate the output because it is priced in the auction.',
      ],
      evaluation: [
        'Offline: cross-entropy / normalized cross-entropy (NCE) and calibration.',
        'Online: CTR, conversion rate, revenue lift, with the hide rate as a guardrail.',
        'A/B test on users, long enough to see ad fatigue.',
      ],
      serving: [
        'Candidate generation by the advertisers’ targeting criteria → ranking → re-ranking for diversity.',
        'Online scoring within the feed’s latency budget, with cached user and ad features.',
        'Frequency caps and pacing applied after scoring.',
      ],
      monitoring: [
        'Continual learning: fine-tune on fresh data, evaluate, deploy only if better; watch catastrophic forgetting.',
        'Calibration and CTR drift per advertiser vertical; data drift on features.',
        'Ad fatigue and hide-rate trends.',
      ],
    },
    mustHaves: [
      {
        title: 'Pointwise binary classification of pCTR',
        step: 'framing',
        level: 'core',
        concept: 'pointwise-binary-classification-of-pctr',
      },
      {
        title: 'Click label within a time window',
        step: 'framing',
        level: 'core',
        concept: 'click-label-within-a-time-window',
      },
      {
        title: 'Auction ranked by eCPM',
        step: 'framing',
        level: 'core',
        concept: 'auction-ranked-by-ecpm',
      },
      {
        title: 'Targeting-based candidate generation',
        step: 'serving',
        level: 'core',
        concept: 'targeting-based-candidate-generation',
      },
      {
        title: 'Creative embeddings',
        step: 'data',
        level: 'core',
        concept: 'creative-embeddings',
      },
      {
        title: 'LR → GBDT+LR → DCN/DeepFM progression',
        step: 'model',
        level: 'core',
        concept: 'model-progression',
      },
      { title: 'Calibration', step: 'model', level: 'core', concept: 'calibration' },
      {
        title: 'Normalized cross-entropy (NCE)',
        step: 'evaluation',
        level: 'core',
        concept: 'offline-metrics',
      },
      {
        title: 'Online CTR and revenue',
        step: 'evaluation',
        level: 'core',
        concept: 'online-metrics',
      },
      {
        title: 'Hide-rate guardrail',
        step: 'evaluation',
        level: 'core',
        concept: 'hide-rate-guardrail',
      },
      {
        title: 'Continual learning',
        step: 'monitoring',
        level: 'core',
        concept: 'continual-learning',
      },
      {
        title: 'Ad fatigue / frequency cap',
        step: 'serving',
        level: 'core',
        concept: 'functional-requirements',
      },
    ],
  },
  {
    id: 'video-recommendation',
    title: 'Video recommendation',
    prompt: 'Design a video recommendation system for the home feed of a video platform such as YouTube or Netflix.',
    kinds: ['recsys'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Objective: engagement that lasts (watch time, retention), not just clicks; what does success look like?',
        'Scale: DAU, videos in the catalog, uploads per day, latency (~200 ms for the home feed).',
        'Cold start for new users and fresh uploads; negative feedback (not interested); languages.',
      ],
      framing: [
        'Maximising clicks leads to clickbait and maximising completions favours short videos: combine implicit and explicit signals into one relevance score.',
        'Multi-stage: several candidate sources (two-tower / collaborative filtering, popular, trending) → ranking → re-ranking.',
        'Positive = an explicit like or a watch of at least X% (e.g. half the video); negatives sampled.',
      ],
      data: [
        'User profile, watch and search history (averaged embeddings), video metadata (title/description → BERT, tags → CBOW), video stats, context.',
        'Sampled negatives need an importance-sampling correction.',
        'Split by time; beware of leakage from future watches.',
      ],
      model: [
        'Baseline: matrix factorization.',
        'Retrieval: two-tower with in-batch or sampled-softmax negatives (YouTube DNN).',
        'Ranking: a DNN/DCN with multi-task heads (click, watch time, like), e.g. MMoE.',
      ],
      evaluation: [
        'Offline: recall@k, precision@k, mAP, nDCG, diversity.',
        'Online: CTR, watch time, completed videos, retention, with negative-feedback guardrails.',
        'A/B test on users, long enough for novelty effects to fade.',
      ],
      serving: [
        'ANN retrieval (Faiss / ScaNN) over precomputed video embeddings.',
        'Ranking within a ~200 ms end-to-end budget; cache user embeddings.',
        'Re-rank for diversity and freshness; filter watched and policy-violating videos.',
      ],
      monitoring: [
        'Freshness of new uploads: content features and exploration for cold-start items.',
        'Feedback loops and popularity bias; position and selection bias.',
        'Seasonality and retraining cadence.',
      ],
    },
    mustHaves: [
      {
        title: 'Objective trade-off (clicks vs watch time vs satisfaction)',
        step: 'framing',
        level: 'core',
        concept: 'multi-objective',
      },
      {
        title: 'Label: like or watched ≥ X%',
        step: 'framing',
        level: 'core',
        concept: 'label-like-or-watched-x',
      },
      { title: 'Two-tower retrieval', step: 'model', level: 'core', concept: 'model-progression' },
      { title: 'ANN index', step: 'serving', level: 'core', concept: 'ann-index-2' },
      { title: 'Multi-stage funnel', step: 'framing', level: 'core', concept: 'multi-stage-funnel' },
      { title: 'Multi-task ranking', step: 'model', level: 'core', concept: 'multi-task-modeling' },
      { title: 'Cold start', step: 'model', level: 'core', concept: 'cold-start-2' },
      { title: 'Exploration', step: 'monitoring', level: 'core', concept: 'exploration' },
      {
        title: 'Diversity / freshness re-ranking',
        step: 'serving',
        level: 'core',
        concept: 'business-logic',
      },
      {
        title: 'Offline ranking metrics (recall@k, nDCG)',
        step: 'evaluation',
        level: 'core',
        concept: 'ranking-metrics',
      },
      {
        title: 'Online watch time / engagement',
        step: 'evaluation',
        level: 'core',
        concept: 'online-watch-time-engagement',
      },
    ],
  },
  {
    id: 'news-feed-ranking',
    title: 'Personalized news feed ranking',
    prompt: 'Design a personalized news feed ranking system for a social network such as Facebook, LinkedIn or Twitter.',
    kinds: ['recsys'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Objective: meaningful engagement and long-term retention, with integrity constraints.',
        'Scale: DAU, posts created per day, candidate posts per feed load; latency ~200 ms.',
        'Freshness expectations, negative feedback (hide, report, unfollow), and integrity policies.',
      ],
      framing: [
        'Rank unseen posts by predicted engagement.',
        'Score = weighted sum of P(like), P(comment), P(share), P(dwell > t) and P(hide) with a negative weight.',
        'Labels: one implicit or explicit reaction per action head.',
      ],
      data: [
        'Author–viewer affinity from interaction history.',
        'Post content embeddings (text, image), post age and engagement velocity, user context.',
        'Per-action labels from logs; time-based split.',
      ],
      model: [
        'Baseline: one LR or GBDT per action.',
        'Then a multi-task DNN (shared bottom or MMoE) with calibrated heads so the weighted sum is meaningful.',
        'Position bias and exploration for new authors and posts.',
      ],
      evaluation: [
        'Offline: ROC-AUC and log loss per head.',
        'Online: engagement rate, time spent, DAU/retention.',
        'Guardrails: hides, reports, integrity metrics; A/B test on users.',
      ],
      serving: [
        'Retrieve from the graph (followees, groups) plus unconnected recommendations → light ranker → heavy ranker.',
        'Re-rank for diversity, author dedup and integrity demotion.',
        'Precompute or cache feeds for inactive users.',
      ],
      monitoring: [
        'Engagement drift and prediction distribution per head.',
        'Feedback loops: clickbait and echo chambers; position bias.',
        'Retrain daily or hourly.',
      ],
    },
    mustHaves: [
      {
        title: 'Weighted multi-action score',
        step: 'framing',
        level: 'core',
        concept: 'weighted-multi-action-score',
      },
      {
        title: 'Negative actions (hide, report) in the score',
        step: 'framing',
        level: 'core',
        concept: 'negative-actions-hide-report-in-the-score',
      },
      { title: 'Multi-task model', step: 'model', level: 'core', concept: 'multi-task-modeling' },
      {
        title: 'Diversity re-ranking',
        step: 'serving',
        level: 'core',
        concept: 'business-logic',
      },
      {
        title: 'Integrity guardrails',
        step: 'evaluation',
        level: 'core',
        concept: 'integrity-guardrails',
      },
      {
        title: 'Freshness',
        step: 'requirements',
        level: 'core',
        concept: 'freshness-2',
      },
      {
        title: 'Offline per-head AUC / log loss',
        step: 'evaluation',
        level: 'core',
        concept: 'offline-metrics',
      },
      {
        title: 'Online engagement / time spent',
        step: 'evaluation',
        level: 'core',
        concept: 'online-engagement-time-spent',
      },
    ],
  },
  {
    id: 'search-ranking',
    title: 'Search ranking',
    prompt: 'Design a search ranking system (web search, e-commerce search, or Airbnb listing search).',
    kinds: ['search'],
    needsCalibration: false,
    guide: {
      requirements: [
        'What is being searched (documents, products, listings), and what does a successful search look like?',
        'Scale: queries per second, corpus size, index update rate; latency < 100–200 ms.',
        'Personalization, locale/language, freshness of the index.',
      ],
      framing: [
        'Given a query (and a user), return a ranked list: learning to rank, pointwise → pairwise (LambdaMART) → listwise.',
        'Pipeline: query rewriting → query understanding (intent) → document selection from an inverted index with BM25 → multi-stage ranker → blender → filter.',
        'Labels: graded human relevance ratings, plus online engagement (a click with ≥ 10 s dwell counts as success).',
      ],
      data: [
        'Searcher, query (intent, historical engagement), document (popularity, PageRank, locality) and context features.',
        'Query–document features: text match, TF-IDF, BM25, embedding similarity, historical query–doc CTR.',
        'Click labels are position-biased: debias them or use human ratings.',
      ],
      model: [
        'Baseline: LR or a small MART for document selection.',
        'LambdaMART ranker, then a deep two-tower model and a cross-encoder re-ranker.',
        'Airbnb went GBDT → LambdaRank NN → NN with GBDT/FM features → a DNN on 10× more data.',
      ],
      evaluation: [
        'Offline: nDCG and MRR on graded relevance.',
        'Online: session success rate, time to success, CTR, bookings or conversions.',
        'A/B test or interleaving for faster comparison of rankers.',
      ],
      serving: [
        'Stay within < 100–200 ms end to end.',
        'Shard the index; cache results and features for head queries.',
        'Multi-stage ranking: cheap selection over many documents, heavy ranking over a few hundred.',
      ],
      monitoring: [
        'Query-mix drift and the zero-result rate.',
        'Position bias in click labels.',
        'Freshness of the index and retraining cadence.',
      ],
    },
    mustHaves: [
      {
        title: 'Inverted index',
        step: 'serving',
        level: 'core',
        concept: 'inverted-index',
      },
      {
        title: 'Query understanding',
        step: 'framing',
        level: 'core',
        concept: 'query-understanding',
      },
      {
        title: 'Learning to rank (pointwise / pairwise / listwise)',
        step: 'framing',
        level: 'core',
        concept: 'learning-to-rank-pointwise-pairwise-listwise',
      },
      {
        title: 'Relevance labels (human ratings or dwell-qualified clicks)',
        step: 'framing',
        level: 'core',
        concept: 'relevance-labels-human-ratings-or-dwell-qualifie',
      },
      { title: 'nDCG', step: 'evaluation', level: 'core', concept: 'ranking-metrics' },
      {
        title: 'Position-bias-aware labels',
        step: 'data',
        level: 'core',
        concept: 'position-bias-aware-labels',
      },
      { title: 'Multi-stage ranking', step: 'framing', level: 'core', concept: 'multi-stage-funnel' },
      {
        title: 'Online search success / conversions',
        step: 'evaluation',
        level: 'core',
        concept: 'online-search-success-conversions',
      },
    ],
  },
  {
    id: 'people-you-may-know',
    title: 'People You May Know',
    prompt: 'Design a "People You May Know" (friend or connection recommendation) system for a social network.',
    kinds: ['recsys'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Objective: network growth and retention through connections that are accepted and used.',
        'Scale: users, average degree, size of the 2-hop neighborhood; how fresh must suggestions be?',
        'Privacy (contacts upload), abuse by spammers and fake accounts, fairness of network creation.',
      ],
      framing: [
        'Link prediction on the social graph: P(request sent and accepted).',
        'Candidates from friends of friends (2-hop), shared schools or workplaces, and contacts.',
        'Label: accepted request = positive; shown and ignored, or rejected = negative; acceptance can take days.',
      ],
      data: [
        'Mutual friends count and graph proximity (Adamic–Adar, personalized PageRank).',
        'Profile similarity, interaction signals, node embeddings.',
        'Delayed labels: wait for acceptance before labeling; split by time.',
      ],
      model: [
        'Baseline: rank by mutual friends count.',
        'GBDT on pairwise features.',
        'GNN (GraphSAGE) node embeddings plus a ranker.',
      ],
      evaluation: [
        'Offline: recall@k and mAP.',
        'Online: requests sent, requests accepted, network growth and retention.',
        'A/B test with care for network interference between users.',
      ],
      serving: [
        'Mostly batch: precompute candidates per user daily, since graph traversal is expensive.',
        'Online re-ranking with fresh signals when the page loads.',
        'Store precomputed candidates in a key-value store.',
      ],
      monitoring: [
        'Graph-growth drift.',
        'Spam and fake-account abuse.',
        'Fairness / equity of network creation across groups.',
      ],
    },
    mustHaves: [
      {
        title: 'Link-prediction framing',
        step: 'framing',
        level: 'core',
        concept: 'link-prediction-framing',
      },
      {
        title: 'Label: accepted request',
        step: 'framing',
        level: 'core',
        concept: 'label-accepted-request',
      },
      {
        title: '2-hop (friends-of-friends) candidates',
        step: 'framing',
        level: 'core',
        concept: '2-hop-friends-of-friends-candidates',
      },
      {
        title: 'Graph features / GNN',
        step: 'model',
        level: 'core',
        concept: 'graph-features-gnn',
      },
      {
        title: 'Batch vs online trade-off',
        step: 'serving',
        level: 'core',
        concept: 'batch-vs-online-trade-off',
      },
      {
        title: 'Delayed labels',
        step: 'data',
        level: 'core',
        concept: 'delayed-labels',
      },
      {
        title: 'Abuse (spam, fake accounts)',
        step: 'monitoring',
        level: 'core',
        concept: 'abuse-spam-fake-accounts',
      },
      {
        title: 'Offline recall@k / mAP',
        step: 'evaluation',
        level: 'core',
        concept: 'ranking-metrics',
      },
    ],
  },
  {
    id: 'harmful-content-detection',
    title: 'Harmful content detection',
    prompt: 'Design a system that detects harmful content (violence, nudity, hate speech, …) in posts on a social platform.',
    kinds: ['moderation'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Which harm categories are in scope, and what actions are possible (remove, demote, send to review)?',
        'Scale: posts per day, languages, modalities (text, image, video); latency per category.',
        'Precision vs recall per harm, appeals, explainability to users, fairness across languages and dialects.',
      ],
      framing: [
        'Multimodal (text, image, video, author) multi-label classification: P(violence), P(nudity), P(hate), …',
        'Early vs late fusion of modalities; one multi-task model with shared layers and per-harm heads.',
        'Labels: user reports (fast, noisy) for training; human reviewers (accurate) for evaluation.',
      ],
      data: [
        'Text via a multilingual encoder (DistilBERT); images via CLIP/SimCLR; video via a video encoder.',
        'Author features (violation history, account age), reactions and comments.',
        'Severe class imbalance: sampling, class weights or focal loss.',
      ],
      model: [
        'Baseline: keyword and hash matching (photo hashes) plus LR.',
        'Multimodal multi-task neural network with per-harm heads.',
        'Focal loss for imbalance; gradient blending against one modality dominating.',
      ],
      evaluation: [
        'Offline: PR-AUC (not ROC-AUC alone), recall at a fixed precision per harm.',
        'Online: prevalence, harmful impressions, proactive rate, appeal-reversal rate.',
        'Slice by language, region and content type for fairness.',
      ],
      serving: [
        'Tiered actions by confidence: auto-remove when high, demote when medium, human review queue in between.',
        'Per-category latency: some harms must be caught before the post is shown, others can be scored later.',
        'Re-score posts as reactions and reports accumulate.',
      ],
      monitoring: [
        'Adversarial concept drift: violators adapt; new trends need few-shot updates.',
        'Reviewer quality and agreement.',
        'Fairness across languages and dialects; explanations for users and appeals.',
      ],
    },
    mustHaves: [
      {
        title: 'Multi-label classification framing',
        step: 'framing',
        level: 'core',
        concept: 'multi-label-classification-framing',
      },
      {
        title: 'Multimodal fusion',
        step: 'model',
        level: 'core',
        concept: 'multimodal-fusion',
      },
      { title: 'Multi-task heads', step: 'model', level: 'core', concept: 'multi-task-modeling' },
      {
        title: 'Labels from user reports and human reviewers',
        step: 'data',
        level: 'core',
        concept: 'labels-from-user-reports-and-human-reviewers',
      },
      {
        title: 'Human in the loop',
        step: 'serving',
        level: 'core',
        concept: 'human-in-the-loop-2',
      },
      {
        title: 'Prevalence metric',
        step: 'evaluation',
        level: 'core',
        concept: 'prevalence-metric',
      },
      {
        title: 'Precision/recall thresholds per class',
        step: 'evaluation',
        level: 'core',
        concept: 'precision-recall-thresholds-per-class',
      },
      { title: 'Adversarial drift', step: 'monitoring', level: 'core', concept: 'concept-drift' },
      {
        title: 'Class imbalance',
        step: 'data',
        level: 'core',
        concept: 'class-imbalance',
      },
    ],
  },
  {
    id: 'payment-fraud',
    title: 'Payment fraud detection',
    prompt: 'Design a real-time fraud detection system for card payment transactions (e.g. Stripe, PayPal).',
    kinds: ['fraud'],
    needsCalibration: true,
    guide: {
      requirements: [
        'What does a false positive (lost revenue, angry customer) cost compared with a false negative (chargeback)?',
        'Scale: transactions per second at peak; latency budget at authorization (< 100 ms).',
        'Compliance and explainability requirements; is there a manual-review team, and how big?',
      ],
      framing: [
        'Real-time binary classification per transaction, with decision thresholds set by cost.',
        'Often a hybrid of rules and ML, with a manual-review tier between approve and block.',
        'Labels: chargebacks and disputes, arriving weeks later; manual-review outcomes also serve as labels.',
      ],
      data: [
        'Velocity features: cards per IP or device in the last N minutes, computed in streaming (Kafka/Flink).',
        'Amount vs the user’s history, geo mismatch, device fingerprint, merchant risk, email/identity signals, graph features.',
        'Delayed and censored labels: wait for label maturity and split by time; fraud is rare (heavy imbalance).',
      ],
      model: [
        'Baseline: rules plus LR or GBDT.',
        'GBDT + DNN (Wide & Deep), or a multi-branch DNN as Stripe Radar did; graph models for fraud rings.',
        'Calibrate scores so cost-based thresholds stay meaningful.',
      ],
      evaluation: [
        'Offline: PR-AUC, recall at a fixed false-positive rate, a dollar-weighted cost metric.',
        'Online: fraud loss rate, false-decline rate, manual-review load, approval rate.',
        'Keep a small holdout where transactions are not blocked, to measure true fraud rates.',
      ],
      serving: [
        'Synchronous scoring at authorization, typically < 100 ms.',
        'Streaming features in an online store for point lookups.',
        'Tiered decisions: approve, step-up authentication or review, block.',
      ],
      monitoring: [
        'Adversarial concept drift: fraudsters adapt to the model.',
        'Feedback loop from blocked transactions (no labels for blocks): keep an exploration / holdout slice.',
        'Threshold recalibration; explanations and an audit trail for compliance.',
      ],
    },
    mustHaves: [
      {
        title: 'Real-time binary classification',
        step: 'framing',
        level: 'core',
        concept: 'real-time-binary-classification',
      },
      {
        title: 'Cost-sensitive threshold',
        step: 'framing',
        level: 'core',
        concept: 'cost-sensitive-threshold',
      },
      {
        title: 'Label delay (chargebacks arrive weeks later)',
        step: 'data',
        level: 'core',
        concept: 'label-delay-chargebacks-arrive-weeks-later',
      },
      {
        title: 'Velocity / streaming features',
        step: 'data',
        level: 'core',
        concept: 'velocity-streaming-features',
      },
      {
        title: 'Class imbalance',
        step: 'data',
        level: 'core',
        concept: 'class-imbalance',
      },
      { title: 'Calibration', step: 'model', level: 'core', concept: 'calibration' },
      {
        title: 'PR-AUC',
        step: 'evaluation',
        level: 'core',
        concept: 'pr-auc',
      },
      {
        title: 'Block-feedback-loop holdout',
        step: 'monitoring',
        level: 'core',
        concept: 'block-feedback-loop-holdout',
      },
      {
        title: 'Explanation / audit',
        step: 'monitoring',
        level: 'core',
        concept: 'explanation-audit',
      },
    ],
  },
  {
    id: 'visual-search',
    title: 'Visual search',
    prompt: 'Design a visual search system that returns images similar to a query image (e.g. Pinterest or Google Lens).',
    kinds: ['search', 'vision'],
    needsCalibration: false,
    guide: {
      requirements: [
        'What is the user doing: search by photo, crop within an image, shop the look?',
        'Scale: corpus size (billions of images), query QPS, upload rate; latency target.',
        'Content safety: harmful images must not be returned.',
      ],
      framing: [
        'Representation learning plus nearest-neighbor retrieval: query image → embedding → top-k similar images.',
        'Rank by embedding similarity, optionally followed by a re-ranker.',
        'Labels: contrastive pairs from interactions (the image clicked after a query) or self-supervised augmentations.',
      ],
      data: [
        'CNN or ViT image embeddings; optional text and metadata for a multimodal model.',
        'Positive pairs from clicks/saves; negatives in batch or mined hard negatives.',
        'Deduplicate near-identical images; filter unsafe content from the corpus.',
      ],
      model: [
        'Baseline: a pretrained ResNet or ViT embedding.',
        'Fine-tune contrastively (InfoNCE or triplet loss; SimCLR/MoCo for self-supervision).',
        'Optional re-ranker on top of the retrieved candidates.',
      ],
      evaluation: [
        'Offline: MRR, recall@k, mAP, nDCG on a labeled set.',
        'Online: CTR on results, saves/repins, time to engagement.',
        'A/B test on users.',
      ],
      serving: [
        'Precompute embeddings for the whole corpus in batch; compute the query embedding online.',
        'ANN over billions of vectors (Faiss, HNSW, product quantization), sharded.',
        'New embedding model → rebuild (re-index) the whole corpus.',
      ],
      monitoring: [
        'Indexing latency for newly uploaded images.',
        'Embedding-version migrations and re-indexing.',
        'Harmful-content filtering and positional bias in engagement labels.',
      ],
    },
    mustHaves: [
      {
        title: 'Embedding + nearest-neighbor framing',
        step: 'framing',
        level: 'core',
        concept: 'embedding-nearest-neighbor-framing',
      },
      {
        title: 'Contrastive training',
        step: 'model',
        level: 'core',
        concept: 'contrastive-training',
      },
      { title: 'ANN retrieval', step: 'serving', level: 'core', concept: 'ann-index-2' },
      {
        title: 'Offline index build',
        step: 'serving',
        level: 'core',
        concept: 'offline-index-build',
      },
      {
        title: 'Re-index on model change',
        step: 'monitoring',
        level: 'core',
        concept: 're-index-on-model-change',
      },
      {
        title: 'Content moderation',
        step: 'monitoring',
        level: 'core',
        concept: 'content-moderation',
      },
      {
        title: 'Offline retrieval metrics (MRR, recall@k)',
        step: 'evaluation',
        level: 'core',
        concept: 'ranking-metrics',
      },
      {
        title: 'Online engagement (CTR, saves)',
        step: 'evaluation',
        level: 'core',
        concept: 'online-engagement-ctr-saves',
      },
    ],
  },
  {
    id: 'event-recommendation',
    title: 'Event recommendation / similar listings',
    prompt: 'Design an event recommendation system (e.g. Eventbrite), or a similar-listings feature for a marketplace such as Airbnb.',
    kinds: ['recsys'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Objective: registrations (or bookings) and revenue; which surface (home page, email, "similar listings" carousel)?',
        'Items are ephemeral: events expire, so most items are new. How many events, users and requests per second?',
        'Location and time constraints: only nearby, upcoming events make sense.',
      ],
      framing: [
        'Pointwise learning to rank: P(register | user, event).',
        'Similar listings: session-based listing embeddings and nearest neighbors.',
        'Label: registration (or booking) as positive, shown and not registered as negative.',
      ],
      data: [
        'Distance, time until the event, price vs the user’s history, friends attending, category affinity.',
        'Content, location and social features dominate because interaction history is short.',
        'Build the dataset from batch and streaming features; for listings, word2vec skip-gram over click sessions with the booked listing as global context and negatives from the same market.',
      ],
      model: [
        'Baseline: LR.',
        'GBDT (XGBoost), then a neural network.',
        'Listing embeddings trained on sessions; cold start from content features.',
      ],
      evaluation: [
        'Offline: mAP, nDCG; hit-rate@k for similar listings.',
        'Online: CTR, registrations or bookings, revenue.',
        'A/B test on users.',
      ],
      serving: [
        'Filter events by location and time, then rank.',
        'ANN retrieval over listing embeddings for similar listings.',
        'Real-time features such as remaining tickets and time until the event.',
      ],
      monitoring: [
        'Seasonality and location drift.',
        'Cold-start quality for newly created events.',
        'Retraining cadence matching how quickly the event inventory turns over.',
      ],
    },
    mustHaves: [
      {
        title: 'Pointwise LTR: P(register | user, event)',
        step: 'framing',
        level: 'core',
        concept: 'pointwise-ltr-p-register-user-event',
      },
      {
        title: 'Ephemeral-item cold start',
        step: 'requirements',
        level: 'core',
        concept: 'ephemeral-item-cold-start',
      },
      {
        title: 'Location and time features',
        step: 'data',
        level: 'core',
        concept: 'location-and-time-features',
      },
      {
        title: 'Session-based embeddings',
        step: 'model',
        level: 'core',
        concept: 'session-based-embeddings',
      },
      {
        title: 'Negative sampling within the market',
        step: 'data',
        level: 'core',
        concept: 'negative-sampling-within-the-market',
      },
      {
        title: 'Offline ranking metrics',
        step: 'evaluation',
        level: 'core',
        concept: 'ranking-metrics',
      },
      {
        title: 'Online registrations / bookings',
        step: 'evaluation',
        level: 'core',
        concept: 'online-registrations-bookings',
      },
    ],
  },
  {
    id: 'eta-prediction',
    title: 'ETA / delivery-time prediction',
    prompt: 'Design an ETA (estimated time of arrival) prediction system for a ride-hailing or food-delivery app such as Uber or DoorDash.',
    kinds: ['regression'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Where is the ETA shown and what does it drive (dispatch, pricing, customer expectations)?',
        'Scale: very high QPS (every request and every candidate driver); latency in milliseconds.',
        'Is under-estimating worse than over-estimating? Do we need a range (quantiles) rather than a point?',
      ],
      framing: [
        'Regression of the time to arrival.',
        'Often predict the residual over the routing engine’s ETA (as Uber DeepETA does).',
        'Label: actual arrival time; GPS noise makes it noisy.',
      ],
      data: [
        'Route segments, real-time traffic, time of day / day of week, weather.',
        'Restaurant preparation time, driver history, region.',
        'Real-time features from streaming; split by time.',
      ],
      model: [
        'Baseline: the routing-engine ETA or historical averages.',
        'GBDT, then a deep model (a transformer over features, as in DeepETA).',
        'Loss: asymmetric or quantile loss to reflect the cost of being late vs early.',
      ],
      evaluation: [
        'Offline: MAE, MAPE, quantile coverage, sliced by region.',
        'Online: ETA accuracy, customer cancellations, on-time rate.',
        'A/B test by region or user, aware of marketplace interference.',
      ],
      serving: [
        'Very high QPS with millisecond latency; batch candidate drivers in one call.',
        'Real-time traffic features from streaming in an online store.',
        'Fall back to the routing ETA on timeout.',
      ],
      monitoring: [
        'Traffic and seasonality drift; holidays.',
        'City launches (new regions with little data).',
        'Feedback effects: the ETA shown changes user and driver behavior.',
      ],
    },
    mustHaves: [
      {
        title: 'Regression framing',
        step: 'framing',
        level: 'core',
        concept: 'regression-framing',
      },
      {
        title: 'Label: actual arrival time',
        step: 'framing',
        level: 'core',
        concept: 'label-actual-arrival-time',
      },
      {
        title: 'Regression loss choice',
        step: 'model',
        level: 'core',
        concept: 'regression-loss-choice',
      },
      {
        title: 'Streaming features (real-time traffic)',
        step: 'data',
        level: 'core',
        concept: 'streaming-features-real-time-traffic',
      },
      {
        title: 'Residual-over-physics (routing ETA) baseline',
        step: 'model',
        level: 'core',
        concept: 'residual-over-physics-routing-eta-baseline',
      },
      {
        title: 'Per-region slices',
        step: 'evaluation',
        level: 'core',
        concept: 'per-region-slices',
      },
      {
        title: 'Quantiles / uncertainty',
        step: 'model',
        level: 'core',
        concept: 'quantiles-uncertainty',
      },
      {
        title: 'Offline MAE / MAPE',
        step: 'evaluation',
        level: 'core',
        concept: 'offline-mae-mape',
      },
    ],
  },
  {
    id: 'typeahead',
    title: 'Query autocomplete / typeahead',
    prompt: 'Design a query autocomplete (typeahead) system for a search box.',
    kinds: ['search'],
    needsCalibration: false,
    guide: {
      requirements: [
        'Objective: save keystrokes and lead to successful searches.',
        'Latency: tens of milliseconds per keystroke; QPS is several times the search QPS.',
        'Locales, personalization, and a hard requirement never to suggest offensive completions.',
      ],
      framing: [
        'Given a prefix (+ user and context), rank completions.',
        'Candidates from a trie/FST of popular queries, plus a neural language model for the long tail.',
        'Label: the completion the user selected or submitted.',
      ],
      data: [
        'Query popularity with time decay; prefix-match quality.',
        'Personalization from the user’s history; trending queries; locale.',
        'Logs of shown completions, selections and final submitted queries; split by time.',
      ],
      model: [
        'Baseline: MostPopularCompletion (most frequent queries with this prefix).',
        'LambdaMART ranker over candidates.',
        'Lightweight neural language model to generate long-tail completions.',
      ],
      evaluation: [
        'Offline: MRR, success@k, keystrokes saved.',
        'Online: acceptance rate, typing effort, search success.',
        'A/B test on users; guardrail on offensive-suggestion reports.',
      ],
      serving: [
        'Precompute candidates into tries; the per-keystroke budget is tens of ms.',
        'Cache by prefix and serve from the edge.',
        'Apply a safety blocklist and classifier before returning suggestions.',
      ],
      monitoring: [
        'Freshness of trending queries (rebuild tries frequently).',
        'Offensive-suggestion filtering and reports.',
        'Query-distribution drift.',
      ],
    },
    mustHaves: [
      {
        title: 'Prefix → ranked completions framing',
        step: 'framing',
        level: 'core',
        concept: 'prefix-ranked-completions-framing',
      },
      {
        title: 'Label: selected completion',
        step: 'framing',
        level: 'core',
        concept: 'label-selected-completion',
      },
      {
        title: 'Trie / precompute',
        step: 'serving',
        level: 'core',
        concept: 'trie-precompute',
      },
      {
        title: 'Per-keystroke latency',
        step: 'requirements',
        level: 'core',
        concept: 'per-keystroke-latency',
      },
      { title: 'MRR', step: 'evaluation', level: 'core', concept: 'mrr' },
      {
        title: 'Safety filter',
        step: 'serving',
        level: 'core',
        concept: 'safety-filter',
      },
      {
        title: 'Freshness / trending queries',
        step: 'monitoring',
        level: 'core',
        concept: 'freshness-trending-queries',
      },
      {
        title: 'Online acceptance rate',
        step: 'evaluation',
        level: 'core',
        concept: 'online-acceptance-rate',
      },
    ],
  },
];

const CASE_BY_ID: ReadonlyMap<string, CaseStudy> = new Map(CASES.map((c) => [c.id, c]));

/** The case study with this id, if any. */
export function caseById(id: string): CaseStudy | undefined {
  return CASE_BY_ID.get(id);
}
