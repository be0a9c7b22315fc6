/** The rules engine: every target-collaboration rule and platform limit, pure and DOM-free. */
export { LIMITS } from '../config/limits';
export { formatMoney, formatRate, payoutCents } from '../format/rate';
export {
  type Batch,
  type PlanEntry,
  type PlanLimits,
  type PlanProduct,
  type PlanTerms,
  planBatches,
  termsKey,
} from './batches';
export { checkInvitation, checkInvitationTrusted } from './check';
export { type BatchDetails, draftFromBatch } from './draft-from-batch';
export { checkWithEndReadings } from './end-readings';
export { creatorLabel, productLabel, RATE_REASONS } from './messages';
export { effectiveRate, type ParseRateResult, parseRate, type RateSource } from './rate';
export { type FindingCode, type MessageParams, message, RULES } from './registry';
export {
  type DraftCreator,
  type DraftProduct,
  draftCreatorSchema,
  draftProductSchema,
  type InvitationDraft,
  invitationDraftSchema,
  sampleOfferSchema,
} from './schema';
export { sortFindings } from './sort';
export {
  draftStockStates,
  productStock,
  raiseTargetBp,
  type StockNeed,
  type StockState,
  stockNeed,
  stockState,
} from './stock';
export { countGraphemes } from './text';
export type { Finding, RuleContext, Severity } from './types';
