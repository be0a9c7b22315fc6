/** Shapes shared by every rule, the UI and the queue. */

export type Severity = 'error' | 'warning' | 'info';

/** Every finding code. Stable: the UI and tests key on them. */
export type FindingCode =
  | 'draft.invalid'
  | 'check.failed'
  | 'commission.out-of-range'
  | 'commission.not-above-open'
  | 'flash-sale.bulk'
  | 'flash-sale.needs-live'
  | 'flash-sale.live-unknown'
  | 'flat-fee.video-only'
  | 'flat-fee.review'
  | 'content.live-unavailable'
  | 'content.live-unknown'
  | 'stock.out'
  | 'stock.low'
  | 'stock.unknown'
  | 'sample.post-window'
  | 'products.none'
  | 'products.too-many'
  | 'products.duplicate'
  | 'creators.none'
  | 'creators.too-many'
  | 'creators.duplicate'
  | 'creators.invited-recently'
  | 'pair.conflict'
  | 'name.missing'
  | 'name.too-long'
  | 'message.too-long'
  | 'ends.past'
  | 'ends.soon'
  | 'quota.daily-cap'
  | 'quota.open-cap';

export interface Finding {
  /** One of `FindingCode`; typed as string so callers can compare with literals from elsewhere. */
  code: string;
  severity: Severity;
  message: string;
  productId?: string;
  creatorId?: string;
}

export interface RuleContext {
  /** Epoch ms. Without it the time rules (ends.*, sample.post-window) are skipped: lib/ never reads the clock. */
  now?: number;
  /** The seller's minimum-stock setting; defaults to LIMITS.defaultMinStock. */
  minStock?: number;
  quota?: { used24h: number; cap24h: number; open: number; openCap: number };
  /** Creator and product pairs already in another open target collaboration. */
  conflicts?: Array<{ creatorId: string; productId: string }>;
  /** BCP 47 tag for numbers in messages (rates, money); defaults to "en". */
  locale?: string;
  /** ISO 4217 code of the shop's currency, for payout examples; without it amounts show no symbol. */
  currency?: string;
}
