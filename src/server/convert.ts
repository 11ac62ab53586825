/** The core's findings and edits as LSP data. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/rules/types';
import type { TextEdit as CoreEdit } from '../core/rules/types';
import { ruleByKey, ruleDocsUrl } from '../core/rules/index';
import type { CheckedAnswer } from './answers';

export function toSeverity(s: Severity): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

/** The diagnostic of a finding: source `mlsd`, code linked to the rule's docs, details as related information. */
export function toDiagnostic(f: Finding, uri: string): Diagnostic {
  const rule = ruleByKey(f.ruleId);
  const d: Diagnostic = { range: f.range, message: f.message, severity: toSeverity(f.severity), source: 'mlsd', code: f.ruleId };
  if (rule) d.codeDescription = { href: ruleDocsUrl(rule) };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}

/** The diagnostics of a check: one per finding, or one clear message when it was skipped. */
export function diagnosticsOf(c: Pick<CheckedAnswer, 'result' | 'skipped'>, uri: string): Diagnostic[] {
  if (!c.result) {
    const zero = { line: 0, character: 0 };
    return [{ range: { start: zero, end: zero }, message: c.skipped ?? 'MLSD: this answer was not checked.', severity: DiagnosticSeverity.Information, source: 'mlsd', code: 'size-limit' }];
  }
  return c.result.findings.map((f) => toDiagnostic(f, uri));
}

/** One WorkspaceEdit holding all the edits, so the whole fix is one undo step. */
export function toWorkspaceEdit(uri: string, edits: readonly CoreEdit[]): WorkspaceEdit {
  const changes: TextEdit[] = edits.map((e) => ({ range: e.range, newText: e.newText }));
  return { changes: { [uri]: changes } };
}
