/**
 * Quantities an answer states more than once: peak and average traffic, DAU
 * and MAU, candidates per request, and the ranker's latency budget. Each fact
 * has a key (what it is the number of) and a value; facts with one key and
 * values that disagree are what MLSD024 reports. Only plain statements count:
 * bounds ("above ~600 candidates"), hypotheticals ("if", "would"), targets and
 * growth ("growing to 1B DAU") are not restatements of the same figure.
 */
import type { Answer } from '../model/types';
import { findBudgets } from './budgets';
import { analyzeNumbers, clauseWords, nounClass, type Quantity, type Token } from './quantities';

export interface Fact {
  readonly key: string;
  /** What it is, for the message ("peak QPS", "the ranker's p99 budget"). */
  readonly label: string;
  readonly q: Quantity;
  /** Base value (s, per second, count). */
  readonly value: number;
}

const HYPOTHETICAL = /^(if|would|could|might|suppose|say|e\.g|example|instance|imagine|unless|otherwise|grow\w*|target\w*|goal|project\w*|forecast\w*|expect\w*|reach\w*|doubl\w*|future|next|later|previous\w*|old|legacy|current\w*|today|was|were|vs|versus|than|baseline)$/;
const BUDGET_CONTEXT = /^(budget|budgets|gets|get|has|have|allowed|allot\w*|allocat\w*|share|sla|slo|fit|fits|meet|must)$/;

/** The stage a time quantity is the budget of, from the words before it in its clause (nearest first). */
export function stageOf(before: readonly string[]): 'rank' | 'prerank' | 'rerank' | 'other' | undefined {
  // `before` is in text order; look at the last five words.
  const w = before.slice(-5);
  for (let h = w.length - 1; h >= 0; h--) {
    const head = w[h]!;
    if (/^re-?rank/.test(head)) return 'rerank';
    if (/^pre-?rank/.test(head)) return 'prerank';
    if (/^(retrieval|retriever|retrievers|ann|candidate|candidates|sources|generation|fetch|features|feature|auction|network|filter|filters|filtering|embedding|detection|lookup)$/.test(head)) return 'other';
    const ranky = /^rank(er|ers|ing)?$/.test(head);
    const model = /^(model|scoring|scorer)$/.test(head);
    if (!ranky && !model) continue;
    const mods = w.slice(Math.max(0, h - 2), h);
    if (mods.some((m) => /^(light|l1|first|first-stage|coarse|cheap|small|pre|lightweight|fallback|re)$/.test(m))) return 'prerank';
    if (model && !mods.some((m) => /^(ctr|click|main|heavy|ranking|dcn|dcn-v2|l2|second-stage)$/.test(m))) return undefined;
    return 'rank';
  }
  return undefined;
}

function wordsBefore(toks: readonly Token[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j]!;
    if ((t.k === 'p' && ',;.:()|'.includes(t.p)) || t.k === 'rel') break;
    if (t.k === 'w') out.unshift(t.w);
    if (t.k === 'q') break;
  }
  return out;
}

/** Table cells of a line: the header of the column a character is in, and the row's first cell. */
function tableContext(a: Answer, line: number, ch: number, heads: Map<number, number>): { header: string; row: string } | undefined {
  const t = a.lineText(line);
  if (!t.trimStart().startsWith('|')) return undefined;
  let h = line;
  while (h > 0 && a.lineText(h - 1).trimStart().startsWith('|') && !heads.has(h)) h--;
  h = heads.get(h) ?? h;
  heads.set(line, h);
  const col = t.slice(0, ch).split('|').length - 1;
  const header = a.lineText(h).split('|')[col]?.trim() ?? '';
  const row = t.split('|')[1]?.trim() ?? '';
  return { header, row };
}

const CACHE = new WeakMap<Answer, Fact[]>();

export function findFacts(a: Answer): Fact[] {
  const hit = CACHE.get(a);
  if (hit) return hit;
  const n = analyzeNumbers(a);
  const inBudget = new Set<Quantity>();
  for (const b of findBudgets(a, n)) for (const p of b.parts) inBudget.add(p.q);
  const out: Fact[] = [];
  const heads = new Map<number, number>();
  for (const l of n.lines) {
    const toks = l.tokens;
    const lineHasBudget = /budget/i.test(a.lineText(l.line));
    toks.forEach((t, i) => {
      if (t.k !== 'q') return;
      const q = t.q;
      if (q.bound === 'min') return;
      const clause = clauseWords(toks, i);
      if (clause.some((w) => HYPOTHETICAL.test(w))) return;
      const value = q.display * q.factor;
      const rate = q.dim.t === -1 && q.dim.b === 0 && q.dim.m === 0;
      const plain = !q.bound;
      // Traffic at peak and on average, per kind of event (requests, predictions).
      if (rate && plain && q.period === 1) {
        const cls = nounClass(q.nouns, q.unit);
        const own = clauseWords(toks, i, true);
        if (cls === 'request' || cls === 'prediction') {
          const what = cls === 'request' ? 'QPS' : 'predictions per second';
          if (own.some((w) => /peak/.test(w))) out.push({ key: `peak:${cls}`, label: `peak ${what}`, q, value });
          else if (own.some((w) => /^(average|avg|mean)$/.test(w))) out.push({ key: `avg:${cls}`, label: `average ${what}`, q, value });
        }
      }
      // Daily and monthly users.
      if (q.kind === 'count' && plain) {
        const ws = q.nouns;
        const users = ws.some((w) => /^(users|actives|members|people)$/.test(w));
        if (ws.includes('dau') || (ws.includes('daily') && users)) out.push({ key: 'dau', label: 'daily active users', q, value });
        else if (ws.includes('mau') || (ws.includes('monthly') && users)) out.push({ key: 'mau', label: 'monthly active users', q, value });
        if (nounClass(ws) === 'candidate' && q.perNoun && /^(query|request|search|page|load|feed)$/.test(q.perNoun)) out.push({ key: 'candidates', label: `candidates per ${q.perNoun}`, q, value });
      }
      // The ranker's latency budget.
      if (q.kind === 'time' && q.dim.t === 1) {
        const table = tableContext(a, l.line, t.s, heads);
        const stage = table ? stageOf(table.row.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean)) : stageOf(wordsBefore(toks, i));
        if (stage !== 'rank') return;
        const budgetCtx = q.bound === 'max' || inBudget.has(q) || lineHasBudget || clause.some((w) => BUDGET_CONTEXT.test(w)) || (table && /budget|latency|p\d\d|time/i.test(table.header));
        if (!budgetCtx) return;
        const pct = q.pct ?? clause.find((w) => /^p\d\d$/.test(w)) ?? (table && /p\d\d/i.exec(table.header)?.[0].toLowerCase());
        out.push({ key: `rank:${pct ?? ''}`, label: `the ranker's ${pct ? `${pct} ` : ''}budget`, q, value });
      }
    });
  }
  CACHE.set(a, out);
  return out;
}

/** Two statements disagree: beyond rounding (15%, 25% when either is approximate); a bound only when the value passes it. */
export function disagree(a: Fact, b: Fact): boolean {
  const tol = a.q.approx || b.q.approx ? 1.25 : 1.15;
  if (a.q.bound === 'max' && !b.q.bound) return b.value > a.value * tol;
  if (b.q.bound === 'max' && !a.q.bound) return a.value > b.value * tol;
  const hi = Math.max(a.value, b.value);
  const lo = Math.min(a.value, b.value);
  return lo > 0 && hi / lo > tol;
}
