import { describe, expect, it } from 'vitest';
import { changedEntries } from '../../entrypoints/background/handle-memory';
import { createMemoryStoreOver, kvShardKv, type ShardKv } from '../../entrypoints/background/memory-store';
import type { CreatorMemory, MemorySummary } from '../../lib/memory/schema';
import { remembered } from '../../lib/memory/summary';
import type { PlannedBatch } from '../../lib/messages';
import type { QueueEntry } from '../../lib/queue/entry';
import { createMemoryStore } from '../../lib/storage/area';
import { addMsg, CONTENT, data, POPUP, startTestWorker, TERMS, testDeps } from './helpers';

const summaries = async (w: ReturnType<typeof startTestWorker>, ids: string[]) =>
  data<{ summaries: MemorySummary[] }>(await w.send({ type: 'memory/get', ids }, CONTENT)).summaries;

describe('creator memory in the worker', () => {
  it('follows the queue: add, open and sent make one invitation per entry', async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    expect(await summaries(w, ['c1', 'c2', 'c3'])).toMatchObject([
      { id: 'c1', pending: 1, invited: 0 },
      { id: 'c2', pending: 1, invited: 0 },
    ]);
    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2'] }, POPUP);
    deps.clock.t += 1000;
    await w.send(
      { type: 'queue/apply-result', opId: 'r1', entryIds: ['e-c1', 'e-c2'], creatorIds: ['c1'], result: { ok: true } },
      CONTENT,
    );
    const [c1] = await summaries(w, ['c1']);
    expect(c1).toMatchObject({ invited: 1, pending: 0, lastInvitedAt: deps.clock.t });
    const full = data<{ memory: CreatorMemory }>(
      await w.send({ type: 'memory/creator', creatorId: 'c2' }, POPUP),
    ).memory;
    expect(full.invitations).toEqual([
      expect.objectContaining({ key: 'e-c2', outcome: 'opened', productIds: ['p1'], ratesBp: [1500] }),
    ]);
  });

  it('page sightings add to memory but never change our outcomes', async () => {
    const w = startTestWorker(testDeps());
    await w.send(addMsg('op1', ['c1']));
    const seen = [{ creatorId: 'c1', collaborationId: 'g1', status: 'accepted', name: 'Spring' }];
    expect(data(await w.send({ type: 'memory/list-seen', seen }, CONTENT))).toEqual({ recorded: 1 });
    const m = data<{ memory: CreatorMemory }>(await w.send({ type: 'memory/creator', creatorId: 'c1' }, POPUP)).memory;
    expect(m.invitations.map((i) => i.outcome)).toEqual(['queued']);
    expect(m.listSeen).toEqual([
      expect.objectContaining({ collaborationId: 'g1', status: 'accepted', source: 'page' }),
    ]);
  });

  it("ties a sent invitation to the collaboration the platform's answer named, and its sighting joins it", async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1', 'e-c2'] }, POPUP);
    // The list page showed the collaboration before the answer was applied: it joins once tied.
    const seen = [{ creatorId: 'c1', collaborationId: 'g7', status: 'accepted', until: 5_000 }];
    await w.send({ type: 'memory/list-seen', seen }, CONTENT);
    const result = { ok: true, collaborationId: 'g7' };
    const apply = { type: 'queue/apply-result', opId: 'r1', entryIds: ['e-c1', 'e-c2'], creatorIds: ['c1'], result };
    expect(await w.send(apply, CONTENT)).toMatchObject({ ok: true, data: { sent: ['e-c1'] } });
    const memoryOf = async (creatorId: string) =>
      data<{ memory: CreatorMemory }>(await w.send({ type: 'memory/creator', creatorId }, POPUP)).memory;
    const c1 = await memoryOf('c1');
    expect(c1.invitations).toEqual([
      expect.objectContaining({
        key: 'e-c1',
        outcome: 'sent',
        collaborationId: 'g7',
        seen: expect.objectContaining({ status: 'accepted', until: 5_000, source: 'page' }),
      }),
    ]);
    expect(c1.listSeen).toEqual([]);
    expect(await summaries(w, ['c1'])).toMatchObject([{ invited: 1, accepted: 1 }]);
    // A creator the request did not name is not tied.
    expect((await memoryOf('c2')).invitations[0]?.collaborationId).toBeUndefined();
    // A collaboration id beyond the bound is refused at the message boundary.
    const long = { ...apply, opId: 'r2', result: { ok: true, collaborationId: 'x'.repeat(201) } };
    expect(await w.send(long, CONTENT)).toMatchObject({ ok: false });
  });

  it('content scripts may not edit notes, marks, or import', async () => {
    const w = startTestWorker(testDeps());
    for (const msg of [
      { type: 'memory/note', creatorId: 'c1', note: 'x' },
      { type: 'memory/do-not-invite', creatorId: 'c1', value: true },
      { type: 'memory/import', text: '{}' },
      { type: 'memory/export' },
    ]) {
      expect(await w.send(msg, CONTENT)).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('edits, exports and imports without losing anything', async () => {
    const a = startTestWorker(testDeps());
    await a.send({ type: 'memory/note', creatorId: 'c1', note: 'likes lip oil' });
    await a.send({ type: 'memory/tags', creatorId: 'c1', tags: ['vip', 'VIP', 'beauty'] });
    await a.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: true });
    const file = data<{ text: string; count: number }>(await a.send({ type: 'memory/export' }));
    expect(file.count).toBe(1);

    const b = startTestWorker(testDeps());
    await b.send({ type: 'memory/note', creatorId: 'c1', note: 'asked for samples' });
    await b.send({ type: 'memory/tags', creatorId: 'c2', tags: ['new'] });
    expect(data(await b.send({ type: 'memory/import', text: file.text }))).toEqual({
      added: 0,
      merged: 1,
      rejected: 0,
    });
    const m = data<{ memory: CreatorMemory }>(await b.send({ type: 'memory/creator', creatorId: 'c1' })).memory;
    expect(m).toMatchObject({ notes: 'asked for samples\nlikes lip oil', tags: ['vip', 'beauty'], doNotInvite: true });
    expect(await b.send({ type: 'memory/import', text: 'nope' })).toMatchObject({
      ok: false,
      code: 'refused',
      error: expect.stringMatching(/not JSON/),
    });
  });

  it('two writers at once lose nothing', async () => {
    const w = startTestWorker(testDeps());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => w.send({ type: 'memory/tags', creatorId: `c${i}`, tags: [`t${i}`] })),
    );
    expect(
      await summaries(
        w,
        Array.from({ length: 20 }, (_, i) => `c${i}`),
      ),
    ).toHaveLength(20);
  });

  it('survives a restart: a new store over the same data reads what the old one wrote', async () => {
    const kv = createMemoryStore();
    const one = startTestWorker(testDeps({ memoryKv: kvShardKv(kv) }));
    await one.send(addMsg('op1', ['c1']));
    await one.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: true });
    const again = createMemoryStoreOver(kvShardKv(kv));
    expect((await again.get(['c1'])).get('c1')).toMatchObject({
      doNotInvite: true,
      invitations: [{ key: 'e-c1', outcome: 'queued' }],
    });
  });

  it('copies the queue in on the first start only', async () => {
    const kv = createMemoryStore();
    const memKv = createMemoryStore();
    const one = startTestWorker(testDeps({ kv }));
    await one.send(addMsg('op1', ['c1']));
    const two = startTestWorker(testDeps({ kv, memoryKv: kvShardKv(memKv) }));
    expect(await summaries(two, ['c1'])).toMatchObject([{ id: 'c1', pending: 1 }]);
    expect(memKv.data.get('flag:queue-copied')).toBe(true);
  });

  it('drops a stored record that fails validation, keeps the rest of its shard', async () => {
    const kv = createMemoryStore();
    const store = createMemoryStoreOver(kvShardKv(kv));
    await store.update([
      {
        id: 'c1',
        change: () => ({
          id: 'c1',
          invitations: [],
          listSeen: [],
          notes: '',
          tags: [],
          doNotInvite: false,
          followUps: [],
          updatedAt: 1,
        }),
      },
    ]);
    const [key] = [...kv.data.keys()];
    const shard = kv.data.get(key as string) as Record<string, unknown>;
    kv.data.set(key as string, { ...shard, c1x: { id: 'c1x', notes: 5 } });
    const fresh = createMemoryStoreOver(kvShardKv(kv));
    expect([...(await fresh.get(['c1', 'c1x'])).keys()]).toEqual(['c1']);
  });
});

/** The memory findings of the planned batches, as "code creator". */
async function memoryFindings(w: ReturnType<typeof startTestWorker>): Promise<string[]> {
  const { batches } = data<{ batches: PlannedBatch[] }>(await w.send({ type: 'batch/plan' }, POPUP));
  return batches
    .flatMap((b) => b.findings)
    .filter((f) => f.code === 'creators.do-not-invite' || f.code === 'creators.invited-by-you')
    .map((f) => `${f.code} ${f.creatorId}`);
}

describe("the index a batch's memory findings come from", () => {
  it("follows the seller's mark and notes, and a sent invitation", async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    expect(await memoryFindings(w)).toEqual([]);
    await w.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: true });
    expect(await memoryFindings(w)).toEqual(['creators.do-not-invite c1']);
    // Another edit of the record keeps the mark.
    await w.send({ type: 'memory/note', creatorId: 'c1', note: 'slow to answer' });
    expect(await memoryFindings(w)).toEqual(['creators.do-not-invite c1']);
    await w.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: false });
    expect(await memoryFindings(w)).toEqual([]);

    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c2'] }, POPUP);
    await w.send(
      { type: 'queue/apply-result', opId: 'r1', entryIds: ['e-c2'], creatorIds: ['c2'], result: { ok: true } },
      CONTENT,
    );
    deps.clock.t += 1000;
    // Queued again under other terms: the invitation sent a second ago is named.
    const later = addMsg('op2', ['c2'], { ...TERMS, durationDays: 7 });
    await w.send({ ...later, inputs: later.inputs.map((i) => ({ ...i, id: 'e-c2b' })) });
    expect(await memoryFindings(w)).toEqual(['creators.invited-by-you c2']);
  });

  it('follows an import', async () => {
    const a = startTestWorker(testDeps());
    await a.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: true });
    const file = data<{ text: string }>(await a.send({ type: 'memory/export' }));
    const b = startTestWorker(testDeps());
    await b.send(addMsg('op1', ['c1']));
    expect(await memoryFindings(b)).toEqual([]);
    await b.send({ type: 'memory/import', text: file.text });
    expect(await memoryFindings(b)).toEqual(['creators.do-not-invite c1']);
  });

  it('survives a restart', async () => {
    const kv = createMemoryStore();
    const memKv = createMemoryStore();
    const one = startTestWorker(testDeps({ kv, memoryKv: kvShardKv(memKv) }));
    await one.send(addMsg('op1', ['c1', 'c2']));
    await one.send({ type: 'memory/do-not-invite', creatorId: 'c2', value: true });
    const two = startTestWorker(testDeps({ kv, memoryKv: kvShardKv(memKv) }));
    expect(await memoryFindings(two)).toEqual(['creators.do-not-invite c2']);
  });

  it('keeps nothing of a write that failed, before and after a restart', async () => {
    const kv = createMemoryStore();
    const memKv = createMemoryStore();
    let failing = false;
    const plain = kvShardKv(memKv);
    const flaky: ShardKv = {
      getMany: plain.getMany,
      setMany: (entries) => (failing ? Promise.reject(new Error('killed')) : plain.setMany(entries)),
    };
    const one = startTestWorker(testDeps({ kv, memoryKv: flaky }));
    await one.send(addMsg('op1', ['c1']));
    await one.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: true });
    failing = true;
    expect(await one.send({ type: 'memory/do-not-invite', creatorId: 'c1', value: false })).toMatchObject({
      ok: false,
    });
    expect(await memoryFindings(one)).toEqual(['creators.do-not-invite c1']);
    failing = false;
    const two = startTestWorker(testDeps({ kv, memoryKv: kvShardKv(memKv) }));
    expect(await memoryFindings(two)).toEqual(['creators.do-not-invite c1']);
  });
});

describe('what a batch learns from memory', () => {
  const base: CreatorMemory = {
    id: 'c1',
    invitations: [],
    listSeen: [],
    notes: '',
    tags: [],
    doNotInvite: false,
    followUps: [],
    updatedAt: 0,
  };
  const inv = (outcome: 'sent' | 'failed' | 'queued', at: number) => ({
    key: `k${at}`,
    at,
    productIds: [],
    ratesBp: [],
    outcome,
  });
  it.each<[string, CreatorMemory | undefined, ReturnType<typeof remembered>]>([
    ['nothing known', undefined, {}],
    ["the seller's mark", { ...base, doNotInvite: true }, { doNotInvite: true }],
    [
      'the last sent invitation, not a later failed or queued one',
      { ...base, invitations: [inv('sent', 5), inv('sent', 9), inv('failed', 12), inv('queued', 14)] },
      { lastInvitedByYouAt: 9 },
    ],
  ])('%s', (_n, m, out) => {
    expect(remembered(m)).toEqual(out);
  });
});

describe('CSV with history', () => {
  it("the queue export carries each creator's history columns", async () => {
    const deps = testDeps();
    const w = startTestWorker(deps);
    await w.send(addMsg('op1', ['c1', 'c2']));
    await w.send({ type: 'batch/open', opId: 'o1', entryIds: ['e-c1'] }, POPUP);
    await w.send(
      { type: 'queue/apply-result', opId: 'r1', entryIds: ['e-c1'], creatorIds: ['c1'], result: { ok: true } },
      CONTENT,
    );
    await w.send({ type: 'memory/do-not-invite', creatorId: 'c2', value: true });
    await w.send({ type: 'memory/tags', creatorId: 'c2', tags: ['slow'] });
    const csv = data<{ text: string }>(await w.send({ type: 'queue/export-csv' }))
      .text.replace(/^\uFEFF/, '')
      .split('\r\n');
    const head = (csv[0] ?? '').split(',');
    const cell = (line: number, col: string) => (csv[line] ?? '').split(',')[head.indexOf(col)];
    expect(head.slice(-5)).toEqual(['invited_count', 'last_invited_at', 'accepted', 'do_not_invite', 'creator_tags']);
    expect([cell(1, 'invited_count'), cell(1, 'last_invited_at'), cell(1, 'do_not_invite')]).toEqual([
      '1',
      new Date(deps.clock.t).toISOString(),
      'no',
    ]);
    expect([cell(2, 'invited_count'), cell(2, 'do_not_invite'), cell(2, 'creator_tags')]).toEqual(['0', 'yes', 'slow']);
  });

  it('exports creators as CSV, one row each', async () => {
    const w = startTestWorker(testDeps());
    await w.send({ type: 'memory/note', creatorId: 'c1', note: '=HYPERLINK("x")' });
    const r = data<{ text: string; count: number }>(await w.send({ type: 'memory/export', format: 'csv' }));
    const lines = r.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'creator_id,handle,nickname,invited_count,last_invited_at,queued_count,failed_count,accepted,do_not_invite,tags,note,follow_ups',
    );
    // A note that looks like a formula is written as text.
    expect(lines[1]).toContain("'=HYPERLINK");
    expect(r.count).toBe(1);
  });
});

describe('changedEntries', () => {
  const e = (id: string, v = 0) => ({ id, v }) as unknown as QueueEntry;
  const a = e('a');
  const b = e('b');
  const c = e('c');
  it.each<[string, QueueEntry[], QueueEntry[], string[], boolean]>([
    ['nothing changed', [a, b], [a, b], [], true],
    ['one changed in place', [a, b], [a, e('b', 1)], ['b'], true],
    ['appended', [a], [a, b, c], ['b', 'c'], true],
    ['dropped (purge): by identity', [a, b, c], [a, c], [], false],
    ['dropped and changed', [a, b, c], [a, e('c', 1)], ['c'], false],
    ['moved', [a, b], [b, a], [], false],
  ])('%s', (_n, prev, next, ids, inPlace) => {
    const r = changedEntries(prev, next);
    expect([r.changed.map((x) => x.id), r.inPlace]).toEqual([ids, inPlace]);
  });
});
