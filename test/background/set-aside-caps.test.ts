import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { STORAGE_LIMITS } from '../../lib/config/storage-limits';
import { createMemoryStore } from '../../lib/storage/area';
import { KEPT_PREFIX, keepWhole, listKept } from '../../lib/storage/kept';
import { listSetAside, setAside } from '../../lib/storage/quarantine';
import { T0 } from './helpers';

describe('set-aside data stays bounded', () => {
  it('storage.local records stay within the total cap, the oldest going first', async () => {
    const big = 'x'.repeat(STORAGE_LIMITS.setAsideRecordChars);
    for (let i = 0; i < 5; i++) await setAside(browser.storage.local, 'settings', big, `r${i}`, T0 + i);
    const left = await listSetAside(browser.storage.local);
    expect(left.reduce((n, r) => n + r.raw.length, 0)).toBeLessThanOrEqual(STORAGE_LIMITS.setAsideTotalChars);
    expect(left.map((r) => r.reason)).toEqual(['r3', 'r4']);
    // Each record is cut to the per-record cap (the JSON quotes make it one over).
    expect(left.every((r) => r.truncated)).toBe(true);
  });

  it('queue items are kept whole in the store, the newest few', async () => {
    const kv = createMemoryStore();
    const snapshot = {
      format: 'x',
      entries: Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, note: 'n'.repeat(400) })),
    };
    await keepWhole(kv, [{ kind: 'queue-snapshot', raw: snapshot, reason: 'unreadable' }], T0);
    for (let i = 1; i <= STORAGE_LIMITS.keptQueueItems; i++) {
      await keepWhole(kv, [{ kind: 'queue-op', raw: { n: i }, reason: 'bad op' }], T0 + i);
    }
    const kept = await listKept(kv);
    expect(kept).toHaveLength(STORAGE_LIMITS.keptQueueItems);
    expect(kept.map((r) => JSON.parse(r.raw).n)).toEqual([1, 2, 3, 4, 5]);
    expect([...kv.data.keys()].every((k) => k.startsWith(KEPT_PREFIX))).toBe(true);
  });

  it('a kept snapshot exports whole, however large', async () => {
    const kv = createMemoryStore();
    const snapshot = {
      format: 'x',
      entries: Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, note: 'n'.repeat(400) })),
    };
    await keepWhole(kv, [{ kind: 'queue-snapshot', raw: snapshot, reason: 'unreadable' }], T0);
    const [record] = await listKept(kv);
    expect(record?.raw.length).toBeGreaterThan(STORAGE_LIMITS.setAsideRecordChars);
    expect(JSON.parse(record?.raw ?? '')).toEqual(snapshot);
  });
});
