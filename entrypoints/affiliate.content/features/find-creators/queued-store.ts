/**
 * Which creators are waiting in the queue (queued or opened), and how many entries that is, kept
 * fresh from the worker. The worker mirrors its summary into storage.local, so a change made in any
 * tab or the popup reaches us through storage.onChanged within milliseconds; only then do we page
 * through the list again (1,000 entries a call).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/components/common/rpc';
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_SUMMARY_KEY } from '@/lib/queue/summary-key';
import type { QueueStatus } from '@/lib/queue/entry';
import { type Changed, createEmitter } from './emitter';

const PAGE_SIZE = 1000;
/** A list that keeps changing under us is re-read at most this many times in a row. */
const MAX_RESTARTS = 5;
const WAITING: ReadonlySet<QueueStatus> = new Set<QueueStatus>(['queued', 'opened']);

export interface QueuedStore {
  has(creatorId: string): boolean;
  /** Entries waiting to be sent (queued + opened), from the summary. */
  count(): number;
  /** What an add just confirmed, shown before the worker's summary comes round. */
  markQueued(creatorIds: Iterable<string>): void;
  /** Called with the ids an add confirmed, or null when the whole set or the count may have changed. */
  subscribe(fn: (changed: Changed) => void): () => void;
}

function isSummary(v: unknown): v is QueueSummary {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as QueueSummary).rev === 'number' &&
    typeof (v as QueueSummary).counts === 'object' &&
    (v as QueueSummary).counts !== null
  );
}

const waitingCount = (s: QueueSummary) => (s.counts.queued ?? 0) + (s.counts.opened ?? 0);

export function createQueuedStore(signal: AbortSignal): QueuedStore {
  const changes = createEmitter();
  let ids = new Set<string>();
  let count = 0;
  let summaryRev: number | null = null;
  let loading = false;
  let dirty = false;

  const readAll = async (): Promise<Set<string> | 'changed' | null> => {
    const next = new Set<string>();
    let listRev: number | null = null;
    for (let offset = 0; !signal.aborted; ) {
      const r = await sendMessage({
        type: 'queue/list',
        offset,
        limit: PAGE_SIZE,
      });
      if (!r.ok) return null;
      if (listRev !== null && r.data.rev !== listRev) return 'changed';
      listRev = r.data.rev;
      for (const e of r.data.entries) if (WAITING.has(e.status)) next.add(e.creator.id);
      offset += r.data.entries.length;
      if (r.data.entries.length === 0 || offset >= r.data.total) return next;
    }
    return null;
  };

  const reload = async () => {
    if (loading) {
      dirty = true;
      return;
    }
    loading = true;
    try {
      for (let i = 0; i < MAX_RESTARTS && !signal.aborted; i++) {
        dirty = false;
        const next = await readAll();
        if (next === null || signal.aborted) return;
        if (next === 'changed' || dirty) continue;
        ids = next;
        changes.emit();
        return;
      }
    } finally {
      loading = false;
    }
  };

  const takeSummary = (s: QueueSummary) => {
    // The first answer may arrive after a newer change event: never step back.
    if (summaryRev !== null && s.rev < summaryRev) return;
    const n = waitingCount(s);
    const revChanged = s.rev !== summaryRev;
    summaryRev = s.rev;
    if (n !== count) {
      count = n;
      changes.emit();
    }
    if (revChanged) void reload();
  };

  const onChanged = (c: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(QUEUE_SUMMARY_KEY in c)) return;
    const v = c[QUEUE_SUMMARY_KEY]?.newValue;
    if (isSummary(v)) takeSummary(v);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });

  void sendMessage({ type: 'queue/summary' }).then((r) => {
    if (signal.aborted) return;
    if (r.ok && isSummary(r.data)) takeSummary(r.data);
    else void reload();
  });

  return {
    has: (id) => ids.has(id),
    count: () => count,
    markQueued(creatorIds) {
      const added = new Set<string>();
      for (const id of creatorIds) {
        if (!ids.has(id)) {
          if (added.size === 0) ids = new Set(ids);
          ids.add(id);
          added.add(id);
        }
      }
      if (added.size) changes.emit(added);
    },
    subscribe: changes.subscribe,
  };
}
