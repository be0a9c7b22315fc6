/**
 * Turns a planned batch plus what the extension knows about its products and creators into an
 * InvitationDraft, so the queue can check each batch before the seller sends it.
 */
import type { Batch } from './batches.ts';
import type { DraftCreator, DraftProduct, InvitationDraft } from './schema.ts';

export interface BatchDetails {
  name: string;
  message: string;
  /** Catalogue facts per product id; unknown products get unknown stock and open rate. */
  product?: (id: string) => Partial<Pick<DraftProduct, 'title' | 'priceCents' | 'stock' | 'openRateBp' | 'sampleUnitsPerCreator'>> | undefined;
  creator?: (id: string) => Partial<Pick<DraftCreator, 'handle' | 'invitedWithin90Days'>> | undefined;
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
export function draftFromBatch(batch: Batch, details: BatchDetails): InvitationDraft | null {
  const t = batch.terms;
  if (batch.invalid || !oneOf(FEES, t.feeStructure) || !oneOf(CONTENT, t.contentType)) return null;
  const products: DraftProduct[] = [];
  for (const p of t.products) {
    if (!oneOf(SAMPLES, p.sampleOffer) || p.id === '') return null;
    const known = details.product?.(p.id);
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
    if (c.id === '') return null;
    const known = details.creator?.(c.id);
    const creator: DraftCreator = { id: c.id, canLive: c.canLive };
    if (known?.handle !== undefined) creator.handle = known.handle;
    if (known?.invitedWithin90Days !== undefined) creator.invitedWithin90Days = known.invitedWithin90Days;
    creators.push(creator);
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
