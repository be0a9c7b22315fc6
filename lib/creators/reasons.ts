/**
 * The four reasons TikTok gives for recommending a creator, and the toolbar's filter over them.
 * Codes are the page's own `recommend_reason` values; 0 means "not a recommendation".
 */
import { REASON_MESSAGES } from './messages';

export const REASON_CODES = [1, 2, 3, 4] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  label: string;
}

// The label is a getter so it follows the language chosen at start-up, not the one at module load.
export const REASONS: readonly Reason[] = REASON_CODES.map((code) => ({
  code,
  get label() {
    return REASON_MESSAGES[code];
  },
}));

export function isReasonCode(n: unknown): n is ReasonCode {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/**
 * Rows whose reason is one of `reasons`, in their listed order.
 * No reason ticked means no filter: every row passes (the seller has not narrowed anything yet).
 */
export function filterByReason<T extends { recommendReason: number }>(
  rows: readonly T[],
  reasons: ReadonlySet<number>,
): T[] {
  if (reasons.size === 0) return rows.slice();
  return rows.filter((r) => reasons.has(r.recommendReason));
}

/** How many rows carry each reason (the counts beside the toolbar's checkboxes). */
export function countByReason(rows: readonly { recommendReason: number }[]): Record<ReasonCode, number> {
  const counts: Record<ReasonCode, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of rows) if (isReasonCode(r.recommendReason)) counts[r.recommendReason]++;
  return counts;
}
