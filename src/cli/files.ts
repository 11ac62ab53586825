/**
 * Finding and reading answer files: glob expansion (tinyglobby), and decoding
 * that turns every unreadable file into a clear reason instead of a crash.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';

// require(), not import: esbuild would bundle tinyglobby's ESM build, whose fdir
// calls createRequire(import.meta.url), and import.meta is empty in a CommonJS
// bundle (dist/cli.js crashes at load). The CommonJS build has no such call.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { glob, isDynamicPattern } = require('tinyglobby') as typeof Tinyglobby;

/** Used when no file or glob is given. */
export const DEFAULT_PATTERN = '**/*.mlsd.md';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const DEFAULT_IGNORED = [...ALWAYS_IGNORED, '**/dist/**'];

/** How many files are read at once: enough to overlap I/O, few enough to stay polite. */
const READ_CONCURRENCY = 8;
/** Bytes inspected for NUL to call a file binary (as git does). */
const BINARY_SNIFF_BYTES = 8192;

export interface MlsdExpansion {
  /** Absolute paths, in the order given (each glob's matches sorted), without duplicates. */
  readonly files: readonly string[];
  /** Globs that matched nothing. */
  readonly unmatched: readonly string[];
}

/**
 * Turn arguments into files. A plain path is kept even if it does not exist
 * (reading it then reports why); a glob is expanded relative to `cwd`.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<MlsdExpansion> {
  const given = patterns.length ? patterns : [DEFAULT_PATTERN];
  const ignore = patterns.length ? ALWAYS_IGNORED : DEFAULT_IGNORED;
  const seen = new Set<string>();
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (abs: string) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  for (const p of given) {
    const slashed = p.replace(/\\/g, '/');
    if (!isDynamicPattern(slashed) || (await exists(path.resolve(cwd, p)))) {
      add(path.resolve(cwd, p));
      continue;
    }
    const matches = await glob(slashed, { cwd, ignore, onlyFiles: true, absolute: true, dot: false, expandDirectories: false });
    if (matches.length === 0) unmatched.push(p);
    for (const m of matches.map((m) => path.resolve(m)).sort()) add(m);
  }
  return { files, unmatched };
}

/**
 * A file's text (a leading BOM stripped; `bom` says whether there was one, so
 * that `--fix` can write it back), or why it could not be read.
 */
export type MlsdReadResult = { readonly text: string; readonly bom: boolean } | { readonly error: string };

/** Read and decode one answer file as strict UTF-8, BOM stripped (and noted). Never throws. */
export async function readAnswerFile(file: string): Promise<MlsdReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    return { error: describeFsError(e) };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { error: 'is a binary file (it contains NUL bytes); only UTF-8 Markdown answers can be checked' };
  try {
    // ignoreBOM: false makes the decoder drop a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, bom: hasUtf8Bom(bytes) };
  } catch {
    return { error: 'is not valid UTF-8; re-save it with UTF-8 encoding' };
  }
}

/** Read many files with bounded concurrency; results keep the input order. */
export async function readAll(files: readonly string[]): Promise<MlsdReadResult[]> {
  const out = new Array<MlsdReadResult>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readAnswerFile(files[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return out;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist; check the path or quote the glob';
    case 'EISDIR':
      return 'is a directory; pass a glob such as "dir/**/*.mlsd.md" instead';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    default:
      return `cannot be read (${code ?? (e as Error)?.message ?? String(e)})`;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch {
    return false;
  }
}
