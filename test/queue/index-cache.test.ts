import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUEUE_STATUSES, type QueueState } from '../../lib/queue/entry.ts';
import { loadQueueFile, toQueueFile } from '../../lib/queue/file.ts';
import { entryKey } from '../../lib/queue/key.ts';
import { applyOp, type QueueOp } from '../../lib/queue/op-log.ts';
import { addEntries, setStatus } from '../../lib/queue/ops.ts';
import { plannableEntries } from '../../lib/queue/plan.ts';
import { queueIndexOf } from '../../lib/queue/queue-index.ts';
import { sameData } from '../../lib/queue/same-data.ts';
import { countsByStatus } from '../../lib/queue/selectors.ts';
import { creator, idGen, queueOf, T0, terms } from './fixtures.ts';

/** A deep copy has no cached index: applying an op to it is the reference behaviour. */
const fresh = (s: QueueState): QueueState => structuredClone(s);

function recount(s: QueueState) {
  const counts = Object.fromEntries(QUEUE_STATUSES.map((x) => [x, 0]));
  for (const e of s.entries) counts[e.status] = (counts[e.status] ?? 0) + 1;
  return counts;
}

const ids = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'];
const termChoices = [
  terms(),
  terms({ contentType: 'video' }),
  terms({ products: [{ id: 'p1', title: 'Other title', targetRateBp: 1500, sampleOffer: 'free-sample' }] }),
];
const opArb: fc.Arbitrary<QueueOp> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    opId: fc.uuid(),
    inputs: fc.array(
      fc
        .record({ id: fc.constantFrom(...ids), c: fc.constantFrom('a', 'b', 'c'), t: fc.constantFrom(0, 1, 2) })
        .map((i) => ({
          id: i.id,
          // A fresh copy each time, as inputs that crossed a message boundary are.
          creator: creator(i.c),
          terms: structuredClone(termChoices[i.t] ?? terms()),
        })),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    opId: fc.uuid(),
    ids: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    status: fc.constantFrom(...QUEUE_STATUSES),
  }),
  fc.record({
    kind: fc.constant('remove' as const),
    opId: fc.uuid(),
    ids: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('tags' as const),
    opId: fc.uuid(),
    ids: fc.array(fc.constantFrom(...ids), { maxLength: 2 }),
    tags: fc.constantFrom<string[]>([], ['vip']),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    opId: fc.uuid(),
    id: fc.constantFrom(...ids),
    note: fc.constantFrom('', 'call first'),
  }),
  fc.record({
    kind: fc.constant('createResult' as const),
    opId: fc.uuid(),
    ids: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
    result: fc.constantFrom({ ok: true as const }, { ok: false as const, code: '16024018' }),
  }),
);

describe('the cached queue index', () => {
  it('ops handed the index along give exactly what ops on index-free copies give', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 5 }), (ops, branchAt) => {
        let s: QueueState = { entries: [] };
        let reference: QueueState = { entries: [] };
        const history: QueueState[] = [s];
        for (const op of ops) {
          s = applyOp(s, op, T0).state;
          reference = applyOp(fresh(reference), op, T0).state;
          history.push(s);
          expect(s).toEqual(reference);
          expect(countsByStatus(s)).toEqual(recount(s));
        }
        // Older states lost their index to their successors: using them again must still be right.
        for (const k of branchAt) {
          const old = history[k % history.length] as QueueState;
          const op = ops[k % Math.max(1, ops.length)];
          if (!op) continue;
          expect(applyOp(old, { ...op, opId: `again-${k}` }, T0).state).toEqual(
            applyOp(fresh(old), { ...op, opId: `again-${k}` }, T0).state,
          );
        }
        // The index matches the final array position for position.
        const index = queueIndexOf(s.entries);
        s.entries.forEach((e, i) => {
          expect(index.byId.get(e.id)).toBe(i);
          expect(index.byKey.get(entryKey(e.creator.id, e.terms))).toContain(i);
        });
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('an add that throws half-way leaves the input state usable and unchanged', () => {
    const s = queueOf(['a']);
    let n = 0;
    const flaky = () => {
      if (++n > 1) throw new Error('id source failed');
      return 'new1';
    };
    expect(() =>
      addEntries(
        s,
        [
          { creator: creator('b'), terms: terms() },
          { creator: creator('c'), terms: terms() },
        ],
        T0,
        flaky,
      ),
    ).toThrow();
    // 'new1' was appended to a copy before the throw; the original must not believe it holds it.
    const again = addEntries(s, [{ id: 'new1', creator: creator('b'), terms: terms() }], T0, idGen());
    expect(again.added.map((e) => e.id)).toEqual(['new1']);
    expect(s.entries).toHaveLength(1);
    expect(countsByStatus(again.state)).toMatchObject({ queued: 2 });
  });

  it('counts stay right through status changes and revives', () => {
    let s = queueOf(['a', 'b', 'c']);
    s = setStatus(s, ['e_a', 'e_b'], 'removed', T0).state;
    expect(countsByStatus(s)).toMatchObject({ queued: 1, removed: 2 });
    s = addEntries(s, [{ creator: creator('a'), terms: terms() }], T0, idGen()).state; // revives e_a
    expect(countsByStatus(s)).toMatchObject({ queued: 2, removed: 1 });
    expect(countsByStatus(s)).toEqual(recount(s));
  });
});

describe('shared terms objects', () => {
  it('equal terms share one object; a different title or rate does not', () => {
    const t = terms();
    const r = addEntries(
      { entries: [] },
      [
        { creator: creator('a'), terms: structuredClone(t) },
        { creator: creator('b'), terms: structuredClone(t) },
        {
          creator: creator('c'),
          terms: terms({ products: [{ ...t.products[0], id: 'p1', title: 'Renamed' } as (typeof t.products)[0]] }),
        },
        { creator: creator('d'), terms: terms({ contentType: 'video' }) },
      ],
      T0,
      idGen(),
    );
    const [a, b, c, d] = r.state.entries;
    expect(a?.terms).toBe(b?.terms);
    expect(c?.terms).not.toBe(a?.terms);
    expect(c?.terms.products[0]?.title).toBe('Renamed');
    expect(d?.terms).not.toBe(a?.terms);
    // Later adds share with what is already queued.
    const more = addEntries(r.state, [{ creator: creator('e'), terms: structuredClone(t) }], T0, idGen('m')).state;
    expect(more.entries[4]?.terms).toBe(a?.terms);
  });

  it('loading a stored queue shares terms again, by stored object and by content', () => {
    const s = queueOf(['a', 'b', 'c']);
    const cloned = loadQueueFile(structuredClone(toQueueFile(s))).state;
    expect(cloned.entries[0]?.terms).toBe(cloned.entries[2]?.terms);
    const fromJson = loadQueueFile(JSON.parse(JSON.stringify(toQueueFile(s)))).state;
    expect(fromJson.entries[0]?.terms).toBe(fromJson.entries[1]?.terms);
    expect(fromJson).toEqual(s);
  });

  it('a stored entry with bad terms is still rejected when its neighbours share good ones', () => {
    const file = structuredClone(toQueueFile(queueOf(['a', 'b']))) as { entries: Array<{ terms: unknown }> };
    (file.entries[1] as { terms: unknown }).terms = { ...terms(), contentType: 'radio' };
    const loaded = loadQueueFile(file);
    expect(loaded.state.entries.map((e) => e.id)).toEqual(['e_a']);
    expect(loaded.rejected).toHaveLength(1);
  });

  it('plannable entries resolve each shared terms object once and never touch the queue', () => {
    const s = addEntries(
      { entries: [] },
      ['a', 'b', 'c'].map((id) => ({ creator: creator(id), terms: terms({ endsAt: undefined, durationDays: 7 }) })),
      T0,
      idGen(),
    ).state;
    const out = plannableEntries(s.entries, T0);
    expect(out[0]?.terms).toBe(out[1]?.terms);
    expect(out[0]?.terms.endsAt).toBe(T0 + 7 * 86_400_000);
    expect(s.entries[0]?.terms.endsAt).toBeUndefined();
    const fixed = queueOf(['z']);
    expect(plannableEntries(fixed.entries, T0)[0]).toBe(fixed.entries[0]);
  });
});

describe('sameData', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const cyclic2: Record<string, unknown> = { a: 1 };
  cyclic2.self = cyclic2;
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: Number.NaN }, { a: Number.NaN }, false],
    [[1, 2], { 0: 1, 1: 2 }, false],
    [{ a: null }, { a: undefined }, false],
    [cyclic, cyclic2, false],
    ['x', 'x', true],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(sameData(a, b)).toBe(expected);
  });
});

describe('entry keys', () => {
  it.each([
    ['a"b', 'a', false],
    ['a', 'a', true],
    ['["a"', 'a', false],
  ])('creator %j vs %j with equal terms → same key: %s', (x, y, same) => {
    expect(entryKey(x, terms()) === entryKey(y, terms())).toBe(same);
  });
});
