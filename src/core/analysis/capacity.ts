/**
 * The capacity figures an answer's numbers imply, the way an interviewer works
 * them out on the whiteboard: average traffic (daily users × requests per user
 * ÷ 86,400 s, or the stated figure), peak traffic (a peak factor, or the
 * stated peak), predictions per second (traffic × candidates per request), and
 * storage per day and retained (events per day × bytes per event × retention).
 * Each figure says whether it was stated or derived, and from what.
 */
import type { Answer } from '../model/types';
import { escapeMarkdown as esc } from '../util';
import { findFacts } from './consistency';
import { analyzeNumbers, clauseWords, nounClass, type Quantity } from './quantities';
import { bytes, human } from './working';

export interface CapacityFigure {
  readonly label: string;
  /** The figure in plain units (`23k/s`, `12 TB`). */
  readonly value: string;
  /** `stated on line 4`, or the derivation (`200M DAU × 10 searches/day ÷ 86,400 s`). */
  readonly how: string;
  /** 0-based line of the (first) number it rests on. */
  readonly line: number;
}

interface Seen {
  readonly q: Quantity;
  /** Words of its clause, lower-cased. */
  readonly clause: readonly string[];
  readonly lineText: string;
}

const DAY = 86400;
const val = (q: Quantity) => q.display * q.factor;
const isRate = (q: Quantity) => q.dim.t === -1 && q.dim.b === 0 && q.dim.m === 0;
const EVENT_NOUNS = /^(impressions?|events?|logs?|clicks?|rows?|records?|interactions?|requests?|queries|searches|predictions?|views?)$/;

function collect(a: Answer): Seen[] {
  const out: Seen[] = [];
  for (const l of analyzeNumbers(a).lines) {
    l.tokens.forEach((t, i) => {
      if (t.k === 'q' && !t.q.bound) out.push({ q: t.q, clause: clauseWords(l.tokens, i), lineText: l.text.toLowerCase() });
    });
  }
  return out;
}

const ref = (q: Quantity) => q.text.replace(/^[≈~=\s]+/, '');
const statedOn = (q: Quantity) => `stated on line ${q.line + 1}`;
/** Within rounding of each other (25%). */
const near = (x: number, y: number) => Math.max(x, y) <= 1.25 * Math.min(x, y);

/** Capacity figures in the order a requirements section states them; empty when the answer gives no traffic. */
export function capacityFigures(a: Answer): CapacityFigure[] {
  const seen = collect(a);
  const facts = findFacts(a);
  const fact = (key: string) => facts.find((f) => f.key === key)?.q;
  const out: CapacityFigure[] = [];

  // Average requests per second.
  const users = fact('dau');
  const perUser = seen.find((s) => isRate(s.q) && s.q.period === DAY && nounClass(s.q.nouns, s.q.unit) === 'request' && (s.q.perNoun === 'user' || s.clause.includes('each') || /\b(dau|users)\b/.test(s.lineText)));
  const daily = seen.find((s) => isRate(s.q) && s.q.period === DAY && s !== perUser && nounClass(s.q.nouns, s.q.unit) === 'request');
  const statedAvg = fact('avg:request') ?? seen.find((s) => isRate(s.q) && s.q.period === 1 && nounClass(s.q.nouns, s.q.unit) === 'request' && !s.clause.some((w) => /peak/.test(w)))?.q;
  // Worked out from users, else from a daily total; a stated figure that disagrees is named beside it.
  let avg: number | undefined;
  let how = '';
  let line = 0;
  if (users && perUser) [avg, how, line] = [val(users) * val(perUser.q), `${ref(users)} × ${ref(perUser.q)} ÷ 86,400 s`, users.line];
  else if (daily) [avg, how, line] = [val(daily.q), `${ref(daily.q)} ÷ 86,400 s`, daily.q.line];
  if (statedAvg && (avg === undefined || !near(avg, val(statedAvg)))) {
    how = avg === undefined ? statedOn(statedAvg) : `${how}; line ${statedAvg.line + 1} says ${ref(statedAvg)}`;
    avg ??= val(statedAvg);
    line = statedAvg.line;
  } else if (statedAvg) how = `${how}, as line ${statedAvg.line + 1} says`;
  if (avg !== undefined) out.push({ label: 'Average traffic', value: `${human(avg)} requests/s`, how, line });
  const dailyEvents = users && perUser ? val(users) * val(perUser.q) : daily ? val(daily.q) : undefined;

  // Peak requests per second.
  const statedPeak = fact('peak:request');
  const factor = seen.find((s) => s.q.kind === 'factor' && s.q.display > 1 && s.q.display <= 20 && (s.clause.some((w) => /peak/.test(w)) || /\bpeak\b/.test(s.lineText)));
  let peak: number | undefined;
  if (statedPeak) {
    peak = val(statedPeak);
    out.push({ label: 'Peak traffic', value: `${human(peak)} requests/s`, how: statedOn(statedPeak), line: statedPeak.line });
  } else if (avg !== undefined && factor) {
    peak = avg * factor.q.display;
    out.push({ label: 'Peak traffic', value: `${human(peak)} requests/s`, how: `average × ${ref(factor.q)} peak factor`, line: factor.q.line });
  }

  // Predictions per second: every candidate of a request is scored.
  const statedPred = fact('peak:prediction') ?? fact('avg:prediction');
  const candidates = fact('candidates');
  const traffic = peak ?? avg;
  if (statedPred) out.push({ label: 'Predictions', value: `${human(val(statedPred))}/s`, how: statedOn(statedPred), line: statedPred.line });
  else if (traffic !== undefined && candidates) {
    out.push({ label: 'Predictions', value: `${human(traffic * val(candidates))}/s`, how: `${peak !== undefined ? 'peak' : 'average'} traffic × ${ref(candidates)}`, line: candidates.line });
  }

  // Storage per day, and retained.
  const statedDaily = seen.find((s) => s.q.dim.t === -1 && s.q.dim.b === 1 && s.q.dim.m === 0);
  const perEvent = seen.find((s) => s.q.kind === 'size' && s.q.dim.t === 0 && (s.q.perNoun !== undefined || s.clause.some((w) => /^(each|per|event|row|record|log|impression|entry|line)$/.test(w))));
  const events = seen.find((s) => s !== perUser && isRate(s.q) && s.q.period === DAY && s.q.nouns.some((w) => EVENT_NOUNS.test(w)));
  let perDay: number | undefined;
  if (statedDaily) {
    perDay = val(statedDaily.q) * DAY;
    out.push({ label: 'Storage per day', value: bytes(perDay), how: statedOn(statedDaily.q), line: statedDaily.q.line });
  } else if (perEvent && (events || dailyEvents !== undefined)) {
    perDay = val(perEvent.q) * (events ? val(events.q) * DAY : dailyEvents! * DAY);
    out.push({ label: 'Storage per day', value: bytes(perDay), how: `${events ? ref(events.q) : 'requests per day'} × ${ref(perEvent.q)}`, line: perEvent.q.line });
  }
  const retention = seen.find((s) => s.q.kind === 'time' && val(s.q) >= DAY && s.clause.some((w) => /^(retain\w*|retention|keep|kept|store\w*|for|ttl|history)$/.test(w)));
  if (perDay !== undefined && retention) {
    out.push({ label: 'Storage retained', value: bytes(perDay * (val(retention.q) / DAY)), how: `per day × ${ref(retention.q)}`, line: retention.q.line });
  }
  return out;
}

/** The capacity figures as a Markdown block for a hover; '' when there are none. */
export function capacityMarkdown(a: Answer): string {
  const figs = capacityFigures(a);
  if (!figs.length) return '';
  return ['**Capacity, as the checker reads it**', '', ...figs.map((f) => `- ${f.label}: **${esc(f.value)}** (${esc(f.how)})`)].join('\n');
}
