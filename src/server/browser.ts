/**
 * Browser entry of the language server (`dist/web/server.js`), run in a web
 * worker as VS Code for the Web runs the built-in Markdown server. It has no
 * file system: `.mlsdrc.json` files are read by asking the client (`mlsd/readFile`),
 * and so is the Mermaid build its diagram check parses with (`mlsd/mermaidSource`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { setMermaidSource } from '../core/check';
import { MERMAID_SOURCE_REQUEST, READ_FILE_REQUEST, type ReadFileParams } from './protocol';
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
});
