/**
 * Which creators are waiting in the queue (queued or opened), and how many entries that is, kept
 * fresh from the worker. The worker mirrors its summary into storage.local, so a change made in any
 * tab or the popup reaches us through storage.onChanged within milliseconds. The summary names the
 * creators that started or stopped waiting since the one before (lib/queue/waiting-delta.ts); only
 * when we cannot follow that change (first load, a revision missed, a change too big to name) do we
 * page through the list again (1,000 entries a call).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/components/common/rpc';
import type { QueueStatus } from '@/lib/queue/entry';
import { QUEUE_SUMMARY_KEY } from '@/lib/queue/summary-key';
import { applyWaitingDelta, type StoredSummary, storedSummarySchema, syncPlan } from '@/lib/queue/waiting-delta';
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

function readSummary(v: unknown): StoredSummary | null {
  const r = storedSummarySchema.safeParse(v);
  return r.success ? r.data : null;
}

const waitingCount = (s: StoredSummary) => (s.counts.queued ?? 0) + (s.counts.opened ?? 0);

export function createQueuedStore(signal: AbortSignal): QueuedStore {
  const changes = createEmitter();
  let ids = new Set<string>();
  let count = 0;
  let summaryRev: number | null = null;
  /** The revision `ids` describes: the list's when read whole, then each change applied. */
  let idsRev: number | null = null;
  let loading = false;
  let dirty = false;

  const readAll = async (): Promise<{ ids: Set<string>; rev: number } | 'changed' | null> => {
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
      if (r.data.entries.length === 0 || offset >= r.data.total) return { ids: next, rev: listRev };
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
        ids = next.ids;
        idsRev = next.rev;
        changes.emit();
        return;
      }
    } finally {
      loading = false;
    }
  };

  const takeSummary = (s: StoredSummary) => {
    // The first answer may arrive after a newer change event: never step back.
    if (summaryRev !== null && s.rev < summaryRev) return;
    const n = waitingCount(s);
    const revChanged = s.rev !== summaryRev;
    summaryRev = s.rev;
    if (n !== count) {
      count = n;
      changes.emit();
    }
    // While the list is being read, the read itself decides whether it must start again.
    const plan = loading ? (revChanged ? 'reload' : 'keep') : syncPlan(idsRev, s);
    if (plan === 'reload') void reload();
    else if (plan === 'apply' && s.delta) {
      ids = applyWaitingDelta(ids, s.delta);
      idsRev = s.delta.toRev;
      const { added, removed } = s.delta.waiting;
      if (added.length + removed.length > 0) changes.emit(new Set([...added, ...removed]));
    }
  };

  const onChanged = (c: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(QUEUE_SUMMARY_KEY in c)) return;
    const v = readSummary(c[QUEUE_SUMMARY_KEY]?.newValue);
    if (v) takeSummary(v);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });

  void sendMessage({ type: 'queue/summary' }).then((r) => {
    if (signal.aborted) return;
    const v = r.ok ? readSummary(r.data) : null;
    if (v) takeSummary(v);
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
