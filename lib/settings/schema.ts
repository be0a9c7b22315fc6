/**
 * The seller's settings: one versioned zod/mini schema (content scripts read settings too, so no full zod).
 * A new setting needs no version bump: stored settings that lack a key take its default on load
 * (parse.ts). Bump SETTINGS_VERSION, with a migration in parse.ts, only when a stored value changes meaning
 * or shape.
 */
import { z } from 'zod/mini';
import { LIMITS } from '../config/limits';
import { ALL_REGIONS } from '../hosts';
import { PAGE_KEYS, type PageKey } from '../pages/registry';
import { TEMPLATE_BOUNDS, TemplatesSchema } from '../templates/schema';
import { pageRecord, SETTINGS_VERSION } from './defaults';

export { DEFAULT_SETTINGS, defaultSettings, pageRecord, SETTINGS_VERSION } from './defaults';

/** Pages that carry an overlay (lib/pages/registry.ts); each can be switched off and its panel collapsed. */
export const PAGES = PAGE_KEYS;
export type { PageKey };

export const CONTENT_TYPES = ['video', 'live', 'any'] as const;
export const SAMPLE_OFFERS = ['free-sample', 'refund-first-sale', 'none'] as const;
export const FEE_STRUCTURES = ['commission', 'flat-fee'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export type SampleOffer = (typeof SAMPLE_OFFERS)[number];

/** Bounds in one place so the options form, import and storage validation agree. */
export const BOUNDS = {
  durationDays: { min: 1, max: 365 },
  rateBp: { min: LIMITS.rateMinBp, max: LIMITS.rateMaxBp },
  raiseMarginBp: { min: 0, max: LIMITS.rateMaxBp - LIMITS.rateMinBp },
  minStock: { min: 0, max: 1_000_000 },
  sampleUnits: { min: 0, max: 100 },
  followers: { min: 0, max: 1_000_000_000 },
  gmv: { min: 0, max: 1_000_000_000 },
  ratio: { min: 0, max: 1 },
  notAcceptedAfterDays: { min: 1, max: 90 },
  recentInviteDays: { min: 1, max: 365 },
} as const;

const intIn = (b: { min: number; max: number }) => z.int().check(z.gte(b.min), z.lte(b.max));
const numIn = (b: { min: number; max: number }) => z.number().check(z.gte(b.min), z.lte(b.max));

export const FitThresholdsSchema = z.strictObject({
  minFollowers: intIn(BOUNDS.followers),
  minGmv: numIn(BOUNDS.gmv),
  minEngagement: numIn(BOUNDS.ratio),
  minSampleFulfilment: numIn(BOUNDS.ratio),
});
export type FitThresholds = z.infer<typeof FitThresholdsSchema>;

/**
 * One switch per page of the registry. Not strict: the switch of a page this version does not know is
 * dropped, and a page it lacks takes its default (parse.ts), so adding or removing a page never resets
 * a seller's settings.
 */
const pageFlags = z.object(pageRecord(() => z.boolean()));

/** The part of the settings a region may override (UI state and page switches stay global). */
const overridable = () => ({
  defaultDurationDays: intIn(BOUNDS.durationDays),
  defaultTargetRateBp: intIn(BOUNDS.rateBp),
  raiseMarginBp: intIn(BOUNDS.raiseMarginBp),
  minStock: intIn(BOUNDS.minStock),
  sampleUnitsPerCreator: intIn(BOUNDS.sampleUnits),
  defaultContentType: z.enum(CONTENT_TYPES),
  defaultSampleOffer: z.enum(SAMPLE_OFFERS),
  defaultFeeStructure: z.enum(FEE_STRUCTURES),
  confirmWarnings: z.boolean(),
});

const overridableShape = overridable();
export const RegionOverrideSchema = z.strictObject({
  defaultDurationDays: z.optional(overridableShape.defaultDurationDays),
  defaultTargetRateBp: z.optional(overridableShape.defaultTargetRateBp),
  raiseMarginBp: z.optional(overridableShape.raiseMarginBp),
  minStock: z.optional(overridableShape.minStock),
  sampleUnitsPerCreator: z.optional(overridableShape.sampleUnitsPerCreator),
  defaultContentType: z.optional(overridableShape.defaultContentType),
  defaultSampleOffer: z.optional(overridableShape.defaultSampleOffer),
  defaultFeeStructure: z.optional(overridableShape.defaultFeeStructure),
  confirmWarnings: z.optional(overridableShape.confirmWarnings),
  fit: z.optional(z.partial(FitThresholdsSchema)),
});
export type RegionOverride = z.infer<typeof RegionOverrideSchema>;

export const RegionSchema = z.enum(ALL_REGIONS as unknown as [string, ...string[]]);

export const SettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  ...overridable(),
  fit: FitThresholdsSchema,
  /** Days after which an unanswered invitation shows in the collaboration health panel. */
  notAcceptedAfterDays: intIn(BOUNDS.notAcceptedAfterDays),
  /** A creator the seller invited within this many days counts as recently invited (batches, filters). */
  recentInviteDays: intIn(BOUNDS.recentInviteDays),
  regionOverrides: z.partialRecord(RegionSchema, RegionOverrideSchema),
  overlay: pageFlags,
  panelCollapsed: pageFlags,
  /** Panels list each reading with its source, and offer a plain-text report for the clipboard. */
  showReadings: z.boolean(),
  /** The seller's message templates (invitation and follow-up texts), and the shop name `{shop}` fills. */
  templates: TemplatesSchema,
  shopName: z.string().check(z.maxLength(TEMPLATE_BOUNDS.nameMaxChars)),
});
export type Settings = z.infer<typeof SettingsSchema>;
