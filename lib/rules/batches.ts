/**
 * Splits queued invitations (one creator each) into invitations the platform will accept.
 *
 * - Entries with equal terms (see `termsKey`) share a batch, in queue order.
 * - At most `creatorsPerInvitation` creators per batch, and no creator twice in one batch: a creator
 *   queued twice under the same terms lands in the next batch with room.
 * - A flash-sale entry is always alone (flash sales cannot be requested in bulk).
 * - An entry whose own terms list more than `productsPerInvitation` products cannot be sent as one
 *   invitation however it is grouped; it gets a batch of its own so checkInvitation reports
 *   `products.too-many` for it instead of for its neighbours.
 * - A malformed entry (wrong shape) also gets a batch of its own, marked `invalid`.
 * Every entry lands in exactly one batch; batches come out in the order of their first entry.
 * Never throws.
 */
import { LIMITS } from '../config/limits';

export interface PlanProduct {
  id: string;
  targetRateBp: number;
  sampleOffer: string;
}

export interface PlanTerms {
  products: PlanProduct[];
  endsAt: number;
  contentType: string;
  flashSale: boolean;
  feeStructure: string;
}

export interface PlanEntry {
  id: string;
  creator: { id: string; canLive: boolean | null };
  terms: PlanTerms;
}

export interface Batch<E extends PlanEntry = PlanEntry> {
  entryIds: string[];
  creatorIds: string[];
  /** The terms of the batch's first entry (that very object); every other entry's have the same `termsKey`. */
  terms: E['terms'];
  /**
   * Creators with their LIVE capability, parallel to `creatorIds`, so the batch can be checked.
   * These are the queue entries' own creator objects (not copies), typed as the caller's entries
   * type them, so a caller needs no lookup table back to its entries: treat them as read-only.
   */
  creators: Array<E['creator']>;
  /** Set when the entry did not have the PlanEntry shape; such a batch holds that one entry. */
  invalid?: true;
}

export interface PlanLimits {
  creatorsPerInvitation: number;
  productsPerInvitation: number;
}

/**
 * Canonical text for a set of terms: two entries with equal keys can share one invitation.
 * Product order does not matter (an invitation's products are a set; the page's list order carries
 * no meaning), so products are sorted by id, then rate, then sample offer. Only the fields of
 * PlanTerms count; anything else on the objects is ignored.
 */
export function termsKey(terms: PlanTerms): string {
  // Each part is JSON-encoded, so no id can fake a separator; any fixed order of the encoded
  // products is canonical, and plain string order is the cheapest.
  const products = terms.products
    .map((p) => `[${JSON.stringify(String(p.id))},${Number(p.targetRateBp)},${JSON.stringify(String(p.sampleOffer))}]`)
    .sort();
  return `[${JSON.stringify(String(terms.feeStructure))},${JSON.stringify(String(terms.contentType))},${terms.flashSale === true},${Number(terms.endsAt)},[${products.join(',')}]]`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isPlanEntryShell(e: unknown): e is { id: string; creator: PlanEntry['creator']; terms: unknown } {
  if (!isObject(e) || typeof e.id !== 'string') return false;
  const c = e.creator;
  return isObject(c) && typeof c.id === 'string' && (c.canLive === null || typeof c.canLive === 'boolean');
}

function isPlanTerms(t: unknown): t is PlanTerms {
  if (
    !isObject(t) ||
    typeof t.endsAt !== 'number' ||
    typeof t.contentType !== 'string' ||
    typeof t.flashSale !== 'boolean' ||
    typeof t.feeStructure !== 'string' ||
    !Array.isArray(t.products)
  ) {
    return false;
  }
  return (t.products as unknown[]).every(
    (p: unknown) =>
      isObject(p) &&
      typeof p.id === 'string' &&
      typeof p.targetRateBp === 'number' &&
      typeof p.sampleOffer === 'string',
  );
}

function resolveLimits(limits: Partial<PlanLimits> | undefined): PlanLimits {
  const pick = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
  const l: Partial<PlanLimits> = isObject(limits) ? limits : {};
  return {
    creatorsPerInvitation: pick(l.creatorsPerInvitation, LIMITS.creatorsPerInvitation),
    productsPerInvitation: pick(l.productsPerInvitation, LIMITS.productsPerInvitation),
  };
}

interface OpenBatch<E extends PlanEntry> {
  batch: Batch<E>;
  creatorSet: Set<string>;
}

/** What planBatches knows of one terms object, worked out once per call. */
interface TermsSlot<E extends PlanEntry> {
  /** Flash sale, or more products than one invitation takes: each entry is a batch of its own. */
  alone: boolean;
  /** The batches of this terms key that still have room, oldest first; shared by equal terms objects. */
  open: OpenBatch<E>[];
}

export function planBatches<E extends PlanEntry>(entries: readonly E[], limits?: Partial<PlanLimits>): Batch<E>[] {
  if (!Array.isArray(entries)) return [];
  const { creatorsPerInvitation, productsPerInvitation } = resolveLimits(limits);
  const batches: Batch<E>[] = [];
  // Per terms key, the batches that still have room, oldest first.
  const open = new Map<string, OpenBatch<E>[]>();
  // Queued entries often share one terms object: validate, key and classify each object once per
  // call, so the loop below does one lookup per entry. (Not cached across calls, so a caller that
  // edits terms in place never gets a stale key.) null: the terms are malformed.
  const slots = new Map<unknown, TermsSlot<E> | null>();
  const slotOf = (terms: unknown): TermsSlot<E> | null => {
    let slot = slots.get(terms);
    if (slot === undefined) {
      slot = null;
      if (isPlanTerms(terms)) {
        const key = termsKey(terms);
        let list = open.get(key);
        if (!list) {
          list = [];
          open.set(key, list);
        }
        slot = { alone: terms.flashSale || terms.products.length > productsPerInvitation, open: list };
      }
      slots.set(terms, slot);
    }
    return slot;
  };

  const alone = (entry: E, invalid = false): void => {
    const batch: Batch<E> = {
      entryIds: [entry.id],
      creatorIds: [entry.creator.id],
      terms: entry.terms,
      creators: [entry.creator],
    };
    if (invalid) batch.invalid = true;
    batches.push(batch);
  };

  /**
   * Whatever can be salvaged of a malformed entry, so it still lands in exactly one batch. Only its
   * id, creator id and LIVE capability are real (the batch says `invalid`), whatever E promises.
   */
  const aloneInvalid = (raw: unknown): void => {
    const e: Record<string, unknown> = isObject(raw) ? raw : {};
    const c: Record<string, unknown> = isObject(e.creator) ? e.creator : {};
    const salvaged: PlanEntry = {
      id: typeof e.id === 'string' ? e.id : '',
      creator: { id: typeof c.id === 'string' ? c.id : '', canLive: typeof c.canLive === 'boolean' ? c.canLive : null },
      terms: e.terms as PlanTerms,
    };
    alone(salvaged as E, true);
  };

  for (const raw of entries as readonly unknown[]) {
    const slot = isPlanEntryShell(raw) ? slotOf(raw.terms) : null;
    if (slot === null) {
      aloneInvalid(raw);
      continue;
    }
    // The shell and the terms have both been checked above.
    const entry = raw as E;
    if (slot.alone) {
      alone(entry);
      continue;
    }
    const list = slot.open;
    const creatorId = entry.creator.id;
    // The oldest open batch without this creator. Adding and comparing sizes is one hash lookup
    // where has-then-add is two; a batch that already held the creator is left as it was.
    let target: OpenBatch<E> | undefined;
    for (let i = 0; i < list.length; i++) {
      const b = list[i] as OpenBatch<E>;
      const size = b.creatorSet.size;
      if (b.creatorSet.add(creatorId).size !== size) {
        target = b;
        if (b.creatorSet.size >= creatorsPerInvitation) list.splice(i, 1);
        break;
      }
    }
    if (!target) {
      target = {
        batch: { entryIds: [], creatorIds: [], terms: entry.terms, creators: [] },
        creatorSet: new Set([creatorId]),
      };
      batches.push(target.batch);
      if (creatorsPerInvitation > 1) list.push(target);
    }
    target.batch.entryIds.push(entry.id);
    target.batch.creatorIds.push(creatorId);
    target.batch.creators.push(entry.creator);
  }
  return batches;
}
