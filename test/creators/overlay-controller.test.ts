import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '@/entrypoints/affiliate.content/features/find-creators/emitter';
import { createOverlayController } from '@/entrypoints/affiliate.content/features/find-creators/overlay-controller';
import type { QueuedStore } from '@/entrypoints/affiliate.content/features/find-creators/queued-store';
import type { PageData, PageDataStore } from '@/entrypoints/affiliate.content/page-data';
import type { CreatorRow } from '@/lib/creators/types';
import type { ObserverEvent } from '@/lib/observer/receive';
import { creator } from './helpers';

const sendMessage = vi.fn();
vi.mock('@/components/common/rpc', () => ({ sendMessage: (m: unknown) => sendMessage(m), newOpId: () => 'op' }));

/** The page's data as the observer fills it, and a queue that holds nothing. */
function setup() {
  const data = { creators: new Map<string, CreatorRow>(), creatorOrder: [], rev: 0 } as unknown as PageData;
  const listeners = new Set<(d: PageData, e: ObserverEvent) => void>();
  const store: PageDataStore = {
    get: () => data,
    addReaders() {},
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  const queuedChanges = createEmitter();
  const queued: QueuedStore = {
    has: () => false,
    count: () => 0,
    markQueued: () => undefined,
    subscribe: queuedChanges.subscribe,
  };
  const ctl = createOverlayController({
    data: store,
    queued,
    region: 'GB',
    locale: 'en-GB',
    signal: new AbortController().signal,
  });
  const changed: Array<ReadonlySet<string> | null> = [];
  ctl.subscribe((c) => changed.push(c));
  const arrive = (...creators: CreatorRow[]) => {
    for (const c of creators) data.creators.set(c.id, c);
    const e = {
      endpoint: 'creator-find',
      result: { creators, dropped: 0, hasMore: false, nextPage: null, searchKey: null },
      seq: 1,
    } as ObserverEvent;
    for (const l of listeners) l(data, e);
  };
  return { ctl, arrive, changed };
}

describe('overlay controller: rows known by what they show', () => {
  it('a row drawn before its JSON finds its creator by handle when the JSON arrives, and hears about it', () => {
    const s = setup();
    s.ctl.registerRow('@max_kitchen', { id: null, handle: 'max_kitchen', nickname: 'Zoe' });
    s.ctl.registerFallback('@max_kitchen', creator({ id: '@max_kitchen', handle: 'max_kitchen', blocked: null }));
    expect(s.ctl.creator('@max_kitchen')?.blocked).toBeNull();
    s.arrive(creator({ id: '7001', handle: 'Max_Kitchen', blocked: true }));
    expect(s.ctl.creator('@max_kitchen')).toMatchObject({ id: '7001', blocked: true });
    expect(s.changed.at(-1)?.has('@max_kitchen')).toBe(true);
  });

  it('the creator page asks by id', () => {
    const s = setup();
    s.arrive(creator({ id: '7002', handle: 'bella' }));
    expect(s.ctl.creator('7002')?.handle).toBe('bella');
  });

  it.each<[string, boolean | null, number]>([
    ['not blocked', false, 1],
    ['blocked', true, 0],
    ['unknown', null, 0],
  ])('addOne on a creator whose blocked state is %s sends %i add(s)', async (_name, blocked, sends) => {
    sendMessage.mockReset();
    sendMessage.mockResolvedValue({ ok: true, data: { replayed: true } });
    const s = setup();
    s.ctl.registerRow('@a', { id: null, handle: 'a', nickname: null });
    s.arrive(creator({ id: '7003', handle: 'a', blocked }));
    await s.ctl.addOne('@a');
    expect(sendMessage).toHaveBeenCalledTimes(sends);
  });

  it('a queueing chunk that cannot load leaves the row in error, not adding, and sends nothing', async () => {
    sendMessage.mockReset();
    vi.doMock('@/entrypoints/affiliate.content/features/find-creators/add-to-queue', () => {
      throw new Error('chunk failed to load');
    });
    try {
      const s = setup();
      s.ctl.registerRow('@c', { id: null, handle: 'c', nickname: null });
      s.arrive(creator({ id: '7004', handle: 'c', blocked: false }));
      await s.ctl.addOne('@c');
      expect(s.ctl.addState('@c')).toBe('error');
      expect(s.ctl.addError('@c')).toBeTruthy();
      expect(sendMessage).not.toHaveBeenCalled();
    } finally {
      vi.doUnmock('@/entrypoints/affiliate.content/features/find-creators/add-to-queue');
    }
  });

  it('a DOM-only row (no JSON, e.g. an answer over the size cap) is never added', async () => {
    sendMessage.mockReset();
    const s = setup();
    s.ctl.registerRow('@b', { id: null, handle: 'b', nickname: null });
    s.ctl.registerFallback('@b', creator({ id: '@b', handle: 'b', blocked: null }));
    await s.ctl.addOne('@b');
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
