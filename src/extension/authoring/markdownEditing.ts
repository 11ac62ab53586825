/**
 * The Markdown editing comforts of `mlsd` files that VS Code binds to
 * Markdown only: list continuation on Enter, bold/italic/list toggles, and
 * drop/paste of files and images as links. All small and registered at
 * activation (the transforms are pure text functions, no checker).
 */
import * as vscode from 'vscode';
import { MlsdCommandManager } from '../commands/index';
import { MlsdOnEnterCommand } from '../commands/onEnter';
import { MlsdToggleEmphasisCommand } from '../commands/toggleEmphasis';
import { MlsdToggleListCommand } from '../commands/toggleList';
import { registerPasteDrop, type MlsdPasteDrop } from './pasteDrop';

/** What tests can reach: the drop/paste provider (a real drag cannot be simulated from the extension host). */
export interface MlsdMarkdownEditing extends vscode.Disposable {
  readonly pasteDrop: MlsdPasteDrop;
}

export function registerMarkdownEditing(): MlsdMarkdownEditing {
  const commands = new MlsdCommandManager();
  commands.register(new MlsdOnEnterCommand());
  commands.register(new MlsdToggleEmphasisCommand(2));
  commands.register(new MlsdToggleEmphasisCommand(1));
  commands.register(new MlsdToggleListCommand());
  const pasteDrop = registerPasteDrop();
  const editing: MlsdMarkdownEditing = {
    pasteDrop: pasteDrop.provider,
    dispose: () => vscode.Disposable.from(commands, pasteDrop, internal).dispose(),
  };
  const internal = vscode.commands.registerCommand('_mlsd.markdownEditing', () => editing);
  return editing;
}
