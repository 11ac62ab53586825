import { describe, expect, it } from 'vitest';
import { check, CASES, RULES, STEPS } from '../../../src/core/index';
import { readFixture, ruleFindings, strongNoCase, withSection } from './helpers';

const find = (text: string, id: string, level?: 'mid' | 'senior' | 'staff') => ruleFindings(text, id, level ? { forceLevel: level } : {});
const strong = readFixture('strong-ctr.mlsd.md');

describe('MLSD002 hollow-section and MLSD003 template-echo: one finding per place', () => {
  it('reports a run of adjacent sections nobody has started as one finding at the first; a section with words breaks the run', () => {
    const t = '# A\n\n## Requirements\n\n## Framing\n\n## Data\n\nWe join impression logs with clicks.\n\n## Model\n\n## Evaluation\n\n## Serving\n\n## Monitoring\n';
    const f = find(t, 'MLSD002');
    expect(f.map((x) => `${x.step} @${x.range.start.line}`)).toEqual(['requirements @2', 'data @6', 'model @10']);
    const [first, data, rest] = f;
    expect(first!.message).toMatch(/^2 steps are not started, from "Requirements" to "Framing": start with business objective/);
    expect(first!.steps).toEqual(['requirements', 'framing']);
    expect(first!.related!.map((x) => `${x.range.start.line} ${x.message}`)).toEqual(['2 "Requirements" is not started', '4 "Framing" is not started']);
    // A hollow step with some words keeps its own message, and speaks for itself only.
    expect(data!.message).toMatch(/^"Data" has only 6 words of content: start with /);
    expect(data!.steps).toBeUndefined();
    expect(data!.related).toBeUndefined();
    expect(rest!.message).toMatch(/^4 steps are not started, from "Model" to "Monitoring": /);
    expect(rest!.steps).toEqual(['model', 'evaluation', 'serving', 'monitoring']);
    // Together, the run's finding replaces the gap findings of every step it speaks for.
    const all = check(t).findings;
    for (const step of ['framing', 'evaluation', 'serving', 'monitoring']) expect(all.filter((x) => x.step === step), step).toEqual([]);
  });
  it('a short section that makes the points its level requires is not hollow; a short one that makes none is', () => {
    const t = (serving: string) => `---\nlevel: mid\n---\n# A\n\n## Serving\n\n${serving}\n`;
    expect(find(t('Runs inside the posting pipeline within 50 ms; if it fails, the rules answer.'), 'MLSD002')).toEqual([]);
    expect(find(t('We will think about this part later with the team.'), 'MLSD002')).toHaveLength(1);
  });
  it('a section titled for two steps echoes both: steps names each, and neither step gets gap findings', () => {
    const t = '# A\n\n## Serving and monitoring\n\n* Deployment\n* Monitoring\n* Retraining\n';
    const f = find(t, 'MLSD003');
    expect(f).toHaveLength(1);
    expect(f[0]!.step).toBe('serving');
    expect(f[0]!.steps).toEqual(['serving', 'monitoring']);
    expect(f[0]!.message).toBe('Section "Serving and monitoring" only lists 3 template labels: under each one, say what you would do for this problem and why.');
    const all = check(t).findings;
    expect(all.filter((x) => x.step === 'serving' || x.step === 'monitoring').map((x) => x.ruleId)).toEqual(['MLSD003']);
    // A one-step section that echoes has no `steps`.
    expect(find('# A\n\n## Monitoring\n\n* Drift\n* Alerts\n', 'MLSD003').map((x) => x.steps)).toEqual([undefined]);
  });
});

describe('MLSD016 case-must-haves', () => {
  it('is quiet without a case and for the strong answer', () => {
    expect(find(strongNoCase(), 'MLSD016')).toEqual([]);
    expect(find(strong, 'MLSD016')).toEqual([]);
  });
  it('groups the missing items into one finding per step, at the step heading', () => {
    // A CTR answer whose model step says nothing of the checklist's model items.
    const filler = 'This part of the answer says what we would do here in a few plain words, nothing more.';
    const text = ['---', 'case: ctr-sponsored-search', '---', '# CTR', '', '## 1. Requirements', '', filler, '', '## 2. Framing', '', filler, '', '## 3. Data', '', filler, '',
      '## 4. Model development', '', 'We train one network on all the data with a standard optimiser, on a few machines.', '', '## 5. Evaluation', '', filler, '',
      '## 6. Serving', '', filler, '', '## 7. Monitoring', '', filler, ''].join('\n');
    const f = find(text, 'MLSD016');
    const line = text.split('\n').findIndex((l) => l.startsWith('## 4.'));
    const model = f.filter((x) => x.step === 'model');
    expect(model).toHaveLength(1);
    expect(model[0]!.range.start.line).toBe(line);
    expect(model[0]!.message).toMatch(/^Model development: CTR prediction for sponsored search needs .*logistic-regression baseline/);
    // Each item's concept: the key point it restates (the baseline), or its own.
    expect(model[0]!.concepts).toContain('baseline');
    expect(model[0]!.concepts!.length).toBeGreaterThanOrEqual(3);
    // The case checklist is a hint, never above the framework's own findings.
    expect(model[0]!.severity).toBe('info');
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
    // Several steps insert at the same line: at most two findings start there, the rest are related information.
    const perLine = new Map<number, number>();
    for (const x of f) perLine.set(x.range.start.line, (perLine.get(x.range.start.line) ?? 0) + 1);
    expect(Math.max(...perLine.values())).toBeLessThanOrEqual(2);
    const all = [...f.map((x) => x.message), ...f.flatMap((x) => (x.related ?? []).map((r) => r.message))];
    for (const step of ['Frame the problem as an ML task', 'Data preparation', 'Model development', 'Evaluation', 'Monitoring']) {
      expect(all.some((m) => m.startsWith(`${step}: Payment fraud detection needs `))).toBe(true);
    }
  });
  it('every case has must-haves with valid steps', () => {
    for (const c of CASES) expect(c.mustHaves.length).toBeGreaterThan(0);
  });
});

describe('MLSD017 missing-key-points', () => {
  it('reports one finding per step section, at its heading, naming each missing point, the advice in related', () => {
    const text = withSection(strongNoCase(), 7, 'We monitor latency and QPS.');
    const f = find(text, 'MLSD017');
    expect(f).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('## 7.'));
    expect(f[0]!.range.start).toEqual({ line, character: 3 });
    expect(f[0]!.step).toBe('monitoring');
    expect(f[0]!.message).toMatch(/^"7\. Monitoring and maintenance": add model-quality monitoring online, data \/ feature drift, .*alerting & response/);
    expect(f[0]!.message.length).toBeLessThanOrEqual(200);
    expect(f[0]!.concepts).toEqual(expect.arrayContaining(['model-quality-monitoring', 'data-drift', 'alerting']));
    expect(f[0]!.concepts).not.toContain('system-monitoring'); // latency and QPS are system monitoring
    const related = f[0]!.related!.map((r) => r.message);
    expect(related).toContainEqual(expect.stringMatching(/^Model-quality monitoring online: Track model quality/));
    expect(related).toContainEqual(expect.stringMatching(/^Alerting & response \(senior\): /));
    expect(f[0]!.severity).toBe('warning'); // core points are missing
  });
  it('uses warning when core points are missing, info when only senior points are missing from a solid step, and info for staff points', () => {
    const twoCore = withSection(strongNoCase(), 7, 'We watch latency and QPS on a dashboard.');
    const core = find(twoCore, 'MLSD017');
    expect(core).toHaveLength(1);
    expect(core[0]!.concepts).toEqual(expect.arrayContaining(['model-quality-monitoring', 'data-drift']));
    expect(core[0]!.severity).toBe('warning');
    const solid = withSection(
      strongNoCase(),
      7,
      'We monitor latency p99, QPS and error rate on Grafana dashboards, because a slow ranker costs revenue. We track the calibration ratio of predicted vs observed clicks per slice and the score distribution, since label delay hides quality drops for hours. Feature drift is measured with PSI and KS tests on the top features. We retrain daily from scratch and warm-start hourly, so new ads are learned quickly.',
    );
    const senior = find(solid, 'MLSD017');
    expect(senior).toHaveLength(1);
    expect(senior[0]!.concepts).toEqual(expect.arrayContaining(['alerting']));
    expect(senior[0]!.concepts).not.toContain('data-drift');
    expect(senior[0]!.severity).toBe('info');
    const staff = find(strongNoCase(), 'MLSD017', 'staff');
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((x) => x.severity === 'info')).toBe(true);
  });
  it('does not report a point covered in another step as missing', () => {
    const t = '# A\n\n## Requirements\n\nWe want revenue.\n\n## Evaluation\n\nLatency must stay under 50 ms.\n';
    const f = find(t, 'MLSD017', 'mid').find((x) => x.step === 'requirements')!;
    expect(f.concepts).toContain('scale');
    expect(f.concepts).not.toContain('latency-slo');
    expect(f.message).not.toMatch(/latency/i);
    // Without the evaluation sentence it is missing.
    const g = find('# A\n\n## Requirements\n\nWe want revenue.\n', 'MLSD017', 'mid').find((x) => x.step === 'requirements')!;
    expect(g.concepts).toContain('latency-slo');
  });
  it('does not ask a CTR case for task metrics such as RMSE', () => {
    expect(find(strong, 'MLSD017').some((x) => /Task-specific/.test(x.message))).toBe(false);
  });
  it('reports a step made without a section of its own where its section would go, with no fix; a missing step (MLSD001) replaces it', () => {
    // Monitoring said in the serving section's last paragraph: MLSD001 is silent (its core points are made), MLSD017 says what it lacks.
    const t = strongNoCase().replace(
      /^## 7\.[\s\S]*$/m,
      'We monitor feature drift with PSI, track calibration of predicted vs observed CTR per slice, watch p99 latency on dashboards, and retrain daily.\n',
    );
    const last = t.split('\n').length - 1; // the answer's last line (after its final line break): the section would go in at the end
    const all = check(t).findings;
    expect(all.map((x) => `${x.ruleId} ${x.step} @${x.range.start.line}`)).toEqual([`MLSD017 monitoring @${last}`]);
    expect(all[0]!.message).toMatch(/^Monitoring \(no section of its own\): add concept drift \/ label shift, alerting & response/);
    expect(all[0]!.concepts).toEqual(expect.arrayContaining(['concept-drift', 'alerting']));
    expect(all[0]!.concepts).not.toContain('data-drift'); // said in the paragraph
    expect(all[0]!.fix).toBeUndefined(); // no section to add stubs to
    // With no steps at all, MLSD017 alone reports them at the insertion line (two findings there, the rest related)...
    const none = '# A\n\nSome text.\n';
    const alone = find(none, 'MLSD017');
    expect(alone.map((x) => `${x.step} @${x.range.start.line}`)).toEqual(['requirements @3', 'framing @3']);
    expect(alone[0]!.message).toMatch(/^Clarify requirements \(no section of its own\): add business objective, /);
    // ...but the missing steps' one finding speaks for all seven and replaces every one of them.
    const rules = Object.fromEntries(RULES.filter((r) => r.id !== 'MLSD001' && r.id !== 'MLSD017').map((r) => [r.id, 'off' as const]));
    const together = check(none, { rules }).findings;
    expect(together.map((x) => x.ruleId)).toEqual(['MLSD001']);
    expect(together[0]!.steps).toEqual(STEPS.map((x) => x.id));
  });
});

describe('MLSD018 data-flow', () => {
  const data = (body: string) => `# A\n\n## 3. Data\n\n${body}\n`;
  it('reports ingestion, storage and diagram as one finding at the data heading, each part in related', () => {
    const f = find(data('User profiles and impressions are the data sources.'), 'MLSD018');
    expect(f).toHaveLength(1);
    // The message names the warnings; the diagram (info) stays in related and concepts.
    expect(f[0]!.message).toBe('Data preparation: add batch or streaming ingestion and where data is stored.');
    expect(f[0]!.concepts).toEqual(['ingestion-mode', 'storage', 'data-flow']);
    expect(f[0]!.related!.map((x) => x.message.slice(0, 30))).toEqual([
      'Say how data is ingested: in b',
      'Say where data is stored: for ',
      'No diagram shows how data flow',
    ]);
    expect(f[0]!.severity).toBe('warning'); // the most severe part (the diagram alone is info)
    expect([f[0]!, ...f[0]!.related!].every((x) => x.range.start.line === 2)).toBe(true);
  });
  it('one of ingestion and storage left unsaid is a hint; both, a warning', () => {
    const f = find(data('Click logs stream through Kafka and are joined with impressions every hour. impressions → Kafka → join → training rows.'), 'MLSD018');
    expect(f.map((x) => [x.severity, x.message])).toEqual([['info', 'Say where data is stored: for training scans and for online lookups.']]);
  });
  it('accepts Kafka, a data lake and an arrow chain; comments with arrows do not count as a diagram', () => {
    expect(find(data('Logs stream through Kafka into the data lake: impressions → Kafka → Flink → lake.'), 'MLSD018')).toEqual([]);
    const commented = data('Logs stream through Kafka into the data lake. <!-- a → b → c -->');
    const f = find(commented, 'MLSD018');
    expect(f.map((x) => x.message.slice(0, 10))).toEqual(['No diagram']);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.concepts).toEqual(['data-flow']);
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
  it('reports one finding per section at its first placeholder, the others at their exact ranges in related', () => {
    const t = '# A\n\n## Requirements\n\n**Users:** {DAU} and <peak QPS…>, TODO later.\n';
    const f = find(t, 'MLSD019');
    expect(f).toHaveLength(1);
    expect(f[0]!.step).toBe('requirements');
    expect([f[0]!, ...f[0]!.related!].map((x) => [x.range.start.line, x.range.start.character, x.range.end.character])).toEqual([
      [4, 11, 16],
      [4, 21, 32],
      [4, 34, 38],
    ]);
    expect(f[0]!.message).toBe('Replace the placeholder {DAU} and 2 more in this section with your answer (or delete them).');
    expect(f[0]!.related!.map((x) => x.message)).toEqual(['Placeholder <peak QPS…>', 'Placeholder TODO']);
    const one = find('# A\n\n## Requirements\n\n**Users:** {DAU} users.\n', 'MLSD019');
    expect(one.map((x) => x.message)).toEqual(['Replace the placeholder {DAU} with your answer (or delete it).']);
    expect(one[0]!.related).toBeUndefined(); // no other placeholder: no related information at all
  });
  it('leaves the stub line of a point the step still lacks to that point\'s finding, and reports it once the point is made', () => {
    // `**Scale:** <…>` is MLSD017's stub for the scale point: while the step lacks scale, it asks for the point, not the slot.
    const stub = '# A\n\n## Requirements\n\n**Scale:** {DAU} and <peak QPS…>, TODO later.\n';
    expect(find(stub, 'MLSD019')).toEqual([]);
    expect(find(stub, 'MLSD017', 'mid').find((x) => x.step === 'requirements')!.concepts).toContain('scale');
    // Another label (not the step's missing point) is no stub: reported, as above.
    expect(find(stub.replace('**Scale:**', '**Notes:**'), 'MLSD019')).toHaveLength(1);
    // Once the step gives its scale, the slot left on the stub line is a placeholder again.
    const made = `${stub}\nWe serve 500M daily active users at 100k QPS at peak.\n`;
    const f = find(made, 'MLSD019');
    expect(f.map((x) => `${x.step} @${x.range.start.line}:${x.range.start.character}`)).toEqual(['requirements @4:11']);
    expect(f[0]!.related).toHaveLength(2);
  });
  it('reports placeholders outside the steps only once the answer is started', () => {
    const loose = '# A\n\n**Scale:** {DAU} and <peak QPS…>, TODO later.\n';
    expect(find(loose, 'MLSD019')).toEqual([]);
    const started = `${loose}\n## Requirements\n\nWe serve ads on the search results page to 500M daily users at 100k QPS peak, with a 200 ms page budget and privacy rules.\n`;
    const f = find(started, 'MLSD019');
    expect(f).toHaveLength(1);
    expect(f[0]!.step).toBeNull();
    expect(f[0]!.range.start).toEqual({ line: 2, character: 11 });
    expect(f[0]!.related).toHaveLength(2);
  });
  it('ignores placeholders in code, inline code, comments and LaTeX, and <a, b> tuples', () => {
    const t = '# A\n\n`{x}` and $\\frac{a}{b}$ and <user, ad> <!-- {y} TODO -->\n\n```\n{z} TODO\n```\n';
    expect(find(t, 'MLSD019')).toEqual([]);
  });
  it('a skeleton\'s placeholders are findings, not content', () => {
    const text = withSection(strongNoCase(), 7, '**System:** <latency p99, QPS, error rate…>\n\n**Retraining:** <hourly incremental + daily full…>');
    const placeholders = find(text, 'MLSD019');
    expect(placeholders).toHaveLength(1); // one per section, the second placeholder in related
    expect(placeholders[0]!.related).toHaveLength(1);
    expect(placeholders[0]!.step).toBe('monitoring');
    const hollow = find(text, 'MLSD002');
    expect(hollow).toHaveLength(1); // the placeholders do not count as words
    expect(hollow[0]!.message).toMatch(/^"7\. Monitoring and maintenance" is not started: start with /);
    // Together, the step that is not started says it all: its placeholders are not reported on top, and nothing
    // else is said of it. (The answer's filled-in labels are its words: at 1,057 words, one trade-off is an info.)
    const all = check(text).findings;
    expect(all.filter((x) => x.step === 'monitoring').map((x) => x.ruleId)).toEqual(['MLSD002']);
    expect(all.filter((x) => x.ruleId === 'MLSD019')).toEqual([]);
    expect(all.filter((x) => x.severity !== 'info').map((x) => x.ruleId)).toEqual(['MLSD002']);
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
