/**
 * Sentence analysis: boundaries in prose whose Markdown was blanked to spaces,
 * the named / explained split (verb, length, reason / comparison / number), and
 * lemmas. Plus robustness: Chinese, empty text, random text, 1 MB inputs.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSentences, clearSentenceCaches, isExplained, lemmatize, sentenceLemmas, type SentenceInfo } from '../../../src/core/text/sentences';

const texts = (text: string) => analyzeSentences(text).map((s) => text.slice(s.start, s.end));
const one = (text: string): SentenceInfo => {
  const ss = analyzeSentences(text);
  expect(ss, `one sentence in ${JSON.stringify(text)}: ${JSON.stringify(texts(text))}`).toHaveLength(1);
  return ss[0]!;
};
const explained = (text: string) => isExplained(one(text));
const lemmas = (text: string) => lemmatize(text).map((t) => t.lemma);
const lemmaOf = (text: string, word: string) => {
  const t = lemmatize(text).find((x) => text.slice(x.start, x.end).toLowerCase() === word.toLowerCase());
  return t?.lemma;
};

describe('sentence boundaries', () => {
  it('splits a fragment list on periods, and explains none of it', () => {
    const text = 'Drift KL divergence. Retrain weekly. Isotonic calibration.';
    expect(texts(text)).toEqual(['Drift KL divergence.', 'Retrain weekly.', 'Isotonic calibration.']);
    const ss = analyzeSentences(text);
    expect(ss.map(isExplained)).toEqual([false, false, false]);
    // "Retrain weekly" has a verb, but it is short and gives no reason or number.
    expect(ss[1]!.hasVerb).toBe(true);
    expect(ss[1]!.words).toBe(2);
    expect(ss[0]!.hasVerb).toBe(false);
    expect(ss[2]!.hasVerb).toBe(false);
  });

  it('ends a sentence at each blanked list item, never merging items', () => {
    expect(texts('   feature store\n   online serving\n   retrain weekly')).toEqual(['feature store', 'online serving', 'retrain weekly']);
    expect(texts('- feature store\n- online serving\n1. retrain weekly\n2) calibrate')).toEqual(['feature store', 'online serving', 'retrain weekly', 'calibrate']);
    expect(texts('   Metrics: AUC, log loss\n   Latency 30 ms p99\n\n   We use 10M users.')).toEqual(['Metrics: AUC, log loss', 'Latency 30 ms p99', 'We use 10M users.']);
  });

  it('ends a sentence at a blank line, a heading, a table cell and a colon at the end of a line', () => {
    expect(texts('first paragraph without a period\n\nsecond one')).toEqual(['first paragraph without a period', 'second one']);
    expect(texts('We compare three options:\n  a heuristic\n  a GBDT')).toEqual(['We compare three options:', 'a heuristic', 'a GBDT']);
    expect(texts('| Latency | 30 ms p99 | because users leave |')).toEqual(['Latency', '30 ms p99', 'because users leave']);
    expect(texts('some text\n# Heading')).toEqual(['some text', 'Heading']);
    expect(texts('Latency | 30 ms | because users leave')).toEqual(['Latency', '30 ms', 'because users leave']);
    // A lone `|` outside a table row is a symbol.
    expect(texts('Predict pCTR = P(click | query, ad, user) as a calibrated probability.')).toHaveLength(1);
  });

  it('joins a wrapped line to the next when it plainly runs on', () => {
    const wrapped = 'We retrain the ranker every night on the last thirty days of logs\nbecause click patterns shift within a day.';
    expect(texts(wrapped)).toEqual([wrapped]);
    expect(explained(wrapped)).toBe(true);
    // Ends on a joining word or a comma: runs on whatever the next line starts with.
    expect(texts('We train with\nXGBoost because it is fast.')).toHaveLength(1);
    expect(texts('Users, ads,\nqueries and context.')).toHaveLength(1);
    // A short line followed by a lower-case line is a list item, not a wrap.
    expect(texts('   feature store\n   online serving')).toHaveLength(2);
    // A long line wrapped after a number with its unit runs on; one ended by a full stop or a colon does not.
    expect(texts('With 4 million monthly actives, a 10% treatment group gives enough power to detect a 1%\nrelative change in the primary measure.')).toHaveLength(1);
    expect(texts('With 4 million monthly actives, a 10% treatment group gives enough power, we think.\nrelative change in the primary measure.')).toHaveLength(2);
  });

  it('does not end a sentence after an abbreviation or inside a number', () => {
    expect(texts('We use a simple model, e.g. logistic regression, as the baseline. It is cheap.')).toHaveLength(2);
    expect(texts('GBDT vs. DNN is the first choice. Latency decides it.')).toHaveLength(2);
    expect(texts('A CTR of 0.3% and 1,000 QPS. Next.')).toEqual(['A CTR of 0.3% and 1,000 QPS.', 'Next.']);
    expect(texts('Logs, labels, features etc. The joiner runs hourly.')).toHaveLength(2);
  });

  it('ends a sentence at ? and ! and keeps closing quotes and emphasis with it', () => {
    expect(texts('Do we need ML? Yes! A heuristic is the baseline.')).toEqual(['Do we need ML?', 'Yes!', 'A heuristic is the baseline.']);
    expect(analyzeSentences('Do we have click logs for the last 90 days? We do.').map((s) => s.question)).toEqual([true, false]);
    expect(texts('He said "retrain daily." Then we did.')).toEqual(['He said "retrain daily."', 'Then we did.']);
  });

  it('gives UTF-16 offsets into the text given, with blanked Markdown around the words', () => {
    const text = '   **         ** We retrain nightly because clicks shift.  \n\n  `   `  Drift 😀 detection.';
    for (const s of analyzeSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
    expect(texts(text)).toEqual(['We retrain nightly because clicks shift.', 'Drift 😀 detection.']);
  });

  it('returns nothing for empty or wordless text', () => {
    expect(analyzeSentences('')).toEqual([]);
    expect(analyzeSentences('   \n\n\t  ')).toEqual([]);
    expect(analyzeSentences('--- | *** | ... ---')).toEqual([]);
    expect(lemmatize('')).toEqual([]);
  });
});

describe('named or explained', () => {
  it('explains a sentence with a verb and a reason', () => {
    expect(explained('We retrain every night because click patterns shift within a day')).toBe(true);
    expect(explained('Rescaled so that a score of 0.3 means three in ten such payments turn out bad')).toBe(true);
    expect(explained('Since clicks can arrive late, we wait before we call an impression a negative.')).toBe(true);
    expect(explained('We keep the old model next to the new one so we can switch back at once.')).toBe(false); // `so` mid-sentence without a comma is ambiguous
    expect(explained('We keep the old model next to the new one, so we can switch back at once.')).toBe(true);
    expect(explained('We cap the candidate set to keep the ranker inside its budget.')).toBe(true);
    expect(explained('Alerts fire when the feature histograms stray from last month, which means someone looks before users notice.')).toBe(true);
    expect(explained('A longer label window catches more clicks at the cost of fresher data.')).toBe(true);
    expect(explained('Negative downsampling is a trade-off between training cost and calibration.')).toBe(true);
  });

  it('explains a sentence with a verb and a number or quantity', () => {
    expect(explained('We serve 100k QPS at peak with a 15 ms p99 budget.')).toBe(true);
    expect(explained('The ranker sees three hundred candidates per query.')).toBe(true);
    expect(explained('About 5% of the traffic goes to the new model first.')).toBe(true);
    expect(explained('We wait half an hour before a click counts as missing.')).toBe(true);
    const s = one('We store 10M embeddings in the feature store.');
    expect(s.number).toBe(true);
  });

  it('does not take identifiers for numbers', () => {
    expect(one('p99 latency, L2 regularization, GPT-4 embeddings and S3 buckets').number).toBe(false);
    const l2 = one('We apply L2 regularization to the embedding tables.');
    expect(l2.number).toBe(false);
    expect(isExplained(l2)).toBe(false);
  });

  it('explains a sentence with a verb and a comparison', () => {
    expect(explained('I choose pointwise over pairwise losses for the ranker.')).toBe(true);
    expect(explained('A GBDT is cheaper than a deep model at this scale.')).toBe(true);
    expect(explained('We use Flink rather than Spark for the streaming joiner.')).toBe(true);
    expect(explained('Unlike the heuristic, the model generalises to new query and ad pairs.')).toBe(true);
    expect(explained('We judge success by revenue per thousand searches, not by clicks alone.')).toBe(true);
    expect(one('We compare a two-tower model vs a cross-encoder offline.').comparison).toBe(true);
    expect(one('We retrain over the weekend on fresh logs.').comparison).toBe(false);
    // The verb itself, and a bar to beat: "Compare to rules at the same review volume", "the trees must beat the table".
    expect(one('Compare to rules at the same review volume.').comparison).toBe(true);
    expect(one('The trees must beat the lookup table on the later weeks.').comparison).toBe(true);
  });

  it('does not explain keyword dumps and noun lists, even long ones with numbers', () => {
    const dumps = [
      'Feature store, embeddings, two-tower model, ANN retrieval, XGBoost ranker, A/B testing, drift detection, shadow deployment, canary rollout',
      'Delayed clicks, negative downsampling, calibrated scores, 30 ms budget, hashed features',
      'Monitoring: PSI, KL divergence, feature drift, label drift, 7-day windows',
      'Shadow traffic, canary rollout, 5% ramp, automatic rollback',
      'Precision, recall, F1, AUC, log loss, calibration, NDCG@10',
    ];
    for (const d of dumps) {
      const ss = analyzeSentences(d);
      expect(ss.some(isExplained), `${d}: ${JSON.stringify(ss)}`).toBe(false);
    }
  });

  it('does not explain labels, raw or blanked', () => {
    expect(analyzeSentences('**Metrics:** AUC, log loss').some(isExplained)).toBe(false);
    expect(analyzeSentences('            AUC, log loss').some(isExplained)).toBe(false);
    expect(analyzeSentences('- **Offline:** AUC, log loss, calibration\n- **Online:** CTR, revenue per search').some(isExplained)).toBe(false);
  });

  it('does not explain a short sentence even with a reason', () => {
    expect(explained('Retrain because drift.')).toBe(false);
    expect(explained('Cache it to avoid latency')).toBe(false);
  });

  it('needs a finite verb: gerund and participle fragments have none', () => {
    expect(one('Monitoring drift weekly with PSI and KL divergence over 7 days').hasVerb).toBe(false);
    expect(one('Calibrated scores for 300 candidates because of the auction').hasVerb).toBe(false);
    expect(one('We are monitoring drift weekly').hasVerb).toBe(true);
    expect(one('Features are hashed into buckets').hasVerb).toBe(true);
    expect(one('To reduce latency by 30 ms').hasVerb).toBe(false);
    expect(one('To be safe, a fallback for 30 days').hasVerb).toBe(false);
    expect(one('we page someone when the histograms stray').hasVerb).toBe(true);
    expect(one('Do we need ML here').hasVerb).toBe(true);
  });

  it('works on a plain object too, and serialises the computed verb flag', () => {
    expect(isExplained({ start: 0, end: 1, words: 6, hasVerb: true, reason: false, comparison: false, number: true })).toBe(true);
    expect(isExplained({ start: 0, end: 1, words: 4, hasVerb: true, reason: true, comparison: false, number: true })).toBe(false);
    expect(isExplained({ start: 0, end: 1, words: 9, hasVerb: false, reason: true, comparison: true, number: true })).toBe(false);
    const s = one('We retrain every night because click patterns shift.');
    expect(JSON.parse(JSON.stringify(s))).toEqual({ start: s.start, end: s.end, words: 8, hasVerb: true, reason: true, comparison: false, number: false, question: false, hollow: false });
  });
  it('fluent filler is hollow: a buzzword or an empty reason and almost nothing else, and no number', () => {
    for (const t of ['We use DCN because it is state of the art.', 'We A/B test to ensure success.', 'The pipeline will be robust, scalable and efficient.']) {
      expect(one(t).hollow, t).toBe(true);
      expect(isExplained(one(t)), t).toBe(false);
    }
    for (const t of ['We monitor drift because new merchants change the mix of payments.', 'DCN-v2 beats GBDT by 0.4% NE, a strong gain for one week of work.', 'Accuracy is misleading at a 0.1% positive rate, so we report PR-AUC.']) {
      expect(one(t).hollow, t).toBe(false);
    }
  });
  it('a sentence that gives its reason and then lists questions explains; a bare question does not', () => {
    expect(isExplained(one('Each answer gets four yes/no questions rather than a score, since yes/no is graded more consistently: (1) is it correct?'))).toBe(true);
    expect(isExplained(one('Should we retrain the model every week on the new labels?'))).toBe(false);
  });
  it('a sentence puffed with two words of praise and no number is hollow, however much it names', () => {
    const puffed = 'The model is rigorously evaluated with industry-standard metrics such as AUC, KS, precision and recall, ensuring robust results across segments.';
    expect(one(puffed).hollow).toBe(true);
    // One word of praise in a sentence that says something, or praise next to a number, is not.
    expect(one('Boosted trees are a strong choice here because most inputs are counts and categories.').hollow).toBe(false);
    expect(one('The robust version cuts the false alarms from 40 to 12 a day, a good trade for two more milliseconds.').hollow).toBe(false);
  });
});

describe('lemmas', () => {
  it('gives one base form to the inflections of a word', () => {
    expect(lemmas('The histograms stray. One histogram strays. They strayed. It is straying.')).toEqual([
      'the', 'histogram', 'stray', 'one', 'histogram', 'stray', 'they', 'stray', 'it', 'be', 'stray',
    ]);
    expect(lemmaOf('We chose pointwise losses', 'chose')).toBe('choose');
    expect(lemmaOf('Features are hashed into buckets', 'Features')).toBe('feature');
    expect(lemmaOf('Features are hashed into buckets', 'hashed')).toBe('hash');
    expect(lemmaOf('The model was trained on 30 days', 'trained')).toBe('train');
    expect(lemmaOf('Calibrated scores feed the auction', 'Calibrated')).toBe('calibrate');
    expect(lemmaOf('the training data', 'training')).toBe('train');
    expect(lemmaOf('We page someone when the patterns shift', 'patterns')).toBe('pattern');
  });

  it('is the same word however a sentence starts or is cased', () => {
    expect(lemmaOf('Labels arrive late.', 'Labels')).toBe(lemmaOf('the labels arrive late.', 'labels'));
    expect(lemmaOf('EMBEDDINGS are cached.', 'EMBEDDINGS')).toBe(lemmaOf('We cache embeddings.', 'embeddings'));
  });

  it('gives the lemmas of one sentence, the same as lemmatize does', () => {
    const text = 'Drift KL divergence. The histograms strayed because traffic shifted.';
    const ss = analyzeSentences(text);
    expect(sentenceLemmas(ss[1]!).map((t) => t.lemma)).toEqual(['the', 'histogram', 'stray', 'because', 'traffic', 'shift']);
    expect([...sentenceLemmas(ss[0]!), ...sentenceLemmas(ss[1]!)]).toEqual(lemmatize(text));
    expect(() => sentenceLemmas({ start: 0, end: 1, words: 1, hasVerb: false, reason: false, comparison: false, number: false })).toThrow(TypeError);
  });

  it('gives offsets into the text, in order, for words only', () => {
    const text = '  We retrain 2x nightly — because (clicks) shift; 30 ms.\n\n  Drift 😀 detection.';
    const ls = lemmatize(text);
    let last = 0;
    for (const t of ls) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(t.start, t.end)).toMatch(/^[\p{L}\p{N}'’-]+$/u);
      last = t.end;
    }
    expect(ls.map((t) => t.lemma)).toEqual(expect.arrayContaining(['we', 'retrain', 'nightly', 'because', 'click', 'shift', 'drift', 'detection']));
  });
});

describe('robustness', () => {
  it('does not crash on Chinese, mixed scripts and odd characters', () => {
    const zh = '模型每天重新训练，因为点击模式会变化。漂移检测每周运行一次！';
    const ss = analyzeSentences(zh);
    expect(ss).toHaveLength(2);
    expect(ss.some(isExplained)).toBe(false);
    expect(() => lemmatize(zh)).not.toThrow();
    const mixed = '我们 retrain 每天 because 点击 patterns shift. Ünïcödé façade naïve résumé — ok…  \u2028 next\u00a0line \r\n CRLF line\r lone CR \ud800 lone surrogate';
    expect(() => analyzeSentences(mixed).map(isExplained)).not.toThrow();
    expect(() => lemmatize(mixed)).not.toThrow();
    for (const s of analyzeSentences(mixed)) expect(s.end).toBeLessThanOrEqual(mixed.length);
  });

  it('answers a repeated call from its cache', () => {
    const text = 'We retrain every night because click patterns shift. Drift KL divergence.';
    const a = analyzeSentences(text);
    expect(analyzeSentences(text)).toBe(a);
    expect(analyzeSentences(text.slice(0) + '')).toBe(a);
    expect(lemmatize(text)).toBe(lemmatize(text));
    clearSentenceCaches();
    expect(analyzeSentences(text)).not.toBe(a);
    expect(JSON.stringify(analyzeSentences(text))).toBe(JSON.stringify(a));
  });

  it('keeps its invariants on random text', () => {
    const alphabet = fc.constantFrom(...'ab cd Ef. ,\n\n-*|:;!?0123456789%\'’—…我们😀\t'.split(''), 'because ', 'rather than ', 'so that ', 'e.g. ', 'We retrain ', '  - ', '1. ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((xs) => xs.join('')), (text) => {
        const ss = analyzeSentences(text);
        let last = 0;
        for (const s of ss) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.words).toBeGreaterThan(0);
          expect(typeof isExplained(s)).toBe('boolean');
          last = s.end;
        }
        let prev = 0;
        for (const t of lemmatize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.lemma).toBe(t.lemma.toLowerCase());
          prev = t.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('analyses 1 MB of answer text in bounded time and memory', () => {
    const answer = readFileSync(join(__dirname, '../../../examples/ctr-sponsored-search.mlsd.md'), 'utf8');
    // Distinct sentences (a counter word in each sentence and line), so that the per-sentence memo does not do the work.
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1 << 20; i++) {
      const part = answer
        .replace(/^(\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)(?=\w)/gm, `$1W${i} `)
        .replace(/([.!?](?:\*\*|__)?) (?=\S)/g, `$1 W${i} `)
        .replace(/\| (?=\S)/g, `| W${i} `);
      parts.push(part);
      size += part.length;
    }
    const text = Buffer.from(parts.join('\n')).toString();
    clearSentenceCaches();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const ss = analyzeSentences(text);
    const explainedCount = ss.filter(isExplained).length;
    const ls = lemmatize(text);
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heap0) / (1 << 20);
    expect(ss.length).toBeGreaterThan(5000);
    expect(explainedCount).toBeGreaterThan(1000);
    expect(ls.length).toBeGreaterThan(100_000);
    // ~0.5 s on a quiet 2-core machine; generous for a loaded one.
    expect(ms).toBeLessThan(15_000);
    expect(heapMb).toBeLessThan(600);
    clearSentenceCaches();
  });

  it('cuts pathological 1 MB inputs into bounded pieces and finishes', () => {
    const inputs = ['word '.repeat(200_000), 'a. '.repeat(350_000), '|'.repeat(1 << 20), '\n'.repeat(1 << 20), '- item\n'.repeat(150_000), '我'.repeat(1 << 20)];
    for (const text of inputs) {
      const t0 = performance.now();
      const ss = analyzeSentences(text);
      expect(Math.max(0, ...ss.slice(0, 100_000).map((s) => s.words))).toBeLessThanOrEqual(400);
      ss.slice(0, 2000).forEach(isExplained);
      expect(performance.now() - t0).toBeLessThan(10_000);
      clearSentenceCaches();
    }
    const t0 = performance.now();
    expect(lemmatize('word '.repeat(200_000)).length).toBe(200_000);
    expect(performance.now() - t0).toBeLessThan(15_000);
    clearSentenceCaches();
  });
});
