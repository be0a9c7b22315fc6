/**
 * Creator memory as the worker keeps it: records in SHARD_COUNT shards of the extension's IndexedDB
 * (its own database, apart from the queue's journal), so one add reads and writes one small shard at
 * 50,000 creators. Every write runs on one chain: two tabs writing at once lose nothing. Shards read
 * once stay in memory; the worker is their only writer, so the copy never goes stale.
 */
import { createStore, getMany, setMany } from 'idb-keyval';
import { type CreatorMemory, creatorMemorySchema } from '@/lib/memory/schema';
import { SHARD_COUNT, shardKey, shardOf } from '@/lib/memory/shard';
import type { KeyValueStore } from '@/lib/storage/area';
import { createSerial } from '@/lib/storage/serial';

/** The two calls the store needs; idb-keyval makes each one transaction. */
export interface ShardKv {
  getMany(keys: string[]): Promise<unknown[]>;
  setMany(entries: Array<[string, unknown]>): Promise<void>;
}

export function idbShardKv(dbName = 'collab-pilot-memory', storeName = 'creators'): ShardKv {
  const store = createStore(dbName, storeName);
  return { getMany: (keys) => getMany(keys, store), setMany: (entries) => setMany(entries, store) };
}

/** Over a plain KeyValueStore: tests, and memory when IndexedDB cannot be opened. */
export function kvShardKv(kv: KeyValueStore): ShardKv {
  return {
    getMany: (keys) => Promise.all(keys.map((k) => kv.get(k))),
    setMany: async (entries) => {
      for (const [k, v] of entries) await kv.set(k, v);
    },
  };
}

type Shard = Map<string, CreatorMemory>;
export type Change = (m: CreatorMemory | undefined) => CreatorMemory | undefined;

export interface MemoryStore {
  /** The records of these ids that exist. */
  get(ids: readonly string[]): Promise<Map<string, CreatorMemory>>;
  /** Applies each change to its creator's record and stores the shards touched, in one write. */
  update(changes: ReadonlyArray<{ id: string; change: Change }>): Promise<Map<string, CreatorMemory>>;
  all(): Promise<CreatorMemory[]>;
  /** Read-only check of a flag kept next to the shards (e.g. "the queue was copied in"). */
  flag(name: string): Promise<boolean>;
  setFlag(name: string): Promise<void>;
}

/** A stored shard, each record checked; a record that fails is left out (and logged), the rest load. */
function readShard(raw: unknown): Shard {
  const out: Shard = new Map();
  if (!raw || typeof raw !== 'object') return out;
  let dropped = 0;
  for (const [id, rec] of Object.entries(raw as Record<string, unknown>)) {
    const r = creatorMemorySchema.safeParse(rec);
    if (r.success && r.data.id === id) out.set(id, r.data);
    else dropped++;
  }
  if (dropped) console.warn(`[collab-pilot] ${dropped} creator memory records could not be read`);
  return out;
}

export function createMemoryStoreOver(kv: ShardKv): MemoryStore {
  const serial = createSerial();
  const shards = new Map<number, Shard>();

  async function load(ns: readonly number[]): Promise<void> {
    const missing = [...new Set(ns)].filter((n) => !shards.has(n));
    if (missing.length === 0) return;
    const raws = await kv.getMany(missing.map(shardKey));
    for (const [i, n] of missing.entries()) shards.set(n, readShard(raws[i]));
  }

  return {
    async get(ids) {
      // After the writes already asked for: a read never misses what a tab just wrote.
      await serial.idle();
      await load(ids.map(shardOf));
      const out = new Map<string, CreatorMemory>();
      for (const id of ids) {
        const m = shards.get(shardOf(id))?.get(id);
        if (m) out.set(id, m);
      }
      return out;
    },
    update(changes) {
      return serial.run(async () => {
        await load(changes.map((c) => shardOf(c.id)));
        // Copies of the touched shards: the cached ones change only once the write succeeded.
        const next = new Map<number, Shard>();
        const out = new Map<string, CreatorMemory>();
        for (const { id, change } of changes) {
          const n = shardOf(id);
          let shard = next.get(n);
          if (!shard) {
            shard = new Map(shards.get(n));
            next.set(n, shard);
          }
          const m = change(shard.get(id));
          if (!m) continue;
          shard.set(id, m);
          out.set(id, m);
        }
        if (out.size === 0) return out;
        await kv.setMany([...next].map(([n, shard]) => [shardKey(n), Object.fromEntries(shard)]));
        for (const [n, shard] of next) shards.set(n, shard);
        return out;
      });
    },
    async all() {
      await serial.idle();
      await load(Array.from({ length: SHARD_COUNT }, (_, n) => n));
      return [...shards.values()].flatMap((s) => [...s.values()]);
    },
    async flag(name) {
      const [v] = await kv.getMany([`flag:${name}`]);
      return v === true;
    },
    setFlag(name) {
      return serial.run(() => kv.setMany([[`flag:${name}`, true]]));
    },
  };
}
