/**
 * Browser entry of the language server (`dist/web/server.js`), run in a web
 * worker as VS Code for the Web runs the built-in Markdown server. It has no
 * file system: `.mlsdrc.json` files and Markdown notes are read by asking the
 * client (`mlsd/readFile`, `mlsd/stat`, `mlsd/readDirectory`),
 * and so is the Mermaid build its diagram check parses with (`mlsd/mermaidSource`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { setMermaidSource } from '../core/check';
import {
  MERMAID_SOURCE_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  STAT_REQUEST,
  type ReadDirectoryResult,
  type ReadFileParams,
  type StatResult,
} from './protocol';
import { startServer } from './server';

// The worker's own scope (typed as a Worker: the project's lib is DOM, not WebWorker).
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
/** A request to the client; `fallback` when it fails or answers nothing (the client may be gone or refuse). */
async function ask<T>(method: string, params: ReadFileParams | undefined, fallback: T): Promise<T> {
  try {
    const r = params ? await connection.sendRequest<T | null>(method, params) : await connection.sendRequest<T | null>(method);
    return r ?? fallback;
  } catch {
    return fallback;
  }
}

// No file system to find Mermaid in: the client reads the build its preview ships, on the first diagram.
setMermaidSource(async () => {
  const text = await ask<string | undefined>(MERMAID_SOURCE_REQUEST, undefined, undefined);
  return typeof text === 'string' ? text : undefined;
});
startServer(connection, {
  readFile: async (uri) => {
    const text = await ask<string | undefined>(READ_FILE_REQUEST, { uri }, undefined);
    return typeof text === 'string' ? text : undefined;
  },
  stat: async (uri) => {
    const r = await ask<StatResult | undefined>(STAT_REQUEST, { uri }, undefined);
    return r && typeof r.isDirectory === 'boolean' ? { isDirectory: r.isDirectory } : undefined;
  },
  readDirectory: async (uri) => {
    const r = await ask<ReadDirectoryResult>(READ_DIRECTORY_REQUEST, { uri }, []);
    return Array.isArray(r) ? r.filter((e) => Array.isArray(e) && typeof e[0] === 'string').map(([name, dir]) => [name, { isDirectory: !!dir }]) : [];
  },
});
