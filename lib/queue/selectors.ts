/** The queue's counts by status, for the popup's counters and the worker's summary. */
import type { QueueState, QueueStatus } from './entry';
import { peekIndex } from './queue-index';
import { QUEUE_STATUSES } from './summary-key';

export function countsByStatus(state: QueueState): Record<QueueStatus, number> {
  // The worker's states carry an index that keeps counts as ops apply: O(1) after every write.
  const kept = peekIndex(state.entries)?.counts;
  if (kept) return { ...kept };
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as Record<QueueStatus, number>;
  for (const e of state.entries) counts[e.status] += 1;
  return counts;
}
