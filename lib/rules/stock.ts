/**
 * Stock against what an invitation will draw on it, and where "Raise" takes a rate: one computation for
 * the product table and the stock finding, so the two never disagree.
 */
import { LIMITS } from '../config/limits';
import type { InvitationDraft } from './schema';

export type StockState = 'ok' | 'low' | 'out' | 'unknown';

export interface StockNeed {
  /** Free-sample units for every creator invited; 0 without free samples. */
  sampleUnits: number;
  /** The seller's minimum stock plus the sample units. */
  needed: number;
}

/** What this product needs in stock for `creators` creators. */
export function stockNeed(
  p: { sampleOffer: string; sampleUnitsPerCreator?: number | undefined },
  creators: number,
  minStock: number,
): StockNeed {
  const perCreator = p.sampleUnitsPerCreator ?? LIMITS.defaultSampleUnitsPerCreator;
  const sampleUnits = p.sampleOffer === 'free-sample' ? perCreator * creators : 0;
  return { sampleUnits, needed: minStock + sampleUnits };
}

export function stockState(stock: number | null, need: StockNeed): StockState {
  if (stock == null) return 'unknown';
  if (stock <= 0) return 'out';
  return stock < need.needed ? 'low' : 'ok';
}

/** The seller's minimum stock as the rules use it: a missing, negative or malformed setting is the default. */
export function minStockOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : LIMITS.defaultMinStock;
}

/** State and need of one product when `creators` creators are chosen (null: unknown, counted as none). */
export function productStock(
  p: { stock: number | null; sampleOffer: string; sampleUnitsPerCreator?: number | undefined },
  creators: number | null,
  minStock: number,
): { state: StockState; need: StockNeed } {
  const need = stockNeed(p, creators ?? 0, minStock);
  return { state: stockState(p.stock, need), need };
}

/**
 * What the product table shows for each product of a draft, in the draft's order: the same state the
 * stock findings report (each creator counted once, the page's own count when it shows more).
 */
export function draftStockStates(
  draft: Pick<InvitationDraft, 'products' | 'creators' | 'creatorCount'>,
  minStock: unknown,
): StockState[] {
  const creators =
    draft.creatorCount === undefined ? new Set(draft.creators.map((c) => c.id)).size : draft.creatorCount;
  const min = minStockOf(minStock);
  return draft.products.map((p) => productStock(p, creators, min).state);
}

/** Open rate plus the seller's margin, capped at the platform's maximum; null without an open rate. */
export function raiseTargetBp(openRateBp: number | null, marginBp: number): number | null {
  return openRateBp == null ? null : Math.min(LIMITS.rateMaxBp, openRateBp + marginBp);
}
