/**
 * Every platform limit Collab Pilot knows, in one place (sources: docs/domain.md).
 * When TikTok changes a limit, this is the only file to edit; rules, batching and the UI read from here.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const LIMITS = {
  /** Creators in one invitation (the page shows "X/50"). */
  creatorsPerInvitation: 50,
  /** Products in one invitation (official API). */
  productsPerInvitation: 100,
  /** Commission in hundredths of a percent: 1.00 % .. 80.00 %. */
  rateMinBp: 100,
  rateMaxBp: 8000,
  /** The commission input accepts two decimals, so one basis point of a percent is the smallest step. */
  rateDecimals: 2,
  /** Invitation name and message lengths (the inputs' maxlength). */
  nameMaxChars: 30,
  messageMaxChars: 500,
  /** An end date closer than this gives creators too little time to accept and post. */
  endsSoonMs: 72 * HOUR_MS,
  /** New invitations per rolling 24 hours, and open invitations at once. */
  invitationsPer24h: 200,
  rolling24hMs: DAY_MS,
  openInvitationsCap: 1000,
  /** Creators have 14 days to post after receiving a free sample, plus one 7-day extension. */
  samplePostWindowMs: 14 * DAY_MS,
  samplePostExtensionMs: 7 * DAY_MS,
  /** "Not invited in past 90 days" is the platform's own filter. */
  invitedRecentlyMs: 90 * DAY_MS,
  /** There is no fixed duration list; tools default to 30 days. */
  defaultDurationMs: 30 * DAY_MS,
  /** Used when the seller has not set a minimum stock: warn only when stock cannot cover free samples. */
  defaultMinStock: 0,
  /** Free-sample units each creator receives when the draft does not say. */
  defaultSampleUnitsPerCreator: 1,
} as const;
