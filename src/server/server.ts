/**
 * The MLSD language server over the pure core, for any LSP client: push or
 * pull diagnostics, code actions (quick fixes, `source.fixAll.mlsd`), hover,
 * document symbols, folding, completion of step headings and snippets, and the
 * answer's score as `mlsd/result`; and, through VS Code's Markdown language
 * service (`markdown/service.ts`), links, path and heading completion, link
 * validation, references, rename and smart select; none of those (nor our
 * outline and folds) for documents whose Markdown the editor serves itself
 * (`editorMarkdownLanguages`). Runtime-free: `node.ts` and `browser.ts`
 * give it a connection and a way to read files.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { RenameNotSupportedAtLocationError } from 'vscode-markdown-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerAnswers, checkText } from './answers';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { ServerConfig, RC_FILE, type ServerHost } from './config';
import { diagnosticsOf } from './convert';
import { DiagnosticsScheduler } from './diagnostics';
import { completions, folds, hover, symbols } from './features';
import { editorMarkdownLanguages } from './markdown/editorMarkdown';
import { mergeFolds, mergeSymbols } from './markdown/merge';
import { MarkdownService } from './markdown/service';
import { CHECK_TEXT_REQUEST, RULE_DOCS_REQUEST, type CheckTextParams, type CheckTextResult, type MlsdInitializationOptions } from './protocol';
import { ruleDocs } from './ruleDocs';

export type { ServerHost } from './config';

/** Serve answers on `connection` until the client shuts it down. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let config: ServerConfig | undefined;
  let answers: ServerAnswers | undefined;
  let scheduler: DiagnosticsScheduler | undefined;
  let markdown: MarkdownService | undefined;
  let pull = false;
  let watchDynamic = false;
  let editorMarkdown: ReadonlySet<string> = new Set();
  /** The editor serves this document's Markdown features (VS Code, for an answer opened as `markdown`). */
  const editorServes = (doc: TextDocument) => editorMarkdown.has(doc.languageId);
  /** What the client said it does itself (`initializationOptions`). */
  let client: MlsdInitializationOptions = {};

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    client = readClientOptions(params.initializationOptions);
    watchDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    editorMarkdown = editorMarkdownLanguages(params.initializationOptions);
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders.push(params.rootUri);
    config = new ServerConfig(connection, host, !!caps.workspace?.configuration, folders);
    answers = new ServerAnswers(config, (uri) => scheduler?.request(uri, 0));
    markdown = new MarkdownService(documents, host, folders);
    const md = markdown;
    scheduler = new DiagnosticsScheduler(connection, documents, answers, pull, (doc, checked, token) =>
      // Over the size limit (no result) there are no link diagnostics either.
      md.linkDiagnostics(doc, !!checked.result && checked.config.validateLinks && !editorServes(doc), token),
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'MLSD' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['#', '.', '/'] },
        documentLinkProvider: { resolveProvider: true },
        referencesProvider: true,
        definitionProvider: true,
        renameProvider: { prepareProvider: true },
        selectionRangeProvider: true,
        documentHighlightProvider: true,
        ...(pull ? { diagnosticProvider: { identifier: 'mlsd', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mlsd' },
    };
  });

  connection.onInitialized(() => {
    // Notes (`.md`) change on disk: the links to them are checked again.
    if (watchDynamic) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }] }).catch(() => undefined);
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((f) => {
        config?.foldersChanged((f ?? []).map((x) => x.uri));
        markdown?.workspace.foldersChanged((f ?? []).map((x) => x.uri));
        scheduler?.recheckAll();
      });
    });
  });

  connection.onDidChangeConfiguration((p) => {
    config?.settingsChanged(p.settings);
    scheduler?.recheckAll();
  });
  connection.onDidChangeWatchedFiles((p) => {
    const notes = p.changes.filter((c) => markdown?.workspace.fileChanged(c.uri, c.type as 1 | 2 | 3));
    // A note changed: links to it are checked again.
    if (notes.length) scheduler?.recheckAll();
    if (!p.changes.some((c) => c.uri.endsWith(`/${RC_FILE}`))) return;
    config?.rcChanged();
    scheduler?.recheckAll();
  });

  /**
   * A Markdown language service request on an open document: undefined when
   * it is not open, the editor serves its Markdown (each feature once), over
   * the size limit (`mlsd.maxFileSizeKB`, as our checks: a 10 MB answer's
   * links and folds would flood the editor) or the service
   * fails (bad input never takes the server down); for rename, "cannot rename
   * here" goes back to the user as is.
   */
  const md = async <T>(uri: string, f: (ls: MarkdownService['ls'], doc: TextDocument) => Promise<T>, rename = false): Promise<T | undefined> => {
    const doc = documents.get(uri);
    if (!doc || !markdown || !config || editorServes(doc)) return undefined;
    const max = (await config.forDocument(uri)).options.maxBytes;
    if (max !== undefined && doc.getText().length > max) return undefined;
    try {
      return await f(markdown.ls, doc);
    } catch (e) {
      if (rename && e instanceof RenameNotSupportedAtLocationError) throw new ResponseError(0, e.message);
      connection.console.error(`MLSD: Markdown ${String((e as Error)?.stack ?? e)}`);
      return undefined;
    }
  };

  const resultOf = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || !answers) return undefined;
    const c = await answers.get(doc);
    return c.result ? { doc, result: c.result } : undefined;
  };
  /** The result for our outline and folds: none where the editor's Markdown ones are (each heading would show twice). */
  const outlineOf = async (uri: string) => {
    const doc = documents.get(uri);
    return doc && editorServes(doc) ? undefined : resultOf(uri);
  };
  connection.onCodeAction(async (p, token) => {
    const [r, theirs] = await Promise.all([resultOf(p.textDocument.uri), md(p.textDocument.uri, (ls, doc) => ls.getCodeActions(doc, p.range, p.context, token))]);
    // The library's quick fixes (remove an unused or duplicate link definition); its
    // refactorings end in a command only VS Code's Markdown extension registers.
    const linkFixes = (theirs ?? []).filter((a) => a.kind === CodeActionKind.QuickFix && !a.command && a.edit);
    return [...(r ? codeActions(p, r.result, client) : []), ...linkFixes];
  });
  connection.onHover(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? hover(r.result, r.doc, p.position) : null;
  });
  connection.onDocumentSymbol(async (p, token) => {
    const [r, theirs] = await Promise.all([outlineOf(p.textDocument.uri), md(p.textDocument.uri, (ls, doc) => ls.getDocumentSymbols(doc, { includeLinkDefinitions: true }, token))]);
    return mergeSymbols(r ? symbols(r.result) : [], theirs ?? []);
  });
  connection.onFoldingRanges(async (p, token) => {
    const [r, theirs] = await Promise.all([outlineOf(p.textDocument.uri), md(p.textDocument.uri, (ls, doc) => ls.getFoldingRanges(doc, token))]);
    return mergeFolds(r ? folds(r.result) : [], theirs ?? []);
  });
  connection.onCompletion(async (p, token) => {
    const [r, theirs] = await Promise.all([
      resultOf(p.textDocument.uri),
      md(p.textDocument.uri, (ls, doc) => ls.getCompletionItems(doc, p.position, {}, token)),
    ]);
    return [...(r ? completions(r.result, r.doc, p.position, client) : []), ...(theirs ?? [])];
  });

  // VS Code's Markdown features, from its own language service.
  connection.onDocumentLinks(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getDocumentLinks(doc, token))) ?? []);
  connection.onDocumentLinkResolve(async (link, token) => (await markdown?.ls.resolveDocumentLink(link, token).catch(() => undefined)) ?? link);
  connection.onReferences(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getReferences(doc, p.position, p.context, token))) ?? []);
  connection.onDefinition(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getDefinition(doc, p.position, token))) ?? null);
  connection.onSelectionRanges(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getSelectionRanges(doc, p.positions, token))) ?? []);
  connection.onDocumentHighlight(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getDocumentHighlights(doc, p.position, token))) ?? []);
  connection.onPrepareRename(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.prepareRename(doc, p.position, token), true)) ?? null);
  connection.onRenameRequest(async (p, token) => (await md(p.textDocument.uri, (ls, doc) => ls.getRenameEdit(doc, p.position, p.newName, token), true)) ?? null);
  connection.languages.diagnostics.on(async (p, token) => scheduler!.pull(p.textDocument.uri, token));

  // The workspace check: a file that is not open, checked and published (push) as it is.
  connection.onRequest(CHECK_TEXT_REQUEST, async (p: CheckTextParams): Promise<CheckTextResult> => {
    const c = checkText(p.text, await config!.forDocument(p.uri), 'workspace');
    const diagnostics = diagnosticsOf(c, p.uri);
    if (!documents.get(p.uri)) {
      scheduler!.pushed.add(p.uri);
      void connection.sendDiagnostics({ uri: p.uri, diagnostics });
    }
    const count = (s: number) => (c.result ? diagnostics.filter((d) => d.severity === s).length : 0);
    return { checked: !!c.result, skipped: c.skipped, overall: c.result?.coverage.overall, errors: count(1), warnings: count(2), infos: count(3) };
  });

  connection.onRequest(RULE_DOCS_REQUEST, ruleDocs);

  documents.listen(connection);
  connection.listen();
}

/** The client's `initializationOptions`, keeping only well-formed fields. */
function readClientOptions(raw: unknown): MlsdInitializationOptions {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    revealCommand: typeof o.revealCommand === 'string' && o.revealCommand ? o.revealCommand : undefined,
    staticSubSnippets: o.staticSubSnippets === true,
  };
}
