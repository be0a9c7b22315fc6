/**
 * The stored form of the queue, versioned so a future shape can be migrated, and a forgiving loader:
 * corrupted storage must never lose the good entries, and the bad ones are kept for export.
 */
import { z } from 'zod/mini';
import { type QueueEntry, type QueueState, queueEntrySchema } from './entry.ts';

export const QUEUE_FILE_VERSION = 1 as const;

export const queueFileSchema = z.object({
  version: z.literal(QUEUE_FILE_VERSION),
  entries: z.array(queueEntrySchema),
  /** Recent op ids (see op-log.ts); optional so a file written without them still loads. */
  appliedOps: z.optional(z.array(z.string())),
});
export type QueueFile = z.infer<typeof queueFileSchema>;

export type QueueFileProblem = 'missing' | 'not-an-object' | 'unknown-version' | 'bad-entries';

export interface LoadedQueue {
  state: QueueState;
  /** Raw records that failed validation, untouched, so the seller can still export them. */
  rejected: unknown[];
  problem?: QueueFileProblem;
}

export function toQueueFile(state: QueueState): QueueFile {
  const file: QueueFile = { version: QUEUE_FILE_VERSION, entries: [...state.entries] };
  if (state.appliedOps && state.appliedOps.length > 0) file.appliedOps = [...state.appliedOps];
  return file;
}

/** Reads whatever storage returned. Never throws; keeps every entry that validates. */
export function loadQueueFile(raw: unknown): LoadedQueue {
  if (raw === undefined || raw === null) return { state: { entries: [] }, rejected: [], problem: 'missing' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { state: { entries: [] }, rejected: [raw], problem: 'not-an-object' };
  }
  const record = raw as Record<string, unknown>;
  if (record.version !== QUEUE_FILE_VERSION) {
    return { state: { entries: [] }, rejected: [raw], problem: 'unknown-version' };
  }
  const list = Array.isArray(record.entries) ? record.entries : [];
  const entries: QueueEntry[] = [];
  const rejected: unknown[] = Array.isArray(record.entries) ? [] : [record.entries];
  const seen = new Set<string>();
  for (const item of list) {
    const parsed = queueEntrySchema.safeParse(item);
    // A doubled id would break every id-keyed op; keep the first and set the copy aside.
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      entries.push(parsed.data);
    } else {
      rejected.push(item);
    }
  }
  const ops = Array.isArray(record.appliedOps) ? record.appliedOps.filter((x): x is string => typeof x === 'string') : [];
  const state: QueueState = ops.length > 0 ? { entries, appliedOps: ops } : { entries };
  return rejected.length > 0 ? { state, rejected, problem: 'bad-entries' } : { state, rejected };
}
