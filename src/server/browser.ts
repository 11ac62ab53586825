/**
 * Browser entry of the language server (`dist/web/server.js`), run in a web
 * worker as VS Code for the Web runs the built-in Markdown server. It has no
 * file system: `.mlsdrc.json` files are read by asking the client (`mlsd/readFile`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { READ_FILE_REQUEST, type ReadFileParams } from './protocol';
import { startServer } from './server';

// The worker's own scope (typed as a Worker: the project's lib is DOM, not WebWorker).
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
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
