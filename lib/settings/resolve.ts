/** The settings that apply in one region: the global values with that region's override on top. */
import type { RegionOverride, Settings } from './schema';

export type ResolvedSettings = Omit<Settings, 'regionOverrides'> & { region: string | null };

export function resolveSettings(settings: Settings, region: string | null | undefined): ResolvedSettings {
  const { regionOverrides, ...base } = settings;
  const o: RegionOverride | undefined = region ? regionOverrides[region] : undefined;
  if (!o) return { ...base, region: region ?? null };
  const { fit, ...scalar } = o;
  const defined = Object.fromEntries(Object.entries(scalar).filter(([, v]) => v !== undefined));
  const fitDefined = fit ? Object.fromEntries(Object.entries(fit).filter(([, v]) => v !== undefined)) : {};
  return { ...base, ...defined, fit: { ...base.fit, ...fitDefined }, region: region ?? null };
}
