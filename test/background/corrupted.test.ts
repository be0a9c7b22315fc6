import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { createMemoryStore } from '../../lib/storage/area';
import { journalKey, SNAPSHOT_KEY } from '../../lib/storage/journal';
import { KEPT_PREFIX } from '../../lib/storage/kept';
import { addMsg, data, OPTIONS_PAGE, startTestWorker, TERMS, testDeps } from './helpers';

const D = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
const { fit: _fit, ...missingFit } = D;

const KINDS: Array<[string, unknown]> = [
  ['wrong types', { ...D, minStock: 'twenty', confirmWarnings: 'yes' }],
  ['truncated JSON string', '{"version":2,"defaultDurationDays":3'],
  ['unknown version', { ...D, version: 99 }],
  ['huge values', { ...D, minStock: 1e308, defaultTargetRateBp: Number.MAX_SAFE_INTEGER }],
  ['null', null],
  ['array', [D]],
  ['negative numbers', { ...D, defaultDurationDays: -30, sampleUnitsPerCreator: -1 }],
  ['NaN-like strings', { ...D, defaultTargetRateBp: 'NaN', raiseMarginBp: 'Infinity' }],
  ['extra keys', { ...D, __proto_pollution: { admin: true } }],
];

async function setAsideKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('quarantine:'));
}

describe('corrupted settings in storage', () => {
  it.each(KINDS)('%s → defaults, kept aside, told once', async (_kind, bad) => {
    // fakeBrowser drops null values on set, like the real API drops undefined; store null's JSON form.
    await browser.storage.local.set({ settings: bad === null ? 'null' : bad });
    const w = startTestWorker(testDeps());
    const got = data<{ settings: unknown }>(await w.send({ type: 'settings/get' }));
    expect(got.settings).toEqual(DEFAULT_SETTINGS);
    expect((await browser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
    const keys = await setAsideKeys();
    expect(keys).toHaveLength(1);
    const record = (await browser.storage.local.get(keys[0] as string))[keys[0] as string] as {
      raw: string;
      reason: string;
    };
    expect(record.raw).toBe(JSON.stringify(bad === null ? 'null' : bad));
    expect(record.reason.length).toBeGreaterThan(0);
    const notices = data<{ notices: unknown[] }>(await w.send({ type: 'notices/get' }));
    expect(notices.notices).toHaveLength(1);
    // A second start finds good settings: no second notice, nothing more set aside.
    const again = startTestWorker(testDeps());
    expect(data<{ notices: unknown[] }>(await again.send({ type: 'notices/get' })).notices).toHaveLength(1);
    expect(await setAsideKeys()).toHaveLength(1);
  });

  it('settings that lack a group take its defaults and keep every stored value, with nothing set aside', async () => {
    await browser.storage.local.set({ settings: { ...missingFit, minStock: 33 } });
    const w = startTestWorker(testDeps());
    const got = data<{ settings: typeof DEFAULT_SETTINGS }>(await w.send({ type: 'settings/get' }));
    expect(got.settings).toEqual({ ...DEFAULT_SETTINGS, minStock: 33 });
    expect(await setAsideKeys()).toHaveLength(0);
    expect(data<{ notices: unknown[] }>(await w.send({ type: 'notices/get' })).notices).toHaveLength(0);
  });

  it('a dismissed notice stays dismissed', async () => {
    await browser.storage.local.set({ settings: 'garbage' });
    const w = startTestWorker(testDeps());
    const [notice] = data<{ notices: Array<{ id: string }> }>(await w.send({ type: 'notices/get' })).notices;
    expect(data<{ dismissed: boolean }>(await w.send({ type: 'notices/dismiss', id: notice?.id }))).toEqual({
      dismissed: true,
    });
    expect(data<{ notices: unknown[] }>(await w.send({ type: 'notices/get' })).notices).toHaveLength(0);
  });

  it('the set-aside data can be downloaded', async () => {
    await browser.storage.local.set({ settings: [1, 2, 3] });
    const w = startTestWorker(testDeps());
    const file = data<{ text: string; count: number; filename: string }>(
      await w.send({ type: 'setaside/export' }, OPTIONS_PAGE),
    );
    expect(file.count).toBe(1);
    expect(JSON.parse(file.text).records[0].raw).toBe('[1,2,3]');
  });

  it('v1 settings in storage migrate and are written back; the old copy is kept', async () => {
    await browser.storage.local.set({
      settings: {
        version: 1,
        durationDays: 10,
        targetRatePercent: 20,
        minStock: 5,
        contentType: 'any',
        freeSamples: true,
        confirmWarnings: true,
        overlayEnabled: true,
      },
    });
    const w = startTestWorker(testDeps());
    const got = data<{ settings: typeof DEFAULT_SETTINGS }>(await w.send({ type: 'settings/get' }));
    expect(got.settings).toMatchObject({ version: 2, defaultDurationDays: 10, defaultTargetRateBp: 2000, minStock: 5 });
    expect(((await browser.storage.local.get('settings')).settings as { version: number }).version).toBe(2);
    expect(data<{ notices: unknown[] }>(await w.send({ type: 'notices/get' })).notices).toHaveLength(0);
  });
});

/** Queue records that could not be read are kept whole in the queue's own store, not storage.local. */
async function keptKeys(kv: { keys(): Promise<string[]> }): Promise<string[]> {
  return (await kv.keys()).filter((k) => k.startsWith(KEPT_PREFIX));
}

describe('corrupted queue records', () => {
  async function goodSnapshot() {
    const kv = createMemoryStore();
    const w = startTestWorker(testDeps({ kv }));
    await w.send(addMsg('op1', ['c1', 'c2', 'c3']));
    await (await w.core).queue.compact();
    return kv;
  }

  const entryBreakers: Array<[string, (e: Record<string, unknown>) => unknown]> = [
    ['wrong types', (e) => ({ ...e, status: 42 })],
    ['huge values', (e) => ({ ...e, createdAt: 1e300 })],
    ['null', () => null],
    ['missing fields', ({ creator: _c, ...rest }) => rest],
    ['NaN-like strings', (e) => ({ ...e, updatedAt: 'NaN' })],
  ];
  it.each(entryBreakers)('an entry with %s is set aside; the others are kept; told once', async (_k, breakEntry) => {
    const kv = await goodSnapshot();
    const snap = kv.data.get(SNAPSHOT_KEY) as { state: { entries: Array<Record<string, unknown>> } };
    snap.state.entries[1] = breakEntry(snap.state.entries[1] as Record<string, unknown>) as Record<string, unknown>;
    const w = startTestWorker(testDeps({ kv }));
    const list = data<{ entries: Array<{ id: string }> }>(await w.send({ type: 'queue/list', offset: 0, limit: 10 }));
    expect(list.entries.map((e) => e.id)).toEqual(['e-c1', 'e-c3']);
    expect(await keptKeys(kv)).toHaveLength(1);
    expect(data<{ notices: unknown[] }>(await w.send({ type: 'notices/get' })).notices).toHaveLength(1);
    const again = startTestWorker(testDeps({ kv }));
    expect(
      data<{ entries: unknown[] }>(await again.send({ type: 'queue/list', offset: 0, limit: 10 })).entries,
    ).toHaveLength(2);
    expect(await keptKeys(kv)).toHaveLength(1);
    expect(await setAsideKeys()).toHaveLength(0);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', '{"format":1,"seq":'],
    ['a format without a number', { format: 'x', seq: 1, state: {} }],
    ['a queue version without a number', { format: 1, seq: 1, opIds: [], state: { version: null, entries: [] } }],
  ])('a snapshot that is %s is kept whole and the queue starts empty', async (_k, bad) => {
    const kv = createMemoryStore([[SNAPSHOT_KEY, bad]]);
    const w = startTestWorker(testDeps({ kv }));
    expect(data<{ total: number }>(await w.send({ type: 'queue/list', offset: 0, limit: 10 })).total).toBe(0);
    expect(await keptKeys(kv)).toHaveLength(1);
    expect((await w.send(addMsg('op1', ['c1']))).ok).toBe(true);
    const file = data<{ text: string }>(await w.send({ type: 'setaside/export' }, OPTIONS_PAGE));
    // The whole snapshot, or the whole queue inside a readable wrapper.
    expect([bad, (bad as { state?: unknown }).state]).toContainEqual(JSON.parse(JSON.parse(file.text).records[0].raw));
  });

  it('a bad journal record is set aside and the good ones replay', async () => {
    const kv = createMemoryStore();
    const a = startTestWorker(testDeps({ kv }));
    await a.send(addMsg('op1', ['c1']));
    await a.send(addMsg('op2', ['c2']));
    kv.data.set(journalKey(1), { seq: 1, at: 'yesterday', op: { kind: 'add' } });
    const b = startTestWorker(testDeps({ kv }));
    const ids = data<{ entries: Array<{ id: string }> }>(
      await b.send({ type: 'queue/list', offset: 0, limit: 10 }),
    ).entries.map((e) => e.id);
    expect(ids).toEqual(['e-c2']);
    expect(await keptKeys(kv)).toHaveLength(1);
    // New writes do not reuse the bad record's sequence number.
    expect(
      (
        await b.send({
          type: 'queue/add',
          opId: 'op3',
          inputs: [{ id: 'e3', creator: { id: 'c3', canLive: null }, terms: TERMS }],
        })
      ).ok,
    ).toBe(true);
  });
});
