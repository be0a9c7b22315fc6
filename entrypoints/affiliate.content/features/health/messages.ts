/** Strings of the list-page health feature (the panel's own strings live in lib/health/messages.ts). */
export const HEALTH_FEATURE_MESSAGES = {
  /** Download name; the date keeps exports from different days apart. */
  csvFilename: (region: string | null, ymd: string) => `collab-pilot-health${region ? `-${region}` : ''}-${ymd}.csv`,
} as const;
