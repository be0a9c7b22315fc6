/**
 * Stock against what an invitation will draw on it, and where "Raise" takes a rate: one computation for
 * the product table and the stock finding, so the two never disagree.
 */
import { LIMITS } from '../config/limits.ts';

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

/** Open rate plus the seller's margin, capped at the platform's maximum; null without an open rate. */
export function raiseTargetBp(openRateBp: number | null, marginBp: number): number | null {
  return openRateBp == null ? null : Math.min(LIMITS.rateMaxBp, openRateBp + marginBp);
}
