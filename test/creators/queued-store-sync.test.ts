/**
 * Two Find creators tabs over the real worker and a 10,000-entry queue: what one add costs them. Each
 * tab reads the list once when it opens; after that the summary's change reaches both tabs, and an
 * add reads no list at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueuedStore } from '../../entrypoints/affiliate.content/features/find-creators/queued-store';
import { WAITING_DELTA_CAP } from '../../lib/queue/waiting-delta';
import { addMsg, startTestWorker, type TestWorker, testDeps } from '../background/helpers';

const route = vi.hoisted(() => ({ worker: null as TestWorker | null, lists: 0, entries: 0 }));
vi.mock('@/components/common/rpc', () => ({
  newOpId: () => 'op',
  async sendMessage(m: { type: string }) {
    const r = await route.worker!.send(m);
    if (m.type === 'queue/list' && r.ok) {
      route.lists += 1;
      route.entries += (r.data as { entries: unknown[] }).entries.length;
    }
    return r;
  },
}));

const QUEUE = 10_000;
const settle = () => new Promise((r) => setTimeout(r, 0));
async function until(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await settle();
  expect(done()).toBe(true);
}

describe('queued store: queue changes reach open tabs as changes', () => {
  let abort = new AbortController();
  beforeEach(() => {
    abort = new AbortController();
    fakeBrowser.reset();
    route.lists = 0;
    route.entries = 0;
  });
  afterEach(() => abort.abort());

  it('one add with two tabs open on a 10,000-entry queue reads no list', { timeout: 60_000 }, async () => {
    route.worker = startTestWorker(testDeps());
    const seed = Array.from({ length: QUEUE }, (_, i) => `c${i}`);
    expect((await route.worker.send(addMsg('seed', seed))).ok).toBe(true);

    const tabs = [createQueuedStore(abort.signal), createQueuedStore(abort.signal)];
    await until(() => tabs.every((t) => t.has('c9999')));
    const opening = { lists: route.lists, entries: route.entries };
    route.lists = 0;
    route.entries = 0;

    const heard = tabs.map((t) => {
      const seen: Array<ReadonlySet<string> | null> = [];
      t.subscribe((changed) => seen.push(changed));
      return seen;
    });
    expect((await route.worker.send(addMsg('one', ['new-creator']))).ok).toBe(true);
    await until(() => tabs.every((t) => t.has('new-creator') && t.count() === QUEUE + 1));
    await settle();

    console.info(
      `[queue sync] opening 2 tabs: ${opening.lists} queue/list calls, ${opening.entries} entries; one add: ${route.lists} calls, ${route.entries} entries`,
    );
    expect(opening).toEqual({ lists: 2 * (QUEUE / 1000), entries: 2 * QUEUE });
    expect({ lists: route.lists, entries: route.entries }).toEqual({ lists: 0, entries: 0 });
    // Rows re-check only the creator the add named.
    for (const h of heard) expect(h.some((c) => c !== null && [...c].join() === 'new-creator')).toBe(true);
  });

  it('a change the worker could not write comes with the next one', { timeout: 60_000 }, async () => {
    route.worker = startTestWorker(testDeps());
    expect((await route.worker.send(addMsg('seed', ['a', 'b']))).ok).toBe(true);
    const tab = createQueuedStore(abort.signal);
    await until(() => tab.has('b'));
    route.lists = 0;
    // storage.local refuses one summary (its quota is full): no tab hears of 'c' until the next write.
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const failing = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    expect((await route.worker.send(addMsg('lost', ['c']))).ok).toBe(true);
    failing.mockImplementation(set);
    expect((await route.worker.send(addMsg('next', ['d']))).ok).toBe(true);
    await until(() => tab.has('c') && tab.has('d'));
    expect(route.lists).toBe(0);
  });

  it('a change too big to name makes the tab read the list again, and it ends right', { timeout: 60_000 }, async () => {
    route.worker = startTestWorker(testDeps());
    expect((await route.worker.send(addMsg('seed', ['a']))).ok).toBe(true);
    const tab = createQueuedStore(abort.signal);
    await until(() => tab.has('a'));
    route.lists = 0;
    const bulk = Array.from({ length: WAITING_DELTA_CAP + 1 }, (_, i) => `bulk${i}`);
    expect((await route.worker.send(addMsg('bulk', bulk))).ok).toBe(true);
    await until(() => bulk.every((id) => tab.has(id)));
    expect(route.lists).toBe(1);
  });
});
