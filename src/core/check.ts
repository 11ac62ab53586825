/**
 * The one entry point every shell calls: parse once, compute coverage once,
 * run every rule, apply severities and disable comments.
 */
import { computeCoverage, type Coverage } from './analysis/coverage';
import { chargeFindings, DEFECT_COST } from './analysis/defects';
import { HitTable } from './analysis/hits';
import { caseById } from './framework/cases';
import { DEFAULT_LEVEL, type CaseStudy, type Level, type StepId } from './framework/types';
import { parseAnswer } from './model/parse';
import { inferSectionSteps } from './analysis/inferSteps';
import { forgetChunkSentences, Sentences } from './analysis/depth';
import type { Answer } from './model/types';
import { RULES, ruleByKey } from './rules/index';
import type { Finding, Rule, RuleContext, RuleReport, RuleSetting } from './rules/types';
import { conceptGroups } from './analysis/concepts';
import type { ConceptId } from './framework/concepts';
import { applyFindingModel, type RawFinding } from './findings';
import { checkDiagrams, diagramsPending } from './diagrams/syntax';
import { clearSentenceCaches } from './text/sentences';
import { forgetScans } from './text/keywords';
import { forgetLexedLines } from './analysis/quantities';

export { checkDiagrams, cachedVerdict, diagramsPending, clearDiagramCache, type DiagramResult, type SyntaxVerdict } from './diagrams/syntax';
export { setMermaidSource, setMermaidParser, type MermaidParse, type MermaidSource } from './diagrams/mermaid';
export { readDiagram, type DiagramGraph, type DiagramNode, type DiagramEdge, type DiagramGroup } from './diagrams/graph';

export interface CheckOptions {
  /** Level used when the answer's front matter sets none (default `senior`). */
  readonly level?: Level;
  /** Level that wins over the front matter (e.g. the CLI's `--level`). */
  readonly forceLevel?: Level;
  /** Case used when the front matter sets none. */
  readonly caseId?: string;
  /** Per-rule severity overrides, keyed by id or name. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export interface CheckResult {
  readonly answer: Answer;
  readonly level: Level;
  readonly caseStudy?: CaseStudy;
  readonly coverage: Coverage;
  /** Sorted by position. */
  readonly findings: readonly Finding[];
}


/** Resolve a rule's severity: explicit setting (by id or name) over its level default. */
export function severityOf(ruleId: string, level: Level, settings?: Readonly<Record<string, RuleSetting>>): RuleSetting {
  const rule = ruleByKey(ruleId);
  if (!rule) return 'off';
  if (settings) {
    for (const [k, v] of Object.entries(settings)) {
      const kk = k.toLowerCase();
      if (kk === rule.id.toLowerCase() || kk === rule.name) return v;
    }
  }
  return rule.severity[level];
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const answer = parseAnswer(text);
  const level = options.forceLevel ?? answer.frontMatter.level ?? options.level ?? DEFAULT_LEVEL;
  const caseStudy = caseById(answer.frontMatter.caseId ?? options.caseId ?? '');
  const kinds = caseStudy?.kinds ?? [];
  const hits = new HitTable(answer, caseStudy?.id);
  const sentences = new Sentences(answer);
  inferSectionSteps(answer, hits, sentences);
  const coverage = computeCoverage(answer, level, kinds, hits, sentences);
  const ctx: Omit<RuleContext, 'concept'> = { answer, level, caseStudy, kinds, coverage, hits };
  const raw: RawFinding[] = [];
  for (const rule of RULES) {
    const configured = severityOf(rule.id, level, options.rules);
    if (configured === 'off') continue;
    const report = (r: RuleReport) => {
      const line = r.range.start.line;
      if (answer.disables.isDisabled(rule.id, rule.name, line)) return;
      raw.push({
        rule,
        ruleId: rule.id,
        ruleName: rule.name,
        // A report may lower its own severity (e.g. a staff-only point); settings cap it.
        severity: r.severity && rank(r.severity) < rank(configured) ? r.severity : configured,
        message: r.message,
        range: clamp(r.range, answer),
        step: r.step ?? null,
        steps: r.steps && r.steps.length > 1 ? r.steps : undefined,
        fix: r.fix,
        concepts: r.concepts,
        gap: r.gap,
        related: r.related?.length ? r.related.map((x) => ({ range: clamp(x.range, answer), message: x.message })) : undefined,
        defect: r.defect ?? rule.defect,
      });
    };
    try {
      rule.check(ruleContext(ctx, rule), report);
    } catch (e) {
      // A rule bug must never take the whole check down; say so where it shows.
      raw.push({
        rule,
        ruleId: rule.id,
        ruleName: rule.name,
        severity: 'info',
        message: `Internal error in rule ${rule.id} (${rule.name}): ${(e as Error)?.message ?? e}. Please report it.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        step: null,
      });
    }
  }
  const findings: Finding[] = applyFindingModel(raw);
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return { answer, level, caseStudy, coverage: chargeFindings(coverage, defectsByStep(raw), gapsByStep(findings, raw), findings.filter((f) => f.severity !== 'info').length), findings };
}

/** Per step, its warnings and errors that are not wrong choices (after the finding model: one per gap). */
function gapsByStep(findings: readonly Finding[], raw: readonly RawFinding[]): Map<StepId, number> {
  const defect = new Set(raw.filter((f) => f.defect).map((f) => f.ruleId));
  const out = new Map<StepId, number>();
  for (const f of findings) {
    if (!f.step || f.severity === 'info' || defect.has(f.ruleId)) continue;
    out.set(f.step, (out.get(f.step) ?? 0) + 1);
  }
  return out;
}

/** Per step, the rules that found a wrong choice stated in it (warnings and errors: a hint costs nothing), with what each costs. */
function defectsByStep(raw: readonly RawFinding[]): Map<StepId, number[]> {
  const rules = new Map<StepId, Map<string, number>>();
  for (const f of raw) {
    if (!f.defect || !f.step || f.severity === 'info') continue;
    // A defect that speaks for several steps (an answer to another problem) costs each of them.
    for (const step of f.steps ?? [f.step]) (rules.get(step) ?? rules.set(step, new Map()).get(step)!).set(f.ruleId, f.rule.defectCost ?? DEFECT_COST);
  }
  return new Map([...rules].map(([step, costs]) => [step, [...costs.values()]]));
}

/**
 * `check()` with every Mermaid block parsed by Mermaid first (MLSD025 reads the
 * verdicts): what the CLI calls. A block whose source was parsed before is not
 * parsed again, so a re-check with unchanged diagrams is one `check()`.
 */
export async function checkAsync(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const first = check(text, options);
  if (!diagramsPending(first.answer)) return first;
  await checkDiagrams(first.answer);
  return check(text, options);
}

/** The context a rule runs with: it reads only the concepts it declares. */
function ruleContext(ctx: Omit<RuleContext, 'concept'>, rule: Rule): RuleContext {
  return {
    ...ctx,
    concept(id: ConceptId) {
      if (!rule.concepts?.includes(id)) throw new Error(`${rule.id} reads the concept "${id}" without declaring it in its concepts`);
      return conceptGroups(id);
    },
  };
}

function rank(s: RuleSetting): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0;
}

/** Keep every range inside the document. */
function clamp(r: RuleReport['range'], a: Answer): RuleReport['range'] {
  const fix = (p: { line: number; character: number }) => {
    const line = Math.max(0, Math.min(a.lineCount - 1, p.line));
    const len = a.lineText(line).length;
    return { line, character: Math.max(0, Math.min(len, line === p.line ? p.character : p.line < 0 ? 0 : len)) };
  };
  const start = fix(r.start);
  let end = fix(r.end);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
  return { start, end };
}

/**
 * Forget what earlier checks remembered of the text they read (each section's
 * sentences and keyword hits, each line's numbers): the next check reads every section anew. The
 * bench's cold figure calls it; the editor never needs to.
 */
export function forgetAnalyses(): void {
  clearSentenceCaches();
  forgetScans();
  forgetLexedLines();
  forgetChunkSentences();
}
