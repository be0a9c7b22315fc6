/** What the create panel shows: the guard's view model (see view-model.ts), free of the page and the extension. */
import type { PrefillChange } from '../prefill/plan';
import type { Finding, StockState } from '../rules';

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

export interface PrefillState {
  source: 'defaults' | 'batch';
  status: 'offered' | 'applying' | 'applied' | 'dismissed';
  note?: string;
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
  send: {
    state: 'idle' | 'blocked' | 'confirm' | 'confirmed' | 'released' | 'waiting' | 'done';
    outcome?: SendOutcome;
  };
  prefill: (PrefillState & { changes: PrefillChange[] }) | null;
  currency?: string;
  locale: string;
  /** False when the form could not be read at all: the panel says so instead of guessing. */
  formRead: boolean;
  /** Products of the queued batch that opened this page but are not on the form. */
  batchMissing: string[];
}
