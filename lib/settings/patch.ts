/**
 * Applies a partial update to settings and validates the result. Groups (fit, overlay, panelCollapsed)
 * merge one level deep; a region's override is replaced whole, and `null` removes it.
 */
import { describeIssues } from './describe';
import type { SettingsResult } from './parse';
import { type Settings, SettingsSchema } from './schema';

const GROUPS = ['fit', 'overlay', 'panelCollapsed'] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function applySettingsPatch(settings: Settings, patch: unknown): SettingsResult {
  if (!isPlainObject(patch)) return { ok: false, reason: describeIssues([]) };
  const next: Record<string, unknown> = { ...settings };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'version') continue;
    if ((GROUPS as readonly string[]).includes(key) && isPlainObject(value)) {
      next[key] = { ...(settings[key as (typeof GROUPS)[number]] as object), ...value };
    } else if (key === 'regionOverrides' && isPlainObject(value)) {
      const merged: Record<string, unknown> = { ...settings.regionOverrides };
      for (const [region, o] of Object.entries(value)) {
        if (o === null) delete merged[region];
        else merged[region] = o;
      }
      next.regionOverrides = merged;
    } else {
      next[key] = value;
    }
  }
  const r = SettingsSchema.safeParse(next);
  return r.success ? { ok: true, settings: r.data } : { ok: false, reason: describeIssues(r.error.issues) };
}
