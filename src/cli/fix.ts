/**
 * `mlsd check --fix`: apply the findings' fixes to the text (re-checking until
 * nothing more applies) and write the result back safely, keeping the file's
 * line breaks and BOM.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, mergeFixes } from '../core/fixes';
import type { Finding, Fix, TextEdit } from '../core/rules/types';

/** Most check-and-fix rounds per file: fixes skipped for overlapping apply on a later round. */
export const MAX_FIX_PASSES = 5;

export type MlsdLineBreak = '\n' | '\r\n';

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

/** The line break inserted text gets: `\r\n` when the text has any, else `\n`. */
export function lineBreakOf(text: string): MlsdLineBreak {
  return text.includes('\r\n') ? '\r\n' : '\n';
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
  return edits.map((e) => ({ range: e.range, newText: e.newText.replace(/\r?\n/g, '\r\n') }));
}

/**
 * Replace `file`'s content with `text` (UTF-8, with a leading BOM when `bom`):
 * written and flushed to a temp file beside it, then renamed over it, so that a
 * crash leaves either the old answer or the new one, never half of one. Keeps the
 * file's permissions; a symlink is followed (its target is replaced). Throws a
 * readable Error when the file cannot be written.
 */
export async function writeAnswerFile(file: string, text: string, bom: boolean): Promise<void> {
  let target: string;
  let mode: number;
  try {
    target = await fs.realpath(file);
    mode = (await fs.stat(target)).mode & 0o7777;
  } catch (e) {
    throw new Error(describeWriteError(e));
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.mlsd-fix.tmp`);
  try {
    await writeFlushed(tmp, (bom ? '\uFEFF' : '') + text, mode);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(e));
  }
}

/** Create `file` (it must not exist), write `text`, set `mode`, flush to disk. */
async function writeFlushed(file: string, text: string, mode: number): Promise<void> {
  const handle = await fs.open(file, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    // The umask may have narrowed the mode given to open.
    await handle.chmod(mode).catch(() => undefined);
    await handle.sync();
  } finally {
    await handle.close();
  }
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
