import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, lineOfOffset, ruleByKey, STEPS, stepsForTitle, type Finding } from '../../../src/core/index';
import { ruleFindings } from '../rules/helpers';
import { buildSnippets, snippetsFileText } from '../../../src/core/authoring/snippets';
import { expandSnippet } from '../../../src/core/authoring/snippetSyntax';

const root = join(__dirname, '..', '..', '..');
const snippets = buildSnippets();
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
const expand = (prefix: string) => expandSnippet(byPrefix.get(prefix)!.body.join('\n'));
/** Start lines of what MLSD019 reported: each finding's first placeholder and the others in its related information. */
const placeholderLines = (fs: readonly Finding[]) =>
  fs.flatMap((f) => [f.range, ...(f.related ?? []).map((x) => x.range)]).map((x) => x.start.line).sort((a, b) => a - b);
/** A started evaluation section (15+ words of content) for a sub-snippet to sit in. */
const STARTED = '## 5. Evaluation\n\nWe compare the candidate models offline on a time-based holdout, then online in a controlled experiment with real users.\n\n';
/**
 * Lines of the placeholders that sit on the stub line (`**Label:** <…>`) of a key point the
 * line's step still lacks: MLSD019 leaves them to that point's finding.
 */
const stubsOfMissing = (r: ReturnType<typeof check>) =>
  r.answer.placeholders
    .map((p) => lineOfOffset(r.answer.lineStarts, p.start))
    .filter((line) => {
      const label = /^\*\*([^*]+):\*\* /.exec(r.answer.lineText(line))?.[1];
      return STEPS.some(
        (step, i) =>
          r.answer.lineSteps[line]! & (1 << i) &&
          r.coverage.steps.get(step.id)!.points.some((x) => x.required && !x.anywhere && x.point.label === label),
      );
    });
/** `text` with the `**Label:** ` of line `line` taken away (the slot is no longer a stub). */
const unlabel = (text: string, line: number) =>
  text
    .split('\n')
    .map((l, i) => (i === line ? l.replace(/^\*\*[^*]+:\*\* /, '') : l))
    .join('\n');
/** Number of `${n:<…>}` placeholder stops in a body. */
const hintStops = (prefix: string) => (byPrefix.get(prefix)!.body.join('\n').match(/\$\{\d+:</g) ?? []).length;

describe('expandSnippet', () => {
  it('resolves defaults, choices, empty stops and escapes', () => {
    expect(expandSnippet('a ${1:x} $2 ${3} ${4|p,q|} \\$ \\} \\\\ $0')).toBe('a x   p $ } \\ ');
  });
  it('resolves nested placeholders and escaped braces inside defaults', () => {
    expect(expandSnippet('${1:outer ${2:inner} \\} end}!')).toBe('outer inner } end!');
  });
  it('reads $n as a tab stop (as VS Code does), keeps a lone dollar, and does not hang on unterminated input', () => {
    expect(expandSnippet('cost $5 and $ and ${1:open')).toBe('cost  and $ and open');
  });
});

describe('snippets/mlsd.code-snippets', () => {
  it('is up to date with the framework definition (run node scripts/gen-snippets.mjs)', () => {
    expect(readFileSync(join(root, 'snippets', 'mlsd.code-snippets'), 'utf8')).toBe(snippetsFileText());
  });

  it('is the file package.json contributes for the mlsd language only', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.contributes.snippets).toEqual([{ language: 'mlsd', path: './snippets/mlsd.code-snippets' }]);
  });

  it('has every step prefix, the whole-answer skeleton and the sub-snippets', () => {
    expect([...byPrefix.keys()].sort()).toEqual(
      [
        'mlsd-answer',
        ...STEPS.map((s) => s.snippetPrefix),
        'mlsd-pipeline',
        'mlsd-serving-diagram',
        'mlsd-metrics-table',
        'mlsd-capacity',
        'mlsd-abtest',
        'mlsd-monitoring',
        'mlsd-model-progression',
      ].sort(),
    );
    expect(STEPS.map((s) => s.snippetPrefix)).toEqual(['mlsd-req', 'mlsd-frame', 'mlsd-data', 'mlsd-model', 'mlsd-eval', 'mlsd-serve', 'mlsd-monitor']);
  });

  it('holds only the sub-snippets: the step and whole-answer snippets come from the language server, which knows the steps the answer has', () => {
    const file = JSON.parse(readFileSync(join(root, 'snippets', 'mlsd.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const prefixes = Object.values(file).map((s) => s.prefix);
    expect(prefixes.sort()).toEqual(['mlsd-pipeline', 'mlsd-serving-diagram', 'mlsd-metrics-table', 'mlsd-capacity', 'mlsd-abtest', 'mlsd-monitoring', 'mlsd-model-progression'].sort());
    // None of them adds a step: no heading line that maps to a step.
    for (const s of Object.values(file)) for (const line of s.body) expect(/^#{1,6} /.test(line) && stepsForTitle(line.replace(/^#+ /, '')).length > 0, `${s.prefix}: ${line}`).toBe(false);
  });

  it('gives every snippet a full description and contiguous tab stops ending in $0', () => {
    for (const [name, s] of Object.entries(snippets)) {
      expect(s.description.length, name).toBeGreaterThan(120);
      expect(s.description, name).toMatch(/\.$/);
      const body = s.body.join('\n');
      const nums = [...body.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
      expect(nums, name).toEqual(nums.map((_, i) => i + 1));
      expect(s.body[s.body.length - 1], name).toBe('$0');
    }
  });
});

describe('step snippets, expanded unfilled', () => {
  const placeholderRule = ruleByKey('placeholder');

  it('MLSD019 placeholder rule is registered (the snippets rely on it)', () => {
    expect(placeholderRule?.id).toBe('MLSD019');
  });

  for (const step of STEPS) {
    it(`${step.snippetPrefix}: heading maps to ${step.id}, placeholders reported, no coverage`, () => {
      const text = expand(step.snippetPrefix);
      const r = check(text, { level: 'mid' });
      expect([...r.answer.stepSections.keys()]).toEqual([step.id]);
      expect(r.answer.stepSections.get(step.id)![0]!.line).toBe(0);
      // Every core point has its labelled stop, and each stop is a placeholder, not content.
      const core = step.points.filter((p) => p.level === 'core');
      expect(hintStops(step.snippetPrefix)).toBe(core.length);
      expect(r.answer.placeholders).toHaveLength(core.length);
      for (const p of core) expect(text).toContain(`**${p.label}:** <`);
      expect(r.answer.tokens.count).toBe(0);
      for (const ps of r.coverage.steps.get(step.id)!.points) expect(ps.anywhere, ps.point.key).toBe(false);
      // Every stop is the stub of a core point the step still lacks: that point's finding asks for it, so
      // MLSD019 alone reports none of them; a stop that is not a stub (its label taken away) it reports.
      const lines = r.answer.placeholders.map((p) => lineOfOffset(r.answer.lineStarts, p.start));
      expect(stubsOfMissing(r)).toEqual(lines);
      expect(ruleFindings(text, 'MLSD019', { level: 'mid' })).toEqual([]);
      const bare = ruleFindings(unlabel(text, lines[0]!), 'MLSD019', { level: 'mid' });
      expect(bare.map((f) => `${f.step} @${f.range.start.line}:${f.range.start.character}`)).toEqual([`${step.id} @${lines[0]}:0`]);
      expect(placeholderLines(bare)).toEqual([lines[0]]);
      // Together, the unfilled step is one finding: it is not started (its stops are part of that).
      expect(r.findings.filter((f) => f.ruleName === 'placeholder')).toEqual([]);
      const own = check(text, { level: 'mid', rules: { MLSD001: 'off' } }).findings.filter((f) => f.step === step.id);
      expect(own.map((f) => f.ruleId)).toEqual(['MLSD002']);
      expect(own[0]!.message).toMatch(/ is not started: /);
    });
  }
});

describe('mlsd-answer, expanded unfilled', () => {
  const text = expand('mlsd-answer');
  const r = check(text);

  it('has front matter, the seven steps in order and a closing section', () => {
    expect(r.answer.frontMatter.caseId).toBe('ctr-sponsored-search');
    expect(r.level).toBe('senior');
    expect([...r.answer.stepSections.keys()].sort()).toEqual(STEPS.map((s) => s.id).sort());
    const lines = STEPS.map((s) => r.answer.stepSections.get(s.id)![0]!.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(text).toContain('## Trade-offs and risks');
  });

  it('reports every placeholder and counts none of them as content', () => {
    expect(r.answer.placeholders).toHaveLength(hintStops('mlsd-answer'));
    expect(r.answer.tokens.count).toBe(0);
    for (const st of r.coverage.steps.values()) for (const p of st.points) expect(p.anywhere, p.point.key).toBe(false);
    expect(r.coverage.overall).toBe(0);
    // Every stop of a step section is the stub of a point its step still lacks, so MLSD019 alone reports
    // none of them (the closing section's stops wait until the answer is started).
    const lineOf = (o: number) => lineOfOffset(r.answer.lineStarts, o);
    const inSteps = r.answer.placeholders.filter((p) => r.answer.lineSteps[lineOf(p.start)] !== 0);
    expect(inSteps.length).toBeLessThan(r.answer.placeholders.length); // the trade-offs section has stops too
    expect(stubsOfMissing(r)).toEqual(inSteps.map((p) => lineOf(p.start)));
    expect(ruleFindings(text, 'MLSD019')).toEqual([]);
    // A stop that is not a stub is reported, in its step.
    const monitoring = inSteps.map((p) => lineOf(p.start)).filter((l) => r.answer.lineSteps[l] === 1 << 6);
    const bare = ruleFindings(unlabel(text, monitoring[0]!), 'MLSD019');
    expect(bare.map((f) => `${f.step} @${f.range.start.line}`)).toEqual([`monitoring @${monitoring[0]}`]);
    // Together: one finding for the seven steps, none started, at the first.
    expect(r.findings.map((f) => `${f.step} ${f.ruleId}`)).toEqual(['requirements MLSD002']);
    expect(r.findings[0]!.steps).toEqual(STEPS.map((s) => s.id));
    expect(r.findings[0]!.message).toMatch(/^7 steps are not started, from "[^"]+" to "[^"]+": start with /);
    expect(r.findings[0]!.related!.map((x) => x.range.start.line)).toEqual(STEPS.map((s) => r.answer.stepSections.get(s.id)![0]!.line));
  });

  it('raises no structural findings: no missing step, no front-matter problem', () => {
    const names = new Set(r.findings.map((f) => f.ruleName));
    expect(names.has('missing-step')).toBe(false);
    expect(names.has('front-matter')).toBe(false);
  });
});

describe('sub-snippets, expanded unfilled', () => {
  for (const prefix of ['mlsd-metrics-table', 'mlsd-capacity', 'mlsd-abtest', 'mlsd-monitoring', 'mlsd-model-progression']) {
    it(`${prefix}: every prose slot is a placeholder, reported unless it is a missing point's stub`, () => {
      const r = check(expand(prefix));
      expect(hintStops(prefix)).toBeGreaterThanOrEqual(4);
      expect(r.answer.placeholders).toHaveLength(hintStops(prefix));
      // On its own (outside any step, nothing started) it is not reported yet; inside a started step every slot is.
      expect(ruleFindings(expand(prefix), 'MLSD019')).toEqual([]);
      const inside = `${STARTED}${expand(prefix)}\n`;
      const reported = ruleFindings(inside, 'MLSD019');
      expect(reported.every((f) => f.step === 'evaluation')).toBe(true);
      const rc = check(inside);
      const ri = rc.answer;
      expect(ri.placeholders).toHaveLength(hintStops(prefix));
      // Every slot but the stubs of evaluation points the step still lacks (the A/B test's guardrails),
      // which that point's finding asks for.
      const stubs = stubsOfMissing(rc);
      expect(stubs.map((l) => ri.lineText(l).replace(/:.*/, ''))).toEqual(prefix === 'mlsd-abtest' ? ['**Guardrails'] : []);
      expect(placeholderLines(reported)).toEqual(
        ri.placeholders.map((p) => lineOfOffset(ri.lineStarts, p.start)).filter((l) => !stubs.includes(l)),
      );
    });
  }

  it('mlsd-capacity lays out DAU → QPS → storage', () => {
    const t = expand('mlsd-capacity');
    for (const s of ['Daily active users', 'Average QPS', 'Peak QPS', 'Predictions per second', 'Storage', '86,400']) expect(t).toContain(s);
  });

  it('mlsd-abtest covers unit, duration, power/MDE, decision rule and guardrails', () => {
    const t = expand('mlsd-abtest');
    for (const s of ['**Unit:**', '**Duration:**', '**Power/MDE:**', '**Decision rule:**', '**Guardrails:**']) expect(t).toContain(s);
  });

  it('mlsd-monitoring covers operational, model quality, data and concept drift, alerts and retraining', () => {
    const t = expand('mlsd-monitoring');
    for (const s of ['**Operational:**', '**Model quality:**', '**Data drift:**', '**Concept drift:**', '**Alerts:**', '**Retraining cadence:**']) expect(t).toContain(s);
  });

  for (const prefix of ['mlsd-pipeline', 'mlsd-serving-diagram']) {
    it(`${prefix}: one closed Mermaid flowchart`, () => {
      const r = check(expand(prefix));
      expect(r.answer.mermaid).toHaveLength(1);
      expect(r.answer.mermaid[0]!.closed).toBe(true);
      expect(r.answer.mermaid[0]!.source).toMatch(/^flowchart LR\n/);
    });
  }

  it('mlsd-pipeline has batch and stream paths, warehouse, online store, feature store, training and serving', () => {
    const src = check(expand('mlsd-pipeline')).answer.mermaid[0]!.source;
    for (const s of ['|batch|', '|stream|', 'Warehouse', 'Online store', 'Feature store', 'Training', 'serving']) expect(src).toContain(s);
  });

  it('a sub-snippet inside a step section keeps the step mapping', () => {
    const r = check(`${expand('mlsd-eval')}\n${expand('mlsd-metrics-table')}\n\n${expand('mlsd-abtest')}\n`);
    expect([...r.answer.stepSections.keys()]).toEqual(['evaluation']);
    expect(r.answer.tokens.count).toBeGreaterThan(0); // table headers are content
  });
});
