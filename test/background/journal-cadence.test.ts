import { describe, expect, it } from 'vitest';
import { createMemoryStore, type KeyValueStore } from '../../lib/storage/area';
import { JOURNAL_PREFIX, SNAPSHOT_KEY } from '../../lib/storage/journal';
import { addMsg, data, startTestWorker, testDeps } from './helpers';

const journalKeys = (kv: { data: Map<string, unknown> }) =>
  [...kv.data.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX));
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `c${from + i}`);

async function listIds(w: ReturnType<typeof startTestWorker>): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = data<{ entries: Array<{ id: string }>; total: number }>(
      await w.send({ type: 'queue/list', offset, limit: 1000 }),
    );
    out.push(...page.entries.map((e) => e.id));
    if (offset + 1000 >= page.total) return out;
  }
}

describe('snapshot cadence (default settings)', () => {
  it.each([
    { what: '10 single adds: journal only', adds: 10, size: 1, snapshot: false },
    { what: 'one add of 1,000 entries: snapshot, journal trimmed', adds: 1, size: 1000, snapshot: true },
    { what: '100 single adds: snapshot', adds: 100, size: 1, snapshot: true },
  ])('$what', async ({ adds, size, snapshot }) => {
    const kv = createMemoryStore();
    const w = startTestWorker(testDeps({ kv, compactEvery: undefined }));
    for (let i = 0; i < adds; i++) await w.send(addMsg(`op${i}`, ids(i * size, size)));
    await (await w.core).queue.idle();
    expect(kv.data.has(SNAPSHOT_KEY)).toBe(snapshot);
    expect(journalKeys(kv).length).toBe(snapshot ? 0 : adds);
  });

  it('a large queue is snapshotted less often than every 100 ops', async () => {
    const kv = createMemoryStore();
    const w = startTestWorker(testDeps({ kv, compactEvery: undefined }));
    await w.send(addMsg('big', ids(0, 5000)));
    await (await w.core).queue.idle();
    const before = kv.data.get(SNAPSHOT_KEY);
    for (let i = 0; i < 150; i++) await w.send(addMsg(`one${i}`, [`x${i}`]));
    await (await w.core).queue.idle();
    // 5,000 entries: every 500 ops, so the 150 single adds are still in the journal.
    expect(kv.data.get(SNAPSHOT_KEY)).toBe(before);
    expect(journalKeys(kv)).toHaveLength(150);
  });
});

/**
 * A store that dies: after `budget` more writes every write throws, as in a worker stopped mid-write.
 * The store underneath keeps whatever was written before, as IndexedDB does.
 */
function mortal(kv: KeyValueStore, budget: number): KeyValueStore {
  let left = budget;
  const guard = () => {
    if (left-- <= 0) throw new Error('worker stopped');
  };
  return {
    get: (k) => kv.get(k),
    keys: () => kv.keys(),
    async set(k, v) {
      guard();
      await kv.set(k, v);
    },
    async del(k) {
      guard();
      await kv.del(k);
    },
  };
}

describe('worker killed mid-write', () => {
  it('20 stops during a 1,000-entry bulk add sent in chunks: exactly 1,000 entries, none doubled', {
    timeout: 60_000,
  }, async () => {
    const kv = createMemoryStore();
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const chunks = Array.from({ length: 50 }, (_, i) => addMsg(`bulk-${i}`, ids(i * 20, 20)));
    let kills = 0;
    let w = startTestWorker(testDeps({ kv: mortal(kv, 1 + Math.floor(rand() * 3)), compactEvery: 3 }));
    for (let i = 0; i < chunks.length; i++) {
      // The sender resends its chunk (same op id) until a worker acknowledges it.
      for (;;) {
        const reply = await w.send(chunks[i]);
        if (reply.ok) break;
        kills++;
        const budget = kills < 20 ? 1 + Math.floor(rand() * 3) : Number.POSITIVE_INFINITY;
        w = startTestWorker(testDeps({ kv: mortal(kv, budget), compactEvery: 3 }));
      }
    }
    expect(kills).toBe(20);
    const all = await listIds(startTestWorker(testDeps({ kv })));
    expect(all).toHaveLength(1000);
    expect(new Set(all).size).toBe(1000);
  });
});
