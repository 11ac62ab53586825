/**
 * Generated from the rule registry, so they cannot drift: `docs/rules.md`
 * (`mlsd rules --markdown`), the `.mlsdrc.json` schema (`mlsd rules --schema`)
 * and the rule list (`mlsd rules`). `scripts/gen-docs.mjs` writes the files.
 */
import { CASES } from '../core/framework/cases';
import { LEVELS } from '../core/framework/types';
import { RULE_SETTINGS } from '../core/config/rc';
import { RULES } from '../core/rules/index';
import type { Rule } from '../core/rules/types';
import { UNREADABLE_RULE } from './report';

/** `docs/rules.md`. */
export function rulesMarkdown(): string {
  const out = [
    '# MLSD Author rules',
    '',
    '<!-- Generated from the rule registry by `node scripts/gen-docs.mjs`; do not edit by hand. -->',
    '',
    'Each rule can be set to `off`, `info`, `warning` or `error` by id or name, in the `mlsd.rules` setting or in `.mlsdrc.json`:',
    '',
    '```json',
    '{ "level": "senior", "rules": { "MLSD002": "warning", "template-echo": "off" } }',
    '```',
    '',
    'A rule can also be silenced in the answer with `<!-- mlsd-disable MLSD002 -->` … `<!-- mlsd-enable MLSD002 -->`.',
    '',
    '| Rule | Name | Mid | Senior | Staff | Checks |',
    '| --- | --- | --- | --- | --- | --- |',
    ...RULES.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | \`${r.name}\` | ${LEVELS.map((l) => r.severity[l]).join(' | ')} | ${cell(r.description)} |`),
    '',
  ];
  for (const r of RULES) out.push(...ruleSection(r));
  out.push(
    `<a id="${UNREADABLE_RULE.id.toLowerCase()}"></a>`,
    '',
    `## ${UNREADABLE_RULE.id} \`${UNREADABLE_RULE.name}\` (CLI only)`,
    '',
    UNREADABLE_RULE.description,
    '',
    UNREADABLE_RULE.rationale,
    '',
  );
  return out.join('\n');
}

function ruleSection(r: Rule): string[] {
  return [
    `<a id="${r.id.toLowerCase()}"></a>`,
    '',
    `## ${r.id} \`${r.name}\``,
    '',
    r.description,
    '',
    `- Default severity: ${LEVELS.map((l) => `${l} \`${r.severity[l]}\``).join(', ')}`,
    `- Tags: ${r.tags.map((t) => `\`${t}\``).join(', ') || 'none'}`,
    '',
    '### Why',
    '',
    r.rationale,
    '',
  ];
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** JSON schema of `.mlsdrc.json`. */
export function rcSchema(): object {
  const setting = { type: 'string', enum: [...RULE_SETTINGS] };
  const ruleProps: Record<string, object> = {};
  for (const r of RULES) {
    ruleProps[r.id] = { ...setting, description: `${r.name}: ${r.description}` };
    ruleProps[r.name] = { ...setting, description: `${r.id}: ${r.description}` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated from the rule registry and the case list by `node scripts/gen-docs.mjs`; do not edit by hand.',
    title: 'MLSD Author configuration (.mlsdrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      level: {
        type: 'string',
        enum: [...LEVELS],
        description: 'Level answers are judged at unless their front matter sets one; `mlsd check --level` overrides both.',
      },
      case: {
        type: 'string',
        enum: CASES.map((c) => c.id),
        description: 'Case study used for answers whose front matter sets none.',
      },
      rules: {
        type: 'object',
        description: 'Per-rule severity keyed by rule id or name.',
        properties: ruleProps,
        additionalProperties: false,
      },
    },
  };
}

/** `mlsd rules`: one line per rule. */
export function rulesText(): string {
  const width = Math.max(...RULES.map((r) => r.name.length));
  const lines = RULES.map((r) => `${r.id}  ${r.name.padEnd(width)}  ${LEVELS.map((l) => r.severity[l].padEnd(7)).join(' ')}  ${r.description}`);
  return [`ID       ${'NAME'.padEnd(width)}  MID     SENIOR  STAFF    DESCRIPTION`, ...lines].join('\n') + '\n';
}

/** `mlsd rules --json`. */
export function rulesJson(): string {
  const rules = RULES.map((r) => ({ id: r.id, name: r.name, description: r.description, severity: { ...r.severity }, tags: [...r.tags] }));
  return JSON.stringify({ rules }, null, 2) + '\n';
}
