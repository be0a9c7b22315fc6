import { describe, expect, it } from 'vitest';
import { QUOTA_TTL_MS } from '../../entrypoints/background/quota';
import type { PlannedBatch, Prefill } from '../../lib/messages';
import { addMsg, CONTENT, creator, data, EXT, POPUP, startTestWorker, TERMS, testDeps } from './helpers';

const FULL_QUOTA = { used24h: 200, cap24h: 200, open: 10, openCap: 1000 };

describe('batch/plan', () => {
  it('plans batches with findings; a flash-sale entry goes alone', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1', 'c2']));
    await w.send({
      type: 'queue/add',
      opId: 'op2',
      inputs: [{ id: 'fs', creator: creator('c3'), terms: { ...TERMS, flashSale: true, contentType: 'live' } }],
    });
    const plan = data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP));
    expect(plan.batches.map((b) => b.entryIds)).toEqual([['e-c1', 'e-c2'], ['fs']]);
    expect(plan.batches[0]?.terms.endsAt).toBeGreaterThan(0);
    expect(Array.isArray(plan.batches[0]?.findings)).toBe(true);
  });
});

describe('batch/open', () => {
  it('opens the create page with the creators, marks them opened, and hands over a one-time prefill', async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    const r = data<{ url: string; batchId: string }>(
      await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2'] }, POPUP),
    );
    expect(deps.opened).toEqual([r.url]);
    const url = new URL(r.url);
    expect(url.host).toBe('affiliate.tiktok.com');
    expect(url.pathname).toBe('/connection/target-invitation/create');
    expect(url.searchParams.get('shop_region')).toBe('GB');
    // No parameter of ours tells the platform where the visit came from.
    expect(url.searchParams.has('enter_from')).toBe(false);
    expect(url.searchParams.get('creator_ids[0]')).toBe('c1');
    expect(url.searchParams.get('creator_ids[1]')).toBe('c2');
    const token = url.searchParams.get('cp_batch') as string;
    const list = data<{ entries: Array<{ status: string }> }>(
      await w.send({ type: 'queue/list', offset: 0, limit: 10 }),
    );
    expect(list.entries.map((e) => e.status)).toEqual(['opened', 'opened']);
    const first = data<{ prefill: Prefill | null }>(await w.send({ type: 'prefill/take', token }, CONTENT));
    expect(first.prefill).toMatchObject({
      entryIds: ['e-c1', 'e-c2'],
      region: 'GB',
      terms: { products: TERMS.products },
    });
    expect(first.prefill?.terms.endsAt).toBeGreaterThan(0);
    const second = data<{ prefill: Prefill | null }>(await w.send({ type: 'prefill/take', token }, CONTENT));
    expect(second.prefill).toBeNull();
  });

  it.each([
    ['the 24-hour cap is reached', FULL_QUOTA, /24 hours/],
    ['the open cap is reached', { used24h: 0, cap24h: 200, open: 1000, openCap: 1000 }, /open at once/],
    [
      'the weekly quota is used up',
      { used24h: 0, cap24h: 200, open: 0, openCap: 1000, weeklyUsed: 50, weeklyLimit: 51 },
      /weekly/,
    ],
  ])('refuses with a reason when %s', async (_n, quota, reason) => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    expect((await w.send({ type: 'quota/report', region: 'GB', quota }, CONTENT)).ok).toBe(true);
    const r = await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2'] }, POPUP);
    expect(r).toMatchObject({ ok: false, code: 'refused', error: expect.stringMatching(reason) });
    expect(deps.opened).toEqual([]);
    const plan = data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP));
    if (quota === FULL_QUOTA) expect(plan.batches[0]?.blockedReason).toMatch(reason);
  });

  it("a quota report counts only for its own host's region, and only for QUOTA_TTL_MS", async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1']));
    const fromUs = {
      id: EXT.id,
      url: 'https://seller-us.tiktok.com/affiliate/x?shop_region=GB',
      tab: { id: 1, url: 'https://seller-us.tiktok.com/affiliate/x?shop_region=GB' },
    };
    expect(await w.send({ type: 'quota/report', region: 'GB', quota: FULL_QUOTA }, fromUs)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      (await w.send({ type: 'batch/plan' }, POPUP)).ok &&
        data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP)).batches[0]?.blockedReason,
    ).toBeUndefined();
    expect((await w.send({ type: 'quota/report', region: 'GB', quota: FULL_QUOTA }, CONTENT)).ok).toBe(true);
    expect(
      data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP)).batches[0]?.blockedReason,
    ).toMatch(/24 hours/);
    deps.clock.t += QUOTA_TTL_MS;
    expect(
      data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP)).batches[0]?.blockedReason,
    ).toBeUndefined();
  });

  it.each([
    [
      'entries with different terms',
      [
        ['e-c1', TERMS],
        ['e-c2', { ...TERMS, contentType: 'any' as const }],
      ],
      /different terms/,
    ],
    [
      'a flash-sale entry with others',
      [
        ['e-c1', { ...TERMS, flashSale: true }],
        ['e-c2', { ...TERMS, flashSale: true }],
      ],
      /one creator/,
    ],
  ] as const)('refuses %s', async (_n, specs, reason) => {
    const w = startTestWorker(testDeps());
    await w.send({
      type: 'queue/add',
      opId: 'op1',
      inputs: specs.map(([id, terms], i) => ({ id, creator: creator(`c${i}`), terms })),
    });
    const r = await w.send({ type: 'batch/open', opId: 'o1', entryIds: specs.map(([id]) => id) }, POPUP);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
  });

  it('puts the entries back when the tab cannot be opened', async () => {
    const w = startTestWorker(testDeps({ openTab: async () => Promise.reject(new Error('no window')) }));
    await w.send(addMsg('op1', ['c1']));
    expect((await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1'] }, POPUP)).ok).toBe(false);
    const list = data<{ entries: Array<{ status: string }> }>(
      await w.send({ type: 'queue/list', offset: 0, limit: 10 }),
    );
    expect(list.entries[0]?.status).toBe('queued');
  });

  it('applies the page result: sent or failed with a reason', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1', 'c2']));
    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2'] }, POPUP);
    const r = data<{ sent: string[]; failed: unknown[] }>(
      await w.send({
        type: 'queue/apply-result',
        opId: 'res1',
        entryIds: ['e-c1', 'e-c2'],
        creatorIds: ['c1', 'c2'],
        result: { ok: true },
      }),
    );
    expect(r.sent).toEqual(['e-c1', 'e-c2']);
    const q = data<{ quota: unknown; openedLast24h: number }>(await w.send({ type: 'quota/get', region: 'GB' }, POPUP));
    expect(q.openedLast24h).toBe(1);
  });

  it('settles only the entries whose creators the create request named', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1', 'c2', 'c3']));
    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2', 'e-c3'] }, POPUP);
    const r = data<{ sent: string[] }>(
      await w.send({
        type: 'queue/apply-result',
        opId: 'res1',
        entryIds: ['e-c1', 'e-c2', 'e-c3'],
        creatorIds: ['c2', 'someone-else'],
        result: { ok: true },
      }),
    );
    expect(r.sent).toEqual(['e-c2']);
    const list = data<{ entries: Array<{ id: string; status: string }> }>(
      await w.send({ type: 'queue/list', offset: 0, limit: 10 }),
    );
    expect(Object.fromEntries(list.entries.map((e) => [e.id, e.status]))).toEqual({
      'e-c1': 'opened',
      'e-c2': 'sent',
      'e-c3': 'opened',
    });
  });
});
