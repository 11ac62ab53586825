/**
 * The `mlsd.*` settings the checker and the editor read: their types, defaults
 * (the same as package.json's) and shape checks (settings.json can hold
 * anything). Pure, shared by the extension and the language server.
 */
import { LEVELS, type Level } from '../core/framework/types';

/** The settings read by code. Keep in sync with `contributes.configuration` in package.json. */
export interface MlsdSettingTypes {
  level: Level;
  run: 'onType' | 'onSave';
  debounceMs: number;
  rules: Readonly<Record<string, unknown>>;
  maxFileSizeKB: number;
  'statusBar.enabled': boolean;
  'validate.links': boolean;
}

export type MlsdSettingKey = keyof MlsdSettingTypes;

/** Defaults, the same as package.json; also used when a user value is invalid. */
export const SETTING_DEFAULTS: Readonly<MlsdSettingTypes> = {
  level: 'senior',
  run: 'onType',
  debounceMs: 300,
  rules: {},
  maxFileSizeKB: 2048,
  'statusBar.enabled': true,
  'validate.links': true,
};

/** Accepts a raw value only if it has the declared shape. */
export const SETTING_VALID: { [K in MlsdSettingKey]: (v: unknown) => v is MlsdSettingTypes[K] } = {
  level: (v): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v),
  run: (v): v is 'onType' | 'onSave' => v === 'onType' || v === 'onSave',
  debounceMs: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  rules: (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  maxFileSizeKB: (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  'statusBar.enabled': (v): v is boolean => typeof v === 'boolean',
  'validate.links': (v): v is boolean => typeof v === 'boolean',
};

/** The value of `key` in a raw `mlsd` section (nested or dotted keys), or its default when missing or invalid. */
export function settingValue<K extends MlsdSettingKey>(section: unknown, key: K): MlsdSettingTypes[K] {
  let raw: unknown;
  if (section && typeof section === 'object') {
    const obj = section as Record<string, unknown>;
    raw = obj[key];
    if (raw === undefined && key.includes('.')) raw = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
  }
  return SETTING_VALID[key](raw) ? raw : SETTING_DEFAULTS[key];
}
