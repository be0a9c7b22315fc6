/**
 * The invitation draft every surface builds (setup guard, queue, popup) and the rules check.
 * zod/mini because the content script bundles this. The schema checks shape only; business limits
 * (rate range, counts, lengths) are rules with their own findings, so they are not enforced here.
 */
import { z } from 'zod/mini';

export const sampleOfferSchema = z.literal(['free-sample', 'refund-first-sale', 'none']);

export const draftProductSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  priceCents: z.optional(z.nullable(z.number())),
  stock: z.nullable(z.number()),
  openRateBp: z.nullable(z.number()),
  /** Null when the page's rate input could not be read: the commission checks skip the product. */
  targetRateBp: z.nullable(z.number()),
  sampleOffer: sampleOfferSchema,
  sampleUnitsPerCreator: z.optional(z.int().check(z.minimum(1))),
});

export const draftCreatorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  handle: z.optional(z.string()),
  canLive: z.nullable(z.boolean()),
  invitedWithin90Days: z.optional(z.boolean()),
  /** The seller marked this creator "don't invite" (creator memory). */
  doNotInvite: z.optional(z.boolean()),
  /** Epoch ms of the seller's last invitation to this creator through Collab Pilot. */
  lastInvitedByYouAt: z.optional(z.number()),
});

export const invitationDraftSchema = z.object({
  name: z.string(),
  message: z.string(),
  feeStructure: z.literal(['commission', 'flat-fee']),
  contentType: z.literal(['any', 'video', 'live']),
  flashSale: z.boolean(),
  /** Epoch ms; null when the end date could not be read (the end-date checks are skipped, never assumed). */
  endsAt: z.nullable(z.number()),
  products: z.array(draftProductSchema),
  /** False when the product list itself could not be read: "no products" is then not a finding. */
  productsRead: z.optional(z.boolean()),
  /** The creators whose identity was read; `creatorCount` says how many are chosen when that differs. */
  creators: z.array(draftCreatorSchema),
  /**
   * How many creators are chosen when the page shows more than `creators` lists (a paginated table, or
   * only the "N/50" counter); null when not even the count could be read. Count rules use it; rules that
   * need identities run on `creators` only.
   */
  creatorCount: z.optional(z.nullable(z.int().check(z.minimum(0)))),
});

export type InvitationDraft = z.infer<typeof invitationDraftSchema>;
export type DraftProduct = z.infer<typeof draftProductSchema>;
export type DraftCreator = z.infer<typeof draftCreatorSchema>;
