/**
 * The language client's options, the same on desktop and in the browser: every
 * answer (`mlsd`, or `markdown` named `*.mlsd.md`) except read-only views
 * (diffs, output, rule docs), the `mlsd` settings and `.mlsdrc.json` changes
 * forwarded, pull diagnostics on change and save. The server is told that VS
 * Code serves `markdown` documents' Markdown features itself.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { ANSWER_SELECTOR, MARKDOWN_LANGUAGE } from '../../shared/answerDocuments';
import type { MlsdInitializationOptions } from '../../server/protocol';
import { REVEAL_COMMAND } from '../commands/reveal';

/** Schemes of read-only views of a file: never checked. */
const SKIP_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'mlsd-docs', 'conflictResolution', 'review', 'pr']);

const skipped = (uri: vscode.Uri) => SKIP_SCHEMES.has(uri.scheme);

export function clientOptions(watcher: vscode.FileSystemWatcher): LanguageClientOptions {
  return {
    documentSelector: ANSWER_SELECTOR.map((f) => ({ ...f })),
    diagnosticCollectionName: 'mlsd',
    // VS Code serves markdown documents' Markdown features itself; items and actions that go to a step's
    // existing section run our reveal command; the sub-snippets come from snippets/mlsd.code-snippets
    // (static: they fit anywhere), so the server leaves them out.
    initializationOptions: {
      editorMarkdownLanguages: [MARKDOWN_LANGUAGE],
      revealCommand: REVEAL_COMMAND,
      staticSubSnippets: true,
    } satisfies MlsdInitializationOptions,
    synchronize: { configurationSection: 'mlsd', fileEvents: watcher },
    diagnosticPullOptions: { onChange: true, onSave: true, match: (_selector, resource) => !skipped(resource) },
    middleware: {
      didOpen: (doc, next) => (skipped(doc.uri) ? Promise.resolve() : next(doc)),
      didChange: (e, next) => (skipped(e.document.uri) ? Promise.resolve() : next(e)),
      didClose: (doc, next) => (skipped(doc.uri) ? Promise.resolve() : next(doc)),
    },
  };
}
