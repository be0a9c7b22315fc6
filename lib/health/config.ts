/**
 * Health-check constants that lib/config/limits.ts does not (yet) hold. LIMITS.endsSoonMs (72 h) is the
 * pre-send rule; the list page uses the platform's own "expiring" boundary, which is 7 days.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The platform marks a collaboration "expiring" when it ends within this many days. */
export const EXPIRING_WITHIN_DAYS = 7;

/** How many creators or products a message names before it says "and N more". */
export const MAX_NAMED_IN_MESSAGE = 3;

/** Used only when the caller passes no usable `notAcceptedAfterDays`; matches the settings default. */
export const FALLBACK_NOT_ACCEPTED_AFTER_DAYS = 7;
