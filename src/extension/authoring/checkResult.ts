/**
 * The one place the authoring features read the checker's current result of
 * an answer, so that it can be re-pointed (e.g. to a language server) without
 * touching the features.
 */
import type * as vscode from 'vscode';
import type { CheckResult } from '../../core/check';
import type { MlsdAnswers } from '../answers';

/** The check result of `doc` now, or undefined when it is not checked (too large, not an answer). */
export function checkResultOf(answers: MlsdAnswers, doc: vscode.TextDocument): CheckResult | undefined {
  return answers.get(doc).result;
}
