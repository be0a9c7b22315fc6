/** One place that changes an entry's status, so every change is timestamped and recorded. */
import type { QueueEntry, QueueFailure, QueueStatus } from './entry';
import { QUEUE_LIMITS } from './summary-key';

export function withStatus(entry: QueueEntry, status: QueueStatus, at: number, failure?: QueueFailure): QueueEntry {
  const next: QueueEntry = { ...entry, status, updatedAt: at };
  if (status === 'failed') next.failure = failure;
  // A removed entry keeps its failure so undo brings it back intact; other statuses start clean.
  else if (status !== 'removed') delete next.failure;
  const item = failure && status === 'failed' ? { at, status, reason: failure.reason } : { at, status };
  const history = [...entry.history, item];
  next.history = history.length > QUEUE_LIMITS.historyMax ? history.slice(-QUEUE_LIMITS.historyMax) : history;
  return next;
}
