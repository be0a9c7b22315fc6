/** Properties that must hold for any input, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInvitation,
  draftFromBatch,
  formatRate,
  LIMITS,
  type PlanEntry,
  type PlanTerms,
  parseRate,
  planBatches,
  termsKey,
} from '../../lib/rules';
import { draft, NOW } from './fixtures';

const productArb = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  targetRateBp: fc.constantFrom(100, 1500, 8000),
  sampleOffer: fc.constantFrom('none', 'free-sample'),
});
// Few distinct terms and creators, so batches fill up and creators repeat.
const termsArb: fc.Arbitrary<PlanTerms> = fc.record({
  products: fc.oneof(
    fc.array(productArb, { minLength: 1, maxLength: 3 }),
    // Now and then, more products than one invitation takes.
    fc.constant(Array.from({ length: 101 }, (_, i) => ({ id: `x${i}`, targetRateBp: 1500, sampleOffer: 'none' }))),
  ),
  endsAt: fc.constantFrom(NOW + 1, NOW + 2),
  contentType: fc.constantFrom('any', 'video'),
  flashSale: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  feeStructure: fc.constant('commission'),
});
const entriesArb: fc.Arbitrary<PlanEntry[]> = fc
  .array(
    fc.record({
      creator: fc.record({
        id: fc.integer({ min: 1, max: 40 }).map((n) => `c${n}`),
        canLive: fc.constantFrom(true, false, null),
      }),
      terms: termsArb,
    }),
    { maxLength: 300 },
  )
  .map((xs) => xs.map((x, i) => ({ id: `e${i}`, ...x })));
const limitsArb = fc.record({
  creatorsPerInvitation: fc.integer({ min: 1, max: 60 }),
  productsPerInvitation: fc.integer({ min: 1, max: 120 }),
});

describe('properties', () => {
  it('checkInvitation never throws, and always returns well-formed findings', () => {
    const nearDraft = fc.record({
      name: fc.oneof(fc.string(), fc.anything()),
      message: fc.string(),
      feeStructure: fc.constantFrom('commission', 'flat-fee', 'other'),
      contentType: fc.constantFrom('any', 'video', 'live'),
      flashSale: fc.boolean(),
      endsAt: fc.oneof(fc.integer(), fc.double()),
      products: fc.array(
        fc.record({
          id: fc.string(),
          title: fc.option(fc.string(), { nil: undefined }),
          priceCents: fc.option(fc.integer(), { nil: null }),
          stock: fc.option(fc.integer({ min: -5, max: 100 }), { nil: null }),
          openRateBp: fc.option(fc.integer({ min: -1, max: 9000 }), { nil: null }),
          targetRateBp: fc.oneof(fc.integer({ min: -100, max: 9000 }), fc.double()),
          sampleOffer: fc.constantFrom('free-sample', 'refund-first-sale', 'none'),
          sampleUnitsPerCreator: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        }),
        { maxLength: 5 },
      ),
      creators: fc.array(
        fc.record({
          id: fc.string(),
          handle: fc.option(fc.string(), { nil: undefined }),
          canLive: fc.constantFrom(true, false, null),
        }),
        { maxLength: 5 },
      ),
    });
    const context = fc.oneof(
      fc.anything(),
      fc.record({ now: fc.integer(), minStock: fc.integer(), locale: fc.string(), currency: fc.string() }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearDraft), context, (d, ctx) => {
        const found = checkInvitation(d, ctx as never);
        expect(Array.isArray(found)).toBe(true);
        for (const f of found) {
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseRate never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (text) => {
        const r = parseRate(text as string);
        if (r.ok) expect(Number.isInteger(r.bp) && r.bp >= LIMITS.rateMinBp && r.bp <= LIMITS.rateMaxBp).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseRate reads back every formatted rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: LIMITS.rateMinBp, max: LIMITS.rateMaxBp }),
        fc.constantFrom('en', 'en-GB', 'de', 'fr', 'vi', 'id'),
        (bp, locale) => {
          expect(parseRate(formatRate(bp, locale))).toEqual({ ok: true, bp });
        },
      ),
    );
  });

  it('planBatches never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (entries, limits) => {
        expect(Array.isArray(planBatches(entries as never, limits as never))).toBe(true);
      }),
    );
  });

  it('every entry lands in exactly one batch, and every batch respects the limits', () => {
    fc.assert(
      fc.property(entriesArb, fc.option(limitsArb, { nil: undefined }), (entries, limits) => {
        const maxCreators = limits?.creatorsPerInvitation ?? LIMITS.creatorsPerInvitation;
        const maxProducts = limits?.productsPerInvitation ?? LIMITS.productsPerInvitation;
        const byId = new Map(entries.map((e) => [e.id, e]));
        const batches = planBatches(entries, limits);

        const placed = batches.flatMap((b) => b.entryIds);
        expect([...placed].sort()).toEqual(entries.map((e) => e.id).sort());

        for (const b of batches) {
          const members = b.entryIds.map((id) => byId.get(id) as PlanEntry);
          expect(b.creatorIds).toEqual(members.map((e) => e.creator.id));
          expect(new Set(b.creatorIds).size).toBe(b.creatorIds.length);
          expect(b.creatorIds.length).toBeLessThanOrEqual(maxCreators);
          // Only a lone entry may exceed the product limit (it cannot be split).
          if (b.terms.products.length > maxProducts) expect(b.entryIds).toHaveLength(1);
          if (members.some((e) => e.terms.flashSale)) expect(b.entryIds).toHaveLength(1);
          for (const e of members) expect(termsKey(e.terms)).toBe(termsKey(b.terms));
          // Queue order is kept within a batch.
          const positions = b.entryIds.map((id) => Number(id.slice(1)));
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every planned batch becomes a draft the checker accepts', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        for (const b of planBatches(entries)) {
          const d = draftFromBatch(b, { name: 'Batch', message: '' });
          expect(d).not.toBeNull();
          const found = checkInvitation(d, { now: NOW });
          expect(found.filter((f) => f.code === 'draft.invalid')).toEqual([]);
          expect(found.filter((f) => f.code === 'creators.too-many' || f.code === 'creators.duplicate')).toEqual([]);
        }
      }),
      { numRuns: 50 },
    );
    expect(checkInvitation(draft(), { now: NOW })).toEqual([]);
  });
});
