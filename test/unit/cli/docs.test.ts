import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rcSchema, readmeRulesTable, rulesMarkdown, withReadmeRules } from '../../../src/cli/docs';
import { CASES } from '../../../src/core/framework/cases';
import { RULES } from '../../../src/core/rules/index';
import { ROOT } from './helpers';

const REGEN = 'run `npm run build && node scripts/gen-docs.mjs` and commit the result';

describe('generated docs and schema', () => {
  it(`docs/rules.md is up to date with the registry (${REGEN})`, () => {
    const committed = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    expect(committed).toBe(rulesMarkdown());
  });

  it('docs/rules.md has an anchored section for every rule', () => {
    const md = rulesMarkdown();
    for (const r of RULES) {
      expect(md).toContain(`<a id="${r.id.toLowerCase()}"></a>`);
      expect(md).toContain(`## ${r.id} \`${r.name}\``);
      expect(md).toContain(r.rationale);
    }
  });

  it(`schemas/mlsdrc.schema.json is up to date (${REGEN})`, () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schemas/mlsdrc.schema.json'), 'utf8'));
    expect(committed).toEqual(rcSchema());
  });

  it("the committed schema's case ids and rule keys are exactly the registry's", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/mlsdrc.schema.json'), 'utf8'));
    expect([...schema.properties.case.enum].sort()).toEqual(CASES.map((c) => c.id).sort());
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.flatMap((r) => [r.id, r.name]).sort());
    expect(schema.properties.level.enum).toEqual(['mid', 'senior', 'staff']);
    for (const v of Object.values(schema.properties.rules.properties) as { enum: string[] }[]) expect(v.enum).toEqual(['off', 'info', 'warning', 'error']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rules.additionalProperties).toBe(false);
  });

  it('package.json points jsonValidation at the schema', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.contributes.jsonValidation).toContainEqual({ fileMatch: '.mlsdrc.json', url: './schemas/mlsdrc.schema.json' });
  });
});

describe('README rule table', () => {
  it(`README.md lists every rule from the registry (${REGEN})`, () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(readmeRulesTable());
    expect(withReadmeRules(readme)).toBe(readme);
    for (const r of RULES) expect(readme).toContain(`[${r.id}](docs/rules.md#${r.id.toLowerCase()})`);
  });
});

describe('README settings table', () => {
  it('documents every setting package.json contributes, with its default', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties) as [string, { default: unknown }][]) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
      expect(row, `README settings row for ${key}`).toBeDefined();
      expect(row).toContain(`\`${JSON.stringify(spec.default).replace(/^"|"$/g, '')}\``);
    }
  });
});
