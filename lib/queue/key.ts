/**
 * Deterministic identity of "this creator with these terms", used to keep one queue entry per pair.
 * Built on lib/rules' `termsKey` so "same terms" means the same thing for dedupe and for batching;
 * `durationDays` is added because termsKey only knows a fixed end date, and two durations are two
 * different invitations. Titles, stock and open rates are page facts and never make terms differ.
 */
import { termsKey } from '../rules/batches.ts';
import type { QueueTerms } from './entry.ts';

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

/** JSON array, so no creator id or product id can collide with a separator. */
export function entryKey(creatorId: string, terms: QueueTerms): string {
  return JSON.stringify([creatorId, queueTermsKey(terms)]);
}
