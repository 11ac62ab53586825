/**
 * Mermaid's own parser, loaded on the first diagram and never before: nothing
 * here runs at import time, so no bundle that imports the core pays for it
 * until an answer has a diagram to check.
 *
 * What is loaded is the Mermaid build the preview draws with (`mermaid.min.js`,
 * shipped as `dist/webview/mermaid.min.js`), so the checker and the preview
 * agree on what renders. It is evaluated in a function scope whose `window`,
 * `document`, `self` and `globalThis` are a linkedom DOM (Mermaid's sanitizer,
 * DOMPurify, needs one even to parse): no global of the host is read or written,
 * which matters in VS Code's extension host, shared with other extensions.
 *
 * Where the file comes from: in Node, the first of `webview/mermaid.min.js`,
 * `node_modules/mermaid/dist/mermaid.min.js` and `dist/webview/mermaid.min.js`
 * found in the folder of the running bundle (or source file) or a parent; a
 * shell without a file system (the web extension host) sets its own source with
 * `setMermaidSource`. Without one, diagrams are simply not syntax-checked.
 */

/** Parses a diagram; rejects with Mermaid's error when it does not parse. */
export type MermaidParse = (text: string) => Promise<{ diagramType?: string } | false | undefined>;

/** Returns the text of Mermaid's browser build (`mermaid.min.js`), or undefined when there is none. */
export type MermaidSource = () => Promise<string | undefined>;

/** The preview's limit (src/webview/mermaidApi.ts): longer diagrams are not drawn. */
export const MAX_TEXT_SIZE = 100_000;

let source: MermaidSource | undefined;
let injected: MermaidParse | undefined;
let loading: Promise<MermaidParse | undefined> | undefined;
let loadError: string | undefined;

/** Use another source for Mermaid's code (e.g. the web extension reads it with `workspace.fs`); undefined restores the default. */
export function setMermaidSource(s: MermaidSource | undefined): void {
  source = s;
  loading = undefined;
  loadError = undefined;
}

/** Use this parser instead of loading Mermaid (tests); undefined restores loading. */
export function setMermaidParser(p: MermaidParse | undefined): void {
  injected = p;
  loading = undefined;
  loadError = undefined;
}

/** Why the parser could not be loaded, if it could not. */
export function mermaidLoadError(): string | undefined {
  return loadError;
}

/** The parser, loaded once; undefined when Mermaid cannot be loaded here. Never rejects. */
export function loadMermaidParser(): Promise<MermaidParse | undefined> {
  if (injected) return Promise.resolve(injected);
  loading ??= loadMermaidApi().then((api) => (api ? (text: string) => api.parse(text) : undefined));
  return loading;
}

let api: Promise<MermaidApi | undefined> | undefined;
let apiFrom: MermaidSource | undefined;

/**
 * The private Mermaid instance itself (for tests and tools that read its
 * diagram databases, e.g. `mermaidAPI.getDiagramFromText`); loaded once per source.
 */
export function loadMermaidApi(): Promise<MermaidApi | undefined> {
  if (!api || apiFrom !== source) {
    apiFrom = source;
    api = load().catch((e: unknown) => {
      loadError = String((e as Error)?.message ?? e);
      return undefined;
    });
  }
  return api;
}

async function load(): Promise<MermaidApi | undefined> {
  const code = await (source ?? nodeSource)();
  if (!code) {
    loadError = 'mermaid.min.js was not found';
    return undefined;
  }
  // The worker build: one ES module with no `require` (the main one tries `require('canvas')`).
  const { parseHTML } = await import('linkedom/worker');
  const win = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as Record<string, unknown>;
  // Reads fall through to the real globals (timers, Intl…); writes stay in the scope.
  const scope = Object.create(globalThis) as Record<string, unknown>;
  // The build declares `var __esbuild_esm_mermaid_nm` and ends with
  // `globalThis.mermaid = globalThis.__esbuild_esm_mermaid_nm.mermaid.default`:
  // sharing the object makes both forms land in the scope.
  const factory = new Function(
    'window',
    'document',
    'self',
    'globalThis',
    `"use strict";var __esbuild_esm_mermaid_nm = globalThis.__esbuild_esm_mermaid_nm = {};\n${code}\n;return globalThis.mermaid || (__esbuild_esm_mermaid_nm.mermaid && __esbuild_esm_mermaid_nm.mermaid.default);`,
  ) as (...a: unknown[]) => MermaidApi | undefined;
  const mermaid = factory(win, win['document'], win, scope);
  if (!mermaid || typeof mermaid.parse !== 'function') throw new Error('mermaid.min.js did not define mermaid.parse');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: MAX_TEXT_SIZE, suppressErrorRendering: true, logLevel: 'fatal' });
  return mermaid;
}

export interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<{ diagramType?: string } | false>;
  readonly mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

declare const __dirname: string | undefined;

/** Node: Mermaid's browser build next to the running bundle or source file, or in a parent folder. */
async function nodeSource(): Promise<string | undefined> {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return undefined;
  const fs = proc.getBuiltinModule('fs') as typeof import('fs');
  const path = proc.getBuiltinModule('path') as typeof import('path');
  let dir = typeof __dirname === 'string' ? __dirname : undefined;
  for (let i = 0; dir && i < 10; i++) {
    for (const rel of ['webview/mermaid.min.js', 'node_modules/mermaid/dist/mermaid.min.js', 'dist/webview/mermaid.min.js']) {
      const p = path.join(dir, rel);
      if (fs.existsSync(p)) return fs.promises.readFile(p, 'utf8');
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
