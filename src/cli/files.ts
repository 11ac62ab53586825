/**
 * Finding and reading answer files: glob expansion (tinyglobby), and reading
 * and decoding that turn every file that cannot be checked into a clear reason
 * instead of a crash, a hang or unbounded memory.
 *
 * Only regular files are read (a symlink is followed to its target): a FIFO,
 * a device, a socket or a directory is refused by its `stat` before it is
 * opened, and again by `fstat` of the opened descriptor (it may have been
 * swapped in between). The open uses O_NONBLOCK, so that even a FIFO swapped in
 * at the last moment cannot block it, and at most the cap plus one byte is
 * read, so that a file that grows while it is read cannot exhaust memory.
 */
import { createHash } from 'node:crypto';
import { constants, promises as fs, type BigIntStats } from 'node:fs';
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

/** Largest answer the CLI reads (10 MB): larger files are reported, not read. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
/** Largest `.mlsdrc.json` the CLI reads (1 MB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Bytes read per `read` call. */
const CHUNK_BYTES = 64 * 1024;

/** Flags of every open for reading: never block on a FIFO, never take a controlling terminal. */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

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
 * What a file was when it was read: `--fix` writes its fixes back only while
 * the file is still exactly this (same size, modification time and content).
 */
export interface MlsdFileSnapshot {
  readonly size: bigint;
  /** Modification time in nanoseconds. */
  readonly mtimeNs: bigint;
  /** SHA-256 of the bytes read, hex. */
  readonly sha256: string;
}

/** A regular file's bytes and snapshot, or why it was not read (a phrase such as "is a named pipe (FIFO), ..."). */
export type MlsdBytesResult = { readonly bytes: Buffer; readonly snapshot: MlsdFileSnapshot } | { readonly error: string };

/**
 * Read a regular file (following symlinks) of at most `maxBytes` bytes. Anything
 * else (missing, a directory, a FIFO, a device, a socket, too large) comes back
 * as a reason. Never throws, never blocks on a special file, and never holds
 * more than `maxBytes` + one chunk in memory.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<MlsdBytesResult> {
  let st: BigIntStats;
  try {
    st = await fs.stat(file, { bigint: true });
  } catch (e) {
    return { error: describeFsError(e) };
  }
  // Refuse special files before opening them: opening some devices has effects of its own.
  if (!st.isFile()) return { error: await describeNonRegular(file, st) };
  if (st.size > BigInt(maxBytes)) return { error: tooLarge(st.size, maxBytes) };
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, READ_FLAGS);
  } catch (e) {
    return { error: describeFsError(e) };
  }
  try {
    return await readOpened(handle, maxBytes, file);
  } catch (e) {
    return { error: describeFsError(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Read an open file from its start: refused unless `fstat` says it is a regular
 * file of at most `maxBytes`; at most `maxBytes` + 1 bytes are read (a file
 * that grows past the cap while it is read is refused too). Exported for
 * `--fix`, which reads the file it is about to overwrite through the same
 * descriptor it writes with.
 */
export async function readOpened(handle: fs.FileHandle, maxBytes: number, file: string): Promise<MlsdBytesResult> {
  const st = await handle.stat({ bigint: true });
  if (!st.isFile()) return { error: await describeNonRegular(file, st) };
  if (st.size > BigInt(maxBytes)) return { error: tooLarge(st.size, maxBytes) };
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // One byte past the cap tells a file at the cap from one beyond it.
    const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
    if (want <= 0) return { error: grewTooLarge(maxBytes) };
    const buf = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buf, 0, want, total);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
  }
  const bytes = Buffer.concat(chunks, total);
  return { bytes, snapshot: { size: st.size, mtimeNs: st.mtimeNs, sha256: sha256(bytes) } };
}

/** Whether two snapshots describe the same file content (size, modification time and content hash). */
export function sameSnapshot(a: MlsdFileSnapshot, b: MlsdFileSnapshot): boolean {
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.sha256 === b.sha256;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A file's text (a leading BOM stripped; `bom` says whether there was one, so
 * that `--fix` can write it back) and its snapshot, or why it could not be read.
 */
export type MlsdReadResult = { readonly text: string; readonly bom: boolean; readonly snapshot: MlsdFileSnapshot } | { readonly error: string };

/**
 * Read and decode one answer file as strict UTF-8, BOM stripped (and noted).
 * The whole file is checked: a NUL byte anywhere makes it binary. Never throws.
 */
export async function readAnswerFile(file: string, maxBytes: number = MAX_ANSWER_BYTES): Promise<MlsdReadResult> {
  const read = await readRegularFile(file, maxBytes);
  if ('error' in read) return read;
  const { bytes, snapshot } = read;
  const encoding = unsupportedBom(bytes);
  if (encoding) return { error: `is ${encoding} text (it starts with a ${encoding} byte order mark); ${encoding} is not supported, save it as UTF-8` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksLikeUtf16(bytes)) return { error: 'looks like UTF-16 text without a byte order mark (NUL bytes between its characters); UTF-16 is not supported, save it as UTF-8' };
    return { error: `is a binary file (it contains a NUL byte at offset ${nul}); only UTF-8 Markdown answers can be checked` };
  }
  try {
    // ignoreBOM: false makes the decoder drop a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, bom: hasUtf8Bom(bytes), snapshot };
  } catch {
    return { error: 'is not valid UTF-8; re-save it with UTF-8 encoding' };
  }
}

/**
 * The files' read results in input order, reading a few ahead while the caller
 * works on the current one: at most `concurrency` files are held in memory.
 */
export async function* readInOrder(files: readonly string[], concurrency: number = READ_CONCURRENCY): AsyncGenerator<MlsdReadResult> {
  const pending: Promise<MlsdReadResult>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < concurrency && next < files.length) pending.push(readAnswerFile(files[next++]!));
  };
  fill();
  while (pending.length) {
    const r = await pending.shift()!;
    fill();
    yield r;
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** "UTF-16" or "UTF-32" when the bytes start with that encoding's byte order mark. */
function unsupportedBom(b: Uint8Array): string | undefined {
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) return 'UTF-32';
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 'UTF-16';
  return undefined;
}

/** Text in UTF-16 without a BOM: in its first bytes, NULs sit on one parity (mostly ASCII characters). */
function looksLikeUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) i % 2 ? odd++ : even++;
  const half = n / 2;
  return (even >= half * 0.6 && odd === 0) || (odd >= half * 0.6 && even === 0);
}

function tooLarge(size: bigint, maxBytes: number): string {
  return `is too large to check (${sizeText(size)}; the limit is ${sizeText(BigInt(maxBytes))})`;
}

/** More than the cap came out of a file whose stat said it was within it (it grew, or is a /proc-like file). */
function grewTooLarge(maxBytes: number): string {
  return `is too large to check (more than the limit of ${sizeText(BigInt(maxBytes))} could be read from it)`;
}

/** "10 MB", "64 KB", "5.2 GB" or "10485761 bytes": exact unless very large. */
function sizeText(n: bigint): string {
  const KB = 1024n;
  const MB = KB * KB;
  if (n >= MB * KB && n % MB !== 0n) return `${(Number(n) / Number(MB * KB)).toFixed(1)} GB`;
  if (n > 0n && n % MB === 0n) return `${n / MB} MB`;
  if (n > 0n && n % KB === 0n) return `${n / KB} KB`;
  return `${n} bytes`;
}

/** Why a file that is not a regular file is not read: what it is, and whether a symlink led there. */
async function describeNonRegular(file: string, st: BigIntStats): Promise<string> {
  if (st.isDirectory()) return 'is a directory; pass a glob such as "dir/**/*.mlsd.md" instead';
  const kind = st.isFIFO()
    ? 'a named pipe (FIFO)'
    : st.isCharacterDevice()
      ? 'a character device'
      : st.isBlockDevice()
        ? 'a block device'
        : st.isSocket()
          ? 'a socket'
          : 'a special file';
  let viaLink = false;
  try {
    viaLink = (await fs.lstat(file)).isSymbolicLink();
  } catch {
    // Gone in the meantime: describe what stat saw.
  }
  return `${viaLink ? `is a symbolic link to ${kind}` : `is ${kind}`}, not a regular file; only regular files are read`;
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist; check the path or quote the glob';
    case 'ENOTDIR':
      return 'does not exist (a part of its path is not a folder)';
    case 'EISDIR':
      return 'is a directory; pass a glob such as "dir/**/*.mlsd.md" instead';
    case 'ELOOP':
      return 'is a symbolic link that loops (or a chain of links too long to follow)';
    case 'ENXIO':
      return 'cannot be opened (a socket, or a device with nothing behind it), not a regular file';
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
