/**
 * Authoring help: "MLSD: New Answer…" from case-study templates and the timed
 * practice mode. (Snippets are contributed statically by package.json.)
 */
import * as vscode from 'vscode';
import type { MlsdServices } from '../extension';
import { MlsdNewAnswer } from './newAnswer';
import { MlsdPracticeController } from './practice';

/** What `registerAuthoring` returns: a Disposable that also exposes the features (for tests and other features). */
export interface MlsdAuthoring extends vscode.Disposable {
  readonly newAnswer: MlsdNewAnswer;
  readonly practice: MlsdPracticeController;
}

export function registerAuthoring(s: MlsdServices): MlsdAuthoring {
  const newAnswer = new MlsdNewAnswer();
  const practice = new MlsdPracticeController(s.context.workspaceState, s.answers);
  // Internal: lets the VS Code test suite reach these objects before `activate()` exposes them.
  const api = vscode.commands.registerCommand('_mlsd.authoring', () => authoring);
  const authoring: MlsdAuthoring = {
    newAnswer,
    practice,
    dispose: () => {
      api.dispose();
      practice.dispose();
      newAnswer.dispose();
    },
  };
  return authoring;
}
