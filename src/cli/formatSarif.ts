/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. The driver lists
 * every rule of the registry (plus MLSD000); results point into it by index.
 */
import { createHash } from 'node:crypto';
import type { Level } from '../core/framework/types';
import { RULES, ruleDocsUrl, DOCS_URL } from '../core/rules/index';
import type { RuleSetting, Severity } from '../core/rules/types';
import { UNREADABLE_RULE, type MlsdFileReport } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mlsd-author/mlsd-author';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

function sarifLevel(s: RuleSetting | Severity): SarifLevel {
  return s === 'info' ? 'note' : s === 'off' ? 'none' : s;
}

/** The driver's rule descriptors, MLSD000 first. */
interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: { readonly tags: readonly string[] };
}

function driverRules(level: Level): SarifRule[] {
  const descriptors: SarifRule[] = [
    {
      id: UNREADABLE_RULE.id,
      name: UNREADABLE_RULE.name,
      shortDescription: { text: UNREADABLE_RULE.description },
      fullDescription: { text: UNREADABLE_RULE.rationale },
      helpUri: `${DOCS_URL}#${UNREADABLE_RULE.id.toLowerCase()}`,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['cli'] },
    },
  ];
  for (const r of RULES) {
    descriptors.push({
      id: r.id,
      name: r.name,
      shortDescription: { text: r.description },
      fullDescription: { text: r.rationale },
      helpUri: ruleDocsUrl(r),
      defaultConfiguration: { level: sarifLevel(r.severity[level]) },
      properties: { tags: [...r.tags] },
    });
  }
  return descriptors;
}

/**
 * @param level level whose defaults the rule descriptors show (`--level`, else senior).
 * @param rootUri `file://` URI of the directory paths are relative to.
 */
export function formatSarif(reports: readonly MlsdFileReport[], o: { version: string; level: Level; rootUri: string }): string {
  const rules = driverRules(o.level);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const r of reports) {
    // Fingerprints stay stable across runs and line moves; repeats get an ordinal.
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const key = `${f.rule}\u0000${r.file}\u0000${f.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      results.push({
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? -1,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'mlsdFindingHash/v1': `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}` },
        ...(f.step ? { properties: { step: f.step } } : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mlsd', informationUri: INFORMATION_URI, semanticVersion: o.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: o.rootUri.endsWith('/') ? o.rootUri : `${o.rootUri}/` } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
