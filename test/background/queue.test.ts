import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QUEUE_SUMMARY_KEY, type QueueSummary } from '../../lib/messages';
import { createMemoryStore } from '../../lib/storage/area';
import { journalKey, SNAPSHOT_KEY } from '../../lib/storage/journal';
import { addMsg, CONTENT, data, POPUP, startTestWorker, TERMS, testDeps } from './helpers';

async function entryIds(w: ReturnType<typeof startTestWorker>): Promise<string[]> {
  const r = data<{ entries: Array<{ id: string }> }>(await w.send({ type: 'queue/list', offset: 0, limit: 1000 }));
  const more = data<{ entries: Array<{ id: string }> }>(
    await w.send({ type: 'queue/list', offset: 1000, limit: 1000 }),
  );
  return [...r.entries, ...more.entries].map((e) => e.id);
}

describe('concurrent writers', () => {
  it('two senders interleaving 500 adds each keep all 1000 entries', { timeout: 60_000 }, async () => {
    const w = startTestWorker(testDeps({ compactEvery: 97 }));
    const tabA = { ...CONTENT, tab: { id: 1, url: CONTENT.url } };
    const tabB = { ...CONTENT, tab: { id: 2, url: CONTENT.url } };
    const sends: Array<Promise<unknown>> = [];
    for (let i = 0; i < 500; i++) {
      sends.push(w.send(addMsg(`a${i}`, [`a${i}`]), tabA));
      sends.push(w.send(addMsg(`b${i}`, [`b${i}`]), tabB));
    }
    const replies = await Promise.all(sends);
    expect(replies.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const ids = await entryIds(w);
    expect(ids).toHaveLength(1000);
    expect(new Set(ids).size).toBe(1000);
    const summary = (await browser.storage.local.get(QUEUE_SUMMARY_KEY))[QUEUE_SUMMARY_KEY] as QueueSummary;
    expect(summary.total).toBe(1000);
    expect(summary.counts.queued).toBe(1000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('999+');
  });
});

describe('idempotent ops', () => {
  it('a retried op id is a no-op, never two entries', async () => {
    const w = startTestWorker(testDeps());
    const first = data<{ added: string[]; replayed: boolean }>(await w.send(addMsg('op1', ['c1'])));
    const retry = data<{ added: string[]; replayed: boolean }>(await w.send(addMsg('op1', ['c1'])));
    expect(first).toMatchObject({ added: ['e-c1'], replayed: false });
    expect(retry).toMatchObject({ added: [], replayed: true });
    expect(await entryIds(w)).toEqual(['e-c1']);
  });
  it('the same creator and terms under a new op id is reported as a duplicate', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1']));
    const again = data<{ duplicates: unknown[] }>(
      await w.send({
        type: 'queue/add',
        opId: 'op2',
        inputs: [{ id: 'other', creator: { id: 'c1', canLive: true }, terms: TERMS }],
      }),
    );
    expect(again.duplicates).toHaveLength(1);
    expect(await entryIds(w)).toHaveLength(1);
  });
});

describe('crash safety of the journal', () => {
  it('an acknowledged op survives a kill before any snapshot, and its retry is a no-op', async () => {
    const kv = createMemoryStore();
    const a = startTestWorker(testDeps({ kv }));
    expect((await a.send(addMsg('op1', ['c1', 'c2']))).ok).toBe(true);
    // Killed: no snapshot was ever written, only the journal record.
    expect(kv.data.has(SNAPSHOT_KEY)).toBe(false);
    expect(kv.data.has(journalKey(1))).toBe(true);
    const b = startTestWorker(testDeps({ kv }));
    expect(await entryIds(b)).toEqual(['e-c1', 'e-c2']);
    const retry = data<{ replayed: boolean }>(await b.send(addMsg('op1', ['c1', 'c2'])));
    expect(retry.replayed).toBe(true);
    expect(await entryIds(b)).toHaveLength(2);
  });

  it('a kill after the journal write but before the answer: the retry does not double', async () => {
    const kv = createMemoryStore();
    let killed = false;
    const dying = {
      ...kv,
      async set(key: string, value: unknown) {
        await kv.set(key, value);
        if (key.startsWith('j:') && !killed) {
          killed = true;
          throw new Error('worker stopped');
        }
      },
    };
    const a = startTestWorker(testDeps({ kv: dying }));
    const lost = await a.send(addMsg('op1', ['c1']));
    expect(lost.ok).toBe(false); // the caller never got an acknowledgement
    const b = startTestWorker(testDeps({ kv }));
    await b.send(addMsg('op1', ['c1'])); // the caller retries with the same op id
    expect(await entryIds(b)).toEqual(['e-c1']);
  });

  it('a kill between the snapshot write and the journal trim replays nothing twice', async () => {
    const kv = createMemoryStore();
    const a = startTestWorker(testDeps({ kv }));
    for (let i = 0; i < 5; i++) await a.send(addMsg(`op${i}`, [`c${i}`]));
    const core = await a.core;
    // Write the snapshot by hand, leaving the journal records in place, as if killed mid-compaction.
    const journalBefore = [...kv.data.keys()].filter((k) => k.startsWith('j:'));
    await kv.set(SNAPSHOT_KEY, {
      format: 1,
      seq: core.queue.seq,
      opIds: [],
      state: { version: 1, entries: core.queue.state.entries },
    });
    expect(journalBefore).toHaveLength(5);
    const b = startTestWorker(testDeps({ kv }));
    expect(await entryIds(b)).toHaveLength(5);
    // Start-up compacted: the covered records are gone.
    expect([...kv.data.keys()].filter((k) => k.startsWith('j:'))).toHaveLength(0);
  });

  it('survives many restarts during a bulk add with retries: exactly 300 entries', { timeout: 60_000 }, async () => {
    const kv = createMemoryStore();
    let w = startTestWorker(testDeps({ kv, compactEvery: 7 }));
    for (let i = 0; i < 300; i++) {
      const msg = addMsg(`bulk${i}`, [`c${i}`]);
      await w.send(msg);
      if (i % 15 === 0) {
        w = startTestWorker(testDeps({ kv, compactEvery: 7 })); // restart
        await w.send(msg); // the sender did not trust the answer and retries
      }
    }
    const ids = await entryIds(w);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });
});

describe('queue requests', () => {
  it('remove gives an undo token; undo restores; clear-removed purges', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1', 'c2']));
    const removed = data<{ changed: string[]; token: unknown }>(
      await w.send({ type: 'queue/remove', opId: 'r1', ids: ['e-c1'] }),
    );
    expect(removed.changed).toEqual(['e-c1']);
    const undone = data<{ restored: string[] }>(await w.send({ type: 'queue/undo', opId: 'u1', token: removed.token }));
    expect(undone.restored).toEqual(['e-c1']);
    await w.send({ type: 'queue/remove', opId: 'r2', ids: ['e-c2'] });
    const cleared = data<{ cleared: number }>(await w.send({ type: 'queue/clear-removed', opId: 'x1' }));
    expect(cleared.cleared).toBe(1);
    expect(await entryIds(w)).toEqual(['e-c1']);
  });

  it('queues a creator without terms using the defaults and the last products', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1']));
    await w.send(addMsg('op2', ['c2'], undefined), POPUP);
    const list = data<{ entries: Array<{ terms: typeof TERMS }> }>(
      await w.send({ type: 'queue/list', offset: 0, limit: 10 }),
    );
    expect(list.entries[1]?.terms).toMatchObject({
      products: TERMS.products,
      durationDays: 30,
      contentType: 'video',
      feeStructure: 'commission',
      flashSale: false,
    });
  });

  it('lists by status with paging', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1', 'c2', 'c3']));
    await w.send({ type: 'queue/remove', opId: 'r1', ids: ['e-c2'] });
    const page = data<{ entries: Array<{ id: string }>; total: number }>(
      await w.send({ type: 'queue/list', offset: 1, limit: 1, status: 'queued' }),
    );
    expect(page.total).toBe(2);
    expect(page.entries.map((e) => e.id)).toEqual(['e-c3']);
  });

  it('exports CSV and imports creator ids, reporting handle-only rows', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1']));
    const csv = data<{ text: string; filename: string }>(await w.send({ type: 'queue/export-csv' }));
    expect(csv.text).toContain('e-c1');
    expect(csv.filename).toMatch(/\.csv$/);
    const r = data<{ added: number; errors: Array<{ line: number }> }>(
      await w.send({
        type: 'queue/import-csv',
        opId: 'imp1',
        text: 'creator_id,handle\n111,alice\n,bob\n222,\n',
        terms: TERMS,
      }),
    );
    expect(r.added).toBe(2);
    expect(r.errors.map((e) => e.line)).toContain(3);
    const again = data<{ added: number; replayed: boolean }>(
      await w.send({
        type: 'queue/import-csv',
        opId: 'imp1',
        text: 'creator_id,handle\n111,alice\n,bob\n222,\n',
        terms: TERMS,
      }),
    );
    expect(again).toMatchObject({ added: 0, replayed: true });
    expect(await entryIds(w)).toHaveLength(3);
  });
});
