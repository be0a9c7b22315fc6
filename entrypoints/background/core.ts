/**
 * The worker's state and its single write chain. Handlers receive this core; nothing else writes
 * settings, the queue, quotas or notices. Every dependency on the browser is injected, so tests run
 * the real worker over fakeBrowser and an in-memory store.
 */
import type { QueueSummary } from '@/lib/messages';
import { QUEUE_SUMMARY_KEY } from '@/lib/messages';
import { countsByStatus } from '@/lib/queue/selectors';
import { loadSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import { NOTICES } from '@/lib/settings/messages';
import type { KeyValueStore, StorageAreaLike } from '@/lib/storage/area';
import type { SetAsideItem } from '@/lib/storage/journal';
import { addNotice } from '@/lib/storage/notices';
import { setAside } from '@/lib/storage/quarantine';
import { createSerial, type Serial } from '@/lib/storage/serial';
import { openQueue, type QueueJournal, type WorkerOp, type WorkerOpResult } from './queue-store';

export const QUEUE_NOTICE_KIND = 'queue-set-aside';

export interface WorkerDeps {
  /** browser.storage.local: settings, summary, quotas, notices, set-aside data. */
  local: StorageAreaLike;
  /** browser.storage.session where available: one-time prefills (not visible to content scripts in Chrome). */
  session: StorageAreaLike;
  kv: KeyValueStore;
  now(): number;
  /** 32 lowercase hex characters from a CSPRNG. */
  token(): string;
  openTab(url: string): Promise<{ id?: number }>;
  setBadge(text: string): Promise<void>;
  compactEvery?: number;
}

export interface Core {
  deps: WorkerDeps;
  serial: Serial;
  settings: Settings;
  queue: QueueJournal;
  /** Last Seller Center page a content script wrote from: where "Open batch" goes by default. */
  lastPage: { host: string; region: string } | null;
  applyQueueOp(op: WorkerOp): Promise<{ replayed: boolean; result?: WorkerOpResult }>;
  publishSummary(): Promise<QueueSummary>;
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
  const { local } = deps;
  const { settings } = await loadSettings(local, deps.now());

  let seq = 0;
  const keepAside = async (items: SetAsideItem[]) => {
    const now = deps.now();
    for (const item of items) await setAside(local, item.kind, item.raw, item.reason, now, seq++);
    await addNotice(local, QUEUE_NOTICE_KIND, NOTICES.queueSetAside(items.length), now);
  };
  const { journal } = await openQueue(deps.kv, keepAside, deps.compactEvery);

  const core: Core = {
    deps,
    serial,
    settings,
    queue: journal,
    lastPage: null,
    async applyQueueOp(op) {
      const r = await journal.append(op, op.at ?? deps.now());
      if (r.duplicate) return { replayed: true };
      await core.publishSummary();
      return { replayed: false, result: r.result };
    },
    publishSummary() {
      // Computed inside the chain, so the last write always describes the latest state.
      return summaryChain.run(async () => {
        const summary = summaryOf(core, deps.now());
        await local.set({ [QUEUE_SUMMARY_KEY]: summary });
        // The badge is cosmetic: a failure (no action API, a closed window) must not fail a write.
        await deps.setBadge(badgeText(summary)).catch(() => undefined);
        return summary;
      });
    },
  };
  await core.publishSummary();
  return core;
}
