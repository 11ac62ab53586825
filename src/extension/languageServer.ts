/**
 * The extension's side of the language server: starts the client right after
 * activation (its module loads then, not during activation), relays
 * `mlsd/result` to the answers' store, and sends the server's own requests.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { RESULT_NOTIFICATION, type MlsdResult } from '../server/protocol';
import type { MlsdAnswers } from './answers';
import { clientModuleLoad } from './lazyClient';

export class MlsdLanguageServer implements vscode.Disposable {
  private _client: BaseLanguageClient | undefined;
  private _disposed = false;
  /** Resolves with the running client (rejects when it could not start). */
  readonly ready: Promise<BaseLanguageClient>;

  constructor(context: vscode.ExtensionContext, answers: MlsdAnswers, watcher: vscode.FileSystemWatcher) {
    this.ready = new Promise<void>((r) => setTimeout(r, 0)).then(async () => {
      if (this._disposed) throw new Error('MLSD: the extension was deactivated.');
      const client = await clientModuleLoad().createClient(context, watcher);
      this._client = client;
      client.onNotification(RESULT_NOTIFICATION, (r: MlsdResult) => answers.set(r));
      await client.start();
      return client;
    });
    this.ready.catch((e: unknown) => {
      void vscode.window.showErrorMessage(`MLSD: the checker could not start (${(e as Error)?.message ?? e}). Reload the window to try again.`);
    });
  }

  /** Send one of the server's own requests (see `server/protocol.ts`). */
  async request<R>(method: string, params: unknown): Promise<R> {
    const client = await this.ready;
    return client.sendRequest<R>(method, params);
  }

  dispose(): void {
    this._disposed = true;
    void this._client?.stop().catch(() => undefined);
  }
}
