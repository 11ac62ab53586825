/**
 * The web build's browser path has no Node built-ins: the core and the web entry
 * (src/extension/browserExtension.ts) are bundled for the browser with a plugin that
 * fails on any Node module, then the core bundle checks an answer inside a `node:vm`
 * context that has only what a browser worker has (no require, process or Buffer).
 */
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';

const ROOT = resolve(__dirname, '..', '..', '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

/** Fails the build on `node:*` or any Node built-in, naming the importer. */
const noNodeBuiltins: esbuild.Plugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(bare) || NODE_BUILTINS.has(bare.split('/')[0]!)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer.replace(ROOT + '/', '')}` }] };
      }
      return undefined;
    });
  },
};

async function bundle(entry: string, extra: esbuild.BuildOptions = {}) {
  return esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
    plugins: [noNodeBuiltins],
    ...extra,
  });
}

/** The globals a browser web worker offers (and Node does not hand to the sandbox). */
function browserLikeContext(): vm.Context {
  const g: Record<string, unknown> = {
    console, TextEncoder, TextDecoder, URL, URLSearchParams, queueMicrotask, structuredClone,
    setTimeout, clearTimeout, setInterval, clearInterval, atob, btoa, crypto: globalThis.crypto,
    performance, AbortController, AbortSignal, EventTarget, Event, Blob, fetch,
  };
  const ctx = vm.createContext(g);
  vm.runInContext('globalThis.self = globalThis;', ctx);
  return ctx;
}

/** A call-anything stand-in for the `vscode` module, enough to evaluate module top levels. */
function deepStub(): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_t, p) => (p === Symbol.toPrimitive ? () => '' : p === 'then' ? undefined : stub),
    apply: () => stub,
    construct: () => stub as object,
  };
  const stub: unknown = new Proxy(function () {}, handler);
  return stub;
}

const ANSWER = [
  '# Design ad click-through rate prediction',
  '',
  '## Clarify requirements',
  '',
  'TODO',
  '',
  '## Model development',
  '',
  'We train a gradient boosted tree model.',
  '',
].join('\n');

describe('web build: browser path without Node built-ins', () => {
  it('the plugin itself rejects a Node built-in (the guard can fail)', async () => {
    await expect(
      bundle('src/core/index.ts', {
        stdin: { contents: "import { readFileSync } from 'fs'; export const x = readFileSync;", resolveDir: ROOT, loader: 'ts' },
        entryPoints: undefined,
      }),
    ).rejects.toThrow(/Node built-in "fs"/);
  });

  it('bundles src/core for the browser', async () => {
    const r = await bundle('src/core/index.ts', { format: 'iife', globalName: 'MlsdCore' });
    expect(r.errors).toHaveLength(0);
    expect(r.outputFiles![0]!.text.length).toBeGreaterThan(1000);
  });

  it('bundles the web entry with only `vscode` left external', async () => {
    const r = await bundle('src/extension/browserExtension.ts', { format: 'cjs', external: ['vscode'] });
    const externals = Object.values(r.metafile!.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect([...new Set(externals)]).toEqual(['vscode']);
  });

  it('the web entry evaluates without require/process/Buffer and exports activate/deactivate', async () => {
    const r = await bundle('src/extension/browserExtension.ts', { format: 'cjs', external: ['vscode'] });
    const ctx = browserLikeContext();
    const requested: string[] = [];
    const mod = { exports: {} as Record<string, unknown> };
    const wrapper = vm.runInContext(`(function (module, exports, require) {\n${r.outputFiles![0]!.text}\n})`, ctx) as (
      m: typeof mod, e: unknown, req: (id: string) => unknown,
    ) => void;
    wrapper(mod, mod.exports, (id) => {
      requested.push(id);
      if (id !== 'vscode') throw new Error(`web bundle required "${id}"`);
      return deepStub();
    });
    expect(typeof mod.exports.activate).toBe('function');
    expect(typeof mod.exports.deactivate).toBe('function');
    expect(requested.every((id) => id === 'vscode')).toBe(true);
  });

  it('the core bundle checks an answer inside a browser-like sandbox, as in Node', async () => {
    const r = await bundle('src/core/index.ts', { format: 'iife', globalName: 'MlsdCore' });
    const ctx = browserLikeContext();
    vm.runInContext(r.outputFiles![0]!.text, ctx, { filename: 'core.browser.js' });
    for (const name of ['require', 'process', 'Buffer', 'module', '__dirname']) {
      expect(vm.runInContext(`typeof ${name}`, ctx)).toBe('undefined');
    }
    ctx.answerText = ANSWER;
    const json = vm.runInContext(
      `JSON.stringify(MlsdCore.check(answerText, { level: 'senior' }).findings.map((f) => ({ ruleId: f.ruleId, range: f.range, message: f.message })))`,
      ctx,
    ) as string;
    const inSandbox = JSON.parse(json) as { ruleId: string }[];
    expect(inSandbox.length).toBeGreaterThan(0);
    expect(inSandbox.map((f) => f.ruleId)).toContain('MLSD001');
    // The browser bundle and the Node import agree finding for finding.
    const inNode = check(ANSWER, { level: 'senior' }).findings.map((f) => ({ ruleId: f.ruleId, range: f.range, message: f.message }));
    expect(inSandbox).toEqual(JSON.parse(JSON.stringify(inNode)));
  });
});
