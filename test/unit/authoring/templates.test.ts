import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, check, LEVELS, STEPS, stepHeading, type Level } from '../../../src/core/index';
import { committedTemplates, pacing, renderTemplate, templateFor } from '../../../src/core/authoring/templates';

const root = join(__dirname, '..', '..', '..');

/**
 * Findings a fresh template may raise, and why. A template is every step's
 * structure with nothing filled in, so:
 * - its placeholders must be reported as placeholders (MLSD019);
 * - rules about sections without content fire: hollow sections (MLSD002),
 *   label-only sections (MLSD003), missing key points (MLSD017), the case's
 *   must-have checklist (MLSD016);
 * - rules about the ABSENCE of something fire, because nothing is written yet:
 *   metrics-pairing (MLSD004), unquantified-slo (MLSD005), label-undefined
 *   (MLSD008), calibration-needed (MLSD010), monitoring-depth (MLSD011),
 *   serving-mode (MLSD012), tradeoff-density (MLSD015), data-flow (MLSD018).
 * Not allowed: structural problems (MLSD001 missing-step, MLSD020 front-matter)
 * and rules that react to something PRESENT in the text (MLSD006 no-baseline,
 * MLSD007 laundry-list, MLSD009 temporal-split, MLSD013 accuracy-on-imbalanced,
 * MLSD014 no-ab-design): a template has no content for them to react to, so
 * one of them firing means a comment or placeholder leaked into the content.
 */
const ALLOWED = new Set([
  'placeholder',
  'hollow-section',
  'template-echo',
  'missing-key-points',
  'case-must-haves',
  'metrics-pairing',
  'unquantified-slo',
  'label-undefined',
  'calibration-needed',
  'monitoring-depth',
  'serving-mode',
  'tradeoff-density',
  'data-flow',
]);

const variants: { name: string; id: string; level: Level }[] = [];
for (const level of LEVELS) {
  for (const c of CASES) variants.push({ name: `${c.id} @ ${level}`, id: c.id, level });
  variants.push({ name: `blank @ ${level}`, id: 'blank', level });
}

describe('templates', () => {
  it('committed files in templates/ are up to date (run node scripts/gen-snippets.mjs)', () => {
    const expected = committedTemplates();
    expect(readdirSync(join(root, 'templates')).sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(join(root, 'templates', name), 'utf8'), name).toBe(text);
  });

  it('returns undefined for an unknown case id', () => {
    expect(templateFor('no-such-case', 'senior')).toBeUndefined();
  });

  it('pacing scales the step minutes and sums to the duration', () => {
    expect(pacing(45).map((p) => p.minutes)).toEqual(STEPS.map((s) => s.minutes));
    for (const total of [5, 30, 60, 90]) expect(pacing(total).reduce((a, p) => a + p.minutes, 0)).toBe(total);
  });

  for (const v of variants) {
    it(`${v.name}: parses, maps all seven steps, only placeholder-type findings`, () => {
      const text = templateFor(v.id, v.level)!;
      const r = check(text);
      expect(r.level).toBe(v.level);
      expect(r.answer.frontMatter.problems).toEqual([]);
      if (v.id !== 'blank') {
        expect(r.caseStudy?.id).toBe(v.id);
        expect(text).toContain(`<!-- Prompt: ${r.caseStudy!.prompt}`);
      }
      // Each step is exactly its own canonical heading.
      for (const step of STEPS) {
        const sections = r.answer.stepSections.get(step.id) ?? [];
        expect(sections.map((s) => r.answer.lineText(s.line)), step.id).toEqual([stepHeading(step)]);
      }
      // Nothing in a fresh template is the writer's content.
      expect(r.answer.tokens.count).toBe(0);
      expect(r.coverage.overall).toBe(0);
      const unexpected = r.findings.filter((f) => !ALLOWED.has(f.ruleName));
      expect(unexpected.map((f) => `${f.ruleId} ${f.ruleName} @${f.range.start.line}: ${f.message}`)).toEqual([]);
      const placeholders = r.findings.filter((f) => f.ruleName === 'placeholder');
      expect(placeholders.length).toBe(r.answer.placeholders.length);
      expect(placeholders.length).toBeGreaterThanOrEqual(STEPS.length * 3);
    });
  }

  it('puts the case guiding questions under each step and scales key points with the level', () => {
    const ctr = CASES[0]!;
    const mid = renderTemplate(ctr, 'mid');
    const staff = renderTemplate(ctr, 'staff');
    for (const step of STEPS) for (const q of ctr.guide[step.id]) expect(mid).toContain(`- ${q.replace(/--/g, '–')}`);
    // Staff adds the senior and staff points (e.g. stakeholders), mid has core only.
    expect(staff).toContain('**Stakeholders:**');
    expect(mid).not.toContain('**Stakeholders:**');
    expect(staff.split('\n').length).toBeGreaterThan(mid.split('\n').length);
    // ads cases raise calibration to core, so even mid asks for it.
    expect(mid).toContain('**Calibration:**');
    expect(staff).toMatch(/## Trade-offs and risks\n\n\*\*Trade-offs:\*\* <[^>]+>\n\n\*\*Risks:\*\* <[^>]+>\n$/);
  });
});
