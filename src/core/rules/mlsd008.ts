import type { Hit } from '../text/keywords';
import { lineOfOffset } from '../model/parse';
import type { Rule, RuleContext, RuleReport } from './types';
import { conceptGroups } from '../analysis/concepts';
import type { ConceptId } from '../framework/concepts';
import type { AnswerSentence } from '../analysis/depth';
import { docAnchor, explainedWhere, hitIn, hitText, lineInStep, sectionWords, sentenceOf, stepAnchor, stepHeadingSection } from './util';
import { HOLLOW_WORDS } from '../framework/required';
import { longestDuration } from '../analysis/quantities';


/**
 * The shortest wait each late outcome needs before an example counts as negative, and
 * how late it comes: a window shorter than that calls most late positives negative.
 */
const DAY = 86_400;
const OUTCOMES: readonly { concept: ConceptId; min: number; noun: string; late: string }[] = [
  { concept: 'outcome-chargeback', min: 30 * DAY, noun: 'chargebacks', late: 'come weeks to months after the payment' },
  { concept: 'outcome-default', min: 90 * DAY, noun: 'defaults', late: 'show months after the loan' },
  { concept: 'outcome-churn', min: 14 * DAY, noun: 'churns', late: 'show only after weeks of absence' },
  { concept: 'outcome-conversion', min: DAY, noun: 'conversions', late: 'often come a day or more after the click' },
];

/** MLSD008: the answer says exactly what a positive and a negative example are. */
export const labelUndefined: Rule = {
  id: 'MLSD008',
  name: 'label-undefined',
  description: 'The answer defines its label: what counts as a positive and a negative example, with the time window.',
  rationale:
    'The label is the contract between the business goal and the model. "We predict clicks" leaves open the questions that decide data quality: ' +
    'which impressions count, how long to wait for a click, what happens to accidental or fraudulent clicks, whether a hide is a negative.\n\n' +
    'Good: "Positive = a valid click within 30 minutes of a viewable impression; negative = a viewable impression with no click after the window closes."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  gap: true,
  tags: ['framing', 'data', 'label'],
  concepts: ['label-defined', 'label-polarity', 'regression-task', 'observed-target', 'delayed-outcome', 'label-window', 'label-wait', 'look-back', 'label-sampling-words', 'polarity-not-label', ...OUTCOMES.map((o) => o.concept)],
  check(ctx, report) {
    const { answer, hits } = ctx;
    // A sentence that defines it in other words counts; a bare "Labels" bullet does not.
    // Not a definition: "false positives", "negative sampling", "positive feedback".
    const notLabel = hits.all(ctx.concept('polarity-not-label').phrases);
    const defines = (_text: string, _line: number, span: { readonly start: number; readonly end: number }) => !hitIn(ctx, 'polarity-not-label', span);
    const polarHits = hits.all(ctx.concept('label-polarity').phrases).filter((h) => !notLabel.some((n) => n.token <= h.token && n.end >= h.end));
    const colon = colonDefinitions(ctx);
    if (hits.all(ctx.concept('label-defined').phrases).length > 0 || explainedWhere(ctx, 'framing', 'label-definition', defines) || polarHits.length > 0 || colon.length > 0) {
      labelWindow(ctx, report, polarHits, colon);
      return;
    }
    // A quantity's label is the value observed later: "the actual delivery time", "the recorded volume".
    const quantity = ctx.kinds.includes('regression') || hits.all(ctx.concept('regression-task').phrases).length > 0;
    if (quantity && hits.all(ctx.concept('observed-target').phrases).length > 0) return;
    // On the framing section; else the data section, where labels are often defined, once it has text of its own
    // (on a just-inserted, empty one it would crowd its "not started"); else the answer's title.
    const data = stepHeadingSection(answer, 'data');
    const range = answer.stepSections.has('framing')
      ? stepAnchor(answer, 'framing')
      : data && sectionWords(answer, data) >= HOLLOW_WORDS
        ? stepAnchor(answer, 'data')
        : docAnchor(answer);
    report({
      range,
      step: 'framing',
      message: quantity
        ? 'The label is never defined: say which observed value the model learns from, and when it is known.'
        : 'The label is never defined: say what counts as a positive and a negative example, and within what time window.',
      gap: 'the label definition',
      concepts: ['label-definition'],
    });
  },
};

/** Words a definition after "Label:" has at least: "Label: delivered time from the courier app minus order time." */
const DEFINITION_WORDS = 5;

/**
 * The sentences that define the label in the form "Label: <what it is>": a phrase of
 * the label point opening the sentence, a colon, then a definition of a few words that
 * is no list of names ("Label: click" and "Labels: clicks, buys, saves" name it).
 */
function colonDefinitions(ctx: RuleContext): AnswerSentence[] {
  const { answer, hits, coverage } = ctx;
  const t = answer.tokens;
  const out: AnswerSentence[] = [];
  for (const h of hits.all(conceptGroups('label-definition').phrases)) {
    const s = coverage.sentences.at(t.start(h.token));
    // The phrase opens its sentence (or its line), and a colon follows it, or it is a table row's first cell ("| Target | Total paid once the claim closes |").
    const from = s ? s.start : answer.lineStarts[hits.line(h)]!;
    const line = answer.lineStarts[hits.line(h)]!;
    if (!/^[\s>*_+-]*$/.test(answer.text.slice(from, t.start(h.token))) && !/^\s*\|[\s*_]*$/.test(answer.text.slice(line, t.start(h.token)))) continue;
    if (!/^[*_]*\s*[:=|]/.test(answer.text.slice(t.end(h.end - 1), t.end(h.end - 1) + 6))) continue;
    if (s && !s.listLike && s.words - (h.end - h.token) >= DEFINITION_WORDS) out.push(s);
  }
  return out;
}

/** Where the label is defined: the data step's labels, or else the framing step. */
function labelStep(ctx: RuleContext, h: Hit): 'data' | 'framing' {
  // A line can count for two steps (a list item "3. Data and labels" read as both): data wins, where the label is written.
  return lineInStep(ctx.answer, ctx.hits.line(h), 'data') ? 'data' : 'framing';
}


/**
 * A label defined by an outcome that arrives late (a chargeback, a churn, a
 * conversion) with no window or wait anywhere in framing or data: recent
 * examples are called negative before their outcome could arrive.
 */
function labelWindow(ctx: RuleContext, report: (r: RuleReport) => void, polar: readonly Hit[], colon: readonly AnswerSentence[]): void {
  const { answer, hits, coverage } = ctx;
  const sentences = coverage.sentences;
  const labelSentences = new Set<number>();
  // The sentences that define the label: its phrases, and "Label: a transaction is fraud if it later gets a chargeback".
  const defining = [...polar, ...hits.all(ctx.concept('label-defined').phrases)].map((h) => sentenceOf(ctx, h));
  for (const s of [...defining, ...colon]) {
    // Negatives downsampled or weighted, a stratified split: the sampling of the labels, not their definition.
    if (s && !hitIn(ctx, 'label-sampling-words', s)) labelSentences.add(s.index);
  }
  const delayed = hits.all(ctx.concept('delayed-outcome').phrases).find((h) => labelSentences.has(sentenceOf(ctx, h)?.index ?? -1));
  if (!delayed) return;
  // The window is said next to the label (its sentence or the one before or after), or with the late outcome itself
  // ("chargebacks arrive up to 90 days later"); a feature's window ("clicks in the last 10 min") is not it.
  const indexAt = (h: Hit) => sentenceOf(ctx, h)?.index ?? -2;
  // The paragraph of a line (its first line): a window two paragraphs away is another subject's.
  // Walked back once per line (remembered), not once per hit: a long list is one paragraph.
  const starts = new Map<number, number>();
  const paragraph = (line: number) => {
    let l = line;
    while (l > 0 && !starts.has(l) && answer.lineText(l - 1).trim() !== '') l--;
    const start = starts.get(l) ?? l;
    for (let k = l; k <= line; k++) starts.set(k, start);
    return start;
  };
  const labelParagraphs = new Set([...labelSentences].map((i) => paragraph(lineOfOffset(answer.lineStarts, sentences.list[i]!.start))));
  const near = (h: Hit) => labelSentences.has(indexAt(h)) || labelParagraphs.has(paragraph(hits.line(h)));
  // "the last six months of transactions", "over the past 10 minutes": a look back over the data or a feature, not the label's wait.
  const lookBackEnds = new Set(hits.all(ctx.concept('look-back').phrases).map((h) => h.end));
  const lookBack = (h: Hit) => lookBackEnds.has(h.token);
  if (hits.all(ctx.concept('label-window').phrases).some((h) => near(h) && !lookBack(h))) {
    shortWindow(ctx, report, labelSentences);
    return;
  }
  const withOutcome = new Set(hits.all(ctx.concept('delayed-outcome').phrases).map(indexAt));
  if (hits.all(ctx.concept('label-wait').phrases).some((h) => withOutcome.has(indexAt(h)) || near(h))) return;
  report({
    range: hits.range(delayed),
    step: labelStep(ctx, delayed),
    message: `The label has no window: a ${hitText(answer, delayed).toLowerCase()} arrives late, so say how long you wait before an example counts as negative.`,
    gap: 'the label window',
    concepts: ['label-definition', 'labels-collection'],
  });
}

/**
 * A window stated with the label but shorter than its late outcome needs ("install within 1h of
 * the click", "chargeback within 7 days"): most late positives are labelled negative.
 */
function shortWindow(ctx: RuleContext, report: (r: RuleReport) => void, labelSentences: ReadonlySet<number>): void {
  const { answer, hits } = ctx;
  for (const o of OUTCOMES) {
    for (const h of hits.all(ctx.concept(o.concept).phrases)) {
      const s = sentenceOf(ctx, h);
      if (!s || !labelSentences.has(s.index)) continue;
      const text = answer.text.slice(s.start, s.end);
      const window = longestDuration(text);
      if (window.secs === 0 || window.secs >= o.min) continue;
      report({
        range: hits.range(h),
        step: labelStep(ctx, h),
        message: `A window of ${window.said} is short for ${o.noun}, which ${o.late}: late positives become negatives. Wait longer, or correct for the delay.`,
        gap: `a label window long enough for late ${o.noun} (${window.said} misses them)`,
        concepts: ['label-definition', 'labels-collection'],
        defect: true,
      });
      return;
    }
  }
}
