/**
 * The rule registry: every rule, in id order. Docs, settings schemas and the
 * CLI's rule list are generated from this array.
 */
import { missingStep } from './mlsd001';
import { hollowSection } from './mlsd002';
import { templateEcho } from './mlsd003';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [missingStep, hollowSection, templateEcho];

/** Base URL of the generated rule docs; each rule has an anchor `#mlsd001`. */
export const DOCS_URL = 'https://github.com/mlsd-author/mlsd-author/blob/main/docs/rules.md';

export function ruleDocsUrl(rule: Rule): string {
  return `${DOCS_URL}#${rule.id.toLowerCase()}`;
}

/** Find a rule by id (`MLSD004`) or name (`metrics-pairing`), case-insensitively. */
export function ruleByKey(key: string): Rule | undefined {
  const k = key.toLowerCase();
  return RULES.find((r) => r.id.toLowerCase() === k || r.name === k);
}
