/** Conversions between the core's plain data (0-based ranges, findings, edits) and VS Code's types. */
import * as vscode from 'vscode';
import type { Finding, Range, Severity, TextEdit } from '../core/index';
import { heavy } from './lazy';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

/**
 * The diagnostic of a finding: source `mlsd`, its code linked to the rule's docs,
 * its details (each missing point with its hint) as related information in `uri`.
 */
export function toDiagnostic(f: Finding, uri?: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(f.range), f.message, toSeverity(f.severity));
  d.source = 'mlsd';
  const rule = heavy().ruleByKey(f.ruleId);
  d.code = rule ? { value: f.ruleId, target: vscode.Uri.parse(heavy().ruleDocsUrl(rule)) } : f.ruleId;
  if (uri && f.related?.length) {
    d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  }
  return d;
}

/** One WorkspaceEdit holding all the edits, so the whole fix is one undo step. */
export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  we.set(
    uri,
    edits.map((e) => new vscode.TextEdit(toRange(e.range), e.newText)),
  );
  return we;
}
