/**
 * The settings' version and defaults, free of zod: the content script reads the defaults on every page
 * and must not build the settings' schemas to do it (lib/settings/schema.ts).
 */
import { PAGE_KEYS, type PageKey } from '../pages/registry';
import { DEFAULT_TEMPLATES } from '../templates/defaults';
import type { Template } from '../templates/schema';
import type { Settings } from './schema';

export const SETTINGS_VERSION = 2 as const;

/** A value for every page's switch. */
export function pageRecord<T>(value: () => T): Record<PageKey, T> {
  return Object.fromEntries(PAGE_KEYS.map((k) => [k, value()])) as Record<PageKey, T>;
}

/** Defaults for a new seller: 30 days, 15 %, raise to open + 2 %, enough stock for 20 samples. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  defaultDurationDays: 30,
  defaultTargetRateBp: 1500,
  raiseMarginBp: 200,
  minStock: 20,
  sampleUnitsPerCreator: 1,
  defaultContentType: 'video',
  defaultSampleOffer: 'free-sample',
  defaultFeeStructure: 'commission',
  confirmWarnings: true,
  fit: { minFollowers: 1000, minGmv: 0, minEngagement: 0.02, minSampleFulfilment: 0.8 },
  notAcceptedAfterDays: 7,
  recentInviteDays: 30,
  regionOverrides: {},
  overlay: pageRecord(() => true),
  panelCollapsed: pageRecord(() => false),
  showReadings: false,
  templates: DEFAULT_TEMPLATES as Template[],
  shopName: '',
}) as Settings;

/** A fresh, mutable copy of the defaults (DEFAULT_SETTINGS is frozen at the top level only). */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}
