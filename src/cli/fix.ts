/**
 * `mlsd check --fix`: apply the findings' fixes to the text (re-checking until
 * nothing more applies) and write the result back safely, keeping the file's
 * line breaks and BOM, and the file itself: its mode, owner and hard links, and
 * any change made to it since it was read.
 */
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type BigIntStats } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, mergeFixes } from '../core/fixes';
import type { Finding, Fix, TextEdit } from '../core/rules/types';
import { MAX_ANSWER_BYTES, READ_FLAGS, readOpened, readRegularFile, sameSnapshot, type MlsdFileSnapshot } from './files';

/** Most check-and-fix rounds per file: fixes skipped for overlapping apply on a later round. */
export const MAX_FIX_PASSES = 5;

export type MlsdLineBreak = '\n' | '\r\n' | '\r';

/** What `fixText` needs of a check: its findings (a `CheckResult` has them). */
export interface MlsdChecked {
  readonly findings: readonly Finding[];
}

export interface MlsdFixOutcome<R extends MlsdChecked> {
  /** The text after every pass (the input when nothing applied). */
  readonly text: string;
  /** Fixes applied over all passes. */
  readonly fixed: number;
  /** The check of the input text. */
  readonly initial: R;
  /** The check of the final text: what the CLI reports. */
  readonly result: R;
}

/**
 * The line break inserted text gets: `\r\n` when the text has any, else `\r`
 * when it breaks lines with a lone `\r` only (classic Mac), else `\n`.
 */
export function lineBreakOf(text: string): MlsdLineBreak {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/**
 * Check `text` with `checkText` (e.g. `(t) => check(t, options)`), apply every fix
 * that does not overlap another, and repeat on the new text while a pass still
 * changes it, at most MAX_FIX_PASSES times. Inserted line breaks become
 * `lineBreak`. The rules' fixes are idempotent (a fix once applied is not
 * offered again), so running `--fix` again changes nothing.
 */
export function fixText<R extends MlsdChecked>(text: string, checkText: (text: string) => R, lineBreak: MlsdLineBreak): MlsdFixOutcome<R> {
  const initial = checkText(text);
  let result = initial;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = fixesOf(result);
    if (!fixes.length) break;
    const merged = mergeFixes(fixes);
    if (merged.applied === 0) break;
    const next = applyEdits(text, withLineBreak(merged.edits, lineBreak));
    if (next === text) break;
    text = next;
    fixed += merged.applied;
    result = checkText(text);
  }
  return { text, fixed, initial, result };
}

/** The fixes of a check's findings, in finding order. */
function fixesOf(result: MlsdChecked): Fix[] {
  return result.findings.flatMap((f) => (f.fix && f.fix.edits.length ? [f.fix] : []));
}

/** The edits with every line break of their inserted text turned into `lineBreak`. */
function withLineBreak(edits: readonly TextEdit[], lineBreak: MlsdLineBreak): readonly TextEdit[] {
  if (lineBreak === '\n') return edits;
  return edits.map((e) => ({ range: e.range, newText: e.newText.replace(/\r\n|\r|\n/g, lineBreak) }));
}

/** A write `--fix` refused, to keep the file as its owner left it; the message says why. */
export class MlsdWriteRefused extends Error {}

/** Test seams of `writeAnswerFile`. */
export interface MlsdWriteHooks {
  /** Runs after the new content is ready and before the file is checked for changes and replaced. */
  readonly beforeCommit?: () => void | Promise<void>;
}

/** Whether this process runs as root (then `access(W_OK)` says yes to every file). */
const isRoot = () => process.getuid?.() === 0;

/**
 * Replace `file`'s content with `text` (UTF-8, with a leading BOM when `bom`),
 * but only while the file is still what was read (`original`: same size,
 * modification time and content); a symlink is followed (its target is
 * written). Throws `MlsdWriteRefused`, leaving the file alone, when it changed
 * since it was read or is read-only (no write bit, checked on the mode so that
 * root is refused too); throws a readable Error when it cannot be written.
 *
 * Normally the text is written and flushed to a temp file beside the file, given
 * the file's owner, group and mode, and renamed over it, so that a crash leaves
 * either the old answer or the new one. The file is written in place instead
 * (its inode, and so its links, owner, mode and any ACL, kept) when it has
 * several hard links, when the temp file cannot get the file's owner and group
 * (not root and not the owner), or when its folder is not writable.
 */
export async function writeAnswerFile(file: string, text: string, bom: boolean, original: MlsdFileSnapshot, hooks: MlsdWriteHooks = {}): Promise<void> {
  const data = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  let target: string;
  let st: BigIntStats;
  try {
    target = await fs.realpath(file);
    st = await fs.stat(target, { bigint: true });
  } catch (e) {
    throw new Error(describeWriteError(e));
  }
  if (!st.isFile()) throw new MlsdWriteRefused('it is no longer a regular file');
  await refuseReadOnly(target, st);
  if (st.nlink > 1n) return writeInPlace(target, data, original, hooks);
  let tmp: string | undefined;
  try {
    tmp = await writeTemp(target, data, st);
  } catch (e) {
    if (e instanceof NeedsInPlace) return writeInPlace(target, data, original, hooks);
    throw new Error(describeWriteError(e));
  }
  try {
    await hooks.beforeCommit?.();
    await refuseChanged(target, original);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof MlsdWriteRefused) throw e;
    throw new Error(describeWriteError(e));
  }
}

/** The temp file cannot stand in for the file (owner, group or mode would change): write in place. */
class NeedsInPlace extends Error {}

/**
 * Create a temp file beside `target` with `data`, `target`'s owner, group and
 * mode, flushed to disk; returns its path. Throws `NeedsInPlace` when the temp
 * file cannot be created in the folder or cannot get the owner, group or mode.
 */
async function writeTemp(target: string, data: Buffer, st: BigIntStats): Promise<string> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.mlsd-fix.tmp`);
  let handle: fs.FileHandle;
  try {
    // Private until it has the file's owner and mode.
    handle = await fs.open(tmp, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EACCES' || code === 'EPERM') throw new NeedsInPlace();
    throw e;
  }
  const mode = Number(st.mode & 0o7777n);
  const uid = Number(st.uid);
  const gid = Number(st.gid);
  try {
    await writeFully(handle, data);
    const created = await handle.stat();
    if (created.uid !== uid || created.gid !== gid) {
      // As root, give the temp file the file's owner; as a user, only a group one belongs to.
      await handle.chown(uid, gid).catch(() => {
        throw new NeedsInPlace();
      });
    }
    // After chown, which clears set-id bits; also undoes the umask.
    await handle.chmod(mode);
    const made = await handle.stat();
    if (made.uid !== uid || made.gid !== gid || (made.mode & 0o7777) !== mode) throw new NeedsInPlace();
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await handle.close();
  return tmp;
}

/**
 * Overwrite `target` through one descriptor: check (through it) that it is
 * still what was read, then write from the start, truncate and flush. Keeps
 * the inode, so hard links, owner and mode stay as they are.
 */
async function writeInPlace(target: string, data: Buffer, original: MlsdFileSnapshot, hooks: MlsdWriteHooks): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(target, (READ_FLAGS & ~constants.O_RDONLY) | constants.O_RDWR);
  } catch (e) {
    throw new Error(describeWriteError(e));
  }
  try {
    await hooks.beforeCommit?.();
    const now = await readOpened(handle, MAX_ANSWER_BYTES, target);
    if ('error' in now) throw new MlsdWriteRefused(`it changed since it was read (it ${now.error})`);
    if (!sameSnapshot(now.snapshot, original)) throw changed();
    await writeFully(handle, data);
    await handle.truncate(data.length);
    await handle.sync();
  } catch (e) {
    if (e instanceof MlsdWriteRefused) throw e;
    throw new Error(describeWriteError(e));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Write all of `data` at the start of the file (positioned writes, so no file offset matters). */
async function writeFully(handle: fs.FileHandle, data: Buffer): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, done);
    done += bytesWritten;
  }
}

/** Refuse a file its mode makes read-only (for everyone, root included), or that this user may not write. */
async function refuseReadOnly(target: string, st: BigIntStats): Promise<void> {
  const mode = Number(st.mode & 0o7777n);
  if ((mode & 0o222) === 0) throw new MlsdWriteRefused(`it is read-only (mode ${mode.toString(8).padStart(4, '0')}); make it writable to let --fix change it`);
  if (isRoot()) return;
  try {
    await fs.access(target, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'EACCES' || code === 'EPERM') throw new MlsdWriteRefused('you do not have permission to write it');
    throw new Error(describeWriteError(e));
  }
}

/** Refuse when `target` is no longer what was read: size, modification time or content differ. */
async function refuseChanged(target: string, original: MlsdFileSnapshot): Promise<void> {
  const now = await readRegularFile(target, MAX_ANSWER_BYTES);
  if ('error' in now) throw new MlsdWriteRefused(`it changed since it was read (it ${now.error})`);
  if (!sameSnapshot(now.snapshot, original)) throw changed();
}

function changed(): MlsdWriteRefused {
  return new MlsdWriteRefused('it changed on disk since it was read; run mlsd check --fix again');
}

function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: make the file and its folder writable';
    case 'EROFS':
      return 'it is on a read-only file system';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? (e as Error)?.message ?? String(e);
  }
}
