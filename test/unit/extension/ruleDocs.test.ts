import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/index';
import { ruleDocsMarkdown } from '../../../src/server/ruleDocs';

describe('ruleDocsMarkdown', () => {
  it('documents every rule from its registry entry', () => {
    for (const rule of RULES) {
      const md = ruleDocsMarkdown(rule);
      expect(md.startsWith(`# ${rule.id} · ${rule.name}\n`)).toBe(true);
      expect(md).toContain(rule.description);
      expect(md).toContain(rule.rationale);
      expect(md).toContain(`| staff | ${rule.severity.staff} |`);
      expect(md).toContain(`<!-- mlsd-disable-next-line ${rule.id} -->`);
    }
  });
});
