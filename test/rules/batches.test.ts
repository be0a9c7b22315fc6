import { describe, expect, it } from 'vitest';
import { checkInvitationTrusted, draftFromBatch, type PlanEntry, planBatches, termsKey } from '../../lib/rules';
import { DAY, entry, NOW, terms } from './fixtures';

const A = terms();
const B = terms({ endsAt: NOW + 60 * DAY });
const shape = (entries: PlanEntry[], limits?: Parameters<typeof planBatches>[1]) =>
  planBatches(entries, limits).map((b) => b.entryIds.join(','));

describe('termsKey', () => {
  it.each([
    {
      name: 'product order does not matter',
      a: terms({
        products: [
          { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
          { id: 'p2', targetRateBp: 900, sampleOffer: 'free-sample' },
        ],
      }),
      b: terms({
        products: [
          { id: 'p2', targetRateBp: 900, sampleOffer: 'free-sample' },
          { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
        ],
      }),
      equal: true,
    },
    {
      name: 'rate matters',
      a: A,
      b: terms({ products: [{ id: 'p1', targetRateBp: 1501, sampleOffer: 'none' }] }),
      equal: false,
    },
    {
      name: 'sample offer matters',
      a: A,
      b: terms({ products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'free-sample' }] }),
      equal: false,
    },
    { name: 'end date matters', a: A, b: B, equal: false },
    { name: 'content type matters', a: A, b: terms({ contentType: 'video' }), equal: false },
    { name: 'fee structure matters', a: A, b: terms({ feeStructure: 'flat-fee' }), equal: false },
    { name: 'flash sale matters', a: A, b: terms({ flashSale: true }), equal: false },
    {
      name: 'extra fields do not matter',
      a: A,
      b: {
        ...terms(),
        products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none', title: 'Mug' }],
        note: 'x',
      } as never,
      equal: true,
    },
    // Ids that would collide in a naive "a|b" join stay apart.
    {
      name: 'no separator collisions',
      a: terms({ products: [{ id: 'a","b', targetRateBp: 1500, sampleOffer: 'none' }] }),
      b: terms({
        products: [
          { id: 'a', targetRateBp: 1500, sampleOffer: 'none' },
          { id: 'b', targetRateBp: 1500, sampleOffer: 'none' },
        ],
      }),
      equal: false,
    },
  ])('$name', ({ a, b, equal }) => {
    expect(termsKey(a) === termsKey(b)).toBe(equal);
  });
});

describe('planBatches', () => {
  it.each([
    { name: 'empty queue', entries: [], expected: [] },
    {
      name: 'equal terms go together in queue order',
      entries: [entry('1', 'c1'), entry('2', 'c2', B), entry('3', 'c3')],
      expected: ['1,3', '2'],
    },
    {
      name: 'flash sale is always alone',
      entries: [
        entry('1', 'c1', terms({ flashSale: true })),
        entry('2', 'c2', terms({ flashSale: true })),
        entry('3', 'c3'),
      ],
      expected: ['1', '2', '3'],
    },
    {
      name: 'no creator twice in a batch',
      entries: [entry('1', 'c1'), entry('2', 'c1'), entry('3', 'c2')],
      expected: ['1,3', '2'],
    },
    {
      name: 'a later entry fills an earlier batch with room',
      entries: [entry('1', 'c1'), entry('2', 'c1'), entry('3', 'c1'), entry('4', 'c2')],
      expected: ['1,4', '2', '3'],
    },
  ])('$name', ({ entries, expected }) => {
    expect(shape(entries)).toEqual(expected);
  });

  it.each([
    { n: 50, sizes: [50] },
    { n: 51, sizes: [50, 1] },
    { n: 120, sizes: [50, 50, 20] },
  ])('splits $n creators with equal terms into $sizes', ({ n, sizes }) => {
    const entries = Array.from({ length: n }, (_, i) => entry(`e${i}`, `c${i}`));
    const batches = planBatches(entries);
    expect(batches.map((b) => b.creatorIds.length)).toEqual(sizes);
    expect(batches.flatMap((b) => b.entryIds)).toEqual(entries.map((e) => e.id));
  });

  it('respects smaller limits passed in', () => {
    const entries = Array.from({ length: 5 }, (_, i) => entry(`e${i}`, `c${i}`));
    expect(shape(entries, { creatorsPerInvitation: 2 })).toEqual(['e0,e1', 'e2,e3', 'e4']);
  });

  it.each([
    { products: 100, expected: ['1,2'] },
    // Over the product limit: each entry alone, so only that entry is flagged when checked.
    { products: 101, expected: ['1', '2'] },
  ])('$products products per entry → $expected', ({ products, expected }) => {
    const t = terms({
      products: Array.from({ length: products }, (_, i) => ({ id: `p${i}`, targetRateBp: 1500, sampleOffer: 'none' })),
    });
    expect(shape([entry('1', 'c1', t), entry('2', 'c2', t)])).toEqual(expected);
  });

  it('groups equal terms whatever their product order, keeping the first entry’s terms', () => {
    const t1 = terms({
      products: [
        { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
        { id: 'p2', targetRateBp: 1500, sampleOffer: 'none' },
      ],
    });
    const t2 = terms({
      products: [
        { id: 'p2', targetRateBp: 1500, sampleOffer: 'none' },
        { id: 'p1', targetRateBp: 1500, sampleOffer: 'none' },
      ],
    });
    const [batch, ...rest] = planBatches([entry('1', 'c1', t1), entry('2', 'c2', t2)]);
    expect(rest).toEqual([]);
    expect(batch?.terms).toBe(t1);
    expect(batch?.creators).toEqual([
      { id: 'c1', canLive: true },
      { id: 'c2', canLive: true },
    ]);
  });

  it('puts a malformed entry alone, marked invalid', () => {
    const batches = planBatches([entry('1', 'c1'), { id: '2', creator: { id: 'c2' } } as never, entry('3', 'c3')]);
    expect(batches.map((b) => [b.entryIds.join(','), b.invalid ?? false])).toEqual([
      ['1,3', false],
      ['2', true],
    ]);
  });

  it('never throws on garbage', () => {
    expect(planBatches(null as never)).toEqual([]);
    expect(planBatches([null, 1, 'x'] as never, { creatorsPerInvitation: -3 } as never)).toHaveLength(3);
  });
});

describe('draftFromBatch', () => {
  it('fills in catalogue facts so the batch can be checked', () => {
    const [batch] = planBatches([entry('1', 'c1'), entry('2', 'c2', A, null)]);
    const d = draftFromBatch(batch as never, {
      name: 'Winter',
      message: '',
      product: (id) => (id === 'p1' ? { title: 'Blue Mug', stock: 0, openRateBp: 1000, priceCents: 1999 } : undefined),
      creator: (id) => ({ handle: `h${id}` }),
    });
    expect(d?.creators).toEqual([
      { id: 'c1', canLive: true, handle: 'hc1' },
      { id: 'c2', canLive: null, handle: 'hc2' },
    ]);
    expect(checkInvitationTrusted(d as never, { now: NOW }).map((f) => f.code)).toEqual(['stock.out']);
  });

  it.each([
    { name: 'an invalid batch', batch: { ...planBatches([entry('1', 'c1')])[0], invalid: true } },
    { name: 'an unknown fee structure', batch: planBatches([entry('1', 'c1', terms({ feeStructure: 'barter' }))])[0] },
    {
      name: 'an unknown sample offer',
      batch: planBatches([
        entry('1', 'c1', terms({ products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'gift' }] })),
      ])[0],
    },
  ])('gives null for $name', ({ batch }) => {
    expect(draftFromBatch(batch as never, { name: 'x', message: '' })).toBeNull();
  });
});
