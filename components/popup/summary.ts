/**
 * The stored queue summary as the popup's first paint reads it. Deliberately free of lib/messages'
 * values and zod: importing them would put every message schema on the popup's critical path.
 */
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_STATUSES } from '@/lib/queue/summary-key';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A hand-written guard: the summary is written by our worker, but storage can hold anything. */
export function isQueueSummary(v: unknown): v is QueueSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  const counts = s.counts as Record<string, unknown> | null;
  return (
    isCount(s.rev) &&
    isCount(s.total) &&
    typeof s.updatedAt === 'number' &&
    typeof counts === 'object' &&
    counts !== null &&
    QUEUE_STATUSES.every((k) => counts[k] === undefined || isCount(counts[k]))
  );
}
