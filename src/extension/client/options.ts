/**
 * The language client's options, the same on desktop and in the browser: every
 * `mlsd` document except read-only views (diffs, output, rule docs), the `mlsd`
 * settings and `.mlsdrc.json` changes forwarded, pull diagnostics on change and save.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import type { MlsdInitializationOptions } from '../../server/protocol';
import { REVEAL_COMMAND } from '../commands/reveal';
/** The language id (as answers.ts, which this bundle must not pull in: it loads the checker). */
const MLSD_LANGUAGE = 'mlsd';

/** Schemes of read-only views of a file: never checked. */
const SKIP_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'mlsd-docs', 'conflictResolution', 'review', 'pr']);

const skipped = (uri: vscode.Uri) => SKIP_SCHEMES.has(uri.scheme);

export function clientOptions(watcher: vscode.FileSystemWatcher): LanguageClientOptions {
  return {
    documentSelector: [{ language: MLSD_LANGUAGE }],
    diagnosticCollectionName: 'mlsd',
    // Items and actions that go to a step's existing section run our reveal command; the sub-snippets
    // come from snippets/mlsd.code-snippets (static: they fit anywhere), so the server leaves them out.
    initializationOptions: { revealCommand: REVEAL_COMMAND, staticSubSnippets: true } satisfies MlsdInitializationOptions,
    synchronize: { configurationSection: 'mlsd', fileEvents: watcher },
    diagnosticPullOptions: { onChange: true, onSave: true, match: (_selector, resource) => !skipped(resource) },
    middleware: {
      didOpen: (doc, next) => (skipped(doc.uri) ? Promise.resolve() : next(doc)),
      didChange: (e, next) => (skipped(e.document.uri) ? Promise.resolve() : next(e)),
      didClose: (doc, next) => (skipped(doc.uri) ? Promise.resolve() : next(doc)),
    },
  };
}
