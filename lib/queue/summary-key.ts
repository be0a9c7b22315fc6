/**
 * Where the worker keeps the queue summary, the order of the queue's statuses and the limits of its
 * fields. Free of zod on purpose: the popup reads these before its first paint, and the content script's
 * pages use them, and neither must load the queue's schemas to do it.
 */
export const QUEUE_SUMMARY_KEY = 'queue:summary';
export const QUEUE_STATUSES = ['queued', 'opened', 'sent', 'failed', 'removed'] as const;

/** Limits of the queue's own fields (not the platform's; those live in the shared config). */
export const QUEUE_LIMITS = {
  noteMax: 500,
  tagMax: 40,
  tagsMax: 20,
  /** Per-entry history is capped so 10,000 entries stay small in IndexedDB. */
  historyMax: 50,
} as const;
