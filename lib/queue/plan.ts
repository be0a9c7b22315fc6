/**
 * Bridges queue entries to lib/rules' planBatches, which needs a fixed end date: an entry queued
 * with a duration ("30 days") gets its end date counted from the moment the batch is planned.
 */
import { LIMITS } from '../config/limits';
import type { QueueEntry, QueueTerms } from './entry';

const DAY_MS = 24 * 60 * 60 * 1000;

export function resolveEndsAt(terms: QueueTerms, now: number): number {
  if (terms.endsAt !== undefined) return terms.endsAt;
  return now + (terms.durationDays !== undefined ? terms.durationDays * DAY_MS : LIMITS.defaultDurationMs);
}

export type PlannableEntry = QueueEntry & { terms: QueueTerms & { endsAt: number } };

/**
 * The queued entries (not opened, sent, failed or removed) with end dates resolved, in queue order:
 * pass them to planBatches. Opened entries are already on a create page. Entries that already have a
 * fixed end date are returned as they are (the queue's own objects): read them, never change them.
 */
export function plannableEntries(entries: readonly QueueEntry[], now: number): PlannableEntry[] {
  // One resolved terms object per distinct terms object (entries with equal terms share one, see
  // queue-index.ts), so planBatches keys a few dozen terms instead of one per entry. Entries whose
  // terms already carry an end date need no copy at all; entries are read-only here as everywhere.
  const resolved = new Map<QueueTerms, PlannableEntry['terms']>();
  const out: PlannableEntry[] = [];
  for (const e of entries) {
    if (e.status !== 'queued') continue;
    if (e.terms.endsAt !== undefined) {
      out.push(e as PlannableEntry);
      continue;
    }
    let terms = resolved.get(e.terms);
    if (!terms) {
      terms = { ...e.terms, endsAt: resolveEndsAt(e.terms, now) };
      resolved.set(e.terms, terms);
    }
    out.push({ ...e, terms });
  }
  return out;
}
