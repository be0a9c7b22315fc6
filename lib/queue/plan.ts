/**
 * Bridges queue entries to lib/rules' planBatches, which needs a fixed end date: an entry queued
 * with a duration ("30 days") gets its end date counted from the moment the batch is planned.
 */
import { LIMITS } from '../config/limits.ts';
import type { QueueEntry, QueueTerms } from './entry.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function resolveEndsAt(terms: QueueTerms, now: number): number {
  if (terms.endsAt !== undefined) return terms.endsAt;
  return now + (terms.durationDays !== undefined ? terms.durationDays * DAY_MS : LIMITS.defaultDurationMs);
}

export type PlannableEntry = QueueEntry & { terms: QueueTerms & { endsAt: number } };

/**
 * The queued entries (not opened, sent, failed or removed) with end dates resolved, in queue order:
 * pass them to planBatches. Opened entries are already on a create page.
 */
export function plannableEntries(entries: readonly QueueEntry[], now: number): PlannableEntry[] {
  return entries
    .filter((e) => e.status === 'queued')
    .map((e) => ({ ...e, terms: { ...e.terms, endsAt: resolveEndsAt(e.terms, now) } }));
}

