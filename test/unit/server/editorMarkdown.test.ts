/**
 * Answers opened as `markdown` (`files.associations`): the language server
 * in-process over a message pipe, told (as VS Code's client tells it) that the
 * editor serves `markdown` documents' Markdown features: the same answer as
 * `markdown` and as `mlsd` side by side.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../../src/server/server';
import { editorMarkdownLanguages } from '../../../src/server/markdown/editorMarkdown';
import { RESULT_NOTIFICATION, type MlsdResult } from '../../../src/server/protocol';

describe('editorMarkdownLanguages', () => {
  it('reads the client languages from initializationOptions, ignoring anything malformed', () => {
    expect([...editorMarkdownLanguages({ editorMarkdownLanguages: ['markdown'] })]).toEqual(['markdown']);
    expect([...editorMarkdownLanguages({ editorMarkdownLanguages: ['markdown', 3, null] })]).toEqual(['markdown']);
    expect(editorMarkdownLanguages(undefined).size).toBe(0);
    expect(editorMarkdownLanguages(null).size).toBe(0);
    expect(editorMarkdownLanguages({ editorMarkdownLanguages: 'markdown' }).size).toBe(0);
  });
});

const ROOT = 'file:///ws';
const AS_MARKDOWN = `${ROOT}/as-markdown.mlsd.md`;
const AS_MLSD = `${ROOT}/as-mlsd.mlsd.md`;
/** Steps 1 to 3 and 5: step 4 is missing (MLSD001, with a quick fix); a link to a heading that is not there. */
const TEXT = [
  '# CTR prediction',
  '',
  '## 1. Clarify requirements',
  '',
  'Predict clicks for [the data step](#3-data-preparation) and [nowhere](#no-such-heading).',
  '',
  '## 2. Frame as an ML task',
  '',
  'Binary classification.',
  '',
  '## 3. Data preparation',
  '',
  'Logs.',
  '',
  '## 5. Evaluation',
  '',
  'AUC.',
  '',
  '',
].join('\n');

describe('the server with VS Code serving markdown documents (editorMarkdownLanguages)', () => {
  let client: MessageConnection;
  const pushed = new Map<string, Diagnostic[]>();
  const results = new Map<string, MlsdResult>();
  const waiters: Array<() => void> = [];
  const changed = () => waiters.splice(0).forEach((w) => w());
  /** Resolve once `ready` holds (checked on each message from the server). */
  const until = (ready: () => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 15_000);
      const test = () => (ready() ? (clearTimeout(timer), resolve()) : waiters.push(test));
      test();
    });
  const ask = <T>(method: string, uri: string, extra: Record<string, unknown> = {}) => client.sendRequest<T>(method, { textDocument: { uri }, ...extra });

  beforeAll(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer objects, not streams: the connection then installs no process.exit on stream end.
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { readFile: async () => undefined });
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      pushed.set(p.uri, p.diagnostics);
      changed();
    });
    client.onNotification(RESULT_NOTIFICATION, (r: MlsdResult) => {
      results.set(r.uri, r);
      changed();
    });
    client.listen();
    // No pull diagnostics and no workspace/configuration: the server pushes, with default settings.
    await client.sendRequest('initialize', { processId: null, rootUri: ROOT, workspaceFolders: [{ uri: ROOT, name: 'ws' }], capabilities: {}, initializationOptions: { editorMarkdownLanguages: ['markdown'] } });
    await client.sendNotification('initialized', {});
    for (const [uri, languageId] of [[AS_MARKDOWN, 'markdown'], [AS_MLSD, 'mlsd']]) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: TEXT } });
    }
    await until(() => [AS_MARKDOWN, AS_MLSD].every((u) => pushed.has(u) && results.has(u)), 'both checked');
  });
  afterAll(() => client?.dispose());

  const sources = (uri: string) => pushed.get(uri)!.map((d) => `${d.source}:${d.code ?? ''}`);

  it('checks both and scores both (mlsd/result)', () => {
    for (const uri of [AS_MARKDOWN, AS_MLSD]) {
      expect(sources(uri)).toContain('mlsd:MLSD001');
      expect(results.get(uri)!.score?.steps.length).toBe(7);
    }
    expect(results.get(AS_MARKDOWN)!.score!.overall).toBe(results.get(AS_MLSD)!.score!.overall);
  });

  it('leaves link diagnostics (source markdown) to the editor for the markdown one only', () => {
    expect(sources(AS_MLSD).filter((s) => s.startsWith('markdown:'))).toHaveLength(1);
    expect(sources(AS_MARKDOWN).filter((s) => s.startsWith('markdown:'))).toEqual([]);
    expect(sources(AS_MARKDOWN).filter((s) => s.startsWith('mlsd:'))).toEqual(sources(AS_MLSD).filter((s) => s.startsWith('mlsd:')));
  });

  it('gives the markdown one our quick fixes', async () => {
    const diag = pushed.get(AS_MARKDOWN)!.find((d) => d.code === 'MLSD001')!;
    const actions = await ask<CodeAction[]>('textDocument/codeAction', AS_MARKDOWN, { range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } });
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.title).toBe('Insert the "Model development" step');
    expect(Object.keys(fix!.edit!.changes ?? {})).toEqual([AS_MARKDOWN]);
  });

  it('hovers a step heading in both', async () => {
    for (const uri of [AS_MARKDOWN, AS_MLSD]) {
      const h = await ask<Hover | null>('textDocument/hover', uri, { position: { line: 2, character: 5 } });
      expect((h?.contents as { value: string } | undefined)?.value).toMatch(/Clarify requirements/);
    }
  });

  it('serves no outline, folds, links, smart select or highlights for the markdown one (the editor has them)', async () => {
    expect(await ask<DocumentSymbol[]>('textDocument/documentSymbol', AS_MARKDOWN)).toEqual([]);
    expect(await ask<FoldingRange[]>('textDocument/foldingRange', AS_MARKDOWN)).toEqual([]);
    expect(await ask<DocumentLink[]>('textDocument/documentLink', AS_MARKDOWN)).toEqual([]);
    expect(await ask('textDocument/selectionRange', AS_MARKDOWN, { positions: [{ line: 4, character: 10 }] })).toEqual([]);
    expect(await ask('textDocument/documentHighlight', AS_MARKDOWN, { position: { line: 4, character: 40 } })).toEqual([]);
    expect(await ask('textDocument/prepareRename', AS_MARKDOWN, { position: { line: 10, character: 5 } })).toBeNull();
    expect(await ask('textDocument/references', AS_MARKDOWN, { position: { line: 10, character: 5 }, context: { includeDeclaration: true } })).toEqual([]);
  });

  it('serves all of them for the mlsd one', async () => {
    const symbols = await ask<DocumentSymbol[]>('textDocument/documentSymbol', AS_MLSD);
    expect(symbols[0]?.name).toBe('CTR prediction');
    expect(symbols[0]?.children?.map((s) => s.name)).toEqual(['1. Clarify requirements', '2. Frame as an ML task', '3. Data preparation', '5. Evaluation']);
    expect((await ask<FoldingRange[]>('textDocument/foldingRange', AS_MLSD)).length).toBeGreaterThan(3);
    expect(await ask<DocumentLink[]>('textDocument/documentLink', AS_MLSD)).toHaveLength(2);
    expect(await ask('textDocument/prepareRename', AS_MLSD, { position: { line: 10, character: 5 } })).not.toBeNull();
  });

  it('completes step headings in both, and headings after `](#` only in the mlsd one', async () => {
    const labels = async (uri: string, line: number, character: number) => {
      const r = await ask<CompletionItem[] | CompletionList>('textDocument/completion', uri, { position: { line, character } });
      return (Array.isArray(r) ? r : r.items).map((i) => i.label);
    };
    for (const uri of [AS_MARKDOWN, AS_MLSD]) expect(await labels(uri, 18, 0)).toContain('## 4. Model development');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: AS_MARKDOWN, version: 2 }, contentChanges: [{ range: { start: { line: 18, character: 0 }, end: { line: 18, character: 0 } }, text: '[x](#' }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: AS_MLSD, version: 2 }, contentChanges: [{ range: { start: { line: 18, character: 0 }, end: { line: 18, character: 0 } }, text: '[x](#' }] });
    expect(await labels(AS_MLSD, 18, 5)).toContain('#3-data-preparation');
    expect(await labels(AS_MARKDOWN, 18, 5)).toEqual([]);
  });
});
