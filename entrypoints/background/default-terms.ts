/**
 * Terms for a creator queued without any (the popup's "Queue this creator", a CSV of handles): the
 * seller's defaults for the region, with the products and rates of the most recently queued entry,
 * since a seller usually queues a run of creators for the same products.
 */
import type { QueueEntry, QueueTerms } from '@/lib/queue/entry';
import { resolveSettings } from '@/lib/settings/resolve';
import type { Settings } from '@/lib/settings/schema';

export function defaultTerms(
  settings: Settings,
  region: string | null | undefined,
  entries: readonly QueueEntry[],
): QueueTerms {
  const s = resolveSettings(settings, region);
  let products: QueueTerms['products'] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e && e.terms.products.length > 0) {
      products = e.terms.products.map((p) => ({ ...p }));
      break;
    }
  }
  return {
    products,
    durationDays: s.defaultDurationDays,
    contentType: s.defaultContentType,
    flashSale: false,
    feeStructure: s.defaultFeeStructure,
  };
}
