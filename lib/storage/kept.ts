/**
 * Queue data that could not be read (a snapshot, an entry, a journaled op), kept whole in the
 * worker's KeyValueStore (IndexedDB) under `kept:*` keys: storage.local is small and shared with the
 * settings, and a cut copy of a snapshot is no longer JSON. The newest `keptQueueItems` are kept.
 */
import { STORAGE_LIMITS } from '../config/storage-limits';
import type { KeyValueStore } from './area';
import type { SetAsideItem } from './journal';
import { type QuarantineRecord, toRawText } from './quarantine';

export const KEPT_PREFIX = 'kept:';

export interface KeptItem {
  kind: string;
  reason: string;
  at: number;
  raw: unknown;
}

/** Keys sort by time: a fixed-width timestamp, then the item's place in its batch. */
function keptKey(now: number, n: number): string {
  return `${KEPT_PREFIX}${String(now).padStart(15, '0')}:${String(n).padStart(6, '0')}`;
}

async function keptKeys(kv: KeyValueStore): Promise<string[]> {
  return (await kv.keys()).filter((k) => k.startsWith(KEPT_PREFIX)).sort();
}

/** Writes each item whole, then deletes the oldest beyond the cap. */
export async function keepWhole(kv: KeyValueStore, items: readonly SetAsideItem[], now: number): Promise<void> {
  let n = 0;
  for (const item of items) {
    const kept: KeptItem = { kind: item.kind, reason: item.reason, at: now, raw: item.raw };
    await kv.set(keptKey(now, n++), kept);
  }
  const keys = await keptKeys(kv);
  for (const key of keys.slice(0, Math.max(0, keys.length - STORAGE_LIMITS.keptQueueItems))) await kv.del(key);
}

function isKept(v: unknown): v is KeptItem {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.kind === 'string' && typeof r.reason === 'string' && typeof r.at === 'number';
}

/** The kept items as export records: the value as JSON text, whole. */
export async function listKept(kv: KeyValueStore): Promise<Array<QuarantineRecord & { key: string }>> {
  const out: Array<QuarantineRecord & { key: string }> = [];
  for (const key of await keptKeys(kv)) {
    const v = await kv.get(key);
    if (isKept(v)) out.push({ key, kind: v.kind, reason: v.reason, at: v.at, raw: toRawText(v.raw), truncated: false });
  }
  return out;
}

export async function clearKept(kv: KeyValueStore): Promise<number> {
  const keys = await keptKeys(kv);
  for (const key of keys) await kv.del(key);
  return keys.length;
}
