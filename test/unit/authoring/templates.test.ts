import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, check, LEVELS, lineOfOffset, STEPS, stepHeading, type Level } from '../../../src/core/index';
import { ruleFindings } from '../rules/helpers';
import { committedTemplates, pacing, renderTemplate, templateFor } from '../../../src/core/authoring/templates';

const root = join(__dirname, '..', '..', '..');

/**
 * A fresh template is every step's structure with nothing filled in: its seven empty
 * step sections follow one another, so they are reported once, as one run of steps
 * not started (MLSD002, at the first heading, every step in `steps` and each section
 * in `related`), and that finding replaces whatever else could be said about the
 * steps (their gaps, their placeholders).
 *
 * Under that, with MLSD002 and MLSD003 turned off, the rules that fire must be
 * those about sections without content or about the ABSENCE of something:
 * placeholders (MLSD019), missing key points (MLSD017), the case's must-haves
 * (MLSD016), metrics-pairing (MLSD004), unquantified-slo (MLSD005),
 * label-undefined (MLSD008), calibration-needed (MLSD010), monitoring-depth
 * (MLSD011), serving-mode (MLSD012), tradeoff-density (MLSD015), data-flow (MLSD018).
 * Not allowed: structural problems (MLSD001 missing-step, MLSD020 front-matter)
 * and rules that react to something PRESENT in the text (MLSD006 no-baseline,
 * MLSD007 laundry-list, MLSD009 temporal-split, MLSD013 accuracy-on-imbalanced,
 * MLSD014 no-ab-design, MLSD021 named-only): a template has no content for them
 * to react to, so one of them firing means a comment or placeholder leaked into the content.
 */
const ALLOWED = new Set([
  'placeholder',
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
    it(`${v.name}: parses, maps all seven steps, one "not started" finding for all seven`, () => {
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
      // One finding for the run of empty steps, at the first heading: all seven are not started.
      const heads = STEPS.map((step) => r.answer.stepSections.get(step.id)![0]!);
      expect(r.findings.map((f) => `${f.step} ${f.ruleId} @${f.range.start.line}`)).toEqual([`requirements MLSD002 @${heads[0]!.line}`]);
      const [notStarted] = r.findings;
      expect(notStarted!.severity).toBe(v.level === 'mid' ? 'warning' : 'error');
      expect(notStarted!.steps).toEqual(STEPS.map((step) => step.id));
      expect(notStarted!.related!.map((x) => x.range)).toEqual(heads.map((h) => h.titleRange));
      expect(notStarted!.related!.map((x) => x.message)).toEqual(heads.map((h) => `"${h.title}" is not started`));
      expect(notStarted!.message.startsWith(`7 steps are not started, from "${heads[0]!.title}" to "${heads[6]!.title}": start with `)).toBe(true);
      expect(notStarted!.message).toMatch(/: start with \S[^:]*\.$/);
      // Under it: only findings about what is absent, none about content that leaked in.
      const below = check(text, { rules: { MLSD002: 'off', MLSD003: 'off' } }).findings;
      expect(below.filter((f) => !ALLOWED.has(f.ruleName)).map((f) => `${f.ruleId} ${f.ruleName} @${f.range.start.line}: ${f.message}`)).toEqual([]);
      // Its slots are placeholders, each on the stub line (`**Label:** <…>`) of a key point its step still
      // lacks: that point's finding asks for it, so MLSD019 alone reports none of them; the slots outside
      // the steps wait until the answer is started.
      const inSteps = r.answer.placeholders.filter((p) => r.answer.lineSteps[lineOfOffset(r.answer.lineStarts, p.start)] !== 0);
      expect(r.answer.placeholders.length).toBeGreaterThanOrEqual(STEPS.length * 3);
      for (const p of inSteps) {
        const line = lineOfOffset(r.answer.lineStarts, p.start);
        const label = /^\*\*([^*]+):\*\* /.exec(r.answer.lineText(line))?.[1];
        const missing = STEPS.filter((_, i) => r.answer.lineSteps[line]! & (1 << i)).flatMap((step) =>
          r.coverage.steps.get(step.id)!.points.filter((x) => x.required && !x.anywhere).map((x) => x.point.label),
        );
        expect(missing, `${line}: ${r.answer.lineText(line)}`).toContain(label);
      }
      expect(ruleFindings(text, 'MLSD019')).toEqual([]);
      // A slot that is not a stub (its label taken away) is reported, at its exact range.
      const slot = inSteps[0]!;
      const slotLine = lineOfOffset(r.answer.lineStarts, slot.start);
      const lines = text.split('\n');
      const stub = lines[slotLine]!;
      lines[slotLine] = stub.replace(/^\*\*[^*]+:\*\* /, '');
      const bare = ruleFindings(lines.join('\n'), 'MLSD019');
      expect(bare.map((f) => `${f.step} @${f.range.start.line}:${f.range.start.character}`)).toEqual([`requirements @${slotLine}:0`]);
      expect(bare[0]!.message).toContain(`Replace the placeholder ${text.slice(slot.start, slot.end).slice(0, 20)}`);
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
