/**
 * Storage at its limits: what could not be read is kept whole, acknowledged imports survive a stop,
 * a full storage area or a failing database leaves the worker answering, and hostile imports cost a
 * bounded reply. Each test models the limit with the worker's own dependencies.
 */

import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { WORKER_MESSAGES } from '../../entrypoints/background/messages';
import { STORAGE_LIMITS } from '../../lib/config/storage-limits';
import type { StorageAreaLike } from '../../lib/storage/area';
import { createMemoryStore } from '../../lib/storage/area';
import { JOURNAL_PREFIX, SNAPSHOT_KEY } from '../../lib/storage/journal';
import { setAside } from '../../lib/storage/quarantine';
import { addMsg, data, type KeyValueStore, OPTIONS_PAGE, POPUP, startTestWorker, T0, testDeps } from './helpers';

type Health = { problems: string[]; readOnly: boolean };
type Summary = { total: number };

const health = (w: ReturnType<typeof startTestWorker>) =>
  w.send({ type: 'storage/health' }, POPUP).then((r) => data<Health>(r));
const summary = (w: ReturnType<typeof startTestWorker>) =>
  w.send({ type: 'queue/summary' }, POPUP).then((r) => data<Summary>(r));

/** A creator CSV of `n` distinct ids (all digits, so they read as ids). */
function idsCsv(n: number): string {
  return `creator_id\n${Array.from({ length: n }, (_, i) => String(7_000_000_000 + i)).join('\n')}\n`;
}

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `c${from + i}`);

async function queueOf(n: number, kv: KeyValueStore) {
  const w = startTestWorker(testDeps({ kv }));
  for (let from = 0; from < n; from += 5000)
    await w.send(addMsg(`fill-${from}`, ids(from, Math.min(5000, n - from))), POPUP);
  await (await w.core).queue.compact();
}

describe('a snapshot from a newer version', () => {
  it.each([
    ['snapshot format', (s: Record<string, unknown>) => ({ ...s, format: 2 })],
    ['queue version', (s: Record<string, unknown>) => ({ ...s, state: { ...(s.state as object), version: 2 } })],
  ])(
    '(newer %s) of 10,000 entries survives restarts whole, read-only, and exports',
    { timeout: 120_000 },
    async (_k, bump) => {
      const kv = createMemoryStore();
      await queueOf(10_000, kv);
      const newer = bump(kv.data.get(SNAPSHOT_KEY) as Record<string, unknown>);
      kv.data.set(SNAPSHOT_KEY, newer);
      const kept = structuredClone(newer);

      const w = startTestWorker(testDeps({ kv }));
      const h = await health(w);
      expect(h.readOnly).toBe(true);
      expect(h.problems).toHaveLength(1);
      const refused = await w.send(addMsg('after-rollback', ['x1']), POPUP);
      expect(refused).toMatchObject({ ok: false, code: 'refused', error: h.problems[0] });
      const notices = data<{ notices: Array<{ message: string }> }>(
        await w.send({ type: 'notices/get' }, OPTIONS_PAGE),
      ).notices;
      expect(notices.map((n) => n.message)).toEqual([h.problems[0]]);

      // A second start (and anything the first did) left it exactly as the newer build wrote it.
      const again = startTestWorker(testDeps({ kv }));
      expect((await health(again)).readOnly).toBe(true);
      expect(kv.data.get(SNAPSHOT_KEY)).toEqual(kept);
      expect([...kv.data.keys()]).toEqual([SNAPSHOT_KEY]);

      const file = data<{ text: string; count: number }>(await again.send({ type: 'setaside/export' }, OPTIONS_PAGE));
      const record = JSON.parse(file.text).records.find((r: { key: string }) => r.key === SNAPSHOT_KEY);
      const exported = JSON.parse(record.raw);
      expect(exported).toEqual(kept);
      expect(exported.state.entries).toHaveLength(10_000);
      // "Delete set-aside data" does not delete it: it is the seller's queue, waiting for the update.
      await again.send({ type: 'setaside/clear' }, OPTIONS_PAGE);
      expect(kv.data.get(SNAPSHOT_KEY)).toEqual(kept);

      // Once a build that reads it runs (modelled by removing it), the notice goes.
      kv.data.delete(SNAPSHOT_KEY);
      const updated = startTestWorker(testDeps({ kv }));
      expect(data<{ notices: unknown[] }>(await updated.send({ type: 'notices/get' }, OPTIONS_PAGE)).notices).toEqual(
        [],
      );
    },
  );
});

describe('a large import', () => {
  it('of 25,000 rows is acknowledged, the worker stops before the snapshot, and all 25,000 are back', {
    timeout: 120_000,
  }, async () => {
    const kv = createMemoryStore();
    // The stop: no snapshot is ever written by this worker.
    const noSnapshot: KeyValueStore = {
      ...kv,
      set: (k, v) => (k === SNAPSHOT_KEY ? Promise.reject(new Error('worker stopped')) : kv.set(k, v)),
    };
    const w = startTestWorker(testDeps({ kv: noSnapshot, compactEvery: undefined }));
    const reply = data<{ added: number; errorCount: number }>(
      await w.send({ type: 'queue/import-csv', opId: 'big', text: idsCsv(25_000) }, POPUP),
    );
    expect(reply).toMatchObject({ added: 25_000, errorCount: 0 });
    expect(kv.data.has(SNAPSHOT_KEY)).toBe(false);
    expect([...kv.data.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX))).toHaveLength(2);

    const after = startTestWorker(testDeps({ kv }));
    expect((await summary(after)).total).toBe(25_000);
    expect((await health(after)).problems).toEqual([]);
    // The same import sent again (the sender never saw the answer) changes nothing.
    const retry = data<{ added: number; replayed: boolean }>(
      await after.send({ type: 'queue/import-csv', opId: 'big', text: idsCsv(25_000) }, POPUP),
    );
    expect(retry).toMatchObject({ added: 0, replayed: true });
    expect((await summary(after)).total).toBe(25_000);
  });

  it(`stops at ${STORAGE_LIMITS.queueMaxEntries} entries with a clear message; what went in stays`, {
    timeout: 120_000,
  }, async () => {
    const kv = createMemoryStore();
    const w = startTestWorker(testDeps({ kv }));
    const first = data<{ added: number }>(
      await w.send({ type: 'queue/import-csv', opId: 'a', text: idsCsv(STORAGE_LIMITS.queueMaxEntries - 10) }, POPUP),
    );
    expect(first.added).toBe(STORAGE_LIMITS.queueMaxEntries - 10);
    const over = await w.send(addMsg('over', ids(0, 11)), POPUP);
    expect(over).toEqual({
      ok: false,
      code: 'refused',
      error: WORKER_MESSAGES.queueFull(STORAGE_LIMITS.queueMaxEntries),
    });
    expect((await w.send(addMsg('fits', ids(0, 10)), POPUP)).ok).toBe(true);
    expect((await summary(w)).total).toBe(STORAGE_LIMITS.queueMaxEntries);
  });
});

describe('a hostile import file', () => {
  it('of 10^6 bad rows (4 MB) gives a bounded reply', { timeout: 120_000 }, async () => {
    const text = 'x y\n'.repeat(1_000_000);
    expect(text.length).toBeLessThanOrEqual(STORAGE_LIMITS.importMaxChars);
    const w = startTestWorker(testDeps());
    const started = performance.now();
    const reply = await w.send({ type: 'queue/import-csv', opId: 'hostile', text }, POPUP);
    const ms = performance.now() - started;
    const got = data<{ added: number; errors: Array<{ line: number; reason: string }>; errorCount: number }>(reply);
    expect(got.added).toBe(0);
    expect(got.errors).toHaveLength(STORAGE_LIMITS.importErrorsListed);
    // Every row read is a problem, plus one line saying the rest was not read.
    expect(got.errorCount).toBe(STORAGE_LIMITS.importMaxRows + 1);
    expect(JSON.stringify(reply).length).toBeLessThan(20_000);
    expect(ms).toBeLessThan(10_000);
  });

  it(`of 100,000 good ids queues the first ${STORAGE_LIMITS.importMaxRows} and says the rest was not read`, {
    timeout: 120_000,
  }, async () => {
    const w = startTestWorker(testDeps());
    const got = data<{ added: number; errors: Array<{ line: number; reason: string }> }>(
      await w.send({ type: 'queue/import-csv', opId: 'many', text: idsCsv(100_000) }, POPUP),
    );
    expect(got.added).toBe(STORAGE_LIMITS.importMaxRows);
    expect(got.errors).toEqual([
      {
        line: STORAGE_LIMITS.importMaxRows + 2,
        reason: WORKER_MESSAGES.importTooManyRows(STORAGE_LIMITS.importMaxRows),
      },
    ]);
  });
});

/** storage.local with its quota: a write that would take the area past `bytes` (as JSON) is refused. */
function quotaLocal(bytes: number): StorageAreaLike {
  const local = browser.storage.local;
  return {
    get: (keys) => local.get(keys ?? null),
    remove: (keys) => local.remove(keys),
    async set(items) {
      const all = { ...(await local.get(null)), ...items };
      if (JSON.stringify(all).length > bytes) throw new Error('QUOTA_BYTES quota exceeded');
      await local.set(items);
    },
  };
}

describe('storage that fails', () => {
  it('a full storage.local: the worker starts, answers queue/summary, says what is wrong, and recovers', async () => {
    const QUOTA = 200_000;
    // Filled by set-aside data up to the brim (written before the quota is modelled).
    for (let i = 0; i < 3; i++) await setAside(browser.storage.local, 'settings', 'z'.repeat(67_000), 'test', T0 + i);
    const w = startTestWorker(testDeps({ local: quotaLocal(QUOTA) }));
    expect((await summary(w)).total).toBe(0);
    const added = await w.send(addMsg('while-full', ['c1', 'c2']), POPUP);
    expect(added.ok).toBe(true);
    expect((await summary(w)).total).toBe(2);
    const h = await health(w);
    expect(h.problems).toHaveLength(1);
    expect(h.problems[0]).toMatch(/full/);

    expect(data<{ deleted: number }>(await w.send({ type: 'setaside/clear' }, OPTIONS_PAGE)).deleted).toBe(3);
    expect((await health(w)).problems).toEqual([]);
  });

  it('a database that cannot be opened: the queue works in memory and the popup says so', async () => {
    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('IDB unavailable')),
      set: () => Promise.reject(new Error('IDB unavailable')),
      del: () => Promise.reject(new Error('IDB unavailable')),
      keys: () => Promise.reject(new Error('IDB unavailable')),
    };
    const w = startTestWorker(testDeps({ kv: broken }));
    expect((await w.send(addMsg('mem', ['c1']), POPUP)).ok).toBe(true);
    expect((await summary(w)).total).toBe(1);
    expect((await health(w)).problems).toHaveLength(1);
  });

  it('a queue write that fails is refused with the reason; the queue still reads', async () => {
    const kv = createMemoryStore();
    let failing = false;
    const flaky: KeyValueStore = {
      ...kv,
      set: (k, v) => (failing ? Promise.reject(new Error('QuotaExceededError')) : kv.set(k, v)),
    };
    const w = startTestWorker(testDeps({ kv: flaky }));
    await w.send(addMsg('ok', ['c1']), POPUP);
    failing = true;
    const r = await w.send(addMsg('fails', ['c2']), POPUP);
    expect(r).toMatchObject({ ok: false, code: 'refused' });
    expect((await summary(w)).total).toBe(1);
    expect((await health(w)).problems).toEqual([!r.ok && r.error]);
    failing = false;
    expect((await w.send(addMsg('fails', ['c2']), POPUP)).ok).toBe(true);
    expect((await health(w)).problems).toEqual([]);
  });
});
