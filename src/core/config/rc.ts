/**
 * Reads and validates `.mlsdrc.json` text (no file system access, so the
 * extension and the CLI share it): `{ "level", "case", "rules": { id|name: severity } }`.
 */
import { caseById } from '../framework/cases';
import { LEVELS, type Level } from '../framework/types';
import { ruleByKey } from '../rules/index';
import type { RuleSetting } from '../rules/types';

/** The check options a `.mlsdrc.json` supplies. */
export interface MlsdRcOptions {
  readonly level?: Level;
  readonly caseId?: string;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

/** A problem found in the file; `fatal` when the file could not be used at all. */
export interface MlsdRcProblem {
  readonly message: string;
  readonly fatal: boolean;
}

export interface MlsdRcResult {
  /** The valid parts of the file (invalid entries are left out and reported). */
  readonly options: MlsdRcOptions;
  readonly problems: readonly MlsdRcProblem[];
}

/** Values a rule can be set to. */
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** Keys a `.mlsdrc.json` may hold; `$schema` lets editors find the schema. */
const KNOWN_KEYS = new Set(['$schema', 'level', 'case', 'rules']);

/** Parse and validate `.mlsdrc.json` text. Never throws. */
export function parseRc(text: string): MlsdRcResult {
  let raw: unknown;
  try {
    // A BOM is legal in a JSON file saved by some editors but not for JSON.parse.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { options: {}, problems: [{ message: `Not valid JSON: ${(e as Error).message}. Fix the syntax or delete the file.`, fatal: true }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { options: {}, problems: [{ message: 'Expected a JSON object such as { "level": "senior" }.', fatal: true }] };
  }
  const obj = raw as Record<string, unknown>;
  const problems: MlsdRcProblem[] = [];
  const warn = (message: string) => problems.push({ message, fatal: false });
  const options: { level?: Level; caseId?: string; rules?: Record<string, RuleSetting> } = {};

  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) warn(`Unknown key "${key}" is ignored: use "level", "case" or "rules".`);
  }
  if (obj.level !== undefined) {
    const level = typeof obj.level === 'string' ? obj.level.toLowerCase() : undefined;
    if (level && (LEVELS as readonly string[]).includes(level)) options.level = level as Level;
    else warn(`"level" must be one of ${LEVELS.join(', ')}; got ${JSON.stringify(obj.level)}.`);
  }
  if (obj.case !== undefined) {
    if (typeof obj.case === 'string' && caseById(obj.case)) options.caseId = obj.case;
    else warn(`"case" ${JSON.stringify(obj.case)} is not a known case study; run \`mlsd rules --schema\` to see the case ids.`);
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      warn('"rules" must be an object such as { "MLSD015": "off" }.');
    } else {
      const rules: Record<string, RuleSetting> = {};
      for (const [key, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        const rule = ruleByKey(key);
        if (!rule) warn(`Unknown rule "${key}" in "rules" is ignored; run \`mlsd rules\` to list them.`);
        else if (typeof value !== 'string' || !(RULE_SETTINGS as readonly string[]).includes(value)) {
          warn(`Rule "${key}" must be set to one of ${RULE_SETTINGS.join(', ')}; got ${JSON.stringify(value)}.`);
        } else rules[key] = value as RuleSetting;
      }
      options.rules = rules;
    }
  }
  return { options, problems };
}
