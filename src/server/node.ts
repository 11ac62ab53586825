/**
 * Node entry of the language server (`dist/server.js`): `--stdio`, `--node-ipc`
 * or `--socket=N`, as `vscode-languageserver` reads them from the command
 * line. `.mlsdrc.json` files and Markdown notes are read from the disk (the
 * Markdown service reads only inside the workspace folders).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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

async function statUri(uri: string): Promise<{ isDirectory: boolean } | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return { isDirectory: (await stat(fileURLToPath(uri))).isDirectory() };
  } catch {
    return undefined;
  }
}

async function readDirectoryUri(uri: string): Promise<Array<[string, { isDirectory: boolean }]>> {
  if (!uri.startsWith('file:')) return [];
  try {
    const entries = await readdir(fileURLToPath(uri), { withFileTypes: true });
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, { isDirectory: e.isDirectory() }]);
  } catch {
    return [];
  }
}

startServer(createConnection(ProposedFeatures.all), { readFile: readFileUri, stat: statUri, readDirectory: readDirectoryUri });
