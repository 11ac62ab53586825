/**
 * Node entry of the language server (`dist/server.js`): `--stdio`, `--node-ipc`
 * or `--socket=N`, as `vscode-languageserver` reads them from the command
 * line. `.mlsdrc.json` files are read from the disk.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Read a `file:` URI; anything else (untitled, remote) has no file here. */
async function readFileUri(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return await readFile(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}

startServer(createConnection(ProposedFeatures.all), { readFile: readFileUri });
