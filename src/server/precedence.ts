/**
 * Where an answer's level and rule severities come from. Pure (no `vscode`),
 * so the precedence is unit-tested and the same for every caller.
 *
 * Precedence, strongest first:
 * - level: answer front matter `level:` > `.mlsdrc.json` `level` > `mlsd.level` setting > `senior`.
 *   Front matter is applied by the core's `check()` itself, so the level passed
 *   down is the rc/setting one as `level` (never `forceLevel`).
 * - rule severity: `.mlsdrc.json` `rules` > `mlsd.rules` setting > the rule's default for the level.
 * - case: answer front matter `case:` > `.mlsdrc.json` `case`.
 */
import type { CheckOptions } from '../core/check';
import type { MlsdRcOptions } from '../core/config/rc';
import { DEFAULT_LEVEL, type Level } from '../core/framework/types';
import { ruleByKey } from '../core/rules/index';
import type { RuleSetting } from '../core/rules/types';
import type { LevelSource } from './protocol';

export type { LevelSource } from './protocol';

const RULE_VALUES: readonly string[] = ['off', 'info', 'warning', 'error'];

/** The settings the precedence reads (already validated for shape). */
export interface MlsdSettingsInput {
  readonly level?: Level;
  readonly rules?: Readonly<Record<string, unknown>>;
  readonly maxFileSizeKB?: number;
}

/** Check options plus the editor's size limit. */
export interface MlsdCheckOptions extends CheckOptions {
  readonly maxBytes?: number;
}

/**
 * Rule settings keyed by rule id (`MLSD002`), whatever key (id or name, any
 * case) the user wrote; unknown rules and invalid values are dropped. Keying by
 * id matters: the core takes the first matching key, so `hollow-section` and
 * `MLSD002` from two sources must not both survive a merge.
 */
export function normalizeRules(rules: Readonly<Record<string, unknown>> | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!rules) return out;
  for (const [key, value] of Object.entries(rules)) {
    const rule = ruleByKey(key);
    if (!rule || typeof value !== 'string') continue;
    const v = value.toLowerCase();
    if (RULE_VALUES.includes(v)) out[rule.id] = v as RuleSetting;
  }
  return out;
}

/** Merge settings and the nearest `.mlsdrc.json` into the options handed to `check()`. */
export function resolveCheckOptions(settings: MlsdSettingsInput, rc?: MlsdRcOptions): MlsdCheckOptions {
  const rules = { ...normalizeRules(settings.rules), ...normalizeRules(rc?.rules) };
  const kb = settings.maxFileSizeKB;
  return {
    level: rc?.level ?? settings.level ?? DEFAULT_LEVEL,
    caseId: rc?.caseId,
    rules,
    maxBytes: kb !== undefined && kb > 0 ? Math.round(kb * 1024) : undefined,
  };
}

/** The effective level and its source, in the order documented above. */
export function levelSource(
  frontMatterLevel: Level | undefined,
  rcLevel: Level | undefined,
  settingLevel: Level | undefined,
): { level: Level; source: LevelSource } {
  if (frontMatterLevel) return { level: frontMatterLevel, source: 'front matter' };
  if (rcLevel) return { level: rcLevel, source: '.mlsdrc.json' };
  if (settingLevel) return { level: settingLevel, source: 'setting' };
  return { level: DEFAULT_LEVEL, source: 'default' };
}
