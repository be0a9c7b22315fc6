/**
 * The worker's state and its single write chain. Handlers receive this core; nothing else writes
 * settings, the queue, quotas or notices. Every dependency on the browser is injected, so tests run
 * the real worker over fakeBrowser and an in-memory store.
 */

import { STORAGE_LIMITS } from '@/lib/config/storage-limits';
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_SUMMARY_KEY } from '@/lib/messages';
import type { QueueEntry } from '@/lib/queue/entry';
import { countsByStatus } from '@/lib/queue/selectors';
import { boundedDelta, waitingCreators, waitingDelta, waitingStep } from '@/lib/queue/waiting-delta';
import { NOTICES } from '@/lib/settings/messages';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { loadSettings } from '@/lib/settings/store';
import { createMemoryStore, type KeyValueStore, type StorageAreaLike } from '@/lib/storage/area';
import { JournalRefusal, type SetAsideItem } from '@/lib/storage/journal';
import { keepWhole } from '@/lib/storage/kept';
import { addNotice, dismissKind } from '@/lib/storage/notices';
import { createSerial, type Serial } from '@/lib/storage/serial';
import { changedEntries, recordQueueEntries } from './handle-memory';
import { createMemoryStoreOver, kvShardKv, type MemoryStore, type ShardKv } from './memory-store';
import { WORKER_MESSAGES } from './messages';
import { openQueue, type QueueJournal, type WorkerOp, type WorkerOpResult } from './queue-store';
import { Refused } from './refused';

export const QUEUE_NOTICE_KIND = 'queue-set-aside';
const QUEUE_COPIED_FLAG = 'queue-copied';
const QUEUE_NEWER_NOTICE_KIND = 'queue-newer-version';

export interface WorkerDeps {
  /** browser.storage.local: settings, summary, quotas, notices, set-aside data. */
  local: StorageAreaLike;
  /** browser.storage.session where available: one-time prefills (not visible to content scripts in Chrome). */
  session: StorageAreaLike;
  kv: KeyValueStore;
  /** Creator memory's shards (IndexedDB); absent: kept in memory (tests). */
  memoryKv?: ShardKv;
  now(): number;
  /** 32 lowercase hex characters from a CSPRNG. */
  token(): string;
  openTab(url: string): Promise<{ id?: number }>;
  setBadge(text: string): Promise<void>;
  compactEvery?: number;
}

/** What is wrong with storage right now; every flag clears on the next write that works. */
export interface StorageHealth {
  /** storage.local refused a write (its quota is full): settings, counts and notices are not saved. */
  localFull: boolean;
  /** IndexedDB refused the last queue write: that change was not made. */
  queueUnsaved: boolean;
  /** IndexedDB could not be opened: the queue lives in memory until the browser closes. */
  memoryOnly: boolean;
}

export interface Core {
  deps: WorkerDeps;
  /** The queue's store: deps.kv, or memory when it failed to open. */
  kv: KeyValueStore;
  health: StorageHealth;
  serial: Serial;
  settings: Settings;
  queue: QueueJournal;
  /** What the seller's invitations, notes and marks say about each creator; fed by every queue write. */
  memory: MemoryStore;
  /** Last Seller Center page a content script wrote from: where "Open batch" goes by default. */
  lastPage: { host: string; region: string } | null;
  applyQueueOp(op: WorkerOp): Promise<{ replayed: boolean; result?: WorkerOpResult }>;
  /** `changed`: the entries a write changed, when it kept every other entry where it was. */
  publishSummary(changed?: readonly QueueEntry[]): Promise<QueueSummary>;
}

export function summaryOf(core: Pick<Core, 'queue'>, now: number): QueueSummary {
  const state = core.queue.state;
  return { rev: core.queue.seq, counts: countsByStatus(state), total: state.entries.length, updatedAt: now };
}

/** Badge: queued entries only (what is still to do), empty at zero so the icon stays clean. */
export function badgeText(summary: QueueSummary): string {
  const n = summary.counts.queued;
  return n === 0 ? '' : n > 999 ? '999+' : String(n);
}

export async function createCore(deps: WorkerDeps): Promise<Core> {
  // Handlers' critical sections (settings, batch/open) run on `serial`; summary writes have their own
  // chain because they are awaited from inside those sections.
  const serial = createSerial();
  const summaryChain = createSerial();
  // The waiting creators as the last summary written described them: the next one carries the change.
  let published: { rev: number; waiting: Set<string> } | null = null;
  /** The last summary was not written: the next one reads the waiting creators whole. */
  let stale = false;
  const { local } = deps;
  const health: StorageHealth = { localFull: false, queueUnsaved: false, memoryOnly: false };
  // A full storage.local must not stop the worker: the queue lives in IndexedDB and still reads.
  const localWrite = async (write: () => Promise<unknown>) => {
    try {
      await write();
      health.localFull = false;
    } catch (e) {
      console.warn('[collab-pilot] storage.local write failed', e);
      health.localFull = true;
    }
  };
  let settings = defaultSettings();
  await localWrite(async () => {
    settings = (await loadSettings(local, deps.now())).settings;
  });

  const keepAside = async (items: SetAsideItem[]) => {
    const now = deps.now();
    // Whole, in IndexedDB: a cut copy of a snapshot is no longer JSON, and storage.local is small.
    await keepWhole(kv, items, now);
    await localWrite(() => addNotice(local, QUEUE_NOTICE_KIND, NOTICES.queueSetAside(items.length), now));
  };
  let kv = deps.kv;
  try {
    await kv.keys();
  } catch (e) {
    // IndexedDB cannot be opened at all (some private windows): carry on in memory, and say so. A
    // failure after this first read is not treated so: it fails the start, which the next one retries.
    console.error('[collab-pilot] the queue store cannot be opened', e);
    health.memoryOnly = true;
    kv = createMemoryStore();
  }
  const { journal } = await openQueue(kv, keepAside, deps.compactEvery);
  // Also on the options page, next to the download that carries the kept queue; gone once updated.
  await localWrite(() =>
    journal.readOnly
      ? addNotice(local, QUEUE_NEWER_NOTICE_KIND, WORKER_MESSAGES.queueNewer, deps.now())
      : dismissKind(local, QUEUE_NEWER_NOTICE_KIND),
  );

  const memory = createMemoryStoreOver(deps.memoryKv ?? kvShardKv(createMemoryStore()));
  // The queue a first start finds is copied in once, so its history is remembered too. Not awaited: a
  // large queue must not hold the worker's start; the memory's write chain runs it before later writes.
  if (!(await memory.flag(QUEUE_COPIED_FLAG).catch(() => true))) {
    void recordQueueEntries(memory, journal.state.entries).then(() =>
      memory.setFlag(QUEUE_COPIED_FLAG).catch(() => undefined),
    );
  }

  const core: Core = {
    deps,
    kv,
    health,
    serial,
    settings,
    queue: journal,
    memory,
    lastPage: null,
    async applyQueueOp(op) {
      let r: Awaited<ReturnType<QueueJournal['append']>>;
      const before = journal.state.entries;
      try {
        r = await journal.append(op, op.at ?? deps.now());
        health.queueUnsaved = false;
      } catch (e) {
        throw refusalFor(e, health);
      }
      if (r.duplicate) return { replayed: true };
      const after = journal.state.entries;
      const { changed, inPlace } = changedEntries(before, after);
      // Queued on the memory's own write chain (later reads wait for it); the queue's answer does not wait:
      // the memory is a record of the queue, never a condition of it.
      void recordQueueEntries(memory, changed);
      await core.publishSummary(inPlace ? changed : undefined);
      return { replayed: false, result: r.result };
    },
    publishSummary(changed) {
      // Computed inside the chain, so the last write always describes the latest state.
      return summaryChain.run(async () => {
        const summary = summaryOf(core, deps.now());
        const from = published;
        // After a write that kept every entry in place, only its changed entries can start or stop waiting
        // (one entry per creator): no pass over the whole queue. Anything else is read whole.
        const step =
          changed && from && !stale
            ? waitingStep(from.waiting, changed)
            : { waiting: waitingCreators(core.queue.state.entries) };
        const delta =
          from && from.rev !== summary.rev
            ? 'added' in step
              ? boundedDelta(step, from.rev, summary.rev)
              : waitingDelta(from.waiting, step.waiting, from.rev, summary.rev)
            : undefined;
        await localWrite(() => local.set({ [QUEUE_SUMMARY_KEY]: delta ? { ...summary, delta } : summary }));
        // A summary no tab heard is not where the next change starts from; the one after it is read whole.
        stale = health.localFull;
        if (!stale) {
          if ('added' in step && from) {
            for (const id of step.added) from.waiting.add(id);
            for (const id of step.removed) from.waiting.delete(id);
            published = { rev: summary.rev, waiting: from.waiting };
          } else if ('waiting' in step) {
            published = { rev: summary.rev, waiting: step.waiting };
          }
        }
        // The badge is cosmetic: a failure (no action API, a closed window) must not fail a write.
        await deps.setBadge(badgeText(summary)).catch(() => undefined);
        return summary;
      });
    },
  };
  await core.publishSummary();
  return core;
}

/** The sentence for an append that did not happen; a failed write also marks the queue unsaved. */
function refusalFor(e: unknown, health: StorageHealth): Refused {
  if (e instanceof JournalRefusal) {
    if (e.why === 'read-only') return new Refused(WORKER_MESSAGES.queueNewer);
    if (e.why === 'not-admitted') return new Refused(WORKER_MESSAGES.queueFull(STORAGE_LIMITS.queueMaxEntries));
    return new Refused(WORKER_MESSAGES.opTooLarge);
  }
  console.error('[collab-pilot] a queue write failed', e);
  health.queueUnsaved = true;
  return new Refused(WORKER_MESSAGES.queueNotSaved);
}

/** What the popup says is wrong, in the seller's words; empty when storage is fine. */
export function storageProblems(core: Pick<Core, 'health' | 'queue'>): string[] {
  const out: string[] = [];
  if (core.queue.readOnly) out.push(WORKER_MESSAGES.queueNewer);
  if (core.health.memoryOnly) out.push(WORKER_MESSAGES.storageMemoryOnly);
  else if (core.health.queueUnsaved) out.push(WORKER_MESSAGES.queueNotSaved);
  if (core.health.localFull) out.push(WORKER_MESSAGES.storageLocalFull);
  return out;
}
