import type { PrefillChange } from '@/lib/prefill/plan';
import type { Finding, StockState } from '@/lib/rules';

export type { StockState };
export type SampleOffer = 'free-sample' | 'refund-first-sale' | 'none';

export interface GuardProductRow {
  id: string;
  title: string;
  priceCents: number | null;
  stock: number | null;
  stockState: StockState;
  openRateBp: number | null;
  targetRateBp: number | null;
  /** The one rate the creator is paid (the target supersedes the open rate). */
  effectiveBp: number | null;
  sampleOffer: SampleOffer | null;
  /** Where "Raise" would take the target: open + the seller's margin. Null when no open rate. */
  raiseToBp: number | null;
}

export type SendOutcome =
  | { ok: true; groupId?: string }
  | { ok: false; code: string; message: string; conflicts: Array<{ creator: string; product: string }> };

export interface GuardView {
  findings: Finding[];
  products: GuardProductRow[];
  /** Null when the page's chosen creators could not be read (not even their count). */
  creatorCount: number | null;
  feeStructure: 'commission' | 'flat-fee';
  flatFee: { videoReview: string | null; adsAuthorization: boolean | null } | null;
  quota: { used24h: number; cap24h: number; open: number; openCap: number } | null;
  /**
   * blocked: Send was stopped for errors; confirm: Send was stopped once for warnings; released: the seller
   * chose "Send anyway" and the next Send goes through unchecked.
   */
  send: { state: 'idle' | 'blocked' | 'confirm' | 'confirmed' | 'released' | 'waiting' | 'done'; outcome?: SendOutcome };
  prefill: {
    source: 'defaults' | 'batch';
    changes: PrefillChange[];
    status: 'offered' | 'applying' | 'applied' | 'dismissed';
    note?: string;
  } | null;
  currency?: string;
  locale: string;
}

export interface GuardActions {
  raise(productId: string): void;
  offerDefaults(): void;
  acceptPrefill(ids: string[]): void;
  dismissPrefill(): void;
  confirmWarnings(): void;
  /** Lets the next Send through despite the must-fix problems; the Send after it is checked again. */
  sendAnyway(): void;
}
