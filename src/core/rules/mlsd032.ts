import type { Hit } from '../text/keywords';
import type { Rule, RuleContext } from './types';
import { saidTogether } from '../analysis/coverage';
import { stepOfLine } from '../analysis/quantities';
import { lineOfOffset } from '../model/parse';
import { lineRange } from '../util';
import { stepBit } from './util';
import { LIST_MARKER_RE } from '../analysis/depth';

/** A line that is a unit of its own: a table row or a list item (its wrapped sentences run on into the next rows). */
const ROW_RE = /^\s*(?:\||[-*+]\s|\d{1,2}[.)]\s)/;
/** Where a clause of a feature list ends: a table cell, a comma, a colon. */
const CLAUSE_MARKS = '|,;:()';
/** Characters of a feature quoted in the message. */
const QUOTE = 70;

/** A place in the answer: a table row or list item, else the sentence. */
interface Unit {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/** The stem a feature shares with the label's event: "accepted", "accepts" and "acceptance" are one. */
const stem = (w: string) => w.slice(0, 5);

/**
 * MLSD032: a feature that is the label, or is written only once the outcome is
 * known. Offline it looks like the best feature; at prediction time it does not exist.
 */
export const leakyFeature: Rule = {
  id: 'MLSD032',
  name: 'leaky-feature',
  description: 'No feature repeats the outcome of the example it predicts, or is set only once that outcome is known.',
  rationale:
    'A feature known only after the outcome ("whether the customer tapped accept on this substitute", "the story ID the editors assign once articles are grouped") ' +
    'makes the offline numbers excellent and the live model blind: at prediction time the value does not exist yet, or is always empty. ' +
    'Each feature must be computed from what is known when the prediction is made; an entity\'s past rate of the outcome (excluding the current example) is fine.\n\n' +
    'Good: "cust_accept_rate: the customer\'s acceptance rate over the last 90 days, computed as of the order time, excluding this order."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['data', 'features', 'leakage'],
  defect: true,
  concepts: ['outcome-event', 'this-instance', 'history-marker', 'label-word', 'feature-word', 'leak-avoided', 'known-after-outcome', 'in-target-period', 'known-ahead'],
  check(ctx, report) {
    const { answer, hits, coverage } = ctx;
    const sentences = coverage.sentences;
    const unitAt = (o: number): Unit | undefined => {
      const line = lineOfOffset(answer.lineStarts, o);
      if (ROW_RE.test(answer.lineText(line))) return { start: answer.lineStarts[line]!, end: answer.lineStarts[line]! + answer.lineText(line).length, line };
      const s = sentences.at(o);
      return s ? { start: s.start, end: s.end, line: lineOfOffset(answer.lineStarts, s.start) } : undefined;
    };
    const offsetOf = (h: Hit) => answer.tokens.start(h.token);
    /** The units the hits of a concept fall in, by start offset. */
    const unitsOf = (id: Parameters<RuleContext['concept']>[0], skip: (h: Hit) => boolean = () => false) => {
      const out = new Set<number>();
      for (const h of hits.all(ctx.concept(id).phrases)) {
        if (skip(h)) continue;
        const u = unitAt(offsetOf(h));
        if (u) out.add(u.start);
      }
      return out;
    };
    const periods = hits.all(ctx.concept('in-target-period').phrases);
    const events = hits.all(ctx.concept('outcome-event').phrases);
    if (periods.length === 0 && events.length === 0) return;
    const labels = unitsOf('label-word');
    const avoided = unitsOf('leak-avoided');
    const featureUnits = unitsOf('feature-word');
    const dataBit = stepBit('data');
    const aboutFeatures = (u: Unit) => {
      if ((answer.lineSteps[u.line]! & dataBit) !== 0 || featureUnits.has(u.start)) return true;
      const prev = u.start > 0 ? unitAt(Math.max(0, u.start - 2)) : undefined;
      return !!prev && featureUnits.has(prev.start);
    };
    // The clause (a table cell, a list's part between commas) that holds offset `o`, or the unit from its start.
    const quote = (u: Unit, o = u.start) => {
      const text = answer.text.slice(u.start, u.end);
      const at = o - u.start;
      const from = Math.max(...[...CLAUSE_MARKS].map((m) => text.lastIndexOf(m, at - 1))) + 1;
      const ends = [...CLAUSE_MARKS].map((m) => text.indexOf(m, at)).filter((i) => i >= 0);
      const t = text.slice(from, ends.length ? Math.min(...ends) : text.length).replace(/[*`]+/g, '').replace(/\s+/g, ' ').trim().replace(LIST_MARKER_RE, '').replace(/^(?:and|or)\s+/i, '').replace(/\.$/, '');
      return t.length > QUOTE ? `${t.slice(0, t.lastIndexOf(' ', QUOTE))}…` : t;
    };
    const say = (u: Unit, message: string) =>
      report({ range: lineRange(answer.lineText(u.line), u.line), step: stepOfLine(answer, u.line) ?? 'data', message, concepts: ['split-leakage', 'feature-engineering'] });
    // A value measured in the period being predicted: "pickups at the 5 nearest docks in the target hour"
    // (not the weather forecast or the events scheduled for it, which are known before).
    const ahead = unitsOf('known-ahead');
    // The label's own words, not the "target" of "the target hour".
    const labelUnits = unitsOf('label-word', (h) => periods.some((p) => p.token <= h.token && h.token < p.end));
    for (const h of periods) {
      const u = unitAt(offsetOf(h));
      if (!u || labelUnits.has(u.start) || avoided.has(u.start) || ahead.has(u.start) || !aboutFeatures(u)) continue;
      say(u, `"${quote(u)}" is measured in the period being predicted: it is not known when the model runs. Use only values from before it.`);
      return;
    }
    if (events.length === 0) return;
    // The label's event: the outcome words of the units that define the label.
    const labelStems = new Set<string>();
    for (const h of events) {
      const u = unitAt(offsetOf(h));
      if (u && labels.has(u.start)) labelStems.add(stem(answer.tokens.word(h.token)));
    }
    const instance = unitsOf('this-instance');
    const history = unitsOf('history-marker');
    // The example's own outcome as a feature: "accepted_in_app: whether the customer tapped accept on this substitute".
    for (const h of events) {
      if (!labelStems.has(stem(answer.tokens.word(h.token)))) continue;
      const u = unitAt(offsetOf(h));
      if (!u || labels.has(u.start) || !instance.has(u.start) || history.has(u.start) || avoided.has(u.start) || !aboutFeatures(u)) continue;
      say(u, `"${quote(u, offsetOf(h))}" is the outcome being predicted: it is not known when the model runs. Drop it, or use its value from before.`);
      return;
    }
    // A value written once the outcome is known: "the story ID the CMS gives to articles once they are grouped".
    for (const s of saidTogether(ctx.concept('known-after-outcome'), answer, hits, sentences)) {
      const u = unitAt(s.start);
      if (!u || labels.has(u.start) || avoided.has(u.start) || !aboutFeatures(u)) continue;
      say(u, `"${quote(u)}": a feature set only once the outcome is known leaks the label. Use only what is known when the model runs.`);
      return;
    }
  },
};
