/**
 * Creator memory as the worker keeps it: records in SHARD_COUNT shards of the extension's IndexedDB
 * (its own database, apart from the queue's journal), so one add reads and writes one small shard at
 * 50,000 creators. Every write runs on one chain: two tabs writing at once lose nothing. Shards read
 * once stay in memory; the worker is their only writer, so the copy never goes stale.
 *
 * What a batch's rules ask of every queued creator (the seller's mark, the last invitation sent) is
 * kept apart as a small index over the shards in memory: filled as each shard is read and changed with
 * each write that succeeds, so planning reads one map instead of copying out a record per creator.
 */
import { createStore, getMany, setMany } from 'idb-keyval';
import { type CreatorMemory, creatorMemorySchema } from '@/lib/memory/schema';
import { SHARD_COUNT, shardKey, shardOf } from '@/lib/memory/shard';
import { type Remembered, remembered } from '@/lib/memory/summary';
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
  /**
   * What a batch's rules need of these creators, keyed by id, for those with something to say (a mark or
   * a sent invitation). The store's own map, current until the next write: read it before awaiting again.
   */
  remembered(ids: readonly string[]): Promise<ReadonlyMap<string, Remembered>>;
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

/** Files what a record tells a batch under its id; a creator with nothing to tell is left out. */
function index(into: Map<string, Remembered>, id: string, m: CreatorMemory): void {
  const r = remembered(m);
  if (r.doNotInvite || r.lastInvitedByYouAt !== undefined) into.set(id, r);
  else into.delete(id);
}

export function createMemoryStoreOver(kv: ShardKv): MemoryStore {
  const serial = createSerial();
  const shards = new Map<number, Shard>();
  /** `remembered` of every record in `shards`. */
  const byCreator = new Map<string, Remembered>();

  async function load(ns: readonly number[]): Promise<void> {
    const missing = [...new Set(ns)].filter((n) => !shards.has(n));
    if (missing.length === 0) return;
    const raws = await kv.getMany(missing.map(shardKey));
    // A read outside the chain can finish after a write loaded and changed the same shard: the cached copy wins.
    for (const [i, n] of missing.entries()) {
      if (shards.has(n)) continue;
      const shard = readShard(raws[i]);
      shards.set(n, shard);
      for (const [id, m] of shard) index(byCreator, id, m);
    }
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
        for (const [id, m] of out) index(byCreator, id, m);
        return out;
      });
    },
    async all() {
      await serial.idle();
      await load(Array.from({ length: SHARD_COUNT }, (_, n) => n));
      return [...shards.values()].flatMap((s) => [...s.values()]);
    },
    async remembered(ids) {
      await serial.idle();
      // Once every shard is in memory, no id needs hashing.
      if (shards.size < SHARD_COUNT) await load(ids.map(shardOf));
      return byCreator;
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
