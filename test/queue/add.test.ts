import { describe, expect, it } from 'vitest';
import { entryKey } from '../../lib/queue/key.ts';
import { addEntries, removeEntries, setStatus } from '../../lib/queue/ops.ts';
import { byId, creator, idGen, queueOf, T0, terms } from './fixtures.ts';

describe('addEntries', () => {
  it('adds one queued entry per creator and terms, with history and timestamps', () => {
    const r = addEntries(
      { entries: [] },
      [{ creator: creator('a'), terms: terms(), note: 'hi', tags: [' vip ', 'VIP', 'new'] }],
      T0,
      idGen(),
    );
    expect(r.added).toHaveLength(1);
    expect(r.state.entries[0]).toMatchObject({
      id: 'e1',
      status: 'queued',
      createdAt: T0,
      updatedAt: T0,
      note: 'hi',
      tags: ['vip', 'new'],
      history: [{ at: T0, status: 'queued' }],
    });
  });

  it.each([
    { existing: 'queued', dup: true },
    { existing: 'opened', dup: true },
    { existing: 'sent', dup: true },
    { existing: 'failed', dup: true },
    { existing: 'removed', dup: false },
  ] as const)('same creator+terms when existing is $existing → duplicate: $dup', ({ existing, dup }) => {
    let s = queueOf(['a']);
    if (existing !== 'queued') {
      const path = { opened: ['opened'], sent: ['opened', 'sent'], failed: ['opened', 'failed'], removed: ['removed'] }[
        existing
      ];
      for (const st of path) s = setStatus(s, ['e_a'], st as 'opened', T0).state;
    }
    const r = addEntries(s, [{ creator: creator('a', { followers: 99 }), terms: terms() }], T0 + 5, idGen('n'));
    expect(r.state.entries).toHaveLength(1);
    if (dup) {
      expect(r.duplicates).toEqual([{ creatorId: 'a', existingId: 'e_a' }]);
      expect(r.added).toEqual([]);
      expect(r.state).toBe(s);
    } else {
      expect(r.revived).toEqual(['e_a']);
      expect(byId(r.state, 'e_a')).toMatchObject({ status: 'queued', updatedAt: T0 + 5, creator: { followers: 99 } });
    }
  });

  it('treats product order and page facts (title, stock, open rate) as the same terms', () => {
    const t1 = terms({
      products: [
        { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
        { id: 'p2', targetRateBp: 2000, sampleOffer: 'none', title: 'A', stock: 3 },
      ],
    });
    const t2 = terms({
      products: [
        { id: 'p2', targetRateBp: 2000, sampleOffer: 'none', title: 'B', stock: 9, openRateBp: 500 },
        { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
      ],
    });
    expect(entryKey('a', t1)).toBe(entryKey('a', t2));
    const r = addEntries(queueOf(['a'], t1), [{ creator: creator('a'), terms: t2 }], T0, idGen());
    expect(r.duplicates).toHaveLength(1);
  });

  it.each([
    ['rate', terms({ products: [{ id: 'p1', targetRateBp: 1600, sampleOffer: 'free-sample' }] })],
    ['sample offer', terms({ products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none' }] })],
    ['end date', terms({ endsAt: T0 })],
    ['duration', terms({ endsAt: undefined, durationDays: 14 })],
    ['content type', terms({ contentType: 'video' })],
    ['flash sale', terms({ flashSale: true })],
    ['fee structure', terms({ feeStructure: 'flat-fee' })],
  ])('a different %s makes a separate entry', (_label, other) => {
    const r = addEntries(queueOf(['a']), [{ creator: creator('a'), terms: other }], T0, idGen());
    expect(r.added).toHaveLength(1);
    expect(r.state.entries).toHaveLength(2);
  });

  it('dedupes within one call and is idempotent when applied twice', () => {
    const inputs = [
      { creator: creator('a'), terms: terms() },
      { creator: creator('b'), terms: terms() },
      { creator: creator('a'), terms: terms() },
    ];
    const once = addEntries({ entries: [] }, inputs, T0, idGen());
    expect(once.added.map((e) => e.creator.id)).toEqual(['a', 'b']);
    expect(once.duplicates).toEqual([{ creatorId: 'a', existingId: 'e1' }]);
    const twice = addEntries(once.state, inputs, T0 + 1, idGen('x'));
    expect(twice.added).toEqual([]);
    expect(twice.state).toBe(once.state);
  });

  it('skips inputs whose client id already exists (a retried request)', () => {
    const inputs = [{ id: 'c-1', creator: creator('a'), terms: terms() }];
    const first = addEntries({ entries: [] }, inputs, T0, idGen());
    const retry = addEntries(first.state, inputs, T0, idGen());
    expect(retry.skipped).toEqual(['c-1']);
    expect(retry.duplicates).toEqual([]);
    expect(retry.state.entries).toHaveLength(1);
  });

  it('never overwrites when makeId returns an id in use', () => {
    const s = queueOf(['a']);
    const r = addEntries(s, [{ creator: creator('b'), terms: terms() }], T0, () => 'e_a');
    expect(r.skipped).toEqual(['e_a']);
    expect(byId(r.state, 'e_a').creator.id).toBe('a');
  });

  it('reports invalid inputs instead of storing them', () => {
    const bad = [
      { creator: { id: '' }, terms: terms() },
      { creator: creator('z'), terms: { products: 'nope' } },
      { id: '', creator: creator('y'), terms: terms() },
      null,
      'x',
      { creator: creator('n'), terms: terms(), note: 5 },
    ] as never[];
    const r = addEntries({ entries: [] }, bad, T0, idGen());
    expect(r.invalid).toEqual([
      { index: 0, creatorId: '' },
      { index: 1, creatorId: 'z' },
      { index: 2, creatorId: 'y' },
      { index: 3 },
      { index: 4 },
      { index: 5, creatorId: 'n' },
    ]);
    expect(r.state.entries).toEqual([]);
  });

  it('revives keep the old note unless a new one comes, and merge tags', () => {
    let s = addEntries(
      { entries: [] },
      [{ id: 'k', creator: creator('a'), terms: terms(), note: 'old', tags: ['x'] }],
      T0,
      idGen(),
    ).state;
    s = removeEntries(s, ['k'], T0).state;
    const r = addEntries(s, [{ creator: creator('a'), terms: terms(), tags: ['y'] }], T0, idGen());
    expect(byId(r.state, 'k')).toMatchObject({ note: 'old', tags: ['x', 'y'], status: 'queued' });
  });

  it('drops empty optional strings and truncates long notes', () => {
    const r = addEntries(
      { entries: [] },
      [
        {
          creator: { id: 'a', handle: '', nickname: '', canLive: null },
          terms: terms({ products: [{ id: 'p', title: '', targetRateBp: 100, sampleOffer: 'none' }] }),
          note: 'x'.repeat(600),
        },
      ],
      T0,
      idGen(),
    );
    const e = r.state.entries[0];
    expect(e?.creator).toEqual({ id: 'a', canLive: null });
    expect(e?.terms.products[0]).not.toHaveProperty('title');
    expect(e?.note).toHaveLength(500);
  });

  it('adds 10,000 to 10,000 in linear time and keeps order', () => {
    const s = queueOf(Array.from({ length: 10_000 }, (_, i) => `a${i}`));
    const inputs = Array.from({ length: 10_000 }, (_, i) => ({ creator: creator(`b${i}`), terms: terms() }));
    const start = performance.now();
    const r = addEntries(s, [...inputs, ...inputs], T0, idGen());
    const ms = performance.now() - start;
    expect(r.added).toHaveLength(10_000);
    expect(r.duplicates).toHaveLength(10_000);
    expect(r.state.entries[10_000]?.creator.id).toBe('b0');
    // A generous bound (the test machine is shared): it only catches a quadratic slip.
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
