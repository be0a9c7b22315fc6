/**
 * What "Queue all matching" and "Queue selected" hand to the queue: the rows that pass the reason
 * filter, minus blocked creators (an invitation to them always fails) and creators the page has not
 * yet said are not blocked, each reported separately so the result line can say how many were skipped and why.
 */
import { filterByReason } from './reasons';

export interface BulkSplit<T> {
  /** Rows that pass the filter, in listed order (the "(N)" on the button). */
  matching: T[];
  /** Matching rows that may be queued. */
  addable: T[];
  /** Matching rows the shop has blocked. */
  blocked: T[];
  /** Matching rows whose blocked state the page has not told (yet). */
  unknown: T[];
}

export function splitForQueue<T extends { recommendReason: number; blocked: boolean | null }>(
  rows: readonly T[],
  reasons: ReadonlySet<number>,
): BulkSplit<T> {
  const matching = filterByReason(rows, reasons);
  const addable: T[] = [];
  const blocked: T[] = [];
  const unknown: T[] = [];
  for (const r of matching) (r.blocked === false ? addable : r.blocked === true ? blocked : unknown).push(r);
  return { matching, addable, blocked, unknown };
}
