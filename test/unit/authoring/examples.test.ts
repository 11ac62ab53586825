import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, STEPS } from '../../../src/core/index';
import { ruleFindings } from '../rules/helpers';

const dir = join(__dirname, '..', '..', '..', 'examples');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('examples/ctr-sponsored-search.mlsd.md (the worked staff-level answer)', () => {
  const text = read('ctr-sponsored-search.mlsd.md');
  const r = check(text);

  it('is judged at staff level on its case', () => {
    expect(r.level).toBe('staff');
    expect(r.caseStudy?.id).toBe('ctr-sponsored-search');
  });

  it('scores at least 90 overall at staff level, with no error-severity findings', () => {
    expect(r.coverage.overall).toBeGreaterThanOrEqual(90);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} @${f.range.start.line}: ${f.message}`)).toEqual([]);
    for (const st of r.coverage.steps.values()) expect(st.score, st.step.id).toBeGreaterThanOrEqual(85);
  });

  it('covers every must-have of the case at staff level (no MLSD016 finding) and leaves no placeholder', () => {
    expect(r.findings.filter((f) => f.ruleName === 'case-must-haves')).toEqual([]);
    expect(r.answer.placeholders).toEqual([]);
  });

  it('maps all seven steps and has the data-flow and serving-path diagrams', () => {
    for (const s of STEPS) expect(r.answer.stepSections.get(s.id)?.length, s.id).toBe(1);
    expect(r.answer.mermaid).toHaveLength(2);
    expect(r.answer.mermaid.every((m) => m.closed)).toBe(true);
    expect(r.answer.mermaid[0]!.source).toMatch(/batch[\s\S]*stream[\s\S]*Feature store[\s\S]*Online store/);
  });

  it('contains the substance the issue asks for', () => {
    for (const needle of [
      'bid × pCTR',
      'generalized second-price',
      'Position bias',
      'Delayed clicks',
      'q = p / (p + (1 − p) / w)',
      'FTRL',
      'GBDT+LR',
      'DCN-v2',
      'Normalized entropy',
      'AUC',
      'RPM',
      'Guardrails',
      'Unit: the user',
      'p99 budget',
      'calibration ratio',
      'Feedback loops',
      'Retraining cadence',
      'Cost.',
    ]) {
      expect(text, needle).toContain(needle);
    }
    expect(r.answer.lineCount).toBeGreaterThan(200);
  });
});

describe('examples/video-recommendation.mlsd.md (a senior answer)', () => {
  const r = check(read('video-recommendation.mlsd.md'));
  it('scores at least 85 at senior level with no errors or warnings', () => {
    expect(r.level).toBe('senior');
    expect(r.coverage.overall).toBeGreaterThanOrEqual(85);
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe('examples/weak-answer.mlsd.md (deliberately weak)', () => {
  const text = read('weak-answer.mlsd.md');
  const r = check(text);
  it('scores low and shows the classic gaps', () => {
    expect(r.coverage.overall).toBeLessThan(30);
    // Every step is flagged: one missing, three hollow, the others with their gaps.
    for (const s of STEPS) expect(r.findings.some((f) => f.step === s.id), s.id).toBe(true);
    const names = new Set(r.findings.map((f) => f.ruleName));
    for (const n of ['hollow-section', 'missing-step', 'laundry-list']) expect(names.has(n), n).toBe(true);
    const concepts = new Set(r.findings.flatMap((f) => f.concepts ?? []));
    for (const c of ['calibration', 'split-leakage', 'latency-slo', 'scale', 'baseline']) expect(concepts.has(c), c).toBe(true);
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.step}`)).toEqual(['MLSD001 framing', 'MLSD002 evaluation', 'MLSD002 serving', 'MLSD002 monitoring']);
  });
  it('says a hollow or missing step once: the rules about what it does say are found, and folded into it', () => {
    // "Accuracy. A/B test." and "Monitor accuracy." are too short to be steps, and there is no framing section.
    for (const [id, step] of [
      ['MLSD013', 'evaluation'],
      ['MLSD014', 'evaluation'],
      ['MLSD011', 'monitoring'],
      ['MLSD008', 'framing'],
    ] as const) {
      expect(ruleFindings(text, id).map((f) => f.step), id).toEqual([step]);
      expect(r.findings.filter((f) => f.step === step).map((f) => f.ruleId), id).toEqual([step === 'framing' ? 'MLSD001' : 'MLSD002']);
    }
  });
});

describe('examples/', () => {
  it('holds only checkable answers (*.mlsd.md)', () => {
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(f).toMatch(/\.mlsd\.md$/);
  });
});
