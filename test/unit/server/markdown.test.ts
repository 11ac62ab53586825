import { describe, expect, it } from 'vitest';
import { CancellationToken, Emitter, type TextDocumentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../../src/core/check';
import { folds, symbols } from '../../../src/server/features';
import { mergeFolds, mergeSymbols } from '../../../src/server/markdown/merge';
import { LINK_SOURCE, MarkdownService } from '../../../src/server/markdown/service';
import type { OpenDocuments } from '../../../src/server/markdown/workspace';
import type { DocumentSymbol } from 'vscode-languageserver';

const lines = (...l: string[]) => l.join('\n');
const ROOT = 'file:///ws';
const ANSWER = `${ROOT}/answer.mlsd.md`;
const NOTE = `${ROOT}/notes/note.md`;

const answerText = lines(
  '# CTR prediction',
  '',
  '## Requirements',
  '',
  'See [the note](./notes/note.md#latency-budget) and [a gone heading](./notes/note.md#no-such-heading).',
  'Also [missing](./missing.md), [here](#requirements), [nowhere](#nowhere) and [ref][undefined-ref].',
  '',
  '- one',
  '- two',
  '',
  '## Data',
  '',
  '[def]: ./notes/note.md',
  'Uses [def].',
  '',
  '```text',
  'a fenced block',
  '```',
  '',
  '| metric | target |',
  '|---|---|',
  '| AUC | 0.8 |',
);
const noteText = lines('# Note', '', '## Latency budget', '', 'Back to [the answer](../answer.mlsd.md#requirements).', '');

/** One open answer and files on a fake disk, as the server's workspace sees them. */
function setup(open: Record<string, string>, disk: Record<string, string>) {
  const docs = new Map(Object.entries(open).map(([u, t]) => [u, TextDocument.create(u, 'mlsd', 1, t)]));
  const never = new Emitter<TextDocumentChangeEvent<TextDocument>>().event;
  const documents: OpenDocuments = { get: (u) => docs.get(u), all: () => [...docs.values()], onDidOpen: never, onDidChangeContent: never, onDidClose: never };
  const files = new Map(Object.entries({ ...open, ...disk }));
  const dirs = (uri: string) => [...files.keys()].filter((f) => f.startsWith(`${uri}/`)).map((f) => f.slice(uri.length + 1).split('/'));
  const service = new MarkdownService(
    documents,
    {
      readFile: async (u) => files.get(u),
      stat: async (u) => (files.has(u) ? { isDirectory: false } : dirs(u).length ? { isDirectory: true } : undefined),
      readDirectory: async (u) => {
        const seen = new Map<string, { isDirectory: boolean }>();
        for (const p of dirs(u)) seen.set(p[0]!, { isDirectory: p.length > 1 });
        return [...seen];
      },
    },
    [ROOT],
  );
  return { service, doc: (u: string) => docs.get(u)! };
}

const flat = (l: readonly DocumentSymbol[]): DocumentSymbol[] => l.flatMap((s) => [s, ...flat(s.children ?? [])]);

describe('Markdown service in the server', () => {
  it('reports each broken link once, with source markdown, and nothing when switched off', async () => {
    const { service, doc } = setup({ [ANSWER]: answerText }, { [NOTE]: noteText });
    const found = await service.linkDiagnostics(doc(ANSWER), true, CancellationToken.None);
    const byLine = found.map((d) => [d.range.start.line, doc(ANSWER).getText(d.range)]).sort();
    // The missing heading in the note, the missing file, the missing own heading, the missing reference.
    expect(byLine).toEqual([
      [4, '#no-such-heading'],
      [5, './missing.md'],
      [5, '#nowhere'],
      [5, 'undefined-ref'],
    ].sort());
    expect(found.every((d) => d.source === LINK_SOURCE)).toBe(true);
    expect(await service.linkDiagnostics(doc(ANSWER), false, CancellationToken.None)).toEqual([]);
  });

  it('completes paths with the note and headings of the answer', async () => {
    const text = lines('# Top', '', '## Serving', '', '[a](./', '[b](#');
    const { service, doc } = setup({ [ANSWER]: text }, { [NOTE]: noteText });
    const paths = await service.ls.getCompletionItems(doc(ANSWER), { line: 4, character: 6 }, {}, CancellationToken.None);
    expect(paths.map((c) => c.label)).toContain('notes/');
    const headings = await service.ls.getCompletionItems(doc(ANSWER), { line: 5, character: 5 }, {}, CancellationToken.None);
    expect(headings.map((c) => c.label)).toEqual(expect.arrayContaining(['#top', '#serving']));
  });

  it('renames a heading and the links to it in a note that is not open', async () => {
    const { service, doc } = setup({ [ANSWER]: answerText }, { [NOTE]: noteText });
    const edit = await service.ls.getRenameEdit(doc(ANSWER), { line: 2, character: 5 }, 'Functional requirements', CancellationToken.None);
    const changes = (edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits.map((e) => [c.textDocument.uri, e.newText]) : []));
    expect(changes).toEqual(expect.arrayContaining([[ANSWER, 'Functional requirements'], [ANSWER, 'functional-requirements'], [NOTE, 'functional-requirements']]));
  });

  it('merges the outline: every heading once, our step markers kept, link definitions added', async () => {
    const { service, doc } = setup({ [ANSWER]: answerText }, { [NOTE]: noteText });
    const ours = symbols(check(answerText));
    const theirs = await service.ls.getDocumentSymbols(doc(ANSWER), { includeLinkDefinitions: true }, CancellationToken.None);
    const merged = flat(mergeSymbols(ours, theirs));
    const lineCounts = new Map<number, number>();
    for (const s of merged) lineCounts.set(s.selectionRange.start.line, (lineCounts.get(s.selectionRange.start.line) ?? 0) + 1);
    expect([...lineCounts.values()].every((n) => n === 1)).toBe(true);
    // Ours stay as they were (names, details, kinds) ...
    for (const s of flat(ours)) expect(merged).toContainEqual(expect.objectContaining({ name: s.name, detail: s.detail, kind: s.kind }));
    // ... and the link definition is added, under the Data section.
    const data = merged.find((s) => s.selectionRange.start.line === 10)!;
    expect(data.children?.map((c) => c.selectionRange.start.line)).toContain(12);
  });

  it('reads no heading into the front matter, and keeps the lines where they were', async () => {
    const text = lines('---', 'level: senior', '---', '# Title', '', 'Text.');
    const { service, doc } = setup({ [ANSWER]: text }, {});
    const theirs = await service.ls.getDocumentSymbols(doc(ANSWER), {}, CancellationToken.None);
    expect(flat(theirs).map((s) => [s.name, s.selectionRange.start.line])).toEqual([['# Title', 3]]);
    expect(mergeSymbols(symbols(check(text)), theirs)).toHaveLength(1);
  });

  it('merges folds: one per start line, our sections and the library\'s blocks', async () => {
    const { service, doc } = setup({ [ANSWER]: answerText }, {});
    const ours = folds(check(answerText));
    const theirs = await service.ls.getFoldingRanges(doc(ANSWER), CancellationToken.None);
    expect(theirs.some((t) => ours.some((o) => o.startLine === t.startLine))).toBe(true); // both fold the sections
    const merged = mergeFolds(ours, theirs);
    expect(new Set(merged.map((f) => f.startLine)).size).toBe(merged.length);
    expect(new Set(merged.map((f) => f.startLine))).toEqual(new Set([...ours, ...theirs].map((f) => f.startLine)));
    expect(ours.some((f) => f.startLine === 19)).toBe(false);
    expect(merged.find((f) => f.startLine === 19)).toBeDefined(); // the table: only the library folds it
    for (const o of ours) expect(merged).toContainEqual(o);
  });
});
