/**
 * The stored queue summary as the popup's first paint reads it. Deliberately free of lib/messages and
 * zod: importing them would put every message schema on the popup's critical path. A unit test keeps
 * the key and the status order equal to lib's.
 */
import type { QueueSummary } from '@/lib/messages';
import type { QueueStatus } from '@/lib/queue/entry';

/** Same value as lib/messages QUEUE_SUMMARY_KEY (checked by test/popup/summary.test.ts). */
export const SUMMARY_KEY = 'queue:summary';
/** Same order as lib/queue/entry QUEUE_STATUSES (checked by the same test). */
export const STATUS_ORDER: readonly QueueStatus[] = ['queued', 'opened', 'sent', 'failed', 'removed'];

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
    STATUS_ORDER.every((k) => counts[k] === undefined || isCount(counts[k]))
  );
}
