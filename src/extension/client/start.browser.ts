/**
 * VS Code for the Web: the language server runs in a web worker
 * (`dist/web/server.js`), as the built-in Markdown server does there. It has
 * no file system: it asks for `.mlsdrc.json` files with `mlsd/readFile`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient } from 'vscode-languageclient/browser';
import { MERMAID_SOURCE_REQUEST, READ_FILE_REQUEST, type ReadFileParams } from '../../server/protocol';
import { clientOptions } from './options';

/**
 * The server's worker. VS Code for the Web refuses to create a worker from a
 * remote extension's URI (`vscode-remote:`), so then the script is read with
 * `workspace.fs` and started from a blob URL of the same origin.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<Worker> {
  const uri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  try {
    return new Worker(uri.toString(true));
  } catch {
    const code = await vscode.workspace.fs.readFile(uri);
    return new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(code)], { type: 'text/javascript' })));
  }
}

/** Create (not start) the client. */
export async function createClient(context: vscode.ExtensionContext, watcher: vscode.FileSystemWatcher): Promise<BaseLanguageClient> {
  const client = new LanguageClient('mlsd', 'MLSD', clientOptions(watcher), await serverWorker(context));
  client.onRequest(READ_FILE_REQUEST, async (p: ReadFileParams) => {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(p.uri)));
    } catch {
      return null;
    }
  });
  client.onRequest(MERMAID_SOURCE_REQUEST, async () => {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist/webview/mermaid.min.js')));
    } catch {
      return null;
    }
  });
  return client;
}
