/**
 * The invitation queue's data shapes. zod/mini because the content script imports these
 * (for badges and for validating what the worker sends back) and full zod would triple its bundle.
 */
import { z } from 'zod/mini';

/** Epoch milliseconds within the range `Date` can represent, so every stored time prints as ISO. */
const timestamp = z.int().check(z.gte(0), z.lte(8.64e15));
const ratio = z.number().check(z.gte(0), z.lte(1));
const nonNegative = z.number().check(z.gte(0));

import { QUEUE_LIMITS, QUEUE_STATUSES } from './summary-key';

export { QUEUE_LIMITS, QUEUE_STATUSES };
export const queueStatusSchema = z.enum(QUEUE_STATUSES);
export type QueueStatus = z.infer<typeof queueStatusSchema>;

export const creatorSnapshotSchema = z.object({
  id: z.string().check(z.minLength(1)),
  handle: z.optional(z.string()),
  nickname: z.optional(z.string()),
  followers: z.optional(z.nullable(nonNegative)),
  /** Median GMV in major units (e.g. 12345.67), as the page reports it. */
  gmv: z.optional(z.nullable(nonNegative)),
  /** 0..1 */
  engagement: z.optional(z.nullable(ratio)),
  /** 0..1 */
  sampleFulfilment: z.optional(z.nullable(ratio)),
  canLive: z.nullable(z.boolean()),
  invitedWithin90Days: z.optional(z.boolean()),
  collaborated: z.optional(z.boolean()),
  blocked: z.optional(z.boolean()),
  region: z.optional(z.string()),
});
export type CreatorSnapshot = z.infer<typeof creatorSnapshotSchema>;

export const SAMPLE_OFFERS = ['free-sample', 'refund-first-sale', 'none'] as const;
export const CONTENT_TYPES = ['any', 'video', 'live'] as const;
export const FEE_STRUCTURES = ['commission', 'flat-fee'] as const;

export const queueProductSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  /** Hundredths of a percent (1250 = 12.50 %). Range checks belong to the rules engine, not storage. */
  targetRateBp: z.int().check(z.gte(0), z.lte(10000)),
  /** null: the product has no open collaboration. */
  openRateBp: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(10000)))),
  stock: z.optional(z.nullable(z.int().check(z.gte(0)))),
  sampleOffer: z.enum(SAMPLE_OFFERS),
});

export const queueTermsSchema = z.object({
  products: z.array(queueProductSchema),
  endsAt: z.optional(timestamp),
  durationDays: z.optional(z.int().check(z.gte(0), z.lte(3650))),
  contentType: z.enum(CONTENT_TYPES),
  flashSale: z.boolean(),
  feeStructure: z.enum(FEE_STRUCTURES),
});
export type QueueTerms = z.infer<typeof queueTermsSchema>;

export const queueFailureSchema = z.object({
  code: z.optional(z.string()),
  reason: z.string().check(z.minLength(1)),
});
export type QueueFailure = z.infer<typeof queueFailureSchema>;

export const historyItemSchema = z.object({
  at: timestamp,
  status: queueStatusSchema,
  reason: z.optional(z.string()),
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

export const queueEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  creator: creatorSnapshotSchema,
  terms: queueTermsSchema,
  status: queueStatusSchema,
  failure: z.optional(queueFailureSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
  note: z.string().check(z.maxLength(QUEUE_LIMITS.noteMax)),
  tags: z.array(z.string()),
  batchId: z.optional(z.string()),
  history: z.array(historyItemSchema),
});
export type QueueEntry = z.infer<typeof queueEntrySchema>;

/** The in-memory queue. `appliedOps` remembers recent op ids so a replayed op log is a no-op. */
export interface QueueState {
  readonly entries: readonly QueueEntry[];
  readonly appliedOps?: readonly string[];
}
