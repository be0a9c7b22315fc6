import { describe, expect, it } from 'vitest';
import { checkInvitation, type DraftProduct, type RuleContext } from '../../lib/rules';
import { creators, DAY, draft, NOW, product } from './fixtures';

const stockFindings = (p: Partial<DraftProduct>, creatorCount: number, ctx: RuleContext = {}) =>
  checkInvitation(draft({ products: [product(p)], creators: creators(creatorCount) }), { now: NOW, ...ctx })
    .filter((f) => f.code.startsWith('stock.'))
    .map((f) => `${f.code}:${f.severity}`);

describe('stock', () => {
  it.each([
    { name: 'out of stock', p: { stock: 0 }, n: 1, ctx: {}, expected: ['stock.out:error'] },
    { name: 'unknown stock', p: { stock: null }, n: 1, ctx: {}, expected: ['stock.unknown:info'] },
    { name: 'plenty', p: { stock: 500 }, n: 1, ctx: { minStock: 20 }, expected: [] },
    { name: 'below minimum', p: { stock: 19 }, n: 1, ctx: { minStock: 20 }, expected: ['stock.low:warning'] },
    { name: 'at minimum', p: { stock: 20 }, n: 1, ctx: { minStock: 20 }, expected: [] },
    { name: 'low stock, no minimum set, no samples', p: { stock: 1 }, n: 10, ctx: {}, expected: [] },
    // Free samples: minimum + units × creators must be covered.
    {
      name: 'samples covered exactly',
      p: { stock: 30, sampleOffer: 'free-sample' as const },
      n: 10,
      ctx: { minStock: 20 },
      expected: [],
    },
    {
      name: 'samples one short',
      p: { stock: 29, sampleOffer: 'free-sample' as const },
      n: 10,
      ctx: { minStock: 20 },
      expected: ['stock.low:warning'],
    },
    {
      name: 'two units per creator',
      p: { stock: 39, sampleOffer: 'free-sample' as const, sampleUnitsPerCreator: 2 },
      n: 10,
      ctx: { minStock: 20 },
      expected: ['stock.low:warning'],
    },
    {
      name: 'refund on first sale needs no sample stock',
      p: { stock: 21, sampleOffer: 'refund-first-sale' as const },
      n: 10,
      ctx: { minStock: 20 },
      expected: [],
    },
  ])('$name', ({ p, n, ctx, expected }) => {
    expect(stockFindings(p, n, ctx)).toEqual(expected);
  });

  it('explains the sample arithmetic and how to fix it', () => {
    const [f] = checkInvitation(
      draft({ products: [product({ stock: 25, sampleOffer: 'free-sample' })], creators: creators(10) }),
      { now: NOW, minStock: 20 },
    ).filter((x) => x.code === 'stock.low');
    expect(f?.message).toContain('Blue Mug');
    expect(f?.message).toContain('25 in stock');
    expect(f?.message).toContain('10 creators need 10 on top of your minimum of 20 (30 in all)');
    expect(f?.productId).toBe('p1');
  });
});

describe('sample.post-window', () => {
  it.each([
    { days: 13, sampleOffer: 'free-sample' as const, fires: true },
    { days: 14, sampleOffer: 'free-sample' as const, fires: false },
    { days: 13, sampleOffer: 'refund-first-sale' as const, fires: false },
    // Under 72 hours, ends.soon says it already.
    { days: 2, sampleOffer: 'free-sample' as const, fires: false },
  ])('$days days, $sampleOffer → $fires', ({ days, sampleOffer, fires }) => {
    const found = checkInvitation(draft({ endsAt: NOW + days * DAY, products: [product({ sampleOffer })] }), {
      now: NOW,
    }).filter((f) => f.code === 'sample.post-window');
    expect(found.length).toBe(fires ? 1 : 0);
    if (fires) expect(found[0]?.message).toContain('14 days');
  });
});
