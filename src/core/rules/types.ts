import type { Coverage } from '../analysis/coverage';
import type { HitTable } from '../analysis/hits';
import type { ConceptGroups } from '../analysis/concepts';
import type { ConceptId } from '../framework/concepts';
import type { CaseKind, CaseStudy, Level, StepId } from '../framework/types';
import type { Answer, Range } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** A text edit in 0-based positions; an empty range is an insertion. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A mechanical fix, as data: applied as one edit by every shell. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** A place that explains a finding (shown as related information and in hovers). */
export interface Related {
  readonly range: Range;
  readonly message: string;
}

/** What a rule reports. */
export interface RuleReport {
  readonly range: Range;
  /** Says what to add, not just what is wrong: at most 200 characters, specific to the answer. */
  readonly message: string;
  readonly step?: StepId | null;
  /** Every step the finding speaks for, when it is more than `step` (steps missing at one place). */
  readonly steps?: readonly StepId[];
  readonly fix?: Fix;
  /** Overrides the rule's severity for this one report (e.g. a staff-level point). */
  readonly severity?: Severity;
  /** Concept ids the finding is about (e.g. the missing points). */
  readonly concepts?: readonly string[];
  /**
   * For a gap rule: what is missing, as short noun phrases ("a retraining cadence"),
   * one per entry of `concepts` when both are lists, used when check() merges the
   * step's gaps into one finding (a concept asked for twice is named once).
   */
  readonly gap?: string | readonly string[];
  /** Details (each missing point with its hint, the other places): related information, not the message. */
  readonly related?: readonly Related[];
  /** This report is a wrong choice the answer states (overrides `Rule.defect`): a random split of logged data. */
  readonly defect?: boolean;
}

export interface RuleContext {
  readonly answer: Answer;
  readonly level: Level;
  readonly caseStudy?: CaseStudy;
  /** Kinds of the case (empty when no case is set). */
  readonly kinds: readonly CaseKind[];
  readonly coverage: Coverage;
  readonly hits: HitTable;
  /** The keyword groups of a concept the rule declares in `Rule.concepts` (any other id throws). */
  concept(id: ConceptId): ConceptGroups;
}

/**
 * A rule: one per file, listed in `rules/index.ts`. Its docs are generated from
 * these fields (`docs/rules.md`, the README, the CLI's `--help-rules`).
 */
export interface Rule {
  /** Stable id, `MLSD001` ... */
  readonly id: string;
  /** Stable kebab-case name. */
  readonly name: string;
  /** One sentence: what the rule checks. */
  readonly description: string;
  /** Why it matters and how to fix it, in Markdown (a paragraph or two). */
  readonly rationale: string;
  /** Default severity per level; `off` disables the rule at that level. */
  readonly severity: Readonly<Record<Level, RuleSetting>>;
  readonly tags: readonly string[];
  /**
   * A gap rule reports what a step lacks; check() merges every gap finding of one
   * step into one finding ("Monitoring lacks a retraining cadence and alerting").
   */
  readonly gap?: boolean;
  /** The concepts of the table (`framework/concepts.ts`) the rule reads beyond the key points: its vocabulary lives there, not here. */
  readonly concepts?: readonly ConceptId[];
  /** Rule ids whose findings on the same step this rule's finding replaces (it says it better). */
  readonly supersedes?: readonly string[];
  /**
   * Its findings are wrong choices the answer states, not points it lacks (accuracy
   * on rare positives, a sum that does not add up): each one costs its step part of
   * its score (`DEFECT_COST`), since coverage alone would still credit the step.
   */
  readonly defect?: boolean;
  /** Share of each step's score its wrong choice costs (default `DEFECT_COST`): an answer to another problem than its title's costs more. */
  readonly defectCost?: number;
  check(ctx: RuleContext, report: (r: RuleReport) => void): void;
}

export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly step: StepId | null;
  /** Every step the finding speaks for, when it is more than `step`. */
  readonly steps?: readonly StepId[];
  readonly fix?: Fix;
  readonly concepts?: readonly string[];
  readonly related?: readonly Related[];
}
