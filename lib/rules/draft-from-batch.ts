/**
 * Turns a planned batch plus what the extension knows about its products and creators into an
 * InvitationDraft, so the queue can check each batch before the seller sends it.
 */
import type { Batch, PlanEntry } from './batches';
import type { DraftCreator, DraftProduct, InvitationDraft } from './schema';

/**
 * Each callback also gets the batch's own object for the id (the product from the batch's terms, the
 * creator from `batch.creators`, typed as the caller's entries type them), so a caller that keeps its
 * facts on those objects needs no lookup table per batch.
 */
export interface BatchDetails<E extends PlanEntry = PlanEntry> {
  name: string;
  message: string;
  /** Catalogue facts per product id; unknown products get unknown stock and open rate. */
  product?: (
    id: string,
    product: E['terms']['products'][number],
  ) =>
    | Partial<Pick<DraftProduct, 'title' | 'priceCents' | 'stock' | 'openRateBp' | 'sampleUnitsPerCreator'>>
    | undefined;
  /** What the extension knows of the creator, including the seller's own memory of them. */
  creator?: (
    id: string,
    creator: E['creator'],
  ) => Partial<Pick<DraftCreator, 'handle' | 'invitedWithin90Days' | 'doNotInvite' | 'lastInvitedByYouAt'>> | undefined;
}

const FEES = ['commission', 'flat-fee'] as const;
const CONTENT = ['any', 'video', 'live'] as const;
const SAMPLES = ['free-sample', 'refund-first-sale', 'none'] as const;

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/**
 * The draft for a batch, or null when the batch is marked invalid or its terms hold values the draft
 * cannot express (then run `checkInvitation` on your own object to get the `draft.invalid` findings).
 * The result matches `invitationDraftSchema`, so `checkInvitationTrusted` may check it.
 */
export function draftFromBatch<E extends PlanEntry>(batch: Batch<E>, details: BatchDetails<E>): InvitationDraft | null {
  const t = batch.terms;
  if (batch.invalid || !oneOf(FEES, t.feeStructure) || !oneOf(CONTENT, t.contentType)) return null;
  const products: DraftProduct[] = [];
  for (const p of t.products) {
    if (!oneOf(SAMPLES, p.sampleOffer) || p.id === '') return null;
    const known = details.product?.(p.id, p);
    const product: DraftProduct = {
      id: p.id,
      stock: known?.stock ?? null,
      openRateBp: known?.openRateBp ?? null,
      targetRateBp: p.targetRateBp,
      sampleOffer: p.sampleOffer,
    };
    if (known?.title !== undefined) product.title = known.title;
    if (known?.priceCents !== undefined) product.priceCents = known.priceCents;
    if (known?.sampleUnitsPerCreator !== undefined) product.sampleUnitsPerCreator = known.sampleUnitsPerCreator;
    products.push(product);
  }
  const creators: DraftCreator[] = [];
  for (const c of batch.creators) {
    const id = c.id;
    if (id === '') return null;
    const canLive = c.canLive;
    const known = details.creator?.(id, c);
    // One shape, written out whole: an unknown fact is an undefined key (the schema's optional), and an
    // added property would cost every one of a queue's thousands of creators a second allocation.
    creators.push(
      known === undefined
        ? { id, canLive }
        : {
            id,
            canLive,
            handle: known.handle,
            invitedWithin90Days: known.invitedWithin90Days,
            doNotInvite: known.doNotInvite,
            lastInvitedByYouAt: known.lastInvitedByYouAt,
          },
    );
  }
  return {
    name: details.name,
    message: details.message,
    feeStructure: t.feeStructure,
    contentType: t.contentType,
    flashSale: t.flashSale,
    endsAt: t.endsAt,
    products,
    creators,
  };
}
