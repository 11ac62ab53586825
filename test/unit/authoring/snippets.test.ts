import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, ruleByKey, STEPS } from '../../../src/core/index';
import { buildSnippets, snippetsFileText } from '../../../src/core/authoring/snippets';
import { expandSnippet } from '../../../src/core/authoring/snippetSyntax';

const root = join(__dirname, '..', '..', '..');
const snippets = buildSnippets();
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));
const expand = (prefix: string) => expandSnippet(byPrefix.get(prefix)!.body.join('\n'));
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
      const reported = r.findings.filter((f) => f.ruleName === 'placeholder');
      expect(reported.map((f) => f.range.start.line)).toEqual(
        r.answer.placeholders.map((p) => r.answer.text.slice(0, p.start).split('\n').length - 1),
      );
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
    expect(r.findings.filter((f) => f.ruleName === 'placeholder')).toHaveLength(r.answer.placeholders.length);
  });

  it('raises no structural findings: no missing step, no front-matter problem', () => {
    const names = new Set(r.findings.map((f) => f.ruleName));
    expect(names.has('missing-step')).toBe(false);
    expect(names.has('front-matter')).toBe(false);
  });
});

describe('sub-snippets, expanded unfilled', () => {
  for (const prefix of ['mlsd-metrics-table', 'mlsd-capacity', 'mlsd-abtest', 'mlsd-monitoring', 'mlsd-model-progression']) {
    it(`${prefix}: every prose slot is a reported placeholder`, () => {
      const r = check(expand(prefix));
      expect(hintStops(prefix)).toBeGreaterThanOrEqual(4);
      expect(r.answer.placeholders).toHaveLength(hintStops(prefix));
      expect(r.findings.filter((f) => f.ruleName === 'placeholder')).toHaveLength(hintStops(prefix));
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
