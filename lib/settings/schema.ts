/** Reader settings: the schema, its defaults, per-field validation, and the migration of
 * whatever is found in storage into the current shape. Pure functions, no browser APIs. */

export const SETTINGS_VERSION = 1;

export const FONT_FAMILY_IDS = [
  'noto-sans-gujarati',
  'noto-serif-gujarati',
  'mukta-vaani',
  'anek-gujarati',
  'hind-vadodara',
  'rasa',
  'baloo-bhai-2',
  'system',
] as const;
export type FontFamilyId = (typeof FONT_FAMILY_IDS)[number];

export const THEME_IDS = ['system', 'light', 'sepia', 'dark', 'high-contrast', 'custom'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const DIGIT_STYLES = ['as-published', 'gujarati', 'latin'] as const;
export type DigitStyle = (typeof DIGIT_STYLES)[number];

export const UI_LANGUAGES = ['auto', 'gu', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const ALIGNMENTS = ['start', 'justify'] as const;
export const FONT_WEIGHTS = [400, 700] as const;

export interface ReaderSettings {
  fontFamily: FontFamilyId;
  /** px */
  fontSize: number;
  lineHeight: number;
  /** em */
  wordSpacing: number;
  /** em */
  contentWidth: number;
  align: (typeof ALIGNMENTS)[number];
  fontWeight: (typeof FONT_WEIGHTS)[number];
  theme: ThemeId;
  /** '#rrggbb' */
  customText: string;
  /** '#rrggbb' */
  customBackground: string;
  digits: DigitStyle;
  showImages: boolean;
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  fontFamily: 'noto-sans-gujarati',
  fontSize: 20,
  lineHeight: 1.7,
  wordSpacing: 0,
  contentWidth: 36,
  align: 'start',
  fontWeight: 400,
  theme: 'system',
  customText: '#1f1f1f',
  customBackground: '#fdfdfb',
  digits: 'as-published',
  showImages: true,
  uiLanguage: 'auto',
});

export interface SettingRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}
export type NumericSettingKey = 'fontSize' | 'lineHeight' | 'wordSpacing' | 'contentWidth';

export const SETTING_RANGES: Readonly<Record<NumericSettingKey, SettingRange>> = Object.freeze({
  fontSize: Object.freeze({ min: 14, max: 32, step: 1 }),
  lineHeight: Object.freeze({ min: 1.4, max: 2.2, step: 0.05 }),
  wordSpacing: Object.freeze({ min: 0, max: 0.3, step: 0.02 }),
  contentWidth: Object.freeze({ min: 24, max: 48, step: 1 }),
});

export interface StoredSettings {
  version: number;
  global: ReaderSettings;
  sites: Record<string, Partial<ReaderSettings>>;
}

// ---------------------------------------------------------------------------------------------
// Field validation

type Validator<T> = (value: unknown) => T | undefined;

function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Clamps to the range and snaps to the nearest step (counted from min), without float noise. */
export function snapToRange(value: number, range: SettingRange): number {
  const { min, max, step } = range;
  const clamped = Math.min(max, Math.max(min, value));
  const decimals = decimalsOf(step);
  let snapped = Number((min + Math.round((clamped - min) / step) * step).toFixed(decimals));
  if (snapped > max) snapped = Number((snapped - step).toFixed(decimals));
  return snapped;
}

function numberIn(range: SettingRange): Validator<number> {
  return (value) => (typeof value === 'number' && Number.isFinite(value) ? snapToRange(value, range) : undefined);
}

function oneOf<T extends string | number>(allowed: readonly T[]): Validator<T> {
  return (value) => (allowed as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/** '#rgb' or '#rrggbb' (any case, surrounding spaces ignored) → lower-case '#rrggbb'. */
export function normalizeColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1]!.toLowerCase();
  return hex.length === 3 ? `#${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}` : `#${hex}`;
}

const boolean: Validator<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

const VALIDATORS: { [K in keyof ReaderSettings]: Validator<ReaderSettings[K]> } = {
  fontFamily: oneOf(FONT_FAMILY_IDS),
  fontSize: numberIn(SETTING_RANGES.fontSize),
  lineHeight: numberIn(SETTING_RANGES.lineHeight),
  wordSpacing: numberIn(SETTING_RANGES.wordSpacing),
  contentWidth: numberIn(SETTING_RANGES.contentWidth),
  align: oneOf(ALIGNMENTS),
  fontWeight: oneOf(FONT_WEIGHTS),
  theme: oneOf(THEME_IDS),
  customText: normalizeColor,
  customBackground: normalizeColor,
  digits: oneOf(DIGIT_STYLES),
  showImages: boolean,
  uiLanguage: oneOf(UI_LANGUAGES),
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof ReaderSettings)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property; a throwing getter or proxy trap counts as absent. */
function ownValue(record: Record<string, unknown>, key: string): { found: boolean; value?: unknown } {
  try {
    if (!Object.prototype.hasOwnProperty.call(record, key)) return { found: false };
    return { found: true, value: record[key] };
  } catch {
    return { found: false };
  }
}

/** Only the fields of `raw` that are valid (normalised); everything else is left out. */
export function validatePartial(raw: unknown): Partial<ReaderSettings> {
  const result: Partial<Record<keyof ReaderSettings, unknown>> = {};
  if (!isRecord(raw)) return {};
  for (const key of SETTING_KEYS) {
    const { found, value } = ownValue(raw, key);
    if (!found) continue;
    const valid = VALIDATORS[key](value);
    if (valid !== undefined) result[key] = valid;
  }
  return result as Partial<ReaderSettings>;
}

/** Every field: the valid value from `raw`, else the default. Never throws. */
export function validateSettings(raw: unknown): ReaderSettings {
  return { ...DEFAULT_SETTINGS, ...validatePartial(raw) };
}

// ---------------------------------------------------------------------------------------------
// Site keys

/** The key a site's override is stored under: lower-case hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  let key = typeof hostname === 'string' ? hostname.trim().toLowerCase() : '';
  if (key.endsWith('.')) key = key.slice(0, -1);
  if (key.startsWith('www.')) key = key.slice(4);
  return key;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** True for a normalised hostname (as returned by siteKey) that can hold an override. */
export function isValidSiteKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > 253) return false;
  if (key !== siteKey(key)) return false;
  return key.split('.').every((label) => LABEL.test(label));
}

function validateSites(raw: unknown): Record<string, Partial<ReaderSettings>> {
  const sites: Record<string, Partial<ReaderSettings>> = {};
  if (!isRecord(raw)) return sites;
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return sites;
  }
  // "www.x" and "x" both map to "x": apply the "www." spelling first so the exact key wins.
  const normalised = keys.map((original) => ({ original, key: siteKey(original) }));
  normalised.sort((a, b) => Number(a.original === a.key) - Number(b.original === b.key));
  for (const { original, key } of normalised) {
    if (!isValidSiteKey(key)) continue;
    const override = validatePartial(ownValue(raw, original).value);
    if (Object.keys(override).length === 0) continue;
    sites[key] = { ...sites[key], ...override };
  }
  return sites;
}

// ---------------------------------------------------------------------------------------------
// Migrations

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n value into a version-(n+1) value. Never edit an entry once
 * released; add the next one. The result is validated field by field afterwards. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 2026-11-23, 0 → 1: version 0 was a flat object of settings with no `version` key;
  // it becomes the global settings, with no per-site overrides.
  0: (flat) => ({ version: 1, global: flat, sites: {} }),
};

function readVersion(record: Record<string, unknown>): number | undefined {
  const { value } = ownValue(record, 'version');
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  // No usable version: anything with a `global` object is read as the current shape; otherwise
  // it is a flat object of settings, i.e. version 0 (no setting is called `global`).
  return isRecord(ownValue(record, 'global').value) ? undefined : 0;
}

/** Whatever storage held (nothing, current, older, newer, corrupt) → a current StoredSettings. */
export function migrateSettings(raw: unknown): StoredSettings {
  let value: Record<string, unknown> = isRecord(raw) ? raw : {};
  const version = isRecord(raw) ? readVersion(value) : SETTINGS_VERSION;
  if (version !== undefined && version < SETTINGS_VERSION) {
    for (let v = version; v < SETTINGS_VERSION; v++) {
      const migrate = MIGRATIONS[v];
      if (!migrate) break;
      try {
        value = migrate(value);
      } catch {
        break;
      }
    }
  }
  // Current, future (unknown) or corrupt version: keep whatever validates.
  return {
    version: SETTINGS_VERSION,
    global: validateSettings(ownValue(value, 'global').value),
    sites: validateSites(ownValue(value, 'sites').value),
  };
}

/** Global settings with the site's override (if any) on top. */
export function resolveSettings(stored: StoredSettings, hostname: string | null | undefined): ReaderSettings {
  const global = validateSettings(stored?.global);
  if (!hostname) return global;
  const key = siteKey(hostname);
  const sites: unknown = stored?.sites;
  if (!isValidSiteKey(key) || !isRecord(sites)) return global;
  return { ...global, ...validatePartial(ownValue(sites, key).value) };
}
