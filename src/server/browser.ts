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
// No file system to find Mermaid in: the client reads the build its preview ships, on the first diagram.
setMermaidSource(async () => {
  try {
    const text = await connection.sendRequest<string | null>(MERMAID_SOURCE_REQUEST);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
});
startServer(connection, {
  readFile: async (uri) => {
    try {
      const text = await connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri } satisfies ReadFileParams);
      return typeof text === 'string' ? text : undefined;
    } catch {
      return undefined;
    }
  },
  stat: async (uri) => {
    try {
      const r = await connection.sendRequest<StatResult | null>(STAT_REQUEST, { uri } satisfies ReadFileParams);
      return r && typeof r.isDirectory === 'boolean' ? { isDirectory: r.isDirectory } : undefined;
    } catch {
      return undefined;
    }
  },
  readDirectory: async (uri) => {
    try {
      const r = await connection.sendRequest<ReadDirectoryResult | null>(READ_DIRECTORY_REQUEST, { uri } satisfies ReadFileParams);
      return Array.isArray(r) ? r.filter((e) => Array.isArray(e) && typeof e[0] === 'string').map(([name, dir]) => [name, { isDirectory: !!dir }]) : [];
    } catch {
      return [];
    }
  },
});
