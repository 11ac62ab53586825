/**
 * The CLI's per-file result, in 1-based positions: what every output format
 * prints, so text, JSON and SARIF always agree.
 */
import type { CheckResult } from '../core/check';
import type { Level, StepId } from '../core/framework/types';
import type { Finding, Severity } from '../core/rules/types';

/** Pseudo-rule for files that cannot be read; not in the registry because it never runs on text. */
export const UNREADABLE_RULE = {
  id: 'MLSD000',
  name: 'unreadable-file',
  description: 'The file can be read as UTF-8 text.',
  rationale: 'Missing, unreadable, directory, binary and non-UTF-8 inputs cannot be checked; each is reported as an error so that CI notices.',
} as const;

/** One finding as the CLI prints it: 1-based lines and columns, end column exclusive. */
export interface MlsdCliFinding {
  readonly rule: string;
  readonly name: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly step: StepId | null;
}

export interface MlsdCliScore {
  readonly overall: number;
  readonly steps: Readonly<Record<string, number>>;
}

export interface MlsdFileReport {
  /** Path relative to cwd, forward slashes. */
  readonly file: string;
  /** Level the file was judged at; undefined when unreadable. */
  readonly level?: Level;
  readonly score: MlsdCliScore | null;
  readonly findings: readonly MlsdCliFinding[];
}

/** Convert a check result. */
export function reportOf(file: string, result: CheckResult): MlsdFileReport {
  const steps: Record<string, number> = {};
  for (const [id, st] of result.coverage.steps) steps[id] = st.score;
  return { file, level: result.level, score: { overall: result.coverage.overall, steps }, findings: result.findings.map(cliFinding) };
}

/** The report of a file that could not be read: "<file> <reason>." */
export function unreadableReport(file: string, reason: string): MlsdFileReport {
  return fileErrorReport(file, `${file} ${reason}.`);
}

/**
 * A report with one MLSD000 error at 1:1 and no score: a file that could not be
 * checked (an unreadable answer, an invalid config file, an answer that config applies to).
 */
export function fileErrorReport(file: string, message: string): MlsdFileReport {
  return {
    file,
    score: null,
    findings: [
      {
        rule: UNREADABLE_RULE.id,
        name: UNREADABLE_RULE.name,
        severity: 'error',
        message,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        step: null,
      },
    ],
  };
}

function cliFinding(f: Finding): MlsdCliFinding {
  return {
    rule: f.ruleId,
    name: f.ruleName,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    step: f.step,
  };
}

/** Counts over all reports. */
export function tally(reports: readonly MlsdFileReport[]): Record<Severity, number> {
  const t: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const f of r.findings) t[f.severity]++;
  return t;
}

/** Path relative to `cwd` with forward slashes (as given when outside cwd). */
export function displayPath(rel: string): string {
  return rel.replace(/\\/g, '/');
}
