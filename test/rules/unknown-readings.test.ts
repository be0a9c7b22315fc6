/** What the page could not show is never a must-fix: unknown inputs skip their checks. */
import { describe, expect, it } from 'vitest';
import { checkInvitation, type InvitationDraft, stockNeed, stockState } from '../../lib/rules';
import { creator, creators, draft, NOW, product } from './fixtures';

const codes = (d: InvitationDraft) => checkInvitation(d, { now: NOW }).map((f) => `${f.severity}:${f.code}`);

describe('unknown readings', () => {
  it.each<[string, Partial<InvitationDraft>, string[]]>([
    ['no creators read, count unknown: no finding', { creators: [], creatorCount: null }, []],
    ['no creators read, the page counts 0: must fix', { creators: [], creatorCount: 0 }, ['error:creators.none']],
    ['only the count (2) read: no "add a creator"', { creators: [], creatorCount: 2 }, []],
    ['the count over the limit still counts', { creators: [], creatorCount: 51 }, ['error:creators.too-many']],
    [
      'flash sale with a count of 2 and no identities',
      { creators: [], creatorCount: 2, flashSale: true },
      ['error:flash-sale.bulk'],
    ],
    [
      'flash sale with one identity and a count of 1',
      { creators: [creator({ canLive: false })], creatorCount: 1, flashSale: true },
      ['error:flash-sale.needs-live'],
    ],
    [
      'flash sale, count unknown, no identities: nothing certain',
      { creators: [], creatorCount: null, flashSale: true },
      [],
    ],
    ['product list not read: no "add a product"', { products: [], productsRead: false }, []],
    ['product list read and empty: must fix', { products: [], productsRead: true }, ['error:products.none']],
    ['rate input not read: no commission finding', { products: [product({ targetRateBp: null })] }, []],
    [
      'end date not read: no end-date finding',
      { endsAt: null, products: [product({ sampleOffer: 'free-sample' })] },
      [],
    ],
  ])('%s', (_, over, want) => expect(codes(draft(over))).toEqual(want));

  it('with 40 creators counted and 10 identified, the count drives the stock need', () => {
    const d = draft({
      creators: creators(10),
      creatorCount: 40,
      products: [product({ stock: 30, sampleOffer: 'free-sample' })],
    });
    const low = checkInvitation(d, { now: NOW }).find((f) => f.code === 'stock.low');
    expect(low?.message).toMatch(/40 creators need 40/);
  });
});

describe('stock need and state, shared by the product table and the stock finding', () => {
  it.each([
    // stock, offer, units per creator, creators, min stock → state, needed
    [null, 'free-sample', 3, 2, 5, 'unknown', 11],
    [0, 'none', undefined, 2, 5, 'out', 5],
    [10, 'free-sample', 3, 2, 5, 'low', 11],
    [11, 'free-sample', 3, 2, 5, 'ok', 11],
    [6, 'free-sample', undefined, 2, 5, 'low', 7],
    [6, 'refund-first-sale', 3, 2, 5, 'ok', 5],
  ] as const)(
    'stock %s, %s × %s for %i creators, min %i → %s (needs %i)',
    (stock, offer, per, n, min, state, needed) => {
      const need = stockNeed({ sampleOffer: offer, sampleUnitsPerCreator: per }, n, min);
      expect(need.needed).toBe(needed);
      expect(stockState(stock, need)).toBe(state);
    },
  );

  it('a setting of 3 units per creator makes the finding say Low where the table does', () => {
    const p = product({ stock: 8, sampleOffer: 'free-sample', sampleUnitsPerCreator: 3 });
    const d = draft({ products: [p], creators: creators(2) });
    expect(stockState(p.stock, stockNeed(p, 2, 3))).toBe('low');
    expect(checkInvitation(d, { now: NOW, minStock: 3 }).map((f) => f.code)).toContain('stock.low');
  });
});
