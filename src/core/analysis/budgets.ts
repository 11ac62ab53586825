/**
 * Budgets split into parts: "the feed gets 80 ms: 30 ms candidate generation,
 * 40 ms ranking, 20 ms re-ranking", "retrieval 30 ms, ranking 80 ms, leaving
 * slack within 200 ms", a total line followed by a list of parts, and a
 * Markdown table of stages with a total row. Latency, storage and cost alike:
 * every part has the total's dimension. Parts marked as running in parallel
 * count only as a lower bound (they overlap another stage).
 */
import type { Answer } from '../model/types';
import { analyzeNumbers, clauseWords, type LineNumbers, type NumberAnalysis, type Quantity, type Token } from './quantities';

export interface BudgetPart {
  readonly q: Quantity;
  /** What the part is (its stage words or its table row), for the related information. */
  readonly label: string;
  readonly parallel: boolean;
}

export interface Budget {
  readonly form: 'prose' | 'list' | 'table';
  readonly total: Quantity;
  readonly parts: readonly BudgetPart[];
  /** Sum of the parts, in base units (decimal; the binary reading is the same ratio). */
  readonly sum: number;
  /** The least the parts can take: parallel parts overlap another stage. */
  readonly lower: number;
  readonly over: boolean;
  /** Table header of the total's column, when the budget is a table. */
  readonly header?: string;
}

/** Words that make a sentence about alternatives, not one budget split into parts. */
const ALTERNATIVES = new Set(['or', 'vs', 'versus', 'instead', 'compared', 'than', 'either', 'whereas', 'alternatively', 'alternative', 'previously', 'before', 'today', 'currently', 'old']);
const TOTAL_BEFORE = new Set(['within', 'inside', 'total', 'budget', 'totalling', 'totaling', 'overall']);
const TOTAL_AFTER = new Set(['budget', 'total', 'end-to-end', 'overall', 'slo', 'sla', 'limit', 'envelope']);
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'its', 'their', 'this', 'that', 'whole', 'entire', 'full']);
const PARALLEL_RE = /^(parallel|concurrently|concurrent|overlapping|overlaps|async|asynchronously)$/;

const hasDim = (q: Quantity) => q.kind !== 'percent' && (q.dim.t !== 0 || q.dim.b !== 0 || q.dim.m !== 0);
const sameDim = (a: Quantity, b: Quantity) => a.dim.t === b.dim.t && a.dim.b === b.dim.b && a.dim.m === b.dim.m;

const CACHE = new WeakMap<Answer, Budget[]>();

export function findBudgets(a: Answer, n: NumberAnalysis = analyzeNumbers(a)): Budget[] {
  const hit = CACHE.get(a);
  if (hit) return hit;
  const out: Budget[] = [];
  const byLine = new Map<number, LineNumbers>();
  for (const l of n.lines) byLine.set(l.line, l);
  for (const l of n.lines) {
    if (l.text.trimStart().startsWith('|')) continue;
    for (const sentence of sentences(l.tokens)) out.push(...proseBudgets(l, sentence));
    const listed = listBudget(a, l, byLine);
    if (listed) out.push(listed);
  }
  out.push(...tableBudgets(a, byLine));
  CACHE.set(a, out);
  return out;
}

/** Token ranges [start, end) of the sentences of a line. */
function sentences(toks: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === 'p' && (t.p === '.' || t.p === '!' || t.p === '?')) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  if (s < toks.length) out.push([s, toks.length]);
  return out;
}

function wordAt(toks: readonly Token[], i: number): string | undefined {
  const t = toks[i];
  return t?.k === 'w' ? t.w : undefined;
}

/** The words of a part's clause before it (its stage: "ranking" in "ranking 80 ms"), or after it ("30 ms candidate generation"). */
function partLabel(toks: readonly Token[], i: number): string {
  const before: string[] = [];
  for (let j = i - 1; j >= 0 && before.length < 4; j--) {
    const t = toks[j]!;
    if (t.k !== 'w') break;
    before.unshift(t.w);
  }
  const filtered = before.filter((w) => !ARTICLES.has(w) && !['takes', 'take', 'gets', 'get', 'is', 'in', 'about', 'around', 'roughly', 'for', 'and', 'then', 'at'].includes(w));
  if (filtered.length) return filtered.join(' ');
  const after: string[] = [];
  for (let j = i + 1; j < toks.length && after.length < 3; j++) {
    const t = toks[j]!;
    if (t.k !== 'w') break;
    after.push(t.w);
  }
  return after.filter((w) => !ARTICLES.has(w) && w !== 'for' && w !== 'of').join(' ');
}

function makeBudget(form: Budget['form'], total: Quantity, parts: BudgetPart[], header?: string): Budget {
  const sum = parts.reduce((s, p) => s + p.q.display * p.q.factor, 0);
  const serial = parts.filter((p) => !p.parallel).reduce((s, p) => s + p.q.display * p.q.factor, 0);
  const lower = Math.max(serial, ...parts.map((p) => p.q.display * p.q.factor));
  const tot = total.display * total.factor;
  const approx = total.approx || parts.some((p) => p.q.approx);
  const over = total.bound !== 'min' && lower > tot * (1 + (approx ? 0.1 : 0.02)) + 1e-12;
  return { form, total, parts, sum, lower, over, header };
}

/** "X gets 80 ms: 30 ms A, 40 ms B, 20 ms C" and "A 30 ms, B 80 ms, leaving slack within 200 ms". */
function proseBudgets(l: LineNumbers, [s, e]: [number, number]): Budget[] {
  const toks = l.tokens;
  const words = new Set<string>();
  for (let i = s; i < e; i++) if (toks[i]!.k === 'w') words.add((toks[i] as { w: string }).w);
  if ([...words].some((w) => ALTERNATIVES.has(w))) return [];
  const qs: number[] = [];
  for (let i = s; i < e; i++) {
    const t = toks[i]!;
    if (t.k === 'q' && hasDim(t.q)) qs.push(i);
  }
  // A sentence of dozens of figures is a table in prose, not a budget (and stays linear).
  if (qs.length < 3 || qs.length > 24) return [];
  const parallel = (i: number) => clauseWords(toks, i).some((w) => PARALLEL_RE.test(w));
  const part = (i: number): BudgetPart => ({ q: (toks[i] as { q: Quantity }).q, label: partLabel(toks, i), parallel: parallel(i) });
  // Form A: the total, then a colon, then the parts.
  for (const i of qs) {
    const total = (toks[i] as { q: Quantity }).q;
    let j = i + 1;
    while (j < e && toks[j]!.k === 'w' && /^(p\d\d|budget|total|end-to-end|end|to|overall|at)$/.test((toks[j] as { w: string }).w)) j++;
    const colon = toks[j];
    // "80 ms: …", "80 ms — …", "200 ms, of which …".
    const ofWhich = colon?.k === 'p' && colon.p === ',' && wordAt(toks, j + 1) === 'of' && wordAt(toks, j + 2) === 'which';
    if (!ofWhich && (colon?.k !== 'p' || (colon.p !== ':' && colon.p !== '—'))) continue;
    if (ofWhich) j += 2;
    const parts = qs.filter((k) => k > j && sameDim((toks[k] as { q: Quantity }).q, total));
    if (parts.length < 2 || parts.some((k) => (toks[k] as { q: Quantity }).q.bound)) continue;
    return [makeBudget('prose', total, parts.map(part))];
  }
  // Form B: parts, then the total, marked as one ("within 200 ms", "of the 250 ms page budget").
  const last = qs[qs.length - 1]!;
  const total = (toks[last] as { q: Quantity }).q;
  let k = last - 1;
  while (k >= s && ARTICLES.has(wordAt(toks, k) ?? '')) k--;
  const w1 = wordAt(toks, k);
  const marked =
    (w1 && TOTAL_BEFORE.has(w1)) ||
    (w1 === 'of' && k < last - 1) ||
    (w1 === 'of' && wordAt(toks, k - 1) === 'out') ||
    [wordAt(toks, last + 1), wordAt(toks, last + 2)].some((w) => w && TOTAL_AFTER.has(w));
  if (!marked) return [];
  const parts = qs.filter((i) => i < last && sameDim((toks[i] as { q: Quantity }).q, total));
  if (parts.length < 2 || parts.some((i) => (toks[i] as { q: Quantity }).q.bound)) return [];
  return [makeBudget('prose', total, parts.map(part))];
}

const ITEM_RE = /^\s*(?:[-*+]|\d{1,2}[.)])\s+/;

/** "The feed gets 80 ms:" at the end of a line, then one list item per part. */
function listBudget(a: Answer, l: LineNumbers, byLine: ReadonlyMap<number, LineNumbers>): Budget | null {
  const toks = l.tokens;
  const lastTok = toks[toks.length - 1];
  if (lastTok?.k !== 'p' || lastTok.p !== ':') return null;
  let j = toks.length - 2;
  while (j >= 0 && toks[j]!.k === 'w' && /^(p\d\d|budget|total|end-to-end|overall)$/.test((toks[j] as { w: string }).w)) j--;
  const tt = toks[j];
  if (tt?.k !== 'q' || !hasDim(tt.q)) return null;
  const total = tt.q;
  const parts: BudgetPart[] = [];
  for (let line = l.line + 1; line < a.lineCount; line++) {
    const raw = a.lineText(line);
    if (!raw.trim()) continue;
    if (!ITEM_RE.test(raw)) break;
    const ln = byLine.get(line);
    const i = ln?.tokens.findIndex((t) => t.k === 'q' && sameDim(t.q, total)) ?? -1;
    if (!ln || i < 0) continue;
    const q = (ln.tokens[i] as { q: Quantity }).q;
    if (q.bound) return null;
    const label = raw.replace(ITEM_RE, '').replace(/\*\*/g, '').slice(0, 40).trim();
    parts.push({ q, label, parallel: /parallel|concurrent/i.test(raw) });
  }
  return parts.length >= 2 ? makeBudget('list', total, parts) : null;
}

/** Cells of a table row: text and character range on the line. */
function cells(t: string): { text: string; s: number; e: number }[] {
  const out: { text: string; s: number; e: number }[] = [];
  let start = t.indexOf('|') + 1;
  for (let i = start; i <= t.length; i++) {
    if (i === t.length || (t[i] === '|' && t[i - 1] !== '\\')) {
      if (i === t.length && !t.slice(start).trim()) break;
      out.push({ text: t.slice(start, i).trim(), s: start, e: i });
      start = i + 1;
    }
  }
  return out;
}

const TOTAL_ROW_RE = /\b(total|sum|overall|end[- ]to[- ]end|all stages)\b/i;
const SEPARATOR_RE = /^\s*\|?\s*:?-{2,}/;
/** A sentence next to a table of stages that gives their total: "fits in the 150 ms budget", "total under 200 ms". */
const BUDGET_LINE_RE = /\b(budget|total|end[- ]to[- ]end|fits?|within|in all|altogether)\b/i;

/** Tables with a total row: each column whose total has a unit is checked against the other rows. */
function tableBudgets(a: Answer, byLine: ReadonlyMap<number, LineNumbers>): Budget[] {
  const out: Budget[] = [];
  for (let l = 0; l < a.lineCount; l++) {
    if (!a.lineText(l).trimStart().startsWith('|') || !SEPARATOR_RE.test(a.lineText(l + 1) ?? '')) continue;
    const header = cells(a.lineText(l));
    let end = l + 2;
    while (end < a.lineCount && a.lineText(end).trimStart().startsWith('|')) end++;
    const rows = [];
    for (let r = l + 2; r < end; r++) rows.push({ line: r, cells: cells(a.lineText(r)) });
    l = end - 1;
    const totals = rows.filter((r) => TOTAL_ROW_RE.test(r.cells[0]?.text ?? ''));
    const qIn = (ln: LineNumbers | undefined, c: { s: number; e: number }) =>
      (ln?.tokens ?? []).flatMap((t) => (t.k === 'q' && t.s >= c.s && t.e <= c.e && hasDim(t.q) ? [t.q] : []));
    if (totals.length === 0) {
      // No total row: the sentence right after the table (or the one leading into it) may give it ("This fits in the 150 ms budget").
      const near = [end < a.lineCount && a.lineText(end).trim() === '' ? end + 1 : end, l - 1 >= 0 && a.lineText(l - 1).trim() === '' ? l - 2 : l - 1];
      for (const n of near) {
        const m = n >= 0 && n < a.lineCount ? BUDGET_LINE_RE.exec(a.lineText(n)) : null;
        if (!m) continue;
        // The sentence that says it, not the next one ("… 150 ms budget. Partner sites get rates every 30 minutes").
        const text = a.lineText(n);
        const from = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
        const dot = text.indexOf('. ', m.index);
        const to = dot < 0 ? text.length : dot;
        const total = (byLine.get(n)?.tokens ?? []).flatMap((t) => (t.k === 'q' && t.s >= from && t.e <= to && hasDim(t.q) && t.q.bound !== 'min' ? [t.q] : []));
        if (total.length !== 1) continue;
        for (let c = 1; c < header.length; c++) {
          const parts: BudgetPart[] = [];
          let ambiguous = false;
          for (const r of rows) {
            if (!r.cells[c]) continue;
            const qs = qIn(byLine.get(r.line), r.cells[c]!).filter((q) => sameDim(q, total[0]!));
            if (qs.length > 1 || qs.some((q) => q.bound)) ambiguous = true;
            if (qs.length === 1) parts.push({ q: qs[0]!, label: r.cells[0]?.text.replace(/\*\*/g, '').slice(0, 40) ?? '', parallel: /parallel|concurrent|async/i.test(a.lineText(r.line)) });
          }
          if (!ambiguous && parts.length >= 2 && parts.length === rows.length) out.push(makeBudget('table', total[0]!, parts, header[c]?.text));
        }
        break;
      }
      continue;
    }
    if (totals.length !== 1) continue;
    const totalRow = totals[0]!;
    const tn = byLine.get(totalRow.line);
    if (!tn) continue;
    for (let c = 1; c < totalRow.cells.length; c++) {
      const total = qIn(tn, totalRow.cells[c]!)[0];
      if (!total) continue;
      const parts: BudgetPart[] = [];
      let ambiguous = false;
      for (const r of rows) {
        if (r === totalRow || !r.cells[c]) continue;
        const qs = qIn(byLine.get(r.line), r.cells[c]!).filter((q) => sameDim(q, total));
        if (qs.length > 1 || qs.some((q) => q.bound)) ambiguous = true;
        if (qs.length === 1) parts.push({ q: qs[0]!, label: r.cells[0]?.text.replace(/\*\*/g, '').slice(0, 40) ?? '', parallel: /parallel|concurrent|async/i.test(a.lineText(r.line)) });
      }
      if (ambiguous || parts.length < 2) continue;
      out.push(makeBudget('table', total, parts, header[c]?.text));
    }
  }
  return out;
}
