/**
 * `--fix` writes an answer back only as its owner left it: mode, owner and
 * group, hard links and symlinks kept; read-only files and files changed since
 * they were read left alone, with a message; CR-only line breaks kept.
 */
import { chmodSync, chownSync, linkSync, lstatSync, promises as fsp, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readAnswerFile } from '../../../src/cli/files';
import { MlsdWriteRefused, fixText, lineBreakOf, writeAnswerFile } from '../../../src/cli/fix';
import { buildChildCli, type ChildCli } from './childCli';
import { EMPTY_ANSWER, run, useWorkspaces } from './helpers';

const ws = useWorkspaces();
const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;
/** Another user and group, for the tests that run as root. */
const OTHER = 1234;

const read = (dir: string, file = 'a.mlsd.md') => readFileSync(join(dir, file), 'utf8');
const modeOf = (path: string) => statSync(path).mode & 0o7777;
/** Inode, mtime, mode, owner: all that a rewrite could change besides the content. */
const identity = (path: string) => {
  const s = statSync(path);
  return { ino: s.ino, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid, nlink: s.nlink };
};
const FIXED = /^mlsd: fixed \d+ problem\(s\) in a\.mlsd\.md$/m;

describe('mlsd check --fix: mode, owner and links', () => {
  it('fixes a writable answer and keeps its mode (whatever the umask)', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER, 'b.mlsd.md': EMPTY_ANSWER });
    chmodSync(join(dir, 'a.mlsd.md'), 0o640);
    chmodSync(join(dir, 'b.mlsd.md'), 0o606);
    const r = await run(['check', '--fix'], dir);
    expect(r.stderr).toMatch(FIXED);
    expect(read(dir)).not.toBe(EMPTY_ANSWER);
    expect(read(dir)).toContain(EMPTY_ANSWER.trim());
    expect(read(dir, 'b.mlsd.md')).toBe(read(dir));
    if (posix) {
      expect(modeOf(join(dir, 'a.mlsd.md'))).toBe(0o640);
      expect(modeOf(join(dir, 'b.mlsd.md'))).toBe(0o606);
    }
    expect(readdirSync(dir).sort()).toEqual(['.mlsdrc.json', 'a.mlsd.md', 'b.mlsd.md']);
  });

  it('leaves a read-only (0444) answer untouched, says so, exits 1 and fixes the others (as root too)', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER, 'b.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    chmodSync(path, 0o444);
    const before = identity(path);
    const r = await run(['check', '--fix'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mlsd: did not write the fixes to a\.mlsd\.md \(it is read-only \(mode 0444\); make it writable to let --fix change it\); the file is unchanged and its problems are reported as they are\.$/m);
    expect(r.stderr).toMatch(/^mlsd: fixed \d+ problem\(s\) in b\.mlsd\.md$/m);
    expect(read(dir)).toBe(EMPTY_ANSWER);
    expect(identity(path)).toEqual(before);
    expect(read(dir, 'b.mlsd.md')).not.toBe(EMPTY_ANSWER);
  });

  it.runIf(posix)('keeps hard links: both names still share one inode, with the fixed text', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    chmodSync(path, 0o664);
    linkSync(path, join(dir, 'elsewhere.md'));
    const before = statSync(path);
    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toMatch(FIXED);
    const after = statSync(path);
    expect(after.ino).toBe(before.ino);
    expect(after.nlink).toBe(2);
    expect(statSync(join(dir, 'elsewhere.md')).ino).toBe(before.ino);
    expect(read(dir)).not.toBe(EMPTY_ANSWER);
    expect(read(dir, 'elsewhere.md')).toBe(read(dir));
    expect(after.mode & 0o7777).toBe(0o664);
    expect(readdirSync(dir).sort()).toEqual(['.mlsdrc.json', 'a.mlsd.md', 'elsewhere.md']);
  });

  it.runIf(posix)('follows a symlink: the target gets the fixes, the link stays a link', async () => {
    const dir = ws({ 'real/a.mlsd.md': EMPTY_ANSWER });
    symlinkSync('real/a.mlsd.md', join(dir, 'a.mlsd.md'));
    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toMatch(FIXED);
    expect(lstatSync(join(dir, 'a.mlsd.md')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'real/a.mlsd.md')).not.toBe(EMPTY_ANSWER);
  });

  it.runIf(root)('as root, keeps the owner and group of a file that belongs to another user', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER, 'b.mlsd.md': EMPTY_ANSWER });
    chownSync(join(dir, 'a.mlsd.md'), OTHER, OTHER);
    chmodSync(join(dir, 'a.mlsd.md'), 0o600);
    chownSync(join(dir, 'b.mlsd.md'), 0, OTHER);
    chmodSync(join(dir, 'b.mlsd.md'), 0o2664);
    const inos = ['a.mlsd.md', 'b.mlsd.md'].map((f) => statSync(join(dir, f)).ino);
    const r = await run(['check', '--fix'], dir);
    expect(r.stderr).toMatch(FIXED);
    const a = statSync(join(dir, 'a.mlsd.md'));
    expect([a.uid, a.gid, a.mode & 0o7777]).toEqual([OTHER, OTHER, 0o600]);
    const b = statSync(join(dir, 'b.mlsd.md'));
    expect([b.uid, b.gid, b.mode & 0o7777]).toEqual([0, OTHER, 0o2664]);
    expect(read(dir)).not.toBe(EMPTY_ANSWER);
    expect(read(dir, 'b.mlsd.md')).not.toBe(EMPTY_ANSWER);
    // Still replaced atomically: the temp file was given the owner and group, then renamed.
    expect(a.ino).not.toBe(inos[0]);
    expect(b.ino).not.toBe(inos[1]);
  });
});

describe.runIf(root && posix)('mlsd check --fix as an ordinary user (a child process run as uid 1234 by root)', { timeout: 60_000 }, () => {
  let cli: ChildCli;
  beforeAll(() => {
    cli = buildChildCli();
  });
  afterAll(() => cli?.cleanup());
  const asOther = (args: string[], cwd: string) => cli.run(args, cwd, { uid: OTHER, gid: OTHER });

  it("refuses a file it may not write even though it may write the folder (no rename over another user's file)", () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    chmodSync(dir, 0o777);
    const path = join(dir, 'a.mlsd.md');
    chmodSync(path, 0o644);
    const before = identity(path);
    const r = asOther(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mlsd: did not write the fixes to a\.mlsd\.md \(you do not have permission to write it\); the file is unchanged/m);
    expect(read(dir)).toBe(EMPTY_ANSWER);
    expect(identity(path)).toEqual(before);
  });

  it("writes in place a group-writable file of another owner: owner, group and mode kept", () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    chmodSync(dir, 0o777);
    const path = join(dir, 'a.mlsd.md');
    chownSync(path, 0, OTHER);
    chmodSync(path, 0o664);
    const ino = statSync(path).ino;
    const r = asOther(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toMatch(FIXED);
    const s = statSync(path);
    expect([s.uid, s.gid, s.mode & 0o7777, s.ino]).toEqual([0, OTHER, 0o664, ino]);
    expect(read(dir)).not.toBe(EMPTY_ANSWER);
    expect(readdirSync(dir).sort()).toEqual(['.mlsdrc.json', 'a.mlsd.md']);
  });

  it('refuses its own read-only file, and writes its own file in place when the folder is not writable', () => {
    const dir = ws({ 'ro.mlsd.md': EMPTY_ANSWER, 'locked/a.mlsd.md': EMPTY_ANSWER });
    chmodSync(dir, 0o777);
    chownSync(join(dir, 'ro.mlsd.md'), OTHER, OTHER);
    chmodSync(join(dir, 'ro.mlsd.md'), 0o444);
    chownSync(join(dir, 'locked/a.mlsd.md'), OTHER, OTHER);
    chmodSync(join(dir, 'locked'), 0o755);
    const r = asOther(['check', '--fix', 'ro.mlsd.md', 'locked/a.mlsd.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^mlsd: did not write the fixes to ro\.mlsd\.md \(it is read-only \(mode 0444\)/m);
    expect(r.stderr).toMatch(/^mlsd: fixed \d+ problem\(s\) in locked\/a\.mlsd\.md$/m);
    expect(read(dir, 'ro.mlsd.md')).toBe(EMPTY_ANSWER);
    expect(read(dir, 'locked/a.mlsd.md')).not.toBe(EMPTY_ANSWER);
    expect(statSync(join(dir, 'locked/a.mlsd.md')).uid).toBe(OTHER);
  });
});

describe('writeAnswerFile: a file changed since it was read is never overwritten', () => {
  const EDIT = '# Notes\n\nA line the user typed while --fix ran.\n';
  const NEW = 'the fixed text\n';

  async function snapshotOf(path: string) {
    const r = await readAnswerFile(path);
    if ('error' in r) throw new Error(r.error);
    return r.snapshot;
  }

  it('writes when nothing changed (control)', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    await writeAnswerFile(path, NEW, false, await snapshotOf(path));
    expect(read(dir)).toBe(NEW);
  });

  it.each([
    ['changed before the write began', 'before'],
    ['changed after the temp file was written, before the rename', 'hook'],
  ] as const)('refuses a file %s, and leaves no temp file', async (_, when) => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    const snap = await snapshotOf(path);
    if (when === 'before') writeFileSync(path, EDIT);
    const write = writeAnswerFile(path, NEW, false, snap, { beforeCommit: () => (when === 'hook' ? writeFileSync(path, EDIT) : undefined) });
    await expect(write).rejects.toThrow(MlsdWriteRefused);
    await expect(write).rejects.toThrow('it changed on disk since it was read; run mlsd check --fix again');
    expect(read(dir)).toBe(EDIT);
    expect(readdirSync(dir).sort()).toEqual(['.mlsdrc.json', 'a.mlsd.md']);
  });

  it.runIf(posix)('refuses a hard-linked file (written in place) changed just before the write', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    linkSync(path, join(dir, 'b.md'));
    const snap = await snapshotOf(path);
    await expect(writeAnswerFile(path, NEW, false, snap, { beforeCommit: () => writeFileSync(join(dir, 'b.md'), EDIT) })).rejects.toThrow(MlsdWriteRefused);
    expect(read(dir)).toBe(EDIT);
  });

  it('refuses a change of the same size with the old mtime put back (the content hash differs)', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    utimesSync(path, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
    const snap = await snapshotOf(path);
    const same = EMPTY_ANSWER.replace('Nothing', 'Nothin!');
    expect(same.length).toBe(EMPTY_ANSWER.length);
    writeFileSync(path, same);
    utimesSync(path, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
    await expect(writeAnswerFile(path, NEW, false, snap)).rejects.toThrow(MlsdWriteRefused);
    expect(read(dir)).toBe(same);
  });

  it('refuses a file replaced by a FIFO since it was read, without blocking', async () => {
    if (!posix) return;
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER });
    const path = join(dir, 'a.mlsd.md');
    const snap = await snapshotOf(path);
    await fsp.rm(path);
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path]);
    await expect(writeAnswerFile(path, NEW, false, snap)).rejects.toThrow('it is no longer a regular file');
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('mlsd check --fix: an edit made while it runs is kept; the file is reported as it was, exit 1, the others fixed', async () => {
    const dir = ws({ 'a.mlsd.md': EMPTY_ANSWER, 'b.mlsd.md': EMPTY_ANSWER });
    const realRealpath = fsp.realpath.bind(fsp);
    let edited = false;
    // writeAnswerFile first resolves the path it writes: edit the file at that moment, after it was read and fixed.
    const spy = vi.spyOn(fsp, 'realpath').mockImplementation((async (p: string, o?: unknown) => {
      if (!edited && String(p).endsWith('a.mlsd.md')) {
        edited = true;
        writeFileSync(String(p), EDIT);
      }
      return realRealpath(p, o as undefined);
    }) as typeof fsp.realpath);
    try {
      const r = await run(['check', '--fix'], dir);
      expect(edited).toBe(true);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^mlsd: did not write the fixes to a\.mlsd\.md \(it changed on disk since it was read; run mlsd check --fix again\); the file is unchanged and its problems are reported as they are\.$/m);
      expect(r.stderr).toMatch(/^mlsd: fixed \d+ problem\(s\) in b\.mlsd\.md$/m);
      expect(read(dir)).toBe(EDIT);
      expect(read(dir, 'b.mlsd.md')).not.toBe(EMPTY_ANSWER);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('--fix and CR-only line breaks', () => {
  it('lineBreakOf: CRLF if any, else a lone CR when there is no LF, else LF', () => {
    expect(lineBreakOf('a\r\nb\nc')).toBe('\r\n');
    expect(lineBreakOf('a\rb\r')).toBe('\r');
    expect(lineBreakOf('a\rb\nc')).toBe('\n');
    expect(lineBreakOf('a\nb')).toBe('\n');
    expect(lineBreakOf('one line')).toBe('\n');
  });

  it('fixText turns every line break of inserted text into a lone CR for a CR-only text', () => {
    const once = (t: string) => ({
      findings: t.startsWith('a')
        ? []
        : [{ ruleId: 'T', ruleName: 't', severity: 'error' as const, message: 'm', step: null, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fix: { title: 't', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'a\nb\r\nc\r' }] } }],
    });
    expect(fixText('x\ry', once, '\r').text).toBe('a\rb\rc\rx\ry');
  });

  it('mlsd check --fix on a CR-only file inserts CR line breaks only', async () => {
    const cr = EMPTY_ANSWER.replace(/\n/g, '\r');
    const dir = ws({ 'a.mlsd.md': cr });
    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toMatch(FIXED);
    const fixed = read(dir);
    expect(fixed.length).toBeGreaterThan(cr.length);
    expect(fixed).not.toContain('\n');
    expect(fixed.split('\r').length).toBeGreaterThan(cr.split('\r').length);
    expect(fixed).toContain(cr.trimEnd());
    // And a second run finds nothing more to fix.
    const again = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(again.stderr).toBe('');
    expect(read(dir)).toBe(fixed);
  });
});
