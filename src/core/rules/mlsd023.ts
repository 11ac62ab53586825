import { findBudgets, type Budget } from '../analysis/budgets';
import { formatLike, stepOfLine, type Quantity } from '../analysis/quantities';
import type { Range } from '../model/types';
import type { Rule } from './types';

function rangeOf(q: Quantity): Range {
  return { start: { line: q.line, character: q.start }, end: { line: q.line, character: q.end } };
}

/** A base value written in the unit of `like` (`0.09` s as `90 ms`). */
function inUnitOf(base: number, like: Quantity): string {
  const n = formatLike(base / like.factor, { ...like, sig: 3, approx: false });
  const unit = like.kind === 'money' ? '' : like.unit.startsWith('/') ? like.unit : ` ${like.unit}`;
  const money = like.kind === 'money' ? like.text.slice(0, like.numStart - like.start).replace(/[~≈∼<>≤≥=\s]/g, '') : '';
  return `${money}${n}${unit}`;
}

export function budgetMessage(b: Budget): string {
  const sum = inUnitOf(b.lower, b.total);
  const total = inUnitOf(b.total.display * b.total.factor, b.total);
  const serial = b.parts.filter((p) => !p.parallel);
  const shown = (serial.length ? serial : b.parts).map((p) => p.q.text.replace(/^[~≈∼]\s?/, '').trim());
  const list = shown.length > 6 ? `${shown.slice(0, 5).join(' + ')} + …` : shown.join(' + ');
  const what = b.form === 'table' ? 'The stages' : 'The parts';
  return `${what} add up to ${sum} (${list}), more than the ${total} total: shrink a stage or raise the budget.`;
}

/** MLSD023: the parts of a budget fit its total. */
export const budget: Rule = {
  id: 'MLSD023',
  name: 'budget',
  description: 'A budget split into parts fits its total: the stages of a latency budget (in prose, a list or a table with a total row), storage or cost.',
  rationale:
    'A latency budget is a promise that the stages fit the SLO. "The feed gets 80 ms: 30 ms candidate generation, 40 ms ranking, 20 ms re-ranking" ' +
    'does not fit (90 ms), and an interviewer will ask which stage gives. The checker adds the parts of a budget stated with its total (after a colon, ' +
    '"within 200 ms", "of the 250 ms page budget", a list under "…gets 80 ms:", a table with a total row) and reports parts that exceed it; parts marked ' +
    'as running in parallel count only as a lower bound.\n\n' +
    'Good: "The feed gets 100 ms: 30 ms candidate generation, 40 ms ranking, 20 ms re-ranking, 10 ms slack."',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['numbers', 'serving'],
  defect: true,
  check(ctx, report) {
    const { answer } = ctx;
    for (const b of findBudgets(answer)) {
      if (!b.over) continue;
      report({
        range: rangeOf(b.total),
        step: stepOfLine(answer, b.total.line),
        message: budgetMessage(b),
        concepts: ['serving-latency'],
        related: b.parts.map((p) => ({ range: rangeOf(p.q), message: `${p.label ? `${p.label}: ` : ''}${p.q.text.trim()}${p.parallel ? ' (in parallel)' : ''}` })),
      });
    }
  },
};
