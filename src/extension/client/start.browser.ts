/**
 * VS Code for the Web: the language server runs in a web worker
 * (`dist/web/server.js`), as the built-in Markdown server does there. It has
 * no file system: it asks for `.mlsdrc.json` files and Markdown notes with
 * `mlsd/readFile`, `mlsd/stat` and `mlsd/readDirectory`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LanguageClient } from 'vscode-languageclient/browser';
import {
  MERMAID_SOURCE_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  STAT_REQUEST,
  type ReadDirectoryResult,
  type ReadFileParams,
  type StatResult,
} from '../../server/protocol';
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
  client.onRequest(STAT_REQUEST, async (p: ReadFileParams): Promise<StatResult | null> => {
    try {
      return { isDirectory: ((await vscode.workspace.fs.stat(vscode.Uri.parse(p.uri))).type & vscode.FileType.Directory) !== 0 };
    } catch {
      return null;
    }
  });
  client.onRequest(READ_DIRECTORY_REQUEST, async (p: ReadFileParams): Promise<ReadDirectoryResult> => {
    try {
      return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(p.uri))).map(([name, type]) => [name, (type & vscode.FileType.Directory) !== 0]);
    } catch {
      return [];
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
