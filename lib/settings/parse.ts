/**
 * Validation and migration of settings from any source (storage, an imported file). Returns a plain
 * reason naming the field instead of throwing, so callers can show it or set the data aside.
 */
import { describeIssues } from './describe';
import { REASONS } from './messages';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';
import { migrateV1toV2, SettingsV1Schema } from './v1';

export type SettingsResult = { ok: true; settings: Settings; migratedFrom?: number } | { ok: false; reason: string };

/** Anything larger is not settings; refusing early keeps a hostile file from stalling the page. */
export const MAX_SETTINGS_FILE_CHARS = 256 * 1024;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Stored settings of the current version with every key they lack taken from the defaults, one level into
 * groups too (page flags, fit thresholds): a setting or a page added later never resets a seller's
 * settings. Keys that are present are left as they are, so a wrong value still fails validation.
 */
export function withDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    if (!(key in out)) out[key] = structuredClone(value);
    else if (isPlainObject(value) && isPlainObject(out[key]) && key !== 'regionOverrides')
      out[key] = { ...structuredClone(value), ...(out[key] as Record<string, unknown>) };
  }
  return out;
}

/** Validates a value of any known version and migrates it to the current one. */
export function validateSettings(raw: unknown): SettingsResult {
  if (!isPlainObject(raw)) return { ok: false, reason: REASONS.notObject };
  const version = raw.version;
  if (version === undefined) return { ok: false, reason: REASONS.noVersion };
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return { ok: false, reason: REASONS.newerVersion(version) };
  }
  if (version === SETTINGS_VERSION) {
    const r = SettingsSchema.safeParse(withDefaults(raw));
    return r.success ? { ok: true, settings: r.data } : { ok: false, reason: describeIssues(r.error.issues) };
  }
  if (version === 1) {
    const r = SettingsV1Schema.safeParse(raw);
    if (!r.success) return { ok: false, reason: describeIssues(r.error.issues) };
    // Re-validate: a migration must never produce settings the current schema rejects.
    const migrated = SettingsSchema.safeParse(migrateV1toV2(r.data));
    return migrated.success
      ? { ok: true, settings: migrated.data, migratedFrom: 1 }
      : { ok: false, reason: describeIssues(migrated.error.issues) };
  }
  return { ok: false, reason: REASONS.unknownVersion(String(JSON.stringify(version)).slice(0, 40)) };
}

/** Parses an exported settings file (JSON text). Nothing is written: the caller saves on success. */
export function parseSettingsFile(text: string): SettingsResult {
  if (text.length > MAX_SETTINGS_FILE_CHARS) return { ok: false, reason: REASONS.tooLarge };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: REASONS.notJson };
  }
  return validateSettings(raw);
}

/** The text of an export file: stable key order and indentation so the file diffs well. */
export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
