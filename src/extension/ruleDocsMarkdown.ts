/** The Markdown page of one rule, generated from its registry entry (pure; no `vscode`). */
import type { Rule } from '../core/index';
import { LEVELS } from '../core/framework/types';
import { heavy } from './lazy';

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
    `Online: ${heavy().ruleDocsUrl(rule)}`,
    '',
  ].join('\n');
}
