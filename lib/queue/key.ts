/**
 * Deterministic identity of "this creator with these terms", used to keep one queue entry per pair.
 * Built on lib/rules' `termsKey` so "same terms" means the same thing for dedupe and for batching;
 * `durationDays` is added because termsKey only knows a fixed end date, and two durations are two
 * different invitations. Titles, stock and open rates are page facts and never make terms differ.
 */
import { termsKey } from '../rules/batches';
import type { QueueTerms } from './entry';

// Entries are immutable and keep their terms object through status changes, so a key computed
// once per terms object serves every later op: bulk ops over a large queue stay cheap.
const cache = new WeakMap<QueueTerms, string>();

export function queueTermsKey(terms: QueueTerms): string {
  const cached = cache.get(terms);
  if (cached !== undefined) return cached;
  const key = JSON.stringify([
    // NaN serialises as null: "no fixed end date".
    termsKey({ ...terms, endsAt: terms.endsAt ?? Number.NaN }),
    terms.durationDays ?? null,
  ]);
  cache.set(terms, key);
  return key;
}

/**
 * The creator id as a JSON string, then the terms key (itself JSON text): no creator id or product
 * id can fake a separator. Not escaped again, since this runs once per entry on every index build.
 */
export function entryKey(creatorId: string, terms: QueueTerms): string {
  return `${JSON.stringify(String(creatorId))}${queueTermsKey(terms)}`;
}
