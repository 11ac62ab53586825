/** `--format json`: exactly one JSON object on stdout. */
import type { MlsdFileReport } from './report';

/** Serialise reports with a fixed key order (the documented shape). */
export function formatJson(reports: readonly MlsdFileReport[]): string {
  const files = reports.map((r) => ({
    file: r.file,
    score: r.score ? { overall: r.score.overall, steps: { ...r.score.steps } } : null,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      name: f.name,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      step: f.step,
    })),
  }));
  return JSON.stringify({ files }) + '\n';
}
