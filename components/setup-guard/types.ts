export type { GuardProductRow, GuardView, PrefillState, SampleOffer, SendOutcome, StockState } from '@/lib/guard/types';

export interface GuardActions {
  raise(productId: string): void;
  offerDefaults(): void;
  acceptPrefill(ids: string[]): void;
  dismissPrefill(): void;
  confirmWarnings(): void;
  /** Lets the next Send through despite the must-fix problems; the Send after it is checked again. */
  sendAnyway(): void;
}
