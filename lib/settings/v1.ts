/**
 * Settings version 1 (Collab Pilot 0.0.x): rates in whole percent, one overlay switch for every page,
 * no fit thresholds or region overrides. Kept so stored and exported v1 settings still load.
 */
import { z } from 'zod/mini';
import { DEFAULT_SETTINGS, pageRecord, type Settings } from './schema';

export const SettingsV1Schema = z.strictObject({
  version: z.literal(1),
  durationDays: z.int().check(z.gte(1), z.lte(365)),
  /** Whole or decimal percent, e.g. 15 for 15 %. */
  targetRatePercent: z.number().check(z.gte(1), z.lte(80)),
  minStock: z.int().check(z.gte(0), z.lte(1_000_000)),
  contentType: z.enum(['video', 'live', 'any']),
  freeSamples: z.boolean(),
  confirmWarnings: z.boolean(),
  overlayEnabled: z.boolean(),
});
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

export function migrateV1toV2(v1: SettingsV1): Settings {
  const d = structuredClone(DEFAULT_SETTINGS) as Settings;
  return {
    ...d,
    defaultDurationDays: v1.durationDays,
    // Round to the two decimals the commission input accepts.
    defaultTargetRateBp: Math.round(v1.targetRatePercent * 100),
    minStock: v1.minStock,
    defaultContentType: v1.contentType,
    defaultSampleOffer: v1.freeSamples ? 'free-sample' : 'none',
    confirmWarnings: v1.confirmWarnings,
    overlay: pageRecord(() => v1.overlayEnabled),
  };
}
