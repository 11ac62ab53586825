/**
 * Quick fixes from the findings' fix data (one WorkspaceEdit each, so one undo),
 * "disable for this line / file", and `source.fixAll.mlsd`.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { toRange, toWorkspaceEdit } from './convert';
import type { MlsdDiagnostics } from './diagnostics';
import type { MlsdServices } from './extension';
import { mergeFixes } from '../core/fixes';
import { disableFileEdit, disableLineEdits } from './fixes';

/** `source.fixAll.mlsd`: run by "Fix All", `editor.codeActionsOnSave` and the `mlsd.fixAll` command. */
export const FIX_ALL_KIND_ID = 'source.fixAll.mlsd';

// Built on first use, not at module load: nothing touches `vscode` before activate().
let cachedFixAllKind: vscode.CodeActionKind | undefined;
export function fixAllKind(): vscode.CodeActionKind {
  return (cachedFixAllKind ??= vscode.CodeActionKind.SourceFixAll.append('mlsd'));
}

export class MlsdCodeActions implements vscode.CodeActionProvider {
  /** The kinds this provider returns (for registration). */
  static metadata(): vscode.CodeActionProviderMetadata {
    return { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind()] };
  }

  constructor(
    private readonly _s: MlsdServices,
    private readonly _diagnostics: MlsdDiagnostics,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only)) {
      actions.push(...this._quickFixes(doc, this._diagnosticsAt(doc, range, context)));
    }
    if (!only || only.contains(fixAllKind()) || fixAllKind().contains(only)) {
      const all = this.fixAllAction(doc);
      // In the light bulb, only worth showing when there is more than one fix.
      if (all && (only || (all.diagnostics?.length ?? 0) > 1)) actions.push(all);
    }
    return actions;
  }

  /**
   * Our diagnostics at the range. VS Code passes the workbench's markers in
   * `context.diagnostics`; right after a publish they can lag behind the
   * extension host's collection, so our own published diagnostics are used too.
   */
  private _diagnosticsAt(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.Diagnostic[] {
    const fromContext = context.diagnostics.filter((d) => d.source === 'mlsd');
    if (fromContext.length) return fromContext;
    return this._diagnostics.published(doc.uri).filter((d) => d.range.intersection(range) !== undefined);
  }

  /** The action that applies every non-overlapping fix of the document in one edit. */
  fixAllAction(doc: vscode.TextDocument): vscode.CodeAction | undefined {
    const result = this._s.answers.get(doc).result;
    if (!result) return undefined;
    const fixable = result.findings.filter((f) => f.fix && f.fix.edits.length);
    if (!fixable.length) return undefined;
    const merged = mergeFixes(fixable.map((f) => f.fix!));
    const action = new vscode.CodeAction(`Fix all auto-fixable MLSD problems (${merged.applied})`, fixAllKind());
    action.edit = toWorkspaceEdit(doc.uri, merged.edits);
    action.diagnostics = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.source === 'mlsd' && this._findingOf(doc, d)?.fix);
    return action;
  }

  private _quickFixes(doc: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const result = this._s.answers.get(doc).result;
    if (!result) return [];
    const fixes: vscode.CodeAction[] = [];
    const disables: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const d of diagnostics) {
      if (d.source !== 'mlsd') continue;
      const f = this._findingOf(doc, d);
      if (!f) continue;
      if (f.fix && f.fix.edits.length) {
        const a = new vscode.CodeAction(f.fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc.uri, f.fix.edits);
        a.diagnostics = [d];
        a.isPreferred = true;
        fixes.push(a);
      }
      const line = f.range.start.line;
      const lineEdits = disableLineEdits(result.answer, line, f.ruleId);
      if (lineEdits && !seen.has(`line:${f.ruleId}:${line}`)) {
        seen.add(`line:${f.ruleId}:${line}`);
        const a = new vscode.CodeAction(`Disable ${f.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc.uri, lineEdits);
        a.diagnostics = [d];
        disables.push(a);
      }
      if (!seen.has(`file:${f.ruleId}`)) {
        seen.add(`file:${f.ruleId}`);
        const a = new vscode.CodeAction(`Disable ${f.ruleId} for this file`, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc.uri, [disableFileEdit(result.answer, f.ruleId)]);
        a.diagnostics = [d];
        disables.push(a);
      }
    }
    // Real fixes first, then the ways to silence a rule.
    return [...fixes, ...disables];
  }

  /**
   * The finding of a diagnostic, valid for the document's current text: the
   * typed map when the diagnostics are current; otherwise (typing outran the
   * debounce) the same rule and message in a fresh check, so that fix ranges
   * never apply to text they were not computed for.
   */
  private _findingOf(doc: vscode.TextDocument, d: vscode.Diagnostic): Finding | undefined {
    const known = this._diagnostics.findingOf(d);
    if (known && this._diagnostics.publishedVersion(doc.uri) === doc.version) return known;
    const code = known?.ruleId ?? (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''));
    const message = known?.message ?? d.message;
    const same = (this._s.answers.get(doc).result?.findings ?? []).filter((f) => f.ruleId === code && f.message === message);
    return same.find((f) => toRange(f.range).isEqual(d.range)) ?? same[0];
  }
}
