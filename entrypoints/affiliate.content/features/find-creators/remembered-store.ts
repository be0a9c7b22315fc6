/**
 * What creator memory says about the creators on screen, asked of the worker in one request per task
 * for the ids rows asked about, and asked again after the queue changed (a send adds history).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/components/common/rpc';
import type { MemorySummary } from '@/lib/memory/schema';
import { QUEUE_SUMMARY_KEY } from '@/lib/queue/summary-key';
import { type Changed, createEmitter } from './emitter';

/** memory/get takes at most 1,000 ids. */
const PER_REQUEST = 1000;

export interface RememberedStore {
  /** The summary of creator `id`: undefined while unknown (and asks for it), null when memory has none. */
  get(id: string): MemorySummary | null | undefined;
  subscribe(fn: (changed: Changed) => void): () => void;
}

export function createRememberedStore(signal: AbortSignal): RememberedStore {
  const changes = createEmitter();
  const known = new Map<string, MemorySummary | null>();
  const asked = new Set<string>();
  const wanted = new Set<string>();
  let due = false;

  const ask = async (ids: string[]) => {
    for (let i = 0; i < ids.length && !signal.aborted; i += PER_REQUEST) {
      const part = ids.slice(i, i + PER_REQUEST);
      const r = await sendMessage({ type: 'memory/get', ids: part });
      if (!r.ok || signal.aborted) return;
      const found = new Map(r.data.summaries.map((s) => [s.id, s]));
      const changed = new Set<string>();
      for (const id of part) {
        const next = found.get(id) ?? null;
        if (known.get(id) !== next) changed.add(id);
        known.set(id, next);
      }
      if (changed.size) changes.emit(changed);
    }
  };

  const flush = () => {
    due = false;
    const ids = [...wanted];
    wanted.clear();
    if (ids.length) void ask(ids);
  };

  const want = (id: string) => {
    wanted.add(id);
    if (!due) {
      due = true;
      setTimeout(flush, 0);
    }
  };

  // A queue change may be a send: ask again for everyone on screen.
  const onChanged = (c: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(QUEUE_SUMMARY_KEY in c)) return;
    for (const id of asked) want(id);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });

  return {
    get(id) {
      if (!asked.has(id)) {
        asked.add(id);
        want(id);
      }
      return known.get(id);
    },
    subscribe: changes.subscribe,
  };
}
