import { disagree, findFacts, type Fact } from '../analysis/consistency';
import { stepOfLine } from '../analysis/quantities';
import type { Range } from '../model/types';
import type { Rule } from './types';

function rangeOf(f: Fact): Range {
  return { start: { line: f.q.line, character: f.q.start }, end: { line: f.q.line, character: f.q.end } };
}

const shown = (f: Fact) => f.q.text.replace(/\s+/g, ' ').trim();

/** MLSD024: the same quantity is stated with one value throughout. */
export const inconsistentQuantity: Rule = {
  id: 'MLSD024',
  name: 'inconsistent-quantity',
  description: 'A figure stated twice has one value: peak and average QPS, daily and monthly users, candidates per request, the ranker\'s latency budget.',
  rationale:
    'A design is read as one story: the peak QPS of the requirements is the load the serving plan sizes for, and the ranker\'s budget in the latency ' +
    'table is the one the model must fit. Two values for one figure (100k QPS at peak in the requirements, 150k in serving) leave the reader guessing ' +
    'which one the rest of the design uses. State the figure once and refer to it, or say why it changed.\n\n' +
    'Good: "Peak 100k QPS (from the estimate above) across 50 ranker replicas at 2k QPS each."',
  // A second value may be a deliberate revision (the issue): a hint, not a defect.
  severity: { mid: 'info', senior: 'info', staff: 'info' },
  tags: ['numbers', 'consistency'],
  check(ctx, report) {
    const { answer } = ctx;
    const byKey = new Map<string, Fact[]>();
    for (const f of findFacts(answer)) (byKey.get(f.key) ?? byKey.set(f.key, []).get(f.key)!).push(f);
    for (const facts of byKey.values()) {
      const first = facts[0]!;
      const other = facts.find((f) => f.q.line !== first.q.line && disagree(first, f));
      if (!other) continue;
      const odd = facts.filter((f) => f === first || disagree(first, f));
      report({
        range: rangeOf(other),
        step: stepOfLine(answer, other.q.line),
        message: `${first.label[0]!.toUpperCase()}${first.label.slice(1)} is ${shown(other)} here but ${shown(first)} on line ${first.q.line + 1}: state one figure, or say why it changed.`,
        concepts: ['back-of-envelope'],
        related: odd.map((f) => ({ range: rangeOf(f), message: `${first.label}: ${shown(f)}` })),
      });
    }
  },
};
