import type { ConceptId } from './concepts';

/**
 * Types of the one framework definition that the rules, snippets, templates and
 * rule docs are all built from. The data lives in `steps.ts` and `cases.ts`,
 * transcribed from shared/domain/RUBRIC.md.
 */

/** Stable ids of the seven steps, in canonical order. */
export type StepId =
  | 'requirements'
  | 'framing'
  | 'data'
  | 'model'
  | 'evaluation'
  | 'serving'
  | 'monitoring';

export const STEP_IDS: readonly StepId[] = [
  'requirements',
  'framing',
  'data',
  'model',
  'evaluation',
  'serving',
  'monitoring',
];

/** The level the answer is judged at. */
export type Level = 'mid' | 'senior' | 'staff';
export const LEVELS: readonly Level[] = ['mid', 'senior', 'staff'];

/** Level used when neither the answer, `.mlsdrc.json`, the settings nor a flag set one. */
export const DEFAULT_LEVEL: Level = 'senior';

/** Level tag of a key point: [C] core, [S] senior, [St] staff. */
export type PointLevel = 'core' | 'senior' | 'staff';

/** Families of case studies; some key points are core only for some families. */
export type CaseKind = 'ads' | 'recsys' | 'search' | 'fraud' | 'moderation' | 'regression' | 'vision' | 'generic';

/**
 * A keyword pattern in the project's small keyword language, matched against the
 * document's word tokens (lower-cased; any run of characters other than letters
 * and digits separates tokens, so `re-rank`, `re rank` and `re/rank` are all
 * `re rank`):
 * - words separated by spaces must appear as consecutive tokens;
 * - a trailing `*` on a word is a prefix match (`personali*`);
 * - `#num` matches a number token (`#num ms`) or a number written as a word ("ten minutes"; not "one");
 * - `a|b` inside one word position is an alternative (`#num ms|millisecond*`).
 * Every pattern is linear to match: there is no regex behind it.
 */
export type Keyword = string;

/** One key point of a step (a row of RUBRIC.md §1.2). */
export interface KeyPoint {
  /** Rubric id, e.g. `3.4`. */
  readonly id: string;
  /** Stable kebab-case key, e.g. `ingestion-mode`: also its concept's id in `concepts.ts`, which says how it is recognised. */
  readonly key: string;
  /** Short title, e.g. `Ingestion: batch vs streaming`. */
  readonly title: string;
  /** What a strong answer says, phrased as advice ("Say how logs flow ..."). */
  readonly advice: string;
  /** Level tag from the rubric. */
  readonly level: PointLevel;
  /** When set, the point is raised to core for these case kinds. */
  readonly coreFor?: readonly CaseKind[];
  /**
   * The point applies only to the `coreFor` kinds ("[C] where applicable", e.g.
   * ranking metrics or an ANN index): for other cases, or no case, it is optional.
   */
  readonly onlyFor?: boolean;
  /**
   * Keys of points of the same step that meet the same need: covering one of
   * them covers this one ("an offline metric that fits the task": MAE for an ETA
   * answer is its offline metric, AUC is not asked for).
   */
  readonly metBy?: readonly string[];
  /** Label used in snippets and templates, e.g. `Ingestion` (rendered `**Ingestion:**`). */
  readonly label: string;
  /** Placeholder hint shown in snippets/templates after the label. */
  readonly hint: string;
}

/** One of the seven steps. */
export interface StepDef {
  readonly id: StepId;
  /** 1-based position in the canonical order. */
  readonly index: number;
  /** Canonical heading, e.g. `Clarify requirements`. */
  readonly title: string;
  /** One-line description of the step. */
  readonly summary: string;
  /**
   * Heading aliases: keyword patterns (same language as key points) matched
   * against a heading's tokens anywhere in the heading.
   */
  readonly aliases: readonly Keyword[];
  /** Chinese (or other non-spaced script) aliases, matched as substrings of the heading. */
  readonly cjkAliases: readonly string[];
  /** Snippet prefix, e.g. `mlsd-req`. */
  readonly snippetPrefix: string;
  /** Suggested minutes in a 45-minute interview. */
  readonly minutes: number;
  readonly points: readonly KeyPoint[];
}

/** A case-study skeleton (RUBRIC.md §2). */
export interface CaseStudy {
  /** Stable id, e.g. `ctr-sponsored-search`. */
  readonly id: string;
  readonly title: string;
  /** The interview prompt. */
  readonly prompt: string;
  readonly kinds: readonly CaseKind[];
  /** Whether predictions feed an auction or a threshold (calibration required). */
  readonly needsCalibration: boolean;
  /** Per step: the case's own guiding questions and hints. */
  readonly guide: Readonly<Record<StepId, readonly string[]>>;
  /** Must-have checklist (MLSD016): each with keywords and a level tag. */
  readonly mustHaves: readonly MustHave[];
}

export interface MustHave {
  readonly title: string;
  readonly step: StepId;
  readonly level: PointLevel;
  /** The item's concept in the concept table (`concepts.ts`): a key point's key, or the item's own. */
  readonly concept: ConceptId;
}
