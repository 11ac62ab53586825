/**
 * The MLSD language server over the pure core, for any LSP client: push or
 * pull diagnostics, code actions (quick fixes, `source.fixAll.mlsd`), hover,
 * document symbols, folding, completion of step headings and snippets, and the
 * answer's score as `mlsd/result`. Runtime-free: `node.ts` and `browser.ts`
 * give it a connection and a way to read files.
 */
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerAnswers, checkText } from './answers';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { ServerConfig, RC_FILE, type ServerHost } from './config';
import { diagnosticsOf } from './convert';
import { DiagnosticsScheduler } from './diagnostics';
import { completions, folds, hover, symbols } from './features';
import { CHECK_TEXT_REQUEST, RULE_DOCS_REQUEST, type CheckTextParams, type CheckTextResult } from './protocol';
import { ruleDocs } from './ruleDocs';

export type { ServerHost } from './config';

/** Serve answers on `connection` until the client shuts it down. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let config: ServerConfig | undefined;
  let answers: ServerAnswers | undefined;
  let scheduler: DiagnosticsScheduler | undefined;
  let pull = false;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pull = !!caps.textDocument?.diagnostic;
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders.push(params.rootUri);
    config = new ServerConfig(connection, host, !!caps.workspace?.configuration, folders);
    answers = new ServerAnswers(config, (uri) => scheduler?.request(uri, 0));
    scheduler = new DiagnosticsScheduler(connection, documents, answers, pull);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'MLSD' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['#'] },
        ...(pull ? { diagnosticProvider: { identifier: 'mlsd', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mlsd' },
    };
  });

  connection.onInitialized(() => {
    connection.workspace.onDidChangeWorkspaceFolders(() => {
      void connection.workspace.getWorkspaceFolders().then((f) => {
        config?.foldersChanged((f ?? []).map((x) => x.uri));
        scheduler?.recheckAll();
      });
    });
  });

  connection.onDidChangeConfiguration((p) => {
    config?.settingsChanged(p.settings);
    scheduler?.recheckAll();
  });
  connection.onDidChangeWatchedFiles((p) => {
    if (!p.changes.some((c) => c.uri.endsWith(`/${RC_FILE}`))) return;
    config?.rcChanged();
    scheduler?.recheckAll();
  });

  const resultOf = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || !answers) return undefined;
    const c = await answers.get(doc);
    return c.result ? { doc, result: c.result } : undefined;
  };
  connection.onCodeAction(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? codeActions(p, r.result) : [];
  });
  connection.onHover(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? hover(r.result, r.doc, p.position) : null;
  });
  connection.onDocumentSymbol(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? symbols(r.result) : [];
  });
  connection.onFoldingRanges(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? folds(r.result) : [];
  });
  connection.onCompletion(async (p) => {
    const r = await resultOf(p.textDocument.uri);
    return r ? completions(r.result, r.doc, p.position) : [];
  });
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
