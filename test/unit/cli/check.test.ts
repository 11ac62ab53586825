import { describe, expect, it } from 'vitest';
import { BODY, EMPTY_ANSWER, HOLLOW, TYPICAL, rc, run, runJson, withFrontMatter, useWorkspaces } from './helpers';

const ws = useWorkspaces();

describe('mlsd check: exit codes', () => {
  it('exits 0 when nothing is at error severity', async () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL });
    const r = await run(['check', 'good.mlsd.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 when a file has errors', async () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'bad.mlsd.md': EMPTY_ANSWER });
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^bad\.mlsd\.md:\d+:\d+ error MLSD001\/missing-step /m);
  });

  it.each([
    [['check', '--bogus'], /Unknown option "--bogus"/],
    [['check', '--level', 'principal'], /Unknown level "principal"/],
    [['check', '--format', 'xml'], /Unknown format "xml"/],
    [['check', '--max-warnings', '-1'], /needs a value|whole number/],
    [['check', '--max-warnings', 'many'], /whole number/],
    [['check', '--case', 'no-such-case'], /Unknown case "no-such-case"/],
    [['check', '--level'], /--level needs a value/],
    [['lint'], /Unknown command "lint"/],
    [[], /Missing command/],
    [['rules', '--html'], /Unknown option "--html"/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const dir = ws({ 'good.mlsd.md': TYPICAL });
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when no files match', async () => {
    const dir = ws({ 'notes.md': 'hello' });
    const none = await run(['check'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No files matched "\*\*\/\*\.mlsd\.md"/);
    const glob = await run(['check', 'answers/*.mlsd.md'], dir);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toMatch(/No files matched "answers\/\*\.mlsd\.md"/);
  });

  it('prints help and the version with exit 0', async () => {
    const dir = ws({});
    const help = await run(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/mlsd check \[files or globs\.\.\.\]/);
    const version = await run(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('mlsd check: --max-warnings', () => {
  const files = { 'a.mlsd.md': withFrontMatter(HOLLOW, { level: 'mid' }) };
  it('counts warnings against the limit', async () => {
    const dir = ws(files);
    const json = await runJson(['check'], dir);
    expect(json.json.files[0]!.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['MLSD002:warning']);
    expect(json.code).toBe(0);
    expect((await run(['check', '--max-warnings', '1'], dir)).code).toBe(0);
    const over = await run(['check', '--max-warnings=0'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/1 warning\(s\) exceed --max-warnings 0/);
  });

  it('--quiet hides warnings but they still count', async () => {
    const dir = ws(files);
    const r = await run(['check', '--quiet', '--max-warnings', '0'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/MLSD002/);
    expect(r.stdout).not.toMatch(/score/);
    expect(r.stdout).toMatch(/0 error\(s\), 1 warning\(s\), 0 info in 1 file\(s\)/);
  });
});

describe('mlsd check: files that cannot be checked', () => {
  it('reports missing, directory, binary and non-UTF-8 files as MLSD000 and still checks the rest', async () => {
    const dir = ws({
      'good.mlsd.md': TYPICAL,
      'binary.mlsd.md': new Uint8Array([0x23, 0x20, 0x41, 0x00, 0x42, 0x0a]),
      'latin1.mlsd.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'folder.mlsd.md/inner.txt': 'x',
    });
    const r = await runJson(['check', 'good.mlsd.md', 'missing.mlsd.md', 'folder.mlsd.md', 'binary.mlsd.md', 'latin1.mlsd.md'], dir);
    expect(r.code).toBe(1);
    const byFile = new Map(r.json.files.map((f) => [f.file, f]));
    expect([...byFile.keys()]).toEqual(['good.mlsd.md', 'missing.mlsd.md', 'folder.mlsd.md', 'binary.mlsd.md', 'latin1.mlsd.md']);
    expect(byFile.get('good.mlsd.md')!.score!.overall).toBeGreaterThan(50);
    expect(byFile.get('good.mlsd.md')!.findings).toEqual([]);
    const reasons: Record<string, RegExp> = {
      'missing.mlsd.md': /does not exist/,
      'folder.mlsd.md': /is a directory/,
      'binary.mlsd.md': /binary/,
      'latin1.mlsd.md': /not valid UTF-8/,
    };
    for (const [file, reason] of Object.entries(reasons)) {
      const f = byFile.get(file)!;
      expect(f.score).toBeNull();
      expect(f.findings).toHaveLength(1);
      expect(f.findings[0]).toMatchObject({ rule: 'MLSD000', name: 'unreadable-file', severity: 'error', line: 1, column: 1, step: null });
      expect(f.findings[0]!.message).toMatch(reason);
      expect(r.stderr).toContain(file);
    }
  });

  it('strips a UTF-8 BOM so front matter still applies', async () => {
    const dir = ws({ 'bom.mlsd.md': '\uFEFF' + withFrontMatter(BODY, { level: 'staff' }) });
    const r = await run(['check'], dir);
    expect(r.stdout).toMatch(/^bom\.mlsd\.md: score \d+\/100 at staff /m);
  });
});

describe('mlsd check: globs', () => {
  it('expands globs, ignores node_modules and dist by default, and dedupes', async () => {
    const dir = ws({
      'a.mlsd.md': TYPICAL,
      'sub/b.mlsd.md': TYPICAL,
      'sub/deeper/c.mlsd.md': TYPICAL,
      'sub/notes.md': 'not an answer',
      'node_modules/pkg/d.mlsd.md': EMPTY_ANSWER,
      'dist/e.mlsd.md': EMPTY_ANSWER,
    });
    const all = await runJson(['check'], dir);
    expect(all.json.files.map((f) => f.file)).toEqual(['a.mlsd.md', 'sub/b.mlsd.md', 'sub/deeper/c.mlsd.md']);
    expect(all.code).toBe(0);
    const some = await runJson(['check', 'sub/*.mlsd.md', 'sub/**/*.mlsd.md', 'a.mlsd.md'], dir);
    expect(some.json.files.map((f) => f.file)).toEqual(['sub/b.mlsd.md', 'sub/deeper/c.mlsd.md', 'a.mlsd.md']);
    const partly = await run(['check', 'a.mlsd.md', 'nothing/*.mlsd.md'], dir);
    expect(partly.code).toBe(0);
    expect(partly.stderr).toMatch(/no files match "nothing\/\*\.mlsd\.md"/);
  });
});

describe('mlsd check: level and config precedence', () => {
  const levelOf = (stdout: string, file: string) => new RegExp(`^${file.replace(/\./g, '\\.')}: score \\d+/100 at (\\w+) `, 'm').exec(stdout)?.[1];

  it('uses --level > front matter > .mlsdrc.json > senior', async () => {
    const dir = ws({
      'plain.mlsd.md': HOLLOW,
      'fm.mlsd.md': withFrontMatter(HOLLOW, { level: 'staff' }),
      'rc/plain.mlsd.md': HOLLOW,
      'rc/fm.mlsd.md': withFrontMatter(HOLLOW, { level: 'senior' }),
      'rc/.mlsdrc.json': rc({ level: 'mid' }),
    });
    const r = await run(['check'], dir);
    expect(levelOf(r.stdout, 'plain.mlsd.md')).toBe('senior');
    expect(levelOf(r.stdout, 'fm.mlsd.md')).toBe('staff');
    expect(levelOf(r.stdout, 'rc/plain.mlsd.md')).toBe('mid');
    expect(levelOf(r.stdout, 'rc/fm.mlsd.md')).toBe('senior');
    // The level decides the severity: MLSD002 is a warning at mid only.
    expect(r.stdout).toMatch(/^rc\/plain\.mlsd\.md:\d+:\d+ warning MLSD002\/hollow-section /m);
    expect(r.stdout).toMatch(/^rc\/fm\.mlsd\.md:\d+:\d+ error MLSD002\/hollow-section /m);

    const forced = await run(['check', '--level', 'mid'], dir);
    for (const f of ['plain.mlsd.md', 'fm.mlsd.md', 'rc/plain.mlsd.md', 'rc/fm.mlsd.md']) expect(levelOf(forced.stdout, f)).toBe('mid');
    expect(forced.code).toBe(0);
  });

  it('uses the nearest .mlsdrc.json, or --config instead', async () => {
    const dir = ws({
      '.mlsdrc.json': rc({ level: 'staff', rules: { 'hollow-section': 'off' } }),
      'top.mlsd.md': HOLLOW,
      'team/.mlsdrc.json': rc({ level: 'mid' }),
      'team/a.mlsd.md': HOLLOW,
      'other.json': rc({ level: 'mid', rules: { MLSD002: 'info' } }),
    });
    const r = await runJson(['check'], dir);
    const top = r.json.files.find((f) => f.file === 'top.mlsd.md')!;
    const team = r.json.files.find((f) => f.file === 'team/a.mlsd.md')!;
    expect(top.findings).toEqual([]);
    expect(team.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['MLSD002:warning']);

    const explicit = await runJson(['check', '--config', 'other.json'], dir);
    for (const f of explicit.json.files) expect(f.findings.map((x) => `${x.rule}:${x.severity}`)).toEqual(['MLSD002:info']);
  });

  it('--case applies to answers whose front matter sets none; rc problems are warnings, bad JSON exits 2', async () => {
    const dir = ws({ 'a.mlsd.md': BODY, '.mlsdrc.json': rc({ level: 'mid', colour: 'blue', rules: { MLSD999: 'off', MLSD002: 'loud' } }) });
    const r = await run(['check', '--case', 'payment-fraud'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Unknown key "colour"/);
    expect(r.stderr).toMatch(/Unknown rule "MLSD999"/);
    expect(r.stderr).toMatch(/Rule "MLSD002" must be set to one of off, info, warning, error/);
    expect(r.stdout).toMatch(/at mid/);

    const bad = ws({ 'a.mlsd.md': BODY, '.mlsdrc.json': '{ "level": ' });
    const b = await run(['check'], bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/\.mlsdrc\.json: Not valid JSON/);
    const missing = await run(['check', '--config', 'nope.json'], bad);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: config file does not exist/);
  });
});
