/**
 * The server's own messages beside standard LSP, as plain types (no import of
 * the LSP libraries, so the extension's activation bundle can use them):
 * - `mlsd/result` (server → client notification): an open answer's score and
 *   checklist data after each check, read by the status bar, the checklist
 *   view, the preview strip and practice mode;
 * - `mlsd/checkText` (client → server request): check a text that is not open
 *   (the workspace check), publishing its diagnostics;
 * - `mlsd/ruleDocs` (client → server request): the rules in brief and one
 *   rule's docs page, so that the extension host carries no rules;
 * - `mlsd/readFile` (server → client request): the text of a file, for a server
 *   without a file system (the browser's) reading `.mlsdrc.json` and notes;
 * - `mlsd/stat`, `mlsd/readDirectory` (server → client requests): the same
 *   server's view of folders, for link validation and path completion;
 * - `initializationOptions` (`MlsdInitializationOptions`): what the client
 *   serves itself.
 */
import type { StepId } from '../core/framework/types';
import type { Range } from '../core/model/types';
import type { AnswerScore, ScoredPoint, ScoredStep } from '../core/authoring/score';
import type { StepRun } from '../core/model/stepRuns';

export const RESULT_NOTIFICATION = 'mlsd/result';
export const CHECK_TEXT_REQUEST = 'mlsd/checkText';
export const READ_FILE_REQUEST = 'mlsd/readFile';
/** Client → server: the rule docs (the `mlsd-docs:` pages and the "Show Rule Docs" pick list). */
export const RULE_DOCS_REQUEST = 'mlsd/ruleDocs';
export const STAT_REQUEST = 'mlsd/stat';
export const READ_DIRECTORY_REQUEST = 'mlsd/readDirectory';
/** Browser server → client: the text of the Mermaid build the preview ships (`dist/webview/mermaid.min.js`), or null. */
export const MERMAID_SOURCE_REQUEST = 'mlsd/mermaidSource';

/**
 * What a client tells the server in `initializationOptions` (every field optional:
 * a plain LSP client such as Neovim, Helix or Zed sends none).
 */
export interface MlsdInitializationOptions {
  /**
   * Language ids whose Markdown features the editor has already (VS Code's
   * `markdown`, for answers that `files.associations` opens as Markdown): for
   * documents of these languages the server serves none of its embedded
   * Markdown service's features (links, link diagnostics, path and heading
   * completion, outline, folds, references, rename, smart select, highlights,
   * link-definition fixes), nor its own outline and folds, which would repeat
   * the editor's; the checker's diagnostics, quick fixes, hover, step
   * completions and `mlsd/result` stay.
   */
  readonly editorMarkdownLanguages?: readonly string[];
  /**
   * A client command that shows a range of a document, called with
   * `(uri: string, startLine, startCharacter, endLine, endCharacter)`: completion
   * items and code actions that go to a step's existing section run it. Without
   * one, the server offers no "go to" item (it never offers a second section either).
   */
  readonly revealCommand?: string;
  /** The client contributes the sub-snippets itself (VS Code's static snippets): the server leaves them out. */
  readonly staticSubSnippets?: boolean;
}

/** Where the effective level comes from. */
export type LevelSource = 'front matter' | '.mlsdrc.json' | 'setting' | 'default';

/** One key point of a step, as the checklist shows it. */
export interface MlsdPointResult extends ScoredPoint {
  readonly depth: 'missing' | 'named' | 'explained';
  readonly inStep: boolean;
  readonly where?: Range;
}

/** One step's score and points. */
export interface MlsdStepResult extends ScoredStep {
  readonly index: number;
  /** Lines of the step's own headings (empty when it has none). */
  readonly headings: readonly number[];
  /** Where the step belongs when it has no heading. */
  readonly insertLine: number;
  readonly points: readonly MlsdPointResult[];
}

/** A finding in brief (the diagnostics carry the rest). */
export interface MlsdFindingBrief {
  readonly ruleId: string;
  readonly step: StepId | null;
  readonly line: number;
  readonly message: string;
}

/** The score of a checked answer (the practice summary reads it as an `AnswerScore`). */
export interface MlsdScore extends AnswerScore {
  readonly levelSource: LevelSource;
  /** The seven steps in framework order. */
  readonly steps: readonly MlsdStepResult[];
  readonly findings: readonly MlsdFindingBrief[];
  /** The step each line counts for, as runs (practice mode's step under the cursor). */
  readonly stepRuns: readonly StepRun[];
}

/** `mlsd/result`: either a score or why there is none (e.g. over the size limit). */
export interface MlsdResult {
  readonly uri: string;
  readonly version: number;
  readonly score?: MlsdScore;
  readonly skipped?: string;
}

/** `mlsd/checkText` parameters and answer. */
export interface CheckTextParams {
  readonly uri: string;
  readonly text: string;
}
export interface CheckTextResult {
  readonly checked: boolean;
  readonly skipped?: string;
  readonly overall?: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** `mlsd/readFile`: the file's text, or null when it does not exist or cannot be read. */
export interface ReadFileParams {
  readonly uri: string;
}

/** `mlsd/ruleDocs`: `key` is a rule id (`MLSD004`) or name (`metrics-pairing`). */
export interface RuleDocsParams {
  readonly key?: string;
}
export interface RuleBrief {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}
export interface RuleDocsResult {
  /** Every rule, in id order. */
  readonly rules: readonly RuleBrief[];
  /** The docs page (Markdown) of the rule `key` names, when it names one. */
  readonly page?: { readonly id: string; readonly markdown: string };
}
/** `mlsd/stat` answer: null when the path does not exist. */
export interface StatResult {
  readonly isDirectory: boolean;
}

/** `mlsd/readDirectory` answer: `[name, isDirectory]` pairs, empty when the folder cannot be read. */
export type ReadDirectoryResult = Array<[string, boolean]>;
