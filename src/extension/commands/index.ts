/**
 * Commands: one class per file, each `implements MlsdCommand`, registered here.
 * Internal commands used by views and code actions start with `_mlsd.`.
 */
import * as vscode from 'vscode';

/** A command the extension contributes. */
export interface MlsdCommand {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** Registers commands and disposes them together. */
export class MlsdCommandManager implements vscode.Disposable {
  private readonly _registered = new Map<string, vscode.Disposable>();

  register<T extends MlsdCommand>(command: T): T {
    this._registered.get(command.id)?.dispose();
    this._registered.set(
      command.id,
      vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)),
    );
    return command;
  }

  dispose(): void {
    for (const d of this._registered.values()) d.dispose();
    this._registered.clear();
  }
}
