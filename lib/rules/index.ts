/** The rules engine: every target-collaboration rule and platform limit, pure and DOM-free. */
export { LIMITS, type Limits } from '../config/limits.ts';
export { formatMoney, formatRate, payoutCents } from '../format/rate.ts';
export {
  type Batch,
  type PlanEntry,
  type PlanLimits,
  type PlanProduct,
  type PlanTerms,
  planBatches,
  termsKey,
} from './batches.ts';
export { checkInvitation, checkInvitationTrusted } from './check.ts';
export { type BatchDetails, draftFromBatch } from './draft-from-batch.ts';
export { creatorLabel, productLabel, RATE_REASONS } from './messages.ts';
export { type FindingCode, type MessageParams, message, RULES } from './registry.ts';
export { effectiveRate, type ParseRateResult, parseRate, type RateSource } from './rate.ts';
export {
  type DraftCreator,
  type DraftProduct,
  draftCreatorSchema,
  draftProductSchema,
  type InvitationDraft,
  invitationDraftSchema,
  sampleOfferSchema,
} from './schema.ts';
export { sortFindings } from './sort.ts';
export { countGraphemes } from './text.ts';
export type { Finding, RuleContext, Severity } from './types.ts';
export { checkWithEndReadings } from './end-readings.ts';
export {
  draftStockStates,
  productStock,
  raiseTargetBp,
  type StockNeed,
  type StockState,
  stockNeed,
  stockState,
} from './stock.ts';
