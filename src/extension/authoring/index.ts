/**
 * Authoring help: "MLSD: New Answer…" from case-study templates and the timed
 * practice mode. (The sub-snippets are contributed statically by package.json;
 * the step items come from the language server's completion.) The
 * commands are registered here; the features live in `ui.ts` and are
 * created on first use, or at activation only to resume a saved practice session.
 */
import * as vscode from 'vscode';
import type { MlsdServices } from '../extension';
import { ui } from '../lazyUi';
import { PRACTICE_STATE_KEY } from './keys';
import type { MlsdNewAnswer, NewAnswerArgs } from './newAnswer';
import type { MlsdPracticeController } from './practice';
import type { MlsdPracticeSetup, PracticeCaseArgs } from './practiceNew';

/** What `registerAuthoring` returns: a Disposable that also exposes the features (for tests and other features). */
export interface MlsdAuthoring extends vscode.Disposable {
  readonly newAnswer: MlsdNewAnswer;
  readonly practice: MlsdPracticeController;
  /** "Start Practice Session…": a case, a level, a fresh answer. */
  readonly practiceSetup: MlsdPracticeSetup;
}

export function registerAuthoring(s: MlsdServices): MlsdAuthoring {
  let newAnswer: MlsdNewAnswer | undefined;
  let practice: MlsdPracticeController | undefined;
  let setup: MlsdPracticeSetup | undefined;
  const authoring: MlsdAuthoring = {
    get newAnswer() {
      return (newAnswer ??= new (ui().MlsdNewAnswer)());
    },
    get practice() {
      return (practice ??= new (ui().MlsdPracticeController)(s.context.workspaceState, s.answers));
    },
    get practiceSetup() {
      return (setup ??= new (ui().MlsdPracticeSetup)(() => authoring.practice));
    },
    dispose: () => {
      for (const d of subs) d.dispose();
      practice?.dispose();
      setup?.dispose();
      newAnswer?.dispose();
    },
  };
  const subs = [
    vscode.commands.registerCommand('mlsd.newAnswer', () => authoring.newAnswer.run()),
    vscode.commands.registerCommand('_mlsd.newAnswer', (args: NewAnswerArgs) => authoring.newAnswer.create(args)),
    vscode.commands.registerCommand('mlsd.practice.new', () => authoring.practiceSetup.run()),
    vscode.commands.registerCommand('_mlsd.practice.new', (args: PracticeCaseArgs) => authoring.practiceSetup.create(args)),
    vscode.commands.registerCommand('mlsd.practice.start', () => authoring.practice.start()),
    vscode.commands.registerCommand('mlsd.practice.togglePause', () => practice?.togglePause()),
    vscode.commands.registerCommand('mlsd.practice.stop', () => practice?.stop(false)),
    vscode.commands.registerCommand('mlsd.practice.showSummary', () => authoring.practice.showKeptSummary()),
    vscode.commands.registerCommand('_mlsd.practice.snapshot', () => practice?.snapshot()),
    // Internal: lets the VS Code test suite reach these objects.
    vscode.commands.registerCommand('_mlsd.authoring', () => authoring),
  ];
  // A session saved before a reload resumes now (the usual case has none: nothing loads).
  if (s.context.workspaceState.get(PRACTICE_STATE_KEY) !== undefined) void authoring.practice;
  return authoring;
}
