import { describe, expect, it } from 'vitest';
import { check, CASES } from '../../../src/core/index';
import { readFixture, ruleFindings, strongNoCase, withSection } from './helpers';

const find = (text: string, id: string, level?: 'mid' | 'senior' | 'staff') => ruleFindings(text, id, level ? { forceLevel: level } : {});
const strong = readFixture('strong-ctr.mlsd.md');

describe('MLSD016 case-must-haves', () => {
  it('is quiet without a case and for the strong answer', () => {
    expect(find(strongNoCase(), 'MLSD016')).toEqual([]);
    expect(find(strong, 'MLSD016')).toEqual([]);
  });
  it('groups the missing items into one finding per step, at the step heading', () => {
    const text = withSection(strong, 4, 'We train a neural network with cross entropy loss, tuned with Adam, distributed over GPUs.');
    const f = find(text, 'MLSD016');
    const line = text.split('\n').findIndex((l) => l.startsWith('## 4.'));
    const model = f.filter((x) => x.step === 'model');
    expect(model).toHaveLength(1);
    expect(model[0]!.range.start.line).toBe(line);
    expect(model[0]!.message).toMatch(/Logistic-regression baseline/);
    expect(model[0]!.message).toMatch(/GBDT or deep crosses/);
    expect(model[0]!.severity).toBe('error');
  });
  it('asks for staff items only at staff, as info', () => {
    expect(find(strong, 'MLSD016', 'staff').every((x) => x.severity === 'info')).toBe(true);
    expect(find(strong, 'MLSD016', 'staff').length).toBeGreaterThan(0);
  });
  it('places a finding for a step without a heading at its insertion line', () => {
    const t = '---\ncase: payment-fraud\n---\n# Fraud\n\n## Requirements\n\nCut fraud loss.\n\n## Monitoring\n\nDrift.\n';
    const f = find(t, 'MLSD016');
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.range.start.line).toBeGreaterThanOrEqual(5);
  });
  it('every case has must-haves with valid steps', () => {
    for (const c of CASES) expect(c.mustHaves.length).toBeGreaterThan(0);
  });
});

describe('MLSD017 missing-key-points', () => {
  it('reports one finding per step section, at its heading, naming each missing point with advice', () => {
    const text = withSection(strongNoCase(), 7, 'We monitor latency, QPS and error rate on dashboards, feature drift with PSI, and retrain daily.');
    const f = find(text, 'MLSD017');
    expect(f).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('## 7.'));
    expect(f[0]!.range.start).toEqual({ line, character: 3 });
    expect(f[0]!.message).toMatch(/Model-quality monitoring online: Track model quality/);
    expect(f[0]!.message).toMatch(/Alerting & response \[senior\]/);
    expect(f[0]!.severity).toBe('error'); // a core point is missing
  });
  it('uses warning when only senior points are missing and info for staff points', () => {
    const text = withSection(strongNoCase(), 7, 'We monitor latency, QPS and error rate on dashboards, the score distribution, feature drift with PSI, and retrain daily.');
    expect(find(text, 'MLSD017')[0]!.severity).toBe('warning');
    expect(find(strongNoCase(), 'MLSD017', 'staff').every((x) => x.severity === 'info')).toBe(true);
  });
  it('gives a softer message for a point covered in another step', () => {
    const t = '# A\n\n## Requirements\n\nWe want revenue.\n\n## Evaluation\n\nLatency must stay under 50 ms.\n';
    const f = find(t, 'MLSD017', 'mid').find((x) => x.step === 'requirements')!;
    expect(f.message).toMatch(/Latency \/ throughput SLO: covered under "Evaluation", consider moving it here or linking to it/);
  });
  it('does not ask a CTR case for task metrics such as RMSE', () => {
    expect(find(strong, 'MLSD017').some((x) => /Task-specific/.test(x.message))).toBe(false);
  });
  it('is off for steps without a section (MLSD001 covers them)', () => {
    expect(find('# A\n\nSome text.\n', 'MLSD017')).toEqual([]);
  });
});

describe('MLSD018 data-flow', () => {
  const data = (body: string) => `# A\n\n## 3. Data\n\n${body}\n`;
  it('reports ingestion, storage and diagram separately at the data heading', () => {
    const f = find(data('User profiles and impressions are the data sources.'), 'MLSD018');
    expect(f.map((x) => x.message.slice(0, 30))).toEqual([
      'The data step never says how d',
      'The data step never says where',
      'No diagram shows how data flow',
    ]);
    expect(f.every((x) => x.range.start.line === 2)).toBe(true);
  });
  it('accepts Kafka, a data lake and an arrow chain; comments with arrows do not count as a diagram', () => {
    expect(find(data('Logs stream through Kafka into the data lake: impressions → Kafka → Flink → lake.'), 'MLSD018')).toEqual([]);
    const commented = data('Logs stream through Kafka into the data lake. <!-- a → b → c -->');
    expect(find(commented, 'MLSD018').map((x) => x.message.slice(0, 10))).toEqual(['No diagram']);
  });
  it('asks staff answers for both paths with the freshness reason, as info', () => {
    const t = data('Daily Spark batch jobs write to the data lake.\n\n![flow](flow.png)');
    expect(find(t, 'MLSD018')).toEqual([]);
    const staff = find(t, 'MLSD018', 'staff');
    expect(staff).toHaveLength(1);
    expect(staff[0]!.severity).toBe('info');
    expect(staff[0]!.message).toMatch(/streaming path/);
    expect(find(strong, 'MLSD018', 'staff')).toEqual([]);
  });
  it('is off at mid', () => {
    expect(find(data('Stuff.'), 'MLSD018', 'mid')).toEqual([]);
  });
});

describe('MLSD019 placeholder', () => {
  it('reports each placeholder at its exact range', () => {
    const t = '# A\n\n**Scale:** {DAU} and <peak QPS…>, TODO later.\n';
    const f = find(t, 'MLSD019');
    expect(f.map((x) => [x.range.start.character, x.range.end.character])).toEqual([
      [11, 16],
      [21, 32],
      [34, 38],
    ]);
    expect(f[0]!.message).toBe('Replace the placeholder {DAU} with your answer (or delete it).');
  });
  it('ignores placeholders in code, inline code, comments and LaTeX, and <a, b> tuples', () => {
    const t = '# A\n\n`{x}` and $\\frac{a}{b}$ and <user, ad> <!-- {y} TODO -->\n\n```\n{z} TODO\n```\n';
    expect(find(t, 'MLSD019')).toEqual([]);
  });
  it('a skeleton\'s placeholders are findings, not content', () => {
    const text = withSection(strongNoCase(), 7, '**System:** <latency p99, QPS, error rate…>\n\n**Retraining:** <hourly incremental + daily full…>');
    expect(find(text, 'MLSD019')).toHaveLength(2);
    expect(find(text, 'MLSD002')).toHaveLength(1); // the placeholders do not count as words
  });
});

describe('MLSD020 front-matter', () => {
  it('reports an unknown level and an unknown case at their values', () => {
    const t = '---\nlevel: principal\ncase: ctr-search\n---\n# A\n';
    const f = find(t, 'MLSD020');
    expect(f.map((x) => x.range)).toEqual([
      { start: { line: 1, character: 7 }, end: { line: 1, character: 16 } },
      { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } },
    ]);
    expect(f[1]!.message).toMatch(/Unknown case "ctr-search": use one of ctr-sponsored-search, /);
  });
  it('is quiet for valid front matter and for none', () => {
    expect(find(strong, 'MLSD020')).toEqual([]);
    expect(find('# A\n', 'MLSD020')).toEqual([]);
  });
});

describe('every rule', () => {
  it('never reports an internal error on the fixtures at any level', () => {
    for (const name of ['hollow.mlsd.md', 'malformed.mlsd.md', 'strong-ctr.mlsd.md', 'weak-senior.mlsd.md']) {
      for (const level of ['mid', 'senior', 'staff'] as const) {
        const r = check(readFixture(name), { forceLevel: level });
        expect(r.findings.filter((f) => /Internal error/.test(f.message))).toEqual([]);
      }
    }
  });
});
