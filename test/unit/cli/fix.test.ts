import { describe, expect, it, vi } from 'vitest';
import { promises as fsp, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, mergeFixes, STEPS, type Finding, type Fix, type TextEdit } from '../../../src/core/index';
import { MAX_FIX_PASSES, fixText } from '../../../src/cli/fix';
import { HOLLOW, TYPICAL, rc, run, runJson, useWorkspaces, withFrontMatter } from './helpers';

const ws = useWorkspaces();

/**
 * Steps 1, 2, 4 and 5 only, with the user's own quirks (trailing spaces, no final
 * blank line): MLSD001 fires once for step 3 (inserted before step 4) and once for
 * steps 6 and 7 together (both inserted at the end, in that order, by one fix).
 * Nothing in it is about data sources (results, not ads), so step 3 is missing:
 * only its labels are said (in the framing).
 */
const PARTIAL = [
  '---',
  'level: senior',
  '---',
  '# Ranking notes',
  '',
  'Intro with *emphasis* and trailing spaces   ',
  '',
  '## 1. Clarify requirements',
  '',
  'Users want relevant results; revenue is the goal.',
  '',
  '## 2. Frame the problem as an ML task',
  '',
  'Predict click probability; positive = click within 30 min.',
  '',
  '## 4. Model development',
  '',
  'Start with logistic regression, then GBDT.',
  '',
  '## 5. Evaluation',
  '',
  'AUC offline, CTR in an A/B test.',
].join('\n');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stepHeadings = (text: string) => text.split(/\r?\n/).filter((l) => /^## \d\. /.test(l));
const read = (dir: string, file = 'a.mlsd.md') => readFileSync(join(dir, file), 'utf8');
const rules = (json: { files: { findings: { rule: string }[] }[] }) => json.files.flatMap((f) => f.findings.map((x) => x.rule));

/** Set the file's mtime to 2001 and return its identity: a rewrite (a new inode, a new mtime) changes it. */
function freeze(path: string): string {
  utimesSync(path, new Date('2001-01-01T00:00:00Z'), new Date('2001-01-01T00:00:00Z'));
  const s = statSync(path);
  return `${s.ino}:${s.mtimeMs}`;
}
const identity = (path: string) => {
  const s = statSync(path);
  return `${s.ino}:${s.mtimeMs}`;
};

describe('mlsd check --fix', () => {
  it('inserts the missing steps in canonical order, keeps every byte of the answer, and reports the fixed text', async () => {
    const dir = ws({ 'a.mlsd.md': PARTIAL });
    const before = await runJson(['check', 'a.mlsd.md'], dir);
    const missing = before.json.files[0]!.findings.filter((f) => f.rule === 'MLSD001');
    expect(missing.map((f) => f.step)).toEqual(['data', 'serving']);
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Step 3 "Data preparation" is missing: add a section covering /),
      'Steps 6 "Deployment and serving" and 7 "Monitoring" are missing: add a section for each.',
    ]);

    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toBe('mlsd: fixed 2 problem(s) in a.mlsd.md\n');
    const fixed = read(dir);
    expect(stepHeadings(fixed).map((h) => Number(h[3]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const step of STEPS) expect(fixed).toContain(`## ${step.index}. ${step.title}`);
    // The user's text, cut where steps go in, is all there in order and unchanged.
    const cut = PARTIAL.indexOf('## 4. Model development');
    const shape = new RegExp(`^${escape(PARTIAL.slice(0, cut))}## 3\\. [\\s\\S]+\\n${escape(PARTIAL.slice(cut))}\\n+## 6\\. [\\s\\S]+## 7\\. [\\s\\S]+$`);
    expect(fixed).toMatch(shape);
    expect(fixed.startsWith('\uFEFF')).toBe(false);

    // What --fix printed is exactly what a plain check of the fixed file prints.
    const after = await run(['check', 'a.mlsd.md'], dir);
    expect(r.stdout).toBe(after.stdout);
    expect(r.code).toBe(after.code);
    expect(r.stdout).not.toMatch(/MLSD001/);
    expect(r.stdout).toMatch(/MLSD002\/hollow-section "3\. Data preparation" is not started: start with /);
    // The two steps inserted together, one after the other, are one finding: not started.
    expect(r.stdout).toMatch(/MLSD002\/hollow-section 2 steps are not started, from "6\. Deployment and serving" to "7\. Monitoring": start with /);
    expect(r.stdout.match(/MLSD002/g)).toHaveLength(6); // steps 1, 2, 4 and 5 hollow, 3 not started, 6–7 not started
  });

  it('changes nothing when run a second time (the file is not rewritten)', async () => {
    const dir = ws({ 'a.mlsd.md': PARTIAL });
    const path = join(dir, 'a.mlsd.md');
    await run(['check', '--fix', 'a.mlsd.md'], dir);
    const once = read(dir);
    expect(once).not.toBe(PARTIAL);
    const id = freeze(path);
    const again = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(again.stderr).toBe('');
    expect(read(dir)).toBe(once);
    expect(identity(path)).toBe(id);
  });

  it('with every rule on, inserts each missing step once and adds no duplicate stubs on later runs', async () => {
    // MLSD017 fires on an inserted skeleton (placeholders do not count) and offers stubs the skeleton already has.
    const dir = ws({ '.mlsdrc.json': '{}', 'a.mlsd.md': PARTIAL });
    const path = join(dir, 'a.mlsd.md');
    const first = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(first.stderr).toMatch(/^mlsd: fixed \d+ problem\(s\) in a\.mlsd\.md\n$/);
    const once = read(dir);
    expect(stepHeadings(once)).toHaveLength(7);
    const stubs = once.split('\n').filter((l) => /^\*\*[^*]+:\*\* </.test(l));
    expect(stubs.length).toBeGreaterThan(0);
    expect(new Set(stubs).size).toBe(stubs.length);
    const id = freeze(path);
    const again = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(again.stderr).toBe('');
    expect(identity(path)).toBe(id);
  });

  it('keeps CRLF line breaks, in the inserted text too', async () => {
    const dir = ws({ 'a.mlsd.md': PARTIAL.replace(/\n/g, '\r\n') });
    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toBe('mlsd: fixed 2 problem(s) in a.mlsd.md\n');
    const fixed = read(dir);
    expect(stepHeadings(fixed)).toHaveLength(7);
    expect(fixed).toContain('\r\n## 3. Data preparation\r\n');
    expect(fixed).not.toMatch(/[^\r]\n|^\n/);
    expect(fixed).not.toMatch(/\r\r/);
    expect(fixed.startsWith(PARTIAL.replace(/\n/g, '\r\n').slice(0, PARTIAL.replace(/\n/g, '\r\n').indexOf('## 4.')))).toBe(true);
  });

  it('keeps a leading UTF-8 BOM, once', async () => {
    const dir = ws({ 'a.mlsd.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PARTIAL, 'utf8')]) });
    const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
    expect(r.stderr).toBe('mlsd: fixed 2 problem(s) in a.mlsd.md\n');
    const bytes = readFileSync(join(dir, 'a.mlsd.md'));
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x2d]);
    expect(bytes.toString('utf8')).toContain('## 3. Data preparation');
  });

  it('does not rewrite a file with nothing to fix, whether clean or with unfixable findings', async () => {
    const dir = ws({ 'good.mlsd.md': TYPICAL, 'hollow.mlsd.md': withFrontMatter(HOLLOW, { level: 'senior' }) });
    const ids = ['good.mlsd.md', 'hollow.mlsd.md'].map((f) => freeze(join(dir, f)));
    const plain = await run(['check'], dir);
    const r = await run(['check', '--fix'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(plain.stdout);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/hollow\.mlsd\.md:\d+:\d+ error MLSD002/);
    expect(['good.mlsd.md', 'hollow.mlsd.md'].map((f) => identity(join(dir, f)))).toEqual(ids);
    expect(read(dir, 'good.mlsd.md')).toBe(TYPICAL);
  });

  it('prints one JSON document (and one SARIF document) on stdout; the fixed files go to stderr', async () => {
    const dir = ws({ 'a.mlsd.md': PARTIAL, 'b.mlsd.md': PARTIAL, 'good.mlsd.md': TYPICAL });
    const r = await runJson(['check', '--fix'], dir);
    expect(r.json.files.map((f) => f.file)).toEqual(['a.mlsd.md', 'b.mlsd.md', 'good.mlsd.md']);
    expect(rules(r.json)).not.toContain('MLSD001');
    expect(rules(r.json)).toContain('MLSD002');
    expect(r.stderr).toBe('mlsd: fixed 2 problem(s) in a.mlsd.md\nmlsd: fixed 2 problem(s) in b.mlsd.md\n');
    expect(r.stdout).not.toMatch(/fixed/);

    writeFileSync(join(dir, 'a.mlsd.md'), PARTIAL);
    const sarif = await run(['check', '--fix', '--format', 'sarif', 'a.mlsd.md'], dir);
    expect(sarif.stderr).toBe('mlsd: fixed 2 problem(s) in a.mlsd.md\n');
    const doc = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(doc.runs[0]!.results.map((x) => x.ruleId)).not.toContain('MLSD001');
  });

  it.each([['--fix=1'], ['--fix=']])('rejects a value: %s is a usage error', async (flag) => {
    const dir = ws({ 'a.mlsd.md': PARTIAL });
    const r = await run(['check', flag, 'a.mlsd.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Option --fix takes no value/);
    expect(r.stdout).toBe('');
    expect(read(dir)).toBe(PARTIAL);
  });

  it('reports a file it cannot write, leaves it and no temp file behind, exits 1 and goes on with the others', async () => {
    const dir = ws({ 'a.mlsd.md': PARTIAL, 'b.mlsd.md': PARTIAL });
    const realRename = fsp.rename.bind(fsp);
    const spy = vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('a.mlsd.md')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return realRename(from, to);
    });
    try {
      const r = await runJson(['check', '--fix'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^mlsd: could not write the fixes to a\.mlsd\.md \(permission denied[^)]*\); the file is unchanged/m);
      expect(r.stderr).toMatch(/^mlsd: fixed 2 problem\(s\) in b\.mlsd\.md$/m);
      expect(read(dir, 'a.mlsd.md')).toBe(PARTIAL);
      expect(stepHeadings(read(dir, 'b.mlsd.md'))).toHaveLength(7);
      expect(readdirSync(dir).sort()).toEqual(['.mlsdrc.json', 'a.mlsd.md', 'b.mlsd.md']);
      // a.mlsd.md is reported as it is on disk, still missing its steps.
      expect(r.json.files[0]!.findings.map((f) => f.rule)).toContain('MLSD001');
      expect(r.json.files[1]!.findings.map((f) => f.rule)).not.toContain('MLSD001');
    } finally {
      spy.mockRestore();
    }
  });

  it('exits 1 on a write failure even when the file has no errors left', async () => {
    // MLSD001 as a warning and MLSD002 off: without the failed write the exit code would be 0.
    const dir = ws({ '.mlsdrc.json': rc({ rules: { MLSD001: 'warning', MLSD002: 'off' } }), 'a.mlsd.md': PARTIAL });
    expect((await run(['check', 'a.mlsd.md'], dir)).code).toBe(0);
    const spy = vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EROFS'), { code: 'EROFS' }));
    try {
      const r = await run(['check', '--fix', 'a.mlsd.md'], dir);
      expect(r.stderr).toMatch(/could not write the fixes to a\.mlsd\.md \(it is on a read-only file system\)/);
      expect(r.code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(read(dir)).toBe(PARTIAL);
  });

  it('fixes with the options of the nearest .mlsdrc.json (a rule turned off there is not fixed)', async () => {
    const dir = ws({ 'on/a.mlsd.md': PARTIAL, 'off/a.mlsd.md': PARTIAL, 'off/.mlsdrc.json': rc({ rules: { MLSD001: 'off' } }) });
    const r = await run(['check', '--fix'], dir);
    expect(r.stderr).toBe('mlsd: fixed 2 problem(s) in on/a.mlsd.md\n');
    expect(read(dir, 'off/a.mlsd.md')).toBe(PARTIAL);
  });
});

const ins = (line: number, character: number, newText: string): TextEdit => ({ range: { start: { line, character }, end: { line, character } }, newText });
const rep = (sl: number, sc: number, el: number, ec: number, newText: string): TextEdit => ({ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, newText });
const fix = (...edits: TextEdit[]): Fix => ({ title: 't', edits });

describe('applyEdits', () => {
  it('keeps insertions at one point in the order given', () => {
    expect(applyEdits('ab', [ins(0, 1, 'X'), ins(0, 1, 'Y'), ins(0, 1, 'Z')])).toBe('aXYZb');
  });

  it('replaces ranges, within a line and across lines', () => {
    expect(applyEdits('hello world', [rep(0, 0, 0, 5, 'HELLO'), rep(0, 6, 0, 11, 'there')])).toBe('HELLO there');
    expect(applyEdits('one\ntwo\nthree', [rep(0, 2, 2, 1, '-')])).toBe('on-hree');
    expect(applyEdits('abc', [rep(0, 1, 0, 2, '')])).toBe('ac');
  });

  it('inserts at the end of the text, and clamps positions past a line or the text', () => {
    expect(applyEdits('a\nb', [ins(1, 1, '\nc')])).toBe('a\nb\nc');
    expect(applyEdits('a\nb\n', [ins(2, 0, 'c\n')])).toBe('a\nb\nc\n');
    expect(applyEdits('a\nb', [ins(9, 0, '!')])).toBe('a\nb!');
    expect(applyEdits('ab\ncd', [ins(0, 99, '!')])).toBe('ab!\ncd');
  });

  it('counts \\r\\n and a lone \\r as one line break each, as VS Code does', () => {
    expect(applyEdits('a\r\nb\r\nc', [ins(1, 0, 'X'), ins(2, 1, 'Y')])).toBe('a\r\nXb\r\ncY');
    // A position past the end of a CRLF line lands before the \r, never between \r and \n.
    expect(applyEdits('ab\r\ncd', [ins(0, 5, '!')])).toBe('ab!\r\ncd');
    expect(applyEdits('a\rb\nc', [ins(1, 0, 'X'), ins(2, 0, 'Y')])).toBe('a\rXb\nYc');
    expect(applyEdits('a\r\n\r\nb', [rep(1, 0, 2, 0, '')])).toBe('a\r\nb');
  });

  it('returns the text unchanged for no edits, and refuses overlapping or unordered edits', () => {
    expect(applyEdits('same', [])).toBe('same');
    expect(() => applyEdits('abcdef', [rep(0, 0, 0, 3, 'x'), rep(0, 2, 0, 4, 'y')])).toThrow(RangeError);
    expect(() => applyEdits('a\nb', [ins(1, 0, 'x'), ins(0, 0, 'y')])).toThrow(RangeError);
  });

  it('applies what mergeFixes returns (document order, same-point insertions in fix order)', () => {
    const m = mergeFixes([fix(ins(2, 0, 'A\n')), fix(ins(0, 0, 'Z\n')), fix(ins(2, 0, 'B\n')), fix(rep(1, 0, 1, 1, 'Y'))]);
    expect(m.applied).toBe(4);
    expect(applyEdits('x\ny\nz\n', m.edits)).toBe('Z\nx\nY\nA\nB\nz\n');
  });
});

/** A finding whose fix replaces [from, to) of line 0 (an insertion when from === to). */
const finding = (from: number, to: number, newText: string): Finding => ({
  ruleId: 'TEST',
  ruleName: 'test',
  severity: 'error',
  message: 'm',
  range: rep(0, from, 0, to, '').range,
  step: null,
  fix: fix(rep(0, from, 0, to, newText)),
});

describe('fixText', () => {
  /** Uppercases each lowercase word, and wraps the first line in brackets: the wrap overlaps the words. */
  const upperThenWrap = (text: string) => {
    const line = text.split('\n')[0]!;
    const words = [...line.matchAll(/[a-z]+/g)].map((m) => finding(m.index, m.index + m[0].length, m[0].toUpperCase()));
    const wrap = line.startsWith('[') ? [] : [finding(0, line.length, `[${line}]`)];
    return { findings: [...words, ...wrap] };
  };

  it('applies on a later pass the fixes a pass skipped for overlapping, then stops', () => {
    const checks: string[] = [];
    const out = fixText('ab cd', (t) => (checks.push(t), upperThenWrap(t)), '\n');
    expect(out.text).toBe('[AB CD]');
    expect(out.fixed).toBe(3);
    expect(checks).toEqual(['ab cd', 'AB CD', '[AB CD]']);
    expect(out.initial.findings).toHaveLength(3);
    expect(out.result.findings).toHaveLength(0);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when every pass finds something new to fix`, () => {
    let n = 0;
    const out = fixText('', () => ({ findings: [finding(0, 0, `line ${++n}\n`)] }), '\n');
    expect(out.fixed).toBe(MAX_FIX_PASSES);
    expect(out.text.split('\n').filter(Boolean)).toHaveLength(MAX_FIX_PASSES);
  });

  it('turns the line breaks of inserted text into \\r\\n for a CRLF text, and leaves the text alone without fixes', () => {
    const once = (t: string) => ({ findings: t.startsWith('a') ? [] : [finding(0, 0, 'a\nb\r\n')] });
    expect(fixText('x\r\ny', once, '\r\n').text).toBe('a\r\nb\r\nx\r\ny');
    const none = fixText('x\n', () => ({ findings: [] }), '\n');
    expect(none).toMatchObject({ text: 'x\n', fixed: 0 });
  });
});
