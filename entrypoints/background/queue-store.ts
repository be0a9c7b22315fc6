/**
 * The queue as the worker keeps it: lib/queue's pure state machine behind lib/storage's write-ahead
 * journal. Adds one op of its own, `purgeRemoved`, for "clear removed entries" (lib/queue has none).
 */
import { z } from 'zod/mini';
import { STORAGE_LIMITS } from '@/lib/config/storage-limits';
import type { QueueState } from '@/lib/queue/entry';
import { loadQueueFile, toQueueFile } from '@/lib/queue/file';
import { type ApplyOpResult, applyOp, type QueueOp, queueOpSchema } from '@/lib/queue/op-log';
import type { KeyValueStore } from '@/lib/storage/area';
import { type Journal, type JournalCodec, openJournal, type SetAsideItem } from '@/lib/storage/journal';

const purgeSchema = z.object({
  kind: z.literal('purgeRemoved'),
  opId: z.string().check(z.minLength(1)),
  at: z.optional(z.int()),
});
export type PurgeOp = z.infer<typeof purgeSchema>;
export type WorkerOp = QueueOp | PurgeOp;
export type WorkerOpResult = { kind: 'queue'; apply: ApplyOpResult } | { kind: 'purge'; cleared: number };

export const queueCodec: JournalCodec<QueueState, WorkerOp, WorkerOpResult> = {
  empty: () => ({ entries: [] }),
  apply(state, op, at) {
    if (op.kind === 'purgeRemoved') {
      const entries = state.entries.filter((e) => e.status !== 'removed');
      return {
        state: { ...state, entries },
        result: { kind: 'purge', cleared: state.entries.length - entries.length },
      };
    }
    const r = applyOp(state, op, at);
    return { state: r.state, result: { kind: 'queue', apply: r } };
  },
  opId: (op) => op.opId,
  parseOp(raw) {
    const q = queueOpSchema.safeParse(raw);
    if (q.success) return q.data;
    const p = purgeSchema.safeParse(raw);
    return p.success ? p.data : null;
  },
  loadState(raw) {
    const loaded = loadQueueFile(raw);
    return { state: loaded.state, rejected: loaded.rejected, newer: loaded.problem === 'newer-version' };
  },
  saveState: (state) => toQueueFile(state),
  // Snapshot and replay costs, in entries, for the journal's snapshot cadence.
  weight: (op) => {
    if (op.kind === 'add') return op.inputs.length;
    if (op.kind === 'undoRemove') return op.token.entries.length;
    return 'ids' in op ? op.ids.length : 1;
  },
  size: (state) => state.entries.length,
  // A change that shrinks the queue or keeps its size is always allowed, even above the cap.
  admit: (prev, next) =>
    next.entries.length <= STORAGE_LIMITS.queueMaxEntries || next.entries.length <= prev.entries.length,
};

export type QueueJournal = Journal<QueueState, WorkerOp, WorkerOpResult>;

export function openQueue(
  kv: KeyValueStore,
  setAside: (items: SetAsideItem[]) => Promise<void>,
  compactEvery?: number,
): Promise<{ journal: QueueJournal; setAside: SetAsideItem[] }> {
  return openJournal(kv, queueCodec, { setAside, ...(compactEvery ? { compactEvery } : {}) });
}
