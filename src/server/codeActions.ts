/**
 * Code actions from the findings' fix data (one WorkspaceEdit each, so one
 * undo): the quick fix, "disable for this line / file", and
 * `source.fixAll.mlsd` with every non-overlapping fix. `context.only` is respected.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import { mergeFixes } from '../core/fixes';
import type { CheckResult } from '../core/check';
import type { Finding, TextEdit } from '../core/rules/types';
import { stepsForTitle } from '../core/model/parse';
import { goToTitle, renameToStep, stepPlace, type StepPlace } from '../core/features/stepPlace';
import { revealCommand } from './features';
import type { MlsdInitializationOptions } from './protocol';
import { toDiagnostic, toWorkspaceEdit } from './convert';
import { disableFileEdit, disableLineEdits } from './disableEdits';

/** `source.fixAll.mlsd`: run by "Fix All", `editor.codeActionsOnSave` and the `mlsd.fixAll` command. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mlsd`;

/** Does kind `a` contain kind `b` (`source` contains `source.fixAll.mlsd`)? */
function contains(a: string, b: string): boolean {
  return b === a || b.startsWith(`${a}.`);
}

/** Is `kind` asked for by `only` (either way round, as VS Code's own check)? */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => contains(o, kind) || contains(kind, o));
}

const same = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const intersects = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** The code actions of a request, against the result of the document's current text. */
export function codeActions(params: CodeActionParams, result: CheckResult, client: MlsdInitializationOptions = {}): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(uri, result, findingsAt(params, result), client));
  if (wanted(only, FIX_ALL_KIND)) {
    const all = fixAllAction(uri, result);
    // In the light bulb, only worth showing when there is more than one fix.
    if (all && (only || (all.diagnostics?.length ?? 0) > 1)) actions.push(all);
  }
  return actions;
}

/**
 * The findings a request is about: the ones behind the client's diagnostics
 * (same rule and message, the same range if it is still there), else every
 * finding at the range. Matching by text keeps fixes computed for the current
 * text, never for a version the diagnostics came from.
 */
function findingsAt(params: CodeActionParams, result: CheckResult): Array<{ f: Finding; d: Diagnostic }> {
  const ours = params.context.diagnostics.filter((d) => d.source === 'mlsd');
  const out: Array<{ f: Finding; d: Diagnostic }> = [];
  for (const d of ours) {
    const candidates = result.findings.filter((f) => f.ruleId === String(d.code ?? '') && f.message === d.message);
    const f = candidates.find((c) => same(c.range, d.range)) ?? candidates[0];
    if (f) out.push({ f, d });
  }
  if (ours.length) return out;
  return result.findings.filter((f) => intersects(f.range, params.range)).map((f) => ({ f, d: toDiagnostic(f, params.textDocument.uri) }));
}

function quickFixes(uri: string, result: CheckResult, found: Array<{ f: Finding; d: Diagnostic }>, client: MlsdInitializationOptions): CodeAction[] {
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const seen = new Set<string>();
  for (const { f, d } of found) {
    // A step the finding says is missing, with a heading in its place the checker does not map yet: rename that
    // heading (preferred) rather than insert a second section beside it.
    const renames: CodeAction[] = [];
    for (const id of f.steps ?? (f.step ? [f.step] : [])) {
      if (result.answer.stepSections.has(id) || seen.has(`rename:${id}`)) continue;
      const place = stepPlace(result, id);
      if (place?.by !== 'place') continue;
      seen.add(`rename:${id}`);
      const r = renameToStep(result, place);
      renames.push({ title: r.title, kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(uri, [r.edit]), diagnostics: [d], isPreferred: true });
    }
    fixes.push(...renames);
    if (f.fix && f.fix.edits.length) {
      const present = stepsAlreadyThere(result, f.fix.edits);
      if (present.length === 0) {
        fixes.push({ title: f.fix.title, kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(uri, f.fix.edits), diagnostics: [d], isPreferred: renames.length === 0 });
      } else if (client.revealCommand) {
        // Never a second section of a step: go to the one the answer has.
        for (const place of present) {
          if (seen.has(`goto:${place.step.id}`)) continue;
          seen.add(`goto:${place.step.id}`);
          const at = { start: place.section.titleRange.start, end: place.section.titleRange.start };
          const title = goToTitle(place);
          fixes.push({ title, kind: CodeActionKind.QuickFix, command: revealCommand(client.revealCommand, uri, at, title), diagnostics: [d] });
        }
      }
    }
    const line = f.range.start.line;
    const lineEdits = disableLineEdits(result.answer, line, f.ruleId);
    if (lineEdits && !seen.has(`line:${f.ruleId}:${line}`)) {
      seen.add(`line:${f.ruleId}:${line}`);
      disables.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(uri, lineEdits), diagnostics: [d] });
    }
    if (!seen.has(`file:${f.ruleId}`)) {
      seen.add(`file:${f.ruleId}`);
      disables.push({ title: `Disable ${f.ruleId} for this file`, kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(uri, [disableFileEdit(result.answer, f.ruleId)]), diagnostics: [d] });
    }
  }
  // Real fixes first, then the ways to silence a rule.
  return [...fixes, ...disables];
}

/**
 * The steps whose headings `edits` would insert although the answer already has
 * a section for them (by title or by content): such a fix is never offered. The
 * checker's own fixes insert only missing steps; this holds whatever a rule does.
 */
export function stepsAlreadyThere(result: CheckResult, edits: readonly TextEdit[]): StepPlace[] {
  const out: StepPlace[] = [];
  for (const e of edits) {
    for (const line of e.newText.split(/\r?\n/)) {
      const h = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(line);
      if (!h) continue;
      for (const id of stepsForTitle(h[1]!)) {
        const place = stepPlace(result, id);
        if (place && place.by !== 'place' && !out.some((o) => o.step.id === id)) out.push(place);
      }
    }
  }
  return out;
}

/** The action that applies every non-overlapping fix of the document in one edit. */
export function fixAllAction(uri: string, result: CheckResult): CodeAction | undefined {
  const fixable = result.findings.filter((f) => f.fix && f.fix.edits.length);
  if (!fixable.length) return undefined;
  const merged = mergeFixes(fixable.map((f) => f.fix!));
  return {
    title: `Fix all auto-fixable MLSD problems (${merged.applied})`,
    kind: FIX_ALL_KIND,
    edit: toWorkspaceEdit(uri, merged.edits),
    diagnostics: fixable.map((f) => toDiagnostic(f, uri)),
  };
}
