import { describe, it, expect } from 'vitest';
import { STEP_IDS, type Keyword, type KeyPoint } from '../../src/core/framework/types';
import { STEPS, CROSS_CUTTING, ALL_POINTS, stepById } from '../../src/core/framework/steps';
import { CASES, caseById } from '../../src/core/framework/cases';
import { CONCEPTS, isConceptId, type Concept } from '../../src/core/framework/concepts';

/** A key point's concept in the table (its key is its id). */
const conceptOf = (p: KeyPoint): Concept => (CONCEPTS as Record<string, Concept>)[p.key]!;

/** A token alternative: a word of letters/digits (ASCII lower-case or any non-ASCII letter), optionally ending in `*`, or `#num`. */
const ALTERNATIVE = /^(?:#num|[a-z0-9\p{L}]+\*?)$/u;

/** Why a keyword is not valid in the keyword language, or undefined when it is. */
function keywordProblem(kw: Keyword): string | undefined {
  if (typeof kw !== 'string' || kw.length === 0) return 'empty';
  if (kw !== kw.trim()) return 'leading/trailing space';
  if (/\s{2,}/.test(kw)) return 'double space';
  if (/[A-Z]/.test(kw)) return 'upper-case letter';
  for (const token of kw.split(' ')) {
    if (token.length === 0) return 'empty token';
    for (const alt of token.split('|')) {
      if (alt.length === 0) return `empty alternative in "${token}"`;
      if (!ALTERNATIVE.test(alt)) return `bad alternative "${alt}"`;
      if (alt.endsWith('*') && alt.length < 3) return `prefix "${alt}" is shorter than 2 characters`;
      // Non-ASCII letters are allowed, but not upper-case ones or non-letter symbols.
      if (/[^\x00-\x7f]/.test(alt) && alt !== alt.toLowerCase()) return `upper-case letter in "${alt}"`;
    }
  }
  return undefined;
}

function pointProblems(p: KeyPoint): string[] {
  const problems: string[] = [];
  const c = conceptOf(p);
  for (const kw of [...c.phrases, ...(c.pairs ?? [])]) {
    const why = keywordProblem(kw);
    if (why) problems.push(`${p.id} "${kw}": ${why}`);
  }
  return problems;
}

describe('keyword syntax checker (self-test)', () => {
  it('accepts valid patterns', () => {
    for (const kw of ['business objective', 'personali*', '#num ms', 'online metric*|testing|evaluation', 'top #num|k', 'p 99', '明确需求', 'évaluation']) {
      expect(keywordProblem(kw), kw).toBeUndefined();
    }
  });
  it('rejects invalid patterns', () => {
    for (const kw of ['', ' a', 'a  b', 'A/B', 'a-b', 're-?rank', 'pe*rs', '#numx', 'a||b', 'a |b', 'x#num', '(a|b)', 'P(click)', 'a*']) {
      expect(keywordProblem(kw), kw).toBeDefined();
    }
  });
});

describe('STEPS', () => {
  it('has the seven steps in canonical order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.id)).toEqual(['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring']);
    STEPS.forEach((s, i) => expect(s.index).toBe(i + 1));
  });

  it('has titles, summaries and distinct snippet prefixes', () => {
    expect(STEPS.map((s) => s.snippetPrefix)).toEqual([
      'mlsd-req',
      'mlsd-frame',
      'mlsd-data',
      'mlsd-model',
      'mlsd-eval',
      'mlsd-serve',
      'mlsd-monitor',
    ]);
    for (const s of STEPS) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.summary.length).toBeGreaterThan(20);
    }
  });

  it('suggests minutes that sum to a 45-minute interview', () => {
    expect(STEPS.reduce((sum, s) => sum + s.minutes, 0)).toBe(45);
    for (const s of STEPS) expect(s.minutes).toBeGreaterThan(0);
  });

  it('has valid heading aliases and CJK aliases for every step', () => {
    for (const s of STEPS) {
      expect(s.aliases.length, s.id).toBeGreaterThan(0);
      expect(s.cjkAliases.length, s.id).toBeGreaterThan(0);
      for (const a of s.aliases) expect(keywordProblem(a), `${s.id} alias "${a}"`).toBeUndefined();
      for (const a of s.cjkAliases) expect(a.trim().length, s.id).toBeGreaterThan(0);
    }
  });

  it('transcribes every sub-point row of RUBRIC §1.2', () => {
    const counts = Object.fromEntries(STEPS.map((s) => [s.id, s.points.length]));
    expect(counts).toEqual({ requirements: 10, framing: 8, data: 12, model: 11, evaluation: 9, serving: 11, monitoring: 11 });
    STEPS.forEach((s, i) => {
      s.points.forEach((p, j) => expect(p.id).toBe(`${i + 1}.${j + 1}`));
    });
  });

  it('has unique point ids and keys (including cross-cutting points)', () => {
    const points = [...ALL_POINTS.map((x) => x.point), ...CROSS_CUTTING];
    const ids = points.map((p) => p.id);
    const keys = points.map((p) => p.key);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every point a concept with phrases, a label, a hint and advice', () => {
    for (const p of [...ALL_POINTS.map((x) => x.point), ...CROSS_CUTTING]) {
      expect(isConceptId(p.key), `${p.id} ${p.key} has a concept`).toBe(true);
      expect(conceptOf(p).phrases.length, p.id).toBeGreaterThan(0);
      expect(p.title.length, p.id).toBeGreaterThan(0);
      expect(p.label.length, p.id).toBeGreaterThan(0);
      expect(p.hint.length, p.id).toBeGreaterThan(0);
      expect(p.advice.length, p.id).toBeGreaterThan(20);
      expect(['core', 'senior', 'staff']).toContain(p.level);
      if (p.coreFor) {
        expect(p.coreFor.length, p.id).toBeGreaterThan(0);
        expect(p.level, `${p.id} has coreFor so it is not core everywhere`).not.toBe('core');
      }
    }
  });

  it('writes every keyword in the keyword language', () => {
    const problems = [...ALL_POINTS.map((x) => x.point), ...CROSS_CUTTING].flatMap(pointProblems);
    expect(problems).toEqual([]);
  });

  it('has no duplicate keywords within a point', () => {
    for (const p of [...ALL_POINTS.map((x) => x.point), ...CROSS_CUTTING]) {
      const all = [...conceptOf(p).phrases, ...(conceptOf(p).pairs ?? [])];
      expect(new Set(all).size, p.id).toBe(all.length);
    }
  });

  it('carries the rubric level tags', () => {
    const byId = new Map(ALL_POINTS.map((x) => [x.point.id, x.point]));
    expect(byId.get('1.4')?.level).toBe('core');
    expect(byId.get('1.10')?.level).toBe('staff');
    expect(byId.get('2.7')?.coreFor).toEqual(['recsys', 'search', 'ads']);
    expect(byId.get('3.3')?.coreFor).toEqual(['ads', 'fraud', 'moderation']);
    expect(byId.get('4.8')?.coreFor).toEqual(['ads', 'fraud']);
    expect(byId.get('5.6')?.level).toBe('core');
    expect(byId.get('7.7')?.level).toBe('core');
  });
});

describe('CROSS_CUTTING', () => {
  it('has X.1–X.6', () => {
    expect(CROSS_CUTTING.map((p) => p.id)).toEqual(['X.1', 'X.2', 'X.3', 'X.4', 'X.5', 'X.6']);
  });
});

describe('lookups', () => {
  it('stepById returns each step', () => {
    for (const id of STEP_IDS) expect(stepById(id).id).toBe(id);
  });
  it('ALL_POINTS is the flattened list with step ids', () => {
    expect(ALL_POINTS.length).toBe(STEPS.reduce((n, s) => n + s.points.length, 0));
    for (const { step, point } of ALL_POINTS) {
      expect(stepById(step).points).toContain(point);
      expect(point.id.startsWith(`${stepById(step).index}.`)).toBe(true);
    }
  });
  it('caseById finds cases and misses unknown ids', () => {
    expect(caseById('ctr-sponsored-search')?.title).toBeTruthy();
    expect(caseById('nope')).toBeUndefined();
  });
});

describe('CASES', () => {
  it('has the twelve case studies with unique ids, in rubric order', () => {
    expect(CASES.map((c) => c.id)).toEqual([
      'ctr-sponsored-search',
      'social-feed-ads',
      'video-recommendation',
      'news-feed-ranking',
      'search-ranking',
      'people-you-may-know',
      'harmful-content-detection',
      'payment-fraud',
      'visual-search',
      'event-recommendation',
      'eta-prediction',
      'typeahead',
    ]);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(12);
  });

  it('has a prompt, kinds and a guide with ≥2 entries for all seven steps', () => {
    for (const c of CASES) {
      expect(c.title.length, c.id).toBeGreaterThan(0);
      expect(c.prompt.length, c.id).toBeGreaterThan(20);
      expect(c.kinds.length, c.id).toBeGreaterThan(0);
      for (const step of STEP_IDS) {
        expect(c.guide[step]?.length ?? 0, `${c.id} ${step}`).toBeGreaterThanOrEqual(2);
        for (const line of c.guide[step]) expect(line.trim().length, `${c.id} ${step}`).toBeGreaterThan(0);
      }
      expect(Object.keys(c.guide).sort()).toEqual([...STEP_IDS].sort());
    }
  });

  it('requires calibration for ads and fraud cases', () => {
    for (const c of CASES) {
      const expected = c.kinds.includes('ads') || c.kinds.includes('fraud');
      expect(c.needsCalibration, c.id).toBe(expected);
    }
  });

  it('has valid must-haves for every case', () => {
    for (const c of CASES) {
      expect(c.mustHaves.length, c.id).toBeGreaterThanOrEqual(5);
      const titles = c.mustHaves.map((m) => m.title);
      expect(new Set(titles).size, c.id).toBe(titles.length);
      for (const m of c.mustHaves) {
        expect(STEP_IDS, `${c.id} ${m.title}`).toContain(m.step);
        expect(['core', 'senior', 'staff']).toContain(m.level);
        expect(isConceptId(m.concept), `${c.id} ${m.title}: concept "${m.concept}" is in the table`).toBe(true);
        const concept = (CONCEPTS as Record<string, Concept>)[m.concept]!;
        expect(concept.phrases.length, `${c.id} ${m.title}`).toBeGreaterThan(0);
        for (const kw of concept.phrases) expect(keywordProblem(kw), `${c.id} ${m.title} "${kw}"`).toBeUndefined();
      }
    }
  });

  it('transcribes the full §2.1.10 checklist for ctr-sponsored-search', () => {
    const ctr = caseById('ctr-sponsored-search');
    expect(ctr).toBeDefined();
    const must = ctr!.mustHaves;
    expect(must.length).toBeGreaterThanOrEqual(36);
    const levels = (l: string): number => must.filter((m) => m.level === l).length;
    expect(levels('senior')).toBe(9);
    expect(levels('staff')).toBe(8);
    expect(levels('core')).toBeGreaterThanOrEqual(19);
    for (const step of STEP_IDS) expect(must.some((m) => m.step === step), step).toBe(true);
  });
});
