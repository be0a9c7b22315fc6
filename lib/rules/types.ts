/** Shapes shared by every rule, the UI and the queue. */

export type Severity = 'error' | 'warning' | 'info';

/** Derived from the rule registry (lib/rules/registry.ts). */
export type { FindingCode, MessageParams } from './registry';

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
  /** Days an invitation the seller sent through Collab Pilot counts as recent (creators.invited-by-you); default 30. */
  recentInviteDays?: number;
  quota?: { used24h: number; cap24h: number; open: number; openCap: number };
  /** Creator and product pairs already in another open target collaboration. */
  conflicts?: Array<{ creatorId: string; productId: string }>;
  /** BCP 47 tag for numbers in messages (rates, money); defaults to "en". */
  locale?: string;
  /** ISO 4217 code of the shop's currency, for payout examples; without it amounts show no symbol. */
  currency?: string;
}
