import { describe, expect, it } from 'vitest';
import { checkInvitation, type InvitationDraft } from '../../lib/rules';
import { codes, creator, creators, draft, NOW, product, products, withCode } from './fixtures';

const check = (over: Partial<InvitationDraft>, ctx = {}) => checkInvitation(draft(over), { now: NOW, ...ctx });

describe('product and creator counts', () => {
  it.each([
    { name: 'no products', over: { products: [] }, code: 'products.none', fires: true },
    { name: '100 products', over: { products: products(100) }, code: 'products.too-many', fires: false },
    { name: '101 products', over: { products: products(101) }, code: 'products.too-many', fires: true },
    { name: 'no creators', over: { creators: [] }, code: 'creators.none', fires: true },
    { name: '50 creators', over: { creators: creators(50) }, code: 'creators.too-many', fires: false },
    { name: '51 creators', over: { creators: creators(51) }, code: 'creators.too-many', fires: true },
  ])('$name → $code $fires', ({ over, code, fires }) => {
    const found = withCode(check(over), code);
    expect(found.length).toBe(fires ? 1 : 0);
    if (fires) expect(found[0]?.severity).toBe('error');
  });

  it('the limits themselves pass cleanly', () => {
    expect(check({ products: products(100), creators: creators(50) })).toEqual([]);
  });

  it('says how many to remove', () => {
    expect(withCode(check({ creators: creators(51) }), 'creators.too-many')[0]?.message).toContain('Remove 1');
  });
});

describe('duplicates', () => {
  it('reports a duplicated product once, and checks it once', () => {
    const found = check({ products: [product({ stock: 0 }), product({ stock: 0 }), product({ stock: 0 })] });
    expect(withCode(found, 'products.duplicate')).toHaveLength(1);
    expect(withCode(found, 'products.duplicate')[0]?.message).toContain('3 times');
    expect(withCode(found, 'stock.out')).toHaveLength(1);
  });

  it('reports a duplicated creator', () => {
    const found = check({ creators: [creator(), creator({ id: 'c2' }), creator()] });
    expect(withCode(found, 'creators.duplicate').map((f) => f.creatorId)).toEqual(['c1']);
  });
});

describe('creators.invited-recently', () => {
  it.each([
    { invitedWithin90Days: true, fires: true },
    { invitedWithin90Days: false, fires: false },
    { invitedWithin90Days: undefined, fires: false },
  ])('$invitedWithin90Days → $fires', ({ invitedWithin90Days, fires }) => {
    const found = withCode(check({ creators: [creator({ invitedWithin90Days })] }), 'creators.invited-recently');
    expect(found.map((f) => f.severity)).toEqual(fires ? ['warning'] : []);
  });
});

describe('pair.conflict', () => {
  it.each([
    { conflicts: [{ creatorId: 'c1', productId: 'p1' }], expected: 1 },
    {
      conflicts: [
        { creatorId: 'c1', productId: 'p1' },
        { creatorId: 'c1', productId: 'p1' },
      ],
      expected: 1,
    },
    { conflicts: [{ creatorId: 'c9', productId: 'p1' }], expected: 0 },
    { conflicts: [{ creatorId: 'c1', productId: 'p9' }], expected: 0 },
    { conflicts: [], expected: 0 },
  ])('%#', ({ conflicts, expected }) => {
    const found = withCode(check({}, { conflicts }), 'pair.conflict');
    expect(found).toHaveLength(expected);
    if (expected) {
      expect(found[0]).toMatchObject({ severity: 'error', creatorId: 'c1', productId: 'p1' });
      expect(found[0]?.message).toContain('@mugfan');
      expect(found[0]?.message).toContain('Blue Mug');
    }
  });

  it('names a creator without a handle by id, as a sentence', () => {
    const [f] = withCode(
      check({ creators: [creator({ handle: undefined })] }, { conflicts: [{ creatorId: 'c1', productId: 'p1' }] }),
      'pair.conflict',
    );
    expect(f?.message.startsWith('Creator c1 already has “Blue Mug”')).toBe(true);
  });

  it('ignores malformed conflict entries', () => {
    expect(codes(check({}, { conflicts: [null, { creatorId: 1 }] as never }))).toEqual([]);
  });
});
