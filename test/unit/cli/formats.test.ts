import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/index';
import { STEP_IDS } from '../../../src/core/framework/types';
import { EMPTY_ANSWER, HOLLOW, TYPICAL, run, withFrontMatter, useWorkspaces } from './helpers';

const ws = useWorkspaces();

const FILES = {
  'answers/good.mlsd.md': TYPICAL,
  'answers/bad.mlsd.md': EMPTY_ANSWER,
  'answers/mid.mlsd.md': withFrontMatter(HOLLOW, { level: 'mid' }),
};
const ARGS = ['check', 'answers/*.mlsd.md', 'answers/missing.mlsd.md'];

describe('--format json', () => {
  it('prints exactly one JSON object of the documented shape', async () => {
    const dir = ws(FILES);
    const r = await run([...ARGS, '--format', 'json'], dir);
    expect(r.code).toBe(1);
    // One object and nothing else: the whole of stdout parses.
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual(['answers/bad.mlsd.md', 'answers/good.mlsd.md', 'answers/mid.mlsd.md', 'answers/missing.mlsd.md']);
    const ruleIds = new Set(['MLSD000', ...RULES.map((x) => x.id)]);
    for (const f of out.files) {
      expect(Object.keys(f)).toEqual(['file', 'score', 'findings']);
      if (f.file === 'answers/missing.mlsd.md') expect(f.score).toBeNull();
      else {
        expect(Object.keys(f.score)).toEqual(['overall', 'steps']);
        expect(Object.keys(f.score.steps)).toEqual([...STEP_IDS]);
        for (const v of [f.score.overall, ...Object.values(f.score.steps)]) {
          expect(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100).toBe(true);
        }
      }
      for (const x of f.findings) {
        expect(Object.keys(x)).toEqual(['rule', 'name', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'step']);
        expect(ruleIds.has(x.rule)).toBe(true);
        expect(['error', 'warning', 'info']).toContain(x.severity);
        expect(x.line).toBeGreaterThanOrEqual(1);
        expect(x.column).toBeGreaterThanOrEqual(1);
        expect(x.endLine).toBeGreaterThanOrEqual(x.line);
        expect(x.step === null || (STEP_IDS as readonly string[]).includes(x.step)).toBe(true);
      }
    }
    // Seven steps are missing, all to be inserted at the same line: one finding for them all (its
    // related information names each step), at the step that goes in first.
    const bad = out.files[0];
    const missing = bad.findings.filter((x: { rule: string }) => x.rule === 'MLSD001');
    expect(missing.map((x: { step: string }) => x.step)).toEqual(['requirements']);
    expect(missing[0].message).toBe('Steps 1, 2, 3, 4, 5, 6 and 7 are missing ("Clarify requirements" to "Monitoring"): add a section for each.');
    expect(missing[0].message.length).toBeLessThanOrEqual(200);
    expect(missing[0].line).toBe(4); // the line before the insertion point (the end of the answer: its last, empty line)
    expect(bad.findings).toHaveLength(1);
    expect(out.files[2].findings).toEqual([
      expect.objectContaining({ rule: 'MLSD002', name: 'hollow-section', severity: 'warning', step: 'monitoring' }),
    ]);
  });

  it('gives 1-based positions: the hollow-section finding is on the monitoring heading line', async () => {
    const text = withFrontMatter(HOLLOW, { level: 'mid' });
    const dir = ws({ 'mid.mlsd.md': text });
    const out = JSON.parse((await run(['check', '--format=json'], dir)).stdout);
    const f = out.files[0].findings[0];
    const headingLine = text.split('\n').findIndex((l) => l.startsWith('## 7.')) + 1;
    expect(f.line).toBe(headingLine);
    expect(f.column).toBeGreaterThanOrEqual(1);
  });
});

describe('--format sarif', () => {
  it('is a SARIF 2.1.0 log GitHub code scanning accepts', async () => {
    const dir = ws(FILES);
    const r = await run([...ARGS, '--format', 'sarif'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    const driver = run0.tool.driver;
    expect(driver.name).toBe('mlsd');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.rules.map((x: { id: string }) => x.id)).toEqual(['MLSD000', ...RULES.map((x) => x.id)]);
    for (const rule of driver.rules) {
      expect(rule.id).toMatch(/^MLSD\d{3}$/);
      expect(rule.name).toMatch(/^[a-z0-9-]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(new RegExp(`#${rule.id.toLowerCase()}$`));
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(run0.results.length).toBe(1 + 1 + 1); // the seven missing steps as one, one hollow section, one unreadable file
    const prints = new Set<string>();
    for (const res of run0.results) {
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      expect(res.locations).toHaveLength(1);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).toMatch(/^answers\/[a-z]+\.mlsd\.md$/);
      const g = loc.region;
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) expect(Number.isInteger(g[k]) && g[k] >= 1).toBe(true);
      expect(g.endLine > g.startLine || g.endColumn >= g.startColumn).toBe(true);
      const fp = Object.values(res.partialFingerprints) as string[];
      expect(fp).toHaveLength(1);
      prints.add(fp[0]!);
    }
    expect(prints.size).toBe(run0.results.length);
    // Stable across runs.
    const again = JSON.parse((await run([...ARGS, '--format', 'sarif'], dir)).stdout);
    expect(again.runs[0].results.map((x: { partialFingerprints: object }) => x.partialFingerprints)).toEqual(run0.results.map((x: { partialFingerprints: object }) => x.partialFingerprints));
    expect(run0.results.find((x: { ruleId: string }) => x.ruleId === 'MLSD002').level).toBe('warning');
  });
});

describe('--format text', () => {
  it('prints markdownlint-cli2 style lines, score lines and a summary', async () => {
    const dir = ws(FILES);
    const r = await run(ARGS, dir);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^answers\/bad\.mlsd\.md:\d+:\d+ error MLSD001\/missing-step /.test(l))).toEqual([
      expect.stringMatching(/^answers\/bad\.mlsd\.md:4:1 error MLSD001\/missing-step Steps 1, 2, 3, 4, 5, 6 and 7 are missing \("Clarify requirements" to "Monitoring"\)/),
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^answers\/mid\.mlsd\.md:\d+:\d+ warning MLSD002\/hollow-section \S/));
    expect(lines).toContainEqual(expect.stringMatching(/^answers\/missing\.mlsd\.md:1:1 error MLSD000\/unreadable-file answers\/missing\.mlsd\.md does not exist/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^answers\/good\.mlsd\.md: score \d+\/100 at senior \(requirements \d+, framing \d+, data \d+, model \d+, evaluation \d+, serving \d+, monitoring \d+\)$/),
    );
    expect(lines.at(-1)).toBe('2 error(s), 1 warning(s), 0 info in 4 file(s)');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('colours only on a TTY without --no-color or NO_COLOR', async () => {
    const dir = ws({ 'bad.mlsd.md': EMPTY_ANSWER });
    expect((await run(['check'], dir, { isTTY: true })).stdout).toContain('\x1b[31merror\x1b[0m');
    expect((await run(['check', '--no-color'], dir, { isTTY: true })).stdout).not.toContain('\x1b[');
    expect((await run(['check'], dir, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });
});
