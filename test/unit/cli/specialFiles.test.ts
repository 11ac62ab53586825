/**
 * Inputs a hostile repository can hold: FIFOs, devices, sockets, directories
 * named *.mlsd.md, huge files, UTF-16, a malformed .mlsdrc.json in a subfolder.
 * Each run ends within seconds, with bounded memory, one clear line per file
 * that is not checked, and every other file checked. Runs that could block or
 * read without end go through a child process with a timeout.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, readAnswerFile, readRegularFile } from '../../../src/cli/files';
import { buildChildCli, type ChildCli, type ChildResult } from './childCli';
import { EMPTY_ANSWER, TYPICAL, rc, run, runJson, useWorkspaces, type JsonOutput } from './helpers';

const ws = useWorkspaces();
const posix = process.platform !== 'win32';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** A sparse file of `bytes` (no disk space used, all NUL). */
function sparse(path: string, bytes: number): void {
  closeSync(openSync(path, 'w'));
  truncateSync(path, bytes);
}

/** The run ended on its own, quickly, and without holding much memory. */
function expectBounded(r: ChildResult): void {
  expect(r.timedOut, `timed out; stderr: ${r.stderr}`).toBe(false);
  expect(r.code).not.toBeNull();
  expect(r.ms).toBeLessThan(8_000);
  expect(r.maxRssMB).toBeLessThan(400);
}

/** The one MLSD000 finding of an unchecked file, checked for shape; returns its message. */
function reasonOf(json: JsonOutput, file: string): string {
  const f = json.files.find((x) => x.file === file);
  expect(f, `${file} in the report`).toBeDefined();
  expect(f!.score).toBeNull();
  expect(f!.findings).toHaveLength(1);
  expect(f!.findings[0]).toMatchObject({ rule: 'MLSD000', severity: 'error', line: 1, column: 1 });
  return f!.findings[0]!.message;
}

/** The file was checked: it has a score and no MLSD000 finding. */
function expectChecked(json: JsonOutput, file: string): void {
  const f = json.files.find((x) => x.file === file);
  expect(f, `${file} in the report`).toBeDefined();
  expect(f!.score).not.toBeNull();
  expect(f!.findings.map((x) => x.rule)).not.toContain('MLSD000');
}

describe.runIf(posix)('mlsd check: special files (child process, with a timeout)', { timeout: 60_000 }, () => {
  let cli: ChildCli;
  beforeAll(() => {
    cli = buildChildCli();
  });
  afterAll(() => cli?.cleanup());

  it('default glob: a FIFO and its symlink, a /dev/zero symlink, a directory, huge files are reported; the rest is checked', () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'sub/also.mlsd.md': TYPICAL, 'folder.mlsd.md/inner.txt': 'x' });
    mkfifo(join(dir, 'fifo.mlsd.md'));
    mkfifo(join(dir, 'pipe'));
    symlinkSync('pipe', join(dir, 'to-fifo.mlsd.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.mlsd.md'));
    sparse(join(dir, 'sparse.mlsd.md'), 4 * 1024 * 1024 * 1024);
    writeFileSync(join(dir, 'big.mlsd.md'), '# Big\n\n' + 'words '.repeat(Math.ceil(MAX_ANSWER_BYTES / 6)));

    const r = cli.run(['check', '--format', 'json'], dir);
    expectBounded(r);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonOutput;
    expectChecked(json, 'good.mlsd.md');
    expectChecked(json, 'sub/also.mlsd.md');
    const expected: Record<string, RegExp> = {
      'to-fifo.mlsd.md': /^to-fifo\.mlsd\.md is a symbolic link to a named pipe \(FIFO\), not a regular file; only regular files are read\.$/,
      'zero.mlsd.md': /^zero\.mlsd\.md is a symbolic link to a character device, not a regular file; only regular files are read\.$/,
      'sparse.mlsd.md': /^sparse\.mlsd\.md is too large to check \(4096 MB; the limit is 10 MB\)\.$/,
      'big.mlsd.md': /^big\.mlsd\.md is too large to check \(1048\d{4} bytes; the limit is 10 MB\)\.$/,
    };
    for (const [file, message] of Object.entries(expected)) {
      expect(reasonOf(json, file)).toMatch(message);
      // One line on stderr per file that is not checked.
      expect(r.stderr.split('\n').filter((l) => l.startsWith(`mlsd: ${file} `))).toHaveLength(1);
    }
    // The glob lists files only: a directory matching it is no answer. A bare FIFO, if listed, is refused.
    expect(json.files.map((f) => f.file)).not.toContain('folder.mlsd.md');
    if (json.files.some((f) => f.file === 'fifo.mlsd.md')) expect(reasonOf(json, 'fifo.mlsd.md')).toMatch(/is a named pipe \(FIFO\)/);
  });

  it('explicit paths: a FIFO, a directory, a socket, /dev/null and a /dev/zero symlink, each with its own line; the rest is checked', async () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'folder.mlsd.md/inner.txt': 'x' });
    mkfifo(join(dir, 'fifo.mlsd.md'));
    symlinkSync('/dev/zero', join(dir, 'zero.mlsd.md'));
    symlinkSync('/dev/null', join(dir, 'null.mlsd.md'));
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'sock.mlsd.md'), resolve));
    try {
      const files = ['fifo.mlsd.md', 'folder.mlsd.md', 'sock.mlsd.md', 'null.mlsd.md', 'zero.mlsd.md', 'good.mlsd.md'];
      const r = cli.run(['check', '--format', 'json', ...files], dir);
      expectBounded(r);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout) as JsonOutput;
      expect(json.files.map((f) => f.file)).toEqual(files);
      expectChecked(json, 'good.mlsd.md');
      expect(reasonOf(json, 'fifo.mlsd.md')).toBe('fifo.mlsd.md is a named pipe (FIFO), not a regular file; only regular files are read.');
      expect(reasonOf(json, 'folder.mlsd.md')).toMatch(/^folder\.mlsd\.md is a directory; /);
      expect(reasonOf(json, 'sock.mlsd.md')).toBe('sock.mlsd.md is a socket, not a regular file; only regular files are read.');
      expect(reasonOf(json, 'null.mlsd.md')).toMatch(/^null\.mlsd\.md is a symbolic link to a character device, not a regular file/);
      expect(reasonOf(json, 'zero.mlsd.md')).toMatch(/^zero\.mlsd\.md is a symbolic link to a character device, not a regular file/);
      for (const f of files.slice(0, -1)) expect(r.stderr).toMatch(new RegExp(`^mlsd: ${f.replace(/\./g, '\\.')} .+\\.$`, 'm'));
      // Text format: the same lines, and a summary that counts every file.
      const text = cli.run(['check', ...files], dir);
      expectBounded(text);
      expect(text.stdout).toMatch(/^fifo\.mlsd\.md:1:1 error MLSD000\/unreadable-file fifo\.mlsd\.md is a named pipe/m);
      expect(text.stdout).toMatch(/ in 6 file\(s\)\n$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('--config naming a FIFO or a /dev/zero symlink is a configuration error (exit 2), at once', () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL });
    mkfifo(join(dir, 'rc-fifo.json'));
    symlinkSync('/dev/zero', join(dir, 'rc-zero.json'));
    const fifo = cli.run(['check', '--config', 'rc-fifo.json'], dir);
    expectBounded(fifo);
    expect(fifo.code).toBe(2);
    expect(fifo.stdout).toBe('');
    expect(fifo.stderr).toMatch(/rc-fifo\.json: config file is a named pipe \(FIFO\), not a regular file/);
    const zero = cli.run(['check', '--config', 'rc-zero.json', '--format', 'json'], dir);
    expectBounded(zero);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/rc-zero\.json: config file is a symbolic link to a character device/);
  });

  it('a FIFO or /dev/zero symlink named .mlsdrc.json in a subfolder is reported as that folder\'s invalid config; the rest is checked', () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'a/x.mlsd.md': TYPICAL, 'b/y.mlsd.md': TYPICAL });
    mkfifo(join(dir, 'a/.mlsdrc.json'));
    symlinkSync('/dev/zero', join(dir, 'b/.mlsdrc.json'));
    const r = cli.run(['check', '--format', 'json'], dir);
    expectBounded(r);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as JsonOutput;
    expectChecked(json, 'good.mlsd.md');
    expect(reasonOf(json, 'a/.mlsdrc.json')).toMatch(/^a\/\.mlsdrc\.json: config file is a named pipe \(FIFO\)/);
    expect(reasonOf(json, 'b/.mlsdrc.json')).toMatch(/^b\/\.mlsdrc\.json: config file is a symbolic link to a character device/);
    expect(reasonOf(json, 'a/x.mlsd.md')).toBe('a/x.mlsd.md was not checked: its config file a/.mlsdrc.json is invalid.');
    expect(reasonOf(json, 'b/y.mlsd.md')).toBe('b/y.mlsd.md was not checked: its config file b/.mlsdrc.json is invalid.');
  });
});

describe('mlsd check: encodings and binary detection', () => {
  const utf16 = (s: string, be: boolean) => {
    const le = Buffer.from(s, 'utf16le');
    return be ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  };

  it('says UTF-16 (with or without a BOM) and UTF-32 are not supported; the rest is checked', async () => {
    const text = '# Notes\n\nSome text.\n';
    const dir = ws({
      'good.mlsd.md': TYPICAL,
      'le.mlsd.md': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]),
      'be.mlsd.md': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]),
      'nobom.mlsd.md': utf16(text, false),
      'utf32.mlsd.md': Buffer.from([0xff, 0xfe, 0, 0, 0x23, 0, 0, 0]),
    });
    const r = await runJson(['check'], dir);
    expect(r.code).toBe(1);
    expectChecked(r.json, 'good.mlsd.md');
    expect(reasonOf(r.json, 'le.mlsd.md')).toBe('le.mlsd.md is UTF-16 text (it starts with a UTF-16 byte order mark); UTF-16 is not supported, save it as UTF-8.');
    expect(reasonOf(r.json, 'be.mlsd.md')).toBe('be.mlsd.md is UTF-16 text (it starts with a UTF-16 byte order mark); UTF-16 is not supported, save it as UTF-8.');
    expect(reasonOf(r.json, 'nobom.mlsd.md')).toMatch(/^nobom\.mlsd\.md looks like UTF-16 text without a byte order mark .*UTF-16 is not supported, save it as UTF-8\.$/);
    expect(reasonOf(r.json, 'utf32.mlsd.md')).toMatch(/UTF-32 is not supported, save it as UTF-8/);
    for (const f of ['le', 'be', 'nobom', 'utf32']) expect(r.stderr).toMatch(new RegExp(`^mlsd: ${f}\\.mlsd\\.md .*save it as UTF-8\\.$`, 'm'));
  });

  it('looks for NUL in the whole file, not only its first 8 KB, and says where', async () => {
    const head = EMPTY_ANSWER + 'x'.repeat(20_000);
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'late.mlsd.md': head + '\0 tail\n', 'early.mlsd.md': '#\0\n' });
    const r = await runJson(['check'], dir);
    expectChecked(r.json, 'good.mlsd.md');
    expect(reasonOf(r.json, 'late.mlsd.md')).toBe(`late.mlsd.md is a binary file (it contains a NUL byte at offset ${Buffer.byteLength(head)}); only UTF-8 Markdown answers can be checked.`);
    expect(reasonOf(r.json, 'early.mlsd.md')).toMatch(/^early\.mlsd\.md is a binary file \(it contains a NUL byte at offset 1\)/);
  });

  it('reads a file of exactly the cap and refuses one byte more, reading at most cap + 1 bytes', async () => {
    const dir = ws({ 'at.mlsd.md': 'a'.repeat(1000), 'over.mlsd.md': 'a'.repeat(1001) });
    const at = await readAnswerFile(join(dir, 'at.mlsd.md'), 1000);
    expect('text' in at && at.text.length).toBe(1000);
    expect(await readAnswerFile(join(dir, 'over.mlsd.md'), 1000)).toEqual({ error: 'is too large to check (1001 bytes; the limit is 1000 bytes)' });
    // A file that grows past the cap after its stat (here: /proc files report size 0) is cut at cap + 1 and refused.
    if (process.platform === 'linux') {
      const maps = await readRegularFile('/proc/self/maps', 64);
      expect(maps).toEqual({ error: 'is too large to check (more than the limit of 64 bytes could be read from it)' });
    }
  });
});

describe('mlsd check: a malformed .mlsdrc.json in a subfolder', () => {
  it('is reported on that file; the answers it applies to are reported as not checked; everything else is checked (exit 2)', async () => {
    const dir = ws({
      'top.mlsd.md': TYPICAL,
      'team/.mlsdrc.json': '{ "level": ',
      'team/a.mlsd.md': TYPICAL,
      'team/deeper/b.mlsd.md': TYPICAL,
      'team/ok/.mlsdrc.json': rc({ level: 'mid' }),
      'team/ok/c.mlsd.md': TYPICAL,
      'z.mlsd.md': TYPICAL,
    });
    const r = await runJson(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.json.files.map((f) => f.file)).toEqual(['team/.mlsdrc.json', 'team/a.mlsd.md', 'team/deeper/b.mlsd.md', 'team/ok/c.mlsd.md', 'top.mlsd.md', 'z.mlsd.md']);
    for (const f of ['team/ok/c.mlsd.md', 'top.mlsd.md', 'z.mlsd.md']) expectChecked(r.json, f);
    expect(reasonOf(r.json, 'team/.mlsdrc.json')).toMatch(/^team\/\.mlsdrc\.json: \S/);
    expect(reasonOf(r.json, 'team/a.mlsd.md')).toBe('team/a.mlsd.md was not checked: its config file team/.mlsdrc.json is invalid.');
    expect(reasonOf(r.json, 'team/deeper/b.mlsd.md')).toBe('team/deeper/b.mlsd.md was not checked: its config file team/.mlsdrc.json is invalid.');
    // Said once on stderr, on one line.
    expect(r.stderr.split('\n').filter((l) => l.includes('team/.mlsdrc.json'))).toEqual([expect.stringMatching(/^mlsd: team\/\.mlsdrc\.json: .+ The answers it applies to are not checked\.$/)]);

    // Text and SARIF print their whole report too.
    const text = await run(['check'], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/^team\/\.mlsdrc\.json:1:1 error MLSD000\//m);
    expect(text.stdout).toMatch(/^top\.mlsd\.md: score \d+\/100 /m);
    expect(text.stdout).toMatch(/ in 6 file\(s\)\n$/);
    const sarif = await run(['check', '--format', 'sarif'], dir);
    const doc = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(doc.runs[0]!.results.some((x) => x.ruleId === 'MLSD000' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'team/.mlsdrc.json')).toBe(true);
  });

  it('--fix leaves the answers under the bad config alone and fixes the others', async () => {
    const dir = ws({ 'sub/.mlsdrc.json': '[', 'sub/a.mlsd.md': EMPTY_ANSWER, 'b.mlsd.md': EMPTY_ANSWER });
    const r = await run(['check', '--fix'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'sub/a.mlsd.md'), 'utf8')).toBe(EMPTY_ANSWER);
    expect(readFileSync(join(dir, 'b.mlsd.md'), 'utf8')).not.toBe(EMPTY_ANSWER);
    expect(r.stderr).toMatch(/^mlsd: fixed \d+ problem\(s\) in b\.mlsd\.md$/m);
    expect(r.stderr).not.toMatch(/fixed .* in sub\/a\.mlsd\.md/);
  });

  it('a directory named .mlsdrc.json is an invalid config, not silently skipped for a farther one', async () => {
    const dir = ws({ 'sub/a.mlsd.md': TYPICAL, 'top.mlsd.md': TYPICAL });
    mkdirSync(join(dir, 'sub/.mlsdrc.json'));
    const r = await runJson(['check'], dir);
    expect(r.code).toBe(2);
    expectChecked(r.json, 'top.mlsd.md');
    expect(reasonOf(r.json, 'sub/.mlsdrc.json')).toMatch(/^sub\/\.mlsdrc\.json: config file is a directory/);
    expect(reasonOf(r.json, 'sub/a.mlsd.md')).toMatch(/was not checked/);
  });
});
