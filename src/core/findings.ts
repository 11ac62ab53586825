/**
 * The finding model, applied once by check() to what every rule reported:
 * one finding per gap. Rules only say what they saw; precedence between them is
 * data (`Rule.supersedes`, `Rule.gap`), resolved here and nowhere else:
 *  1. a finding whose rule is superseded by another rule's finding on the same
 *     step is dropped (a missing or hollow step says more than its missing points);
 *  2. the gap findings of one step become one finding, the parts in its related
 *     information;
 *  3. no line carries more than two findings (the rest become related information
 *     of the first one kept there);
 *  4. messages are at most 200 characters.
 */
import { stepById } from './framework/steps';
import type { StepId } from './framework/types';
import type { Finding, Related, Rule, Severity } from './rules/types';

/** A finding as a rule reported it, before the model is applied. */
export interface RawFinding extends Finding {
  readonly rule: Rule;
  readonly gap?: string | readonly string[];
  readonly defect?: boolean;
}

export const MAX_MESSAGE = 200;
export const MAX_PER_LINE = 2;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function applyFindingModel(raw: readonly RawFinding[]): Finding[] {
  const kept = dropSuperseded(raw);
  const merged = mergeGaps(kept);
  return capPerLine(merged).map(finish);
}

function dropSuperseded(raw: readonly RawFinding[]): RawFinding[] {
  // step (or '' for answer-wide) -> the rules with a finding that speaks for it
  const present = new Map<string, Set<Rule>>();
  for (const f of raw) {
    for (const k of stepsOf(f)) (present.get(k) ?? present.set(k, new Set()).get(k)!).add(f.rule);
  }
  return raw.filter((f) => {
    for (const k of stepsOf(f)) {
      for (const r of present.get(k) ?? []) if (r !== f.rule && r.supersedes?.includes(f.rule.id)) return false;
    }
    return true;
  });
}

/** The steps a finding speaks for ('' when it is about the whole answer). */
function stepsOf(f: RawFinding): readonly string[] {
  return f.steps ?? [f.step ?? ''];
}

function mergeGaps(fs: readonly RawFinding[]): RawFinding[] {
  const byStep = new Map<StepId, RawFinding[]>();
  const out: RawFinding[] = [];
  for (const f of fs) {
    if (f.rule.gap && f.step) (byStep.get(f.step) ?? byStep.set(f.step, []).get(f.step)!).push(f);
    else out.push(f);
  }
  for (const [step, parts] of byStep) out.push(parts.length === 1 ? parts[0]! : mergeStep(step, parts));
  return out;
}

/** One finding for a step's gaps: the most severe part's place, every part's concepts and details. */
function mergeStep(step: StepId, parts: readonly RawFinding[]): RawFinding {
  const first = [...parts].sort((a, b) => RANK[b.severity] - RANK[a.severity])[0]!;
  // Each concept is named once, by the first part that asks for it.
  const names: string[] = [];
  const seen = new Set<string>();
  // Only the most severe parts are named (the hints stay in the details): what matters is the message.
  for (const p of parts.filter((x) => x.severity === first.severity)) {
    const gaps = typeof p.gap === 'string' || p.gap === undefined ? [p.gap ?? p.message] : p.gap;
    gaps.forEach((name, i) => {
      const concept = p.concepts?.[typeof p.gap === 'string' ? 0 : i];
      if ((concept && seen.has(concept)) || names.includes(name)) return;
      if (concept) seen.add(concept);
      names.push(name);
    });
    for (const c of p.concepts ?? []) seen.add(c);
  }
  const title = stepById(step)?.title ?? step;
  const related: Related[] = [];
  for (const p of parts) {
    related.push({ range: p.range, message: p.message });
    for (const r of p.related ?? []) related.push(r);
  }
  const concepts = [...new Set(parts.flatMap((p) => p.concepts ?? []))];
  return {
    ...first,
    message: `${title}: add ${listOf(names)}.`,
    concepts: concepts.length ? concepts : undefined,
    related,
    fix: parts.find((p) => p.fix)?.fix,
  };
}

/**
 * "a, b and c": at most `max` names (the related information lists them all),
 * the rest counted ("a, b, c, d and 3 more"), and fewer when they would not fit a message.
 */
export function listOf(names: readonly string[], max = 4, room = MAX_MESSAGE - 40): string {
  const out: string[] = [];
  let len = 0;
  for (const [i, n] of names.entries()) {
    if (out.length && (out.length >= max || len + n.length > room)) {
      out.push(`${names.length - i} more`);
      break;
    }
    out.push(n);
    len += n.length + 2;
  }
  return out.length <= 1 ? (out[0] ?? '') : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

function capPerLine(fs: readonly RawFinding[]): RawFinding[] {
  const byLine = new Map<number, RawFinding[]>();
  for (const f of fs) (byLine.get(f.range.start.line) ?? byLine.set(f.range.start.line, []).get(f.range.start.line)!).push(f);
  const out: RawFinding[] = [];
  for (const list of byLine.values()) {
    if (list.length <= MAX_PER_LINE) {
      out.push(...list);
      continue;
    }
    const sorted = [...list].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    const [head, second, ...rest] = sorted;
    out.push({ ...head!, related: [...(head!.related ?? []), ...rest.map((r) => ({ range: r.range, message: r.message }))] }, second!);
  }
  return out;
}

function finish(f: RawFinding): Finding {
  const { rule: _rule, gap: _gap, defect: _defect, ...finding } = f;
  return { ...finding, message: shorten(f.message) };
}

/** A title as a name inside a sentence: "Latency budget & QPS" -> "latency budget & QPS" (acronyms kept). */
export function asName(title: string): string {
  return title.replace(/\b([A-Z])([a-z]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b);
}

/** At most MAX_MESSAGE characters, cut at a word. */
export function shorten(m: string): string {
  if (m.length <= MAX_MESSAGE) return m;
  const cut = m.lastIndexOf(' ', MAX_MESSAGE - 1);
  return `${m.slice(0, cut > 120 ? cut : MAX_MESSAGE - 1)}…`;
}
