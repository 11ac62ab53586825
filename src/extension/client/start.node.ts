/**
 * Desktop: the language server runs in its own Node process (`dist/server.js`,
 * over IPC), so a long check never blocks the extension host. Built as
 * `dist/client.js` and required after activation (`lazyClient.node.ts`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { clientOptions } from './options';

/** Create (not start) the client. */
export async function createClient(context: vscode.ExtensionContext, watcher: vscode.FileSystemWatcher): Promise<BaseLanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  return new LanguageClient(
    'mlsd',
    'MLSD',
    { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } } },
    clientOptions(watcher),
  );
}
