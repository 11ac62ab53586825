/**
 * The rule docs, generated from the registry: the server answers
 * `mlsd/ruleDocs` for the extension's offline `mlsd-docs:` pages and its
 * "Show Rule Docs" pick list, so the extension host carries no rules.
 */
import { LEVELS } from '../core/framework/types';
import { RULES, ruleByKey, ruleDocsUrl } from '../core/rules/index';
import type { Rule } from '../core/rules/types';
import type { RuleDocsParams, RuleDocsResult } from './protocol';

/** `mlsd/ruleDocs`: every rule in brief, and the page of the rule `key` names (id or name), if any. */
export function ruleDocs(p: RuleDocsParams): RuleDocsResult {
  const rule = p.key ? ruleByKey(p.key) : undefined;
  return {
    rules: RULES.map((r) => ({ id: r.id, name: r.name, description: r.description })),
    page: rule && { id: rule.id, markdown: ruleDocsMarkdown(rule) },
  };
}

/** A rule's docs: what it checks, why, default severity per level, and how to configure or silence it. */
export function ruleDocsMarkdown(rule: Rule): string {
  return [
    `# ${rule.id} · ${rule.name}`,
    '',
    rule.description,
    '',
    '## Why it matters and how to fix it',
    '',
    rule.rationale,
    '',
    '## Default severity',
    '',
    '| Level | Severity |',
    '|:--|:--|',
    ...LEVELS.map((l) => `| ${l} | ${rule.severity[l]} |`),
    '',
    rule.tags.length ? `Tags: ${rule.tags.map((t) => `\`${t}\``).join(', ')}` : '',
    '',
    '## Configure',
    '',
    `In \`.mlsdrc.json\` (wins over the settings) or the \`mlsd.rules\` setting, by id or name:`,
    '',
    '```json',
    `{ "rules": { "${rule.id}": "warning" } }`,
    '```',
    '',
    'Values: `off`, `info`, `warning`, `error`.',
    '',
    '## Silence it in one answer',
    '',
    '```markdown',
    `<!-- mlsd-disable-next-line ${rule.id} -->`,
    `<!-- mlsd-disable-file ${rule.id} -->`,
    '```',
    '',
    `Online: ${ruleDocsUrl(rule)}`,
    '',
  ].join('\n');
}
