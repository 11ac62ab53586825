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
  const fs = vscode.workspace.fs;
  const isDir = (t: vscode.FileType) => (t & vscode.FileType.Directory) !== 0;
  // Each answers `fallback` for a path that cannot be read: the server treats it as absent.
  const answer = <T>(method: string, fallback: T, get: (p: ReadFileParams) => Thenable<T>) =>
    client.onRequest(method, async (p: ReadFileParams) => {
      try {
        return await get(p);
      } catch {
        return fallback;
      }
    });
  const text = async (uri: vscode.Uri) => new TextDecoder().decode(await fs.readFile(uri));
  answer<string | null>(READ_FILE_REQUEST, null, (p) => text(vscode.Uri.parse(p.uri)));
  answer<StatResult | null>(STAT_REQUEST, null, async (p) => ({ isDirectory: isDir((await fs.stat(vscode.Uri.parse(p.uri))).type) }));
  answer<ReadDirectoryResult>(READ_DIRECTORY_REQUEST, [], async (p) => (await fs.readDirectory(vscode.Uri.parse(p.uri))).map(([name, type]) => [name, isDir(type)]));
  answer<string | null>(MERMAID_SOURCE_REQUEST, null, () => text(vscode.Uri.joinPath(context.extensionUri, 'dist/webview/mermaid.min.js')));
  return client;
}
