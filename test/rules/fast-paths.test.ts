/**
 * The queue check's fast paths give what the plain versions gave: planBatches against the
 * straightforward algorithm it replaced, draftFromBatch's creators key for key, sortFindings against a
 * plain stable sort, and product findings still naming their product.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Batch,
  checkInvitationTrusted,
  type DraftProduct,
  draftFromBatch,
  type Finding,
  LIMITS,
  type PlanEntry,
  type PlanLimits,
  type PlanTerms,
  planBatches,
  productLabel,
  sortFindings,
  termsKey,
} from '../../lib/rules';
import { creator, DAY, draft, NOW, product } from './fixtures';

/** planBatches as it was before the fast paths: a key per entry, has-then-add, splice by indexOf. */
function referencePlan(entries: readonly unknown[], limits: PlanLimits): Batch[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  const isTerms = (t: unknown): t is PlanTerms =>
    isObject(t) &&
    typeof t.endsAt === 'number' &&
    typeof t.contentType === 'string' &&
    typeof t.flashSale === 'boolean' &&
    typeof t.feeStructure === 'string' &&
    Array.isArray(t.products) &&
    (t.products as unknown[]).every(
      (p) =>
        isObject(p) &&
        typeof p.id === 'string' &&
        typeof p.targetRateBp === 'number' &&
        typeof p.sampleOffer === 'string',
    );
  const batches: Batch[] = [];
  const open = new Map<string, { batch: Batch; ids: Set<string> }[]>();
  for (const raw of entries) {
    const e: Record<string, unknown> = isObject(raw) ? raw : {};
    const c: Record<string, unknown> = isObject(e.creator) ? e.creator : {};
    const shell =
      isObject(raw) &&
      typeof e.id === 'string' &&
      isObject(e.creator) &&
      typeof c.id === 'string' &&
      (c.canLive === null || typeof c.canLive === 'boolean');
    if (!shell || !isTerms(e.terms)) {
      const id = typeof c.id === 'string' ? c.id : '';
      const canLive = typeof c.canLive === 'boolean' ? c.canLive : null;
      const entryId = typeof e.id === 'string' ? e.id : '';
      batches.push({
        entryIds: [entryId],
        creatorIds: [id],
        terms: e.terms as PlanTerms,
        creators: [{ id, canLive }],
        invalid: true,
      });
      continue;
    }
    const entry = e as unknown as PlanEntry;
    if (entry.terms.flashSale || entry.terms.products.length > limits.productsPerInvitation) {
      batches.push({
        entryIds: [entry.id],
        creatorIds: [entry.creator.id],
        terms: entry.terms,
        creators: [entry.creator],
      });
      continue;
    }
    const key = termsKey(entry.terms);
    const list = open.get(key) ?? [];
    open.set(key, list);
    let target = list.find((b) => !b.ids.has(entry.creator.id));
    if (!target) {
      target = { batch: { entryIds: [], creatorIds: [], terms: entry.terms, creators: [] }, ids: new Set() };
      list.push(target);
      batches.push(target.batch);
    }
    target.batch.entryIds.push(entry.id);
    target.batch.creatorIds.push(entry.creator.id);
    target.batch.creators.push(entry.creator);
    target.ids.add(entry.creator.id);
    if (target.ids.size >= limits.creatorsPerInvitation) list.splice(list.indexOf(target), 1);
  }
  return batches;
}

// A few terms objects, some equal but distinct (same key, other object), some shared by many entries.
const termsArb: fc.Arbitrary<PlanTerms> = fc.record({
  products: fc.array(
    fc.record({
      id: fc.constantFrom('p1', 'p2', 'p3'),
      targetRateBp: fc.constantFrom(100, 1500),
      sampleOffer: fc.constantFrom('none', 'free-sample'),
    }),
    { minLength: 0, maxLength: 4 },
  ),
  endsAt: fc.constantFrom(NOW + DAY, NOW + 2 * DAY),
  contentType: fc.constantFrom('any', 'video'),
  flashSale: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  feeStructure: fc.constant('commission'),
});
const pool = fc.array(termsArb, { minLength: 1, maxLength: 5 }).map((ts) => [...ts, ...ts.map((t) => ({ ...t }))]);
const rawEntryArb = (terms: PlanTerms[]) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        creator: fc.record({
          id: fc.integer({ min: 1, max: 12 }).map((n) => `c${n}`),
          canLive: fc.constantFrom(true, false, null),
        }),
        terms: fc.constantFrom(...terms),
      }),
    },
    // Now and then a malformed entry: bad creator, bad terms, or not an object at all.
    { weight: 1, arbitrary: fc.record({ creator: fc.anything(), terms: fc.constantFrom(...terms) }) },
    { weight: 1, arbitrary: fc.record({ creator: fc.constant({ id: 'c1', canLive: true }), terms: fc.anything() }) },
    { weight: 1, arbitrary: fc.anything() },
  );
const entriesArb = pool.chain((terms) =>
  fc
    .array(rawEntryArb(terms), { maxLength: 200 })
    .map((xs) =>
      xs.map((x, i) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? { id: `e${i}`, ...x } : x)),
    ),
);
const limitsArb = fc.record({
  creatorsPerInvitation: fc.integer({ min: 1, max: 8 }),
  productsPerInvitation: fc.integer({ min: 1, max: 4 }),
});

const oneProductTerms = (): PlanTerms => ({
  products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none' }],
  endsAt: NOW + DAY,
  contentType: 'any',
  flashSale: false,
  feeStructure: 'commission',
});

describe('planBatches', () => {
  it('plans exactly as the plain algorithm, down to the very terms and creator objects', () => {
    fc.assert(
      fc.property(entriesArb, fc.option(limitsArb, { nil: undefined }), (entries, limits) => {
        const got = planBatches(entries as PlanEntry[], limits);
        const want = referencePlan(entries, {
          creatorsPerInvitation: limits?.creatorsPerInvitation ?? LIMITS.creatorsPerInvitation,
          productsPerInvitation: limits?.productsPerInvitation ?? LIMITS.productsPerInvitation,
        });
        expect(got).toEqual(want);
        got.forEach((b, i) => {
          const w = want[i] as Batch;
          if (!w.invalid) {
            expect(b.terms).toBe(w.terms);
            b.creators.forEach((c, j) => {
              expect(c).toBe(w.creators[j]);
            });
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    { name: 'one creator per invitation', limits: { creatorsPerInvitation: 1 }, want: ['e0', 'e1', 'e2'] },
    {
      name: 'a creator queued twice goes to the next batch with room',
      limits: { creatorsPerInvitation: 2 },
      want: ['e0,e1', 'e2'],
    },
    { name: 'default limits', limits: undefined, want: ['e0,e1', 'e2'] },
  ])('$name', ({ limits, want }) => {
    const t = oneProductTerms();
    const entries: PlanEntry[] = [
      { id: 'e0', creator: { id: 'c1', canLive: true }, terms: t },
      { id: 'e1', creator: { id: 'c2', canLive: true }, terms: { ...t } },
      { id: 'e2', creator: { id: 'c1', canLive: true }, terms: t },
    ];
    expect(planBatches(entries, limits).map((b) => b.entryIds.join(','))).toEqual(want);
  });
});

describe('draftFromBatch', () => {
  it.each([
    { name: 'nothing known', known: undefined, want: '{"id":"c1","canLive":true}' },
    { name: 'a handle', known: { handle: 'mugfan' }, want: '{"id":"c1","canLive":true,"handle":"mugfan"}' },
    {
      name: 'a recent invitation',
      known: { invitedWithin90Days: false },
      want: '{"id":"c1","canLive":true,"invitedWithin90Days":false}',
    },
    {
      name: 'both, in the draft schema’s order whatever the order given',
      known: { invitedWithin90Days: true, handle: 'mugfan' },
      want: '{"id":"c1","canLive":true,"handle":"mugfan","invitedWithin90Days":true}',
    },
  ])('creator with $name', ({ known, want }) => {
    const batch = planBatches([
      { id: 'e0', creator: { id: 'c1', canLive: true }, terms: oneProductTerms() },
    ])[0] as Batch;
    const d = draftFromBatch(batch, { name: 'Batch', message: '', creator: () => known });
    expect(JSON.stringify(d?.creators[0])).toBe(want);
  });
});

describe('draftFromBatch callbacks', () => {
  it('get the batch’s own product and creator objects, so no lookup table is needed', () => {
    const terms = { ...oneProductTerms(), products: [{ id: 'p1', targetRateBp: 1500, sampleOffer: 'none', stock: 7 }] };
    const entries = [
      { id: 'e0', creator: { id: 'c1', canLive: true, handle: 'one' }, terms },
      { id: 'e1', creator: { id: 'c2', canLive: null, handle: 'two' }, terms },
    ];
    const batch = planBatches(entries)[0] as Batch<(typeof entries)[number]>;
    const seen: unknown[] = [];
    const d = draftFromBatch(batch, {
      name: 'Batch',
      message: '',
      product: (id, p) => {
        seen.push([id, p]);
        return { stock: p.stock };
      },
      creator: (id, c) => {
        seen.push([id, c]);
        return { handle: c.handle };
      },
    });
    expect(seen).toEqual([
      ['p1', terms.products[0]],
      ['c1', entries[0]?.creator],
      ['c2', entries[1]?.creator],
    ]);
    expect((seen[1] as unknown[])[1]).toBe(entries[0]?.creator);
    expect(d?.products[0]?.stock).toBe(7);
    expect(d?.creators.map((c) => c.handle)).toEqual(['one', 'two']);
  });
});

describe('sortFindings', () => {
  const severity = fc.constantFrom('error' as const, 'warning' as const, 'info' as const);
  it('equals a plain stable sort by severity, and always returns a new array', () => {
    fc.assert(
      fc.property(fc.array(severity, { maxLength: 12 }), (severities) => {
        const findings = severities.map((s, i) => ({ code: `c${i}`, severity: s, message: '' }));
        const order = { error: 0, warning: 1, info: 2 };
        const want = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
        const got = sortFindings(findings);
        expect(got).not.toBe(findings);
        expect(got.map((f) => f.code)).toEqual(want.map((f) => f.code));
      }),
    );
  });
});

describe('product findings', () => {
  // The label is built only when a finding needs it: every product finding still names its product.
  const productArb: fc.Arbitrary<DraftProduct> = fc
    .record({
      id: fc.constantFrom('1729000001', '1729000002'),
      title: fc.option(fc.constantFrom('Blue Mug', '  ', 'A very long product title that will be shortened'), {
        nil: undefined,
      }),
      stock: fc.constantFrom(null, 0, 5, 500),
      openRateBp: fc.constantFrom(null, 1000, 1500),
      targetRateBp: fc.constantFrom(50, 1000, 1500, 2000),
      sampleOffer: fc.constantFrom('none' as const, 'free-sample' as const),
    })
    .map((p) => product({ ...p, priceCents: undefined }));
  it('name the product and carry its id', () => {
    fc.assert(
      fc.property(
        fc.array(productArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 30 }),
        (products, days) => {
          const d = draft({ products, creators: [creator()], endsAt: NOW + days * DAY });
          const found: Finding[] = checkInvitationTrusted(d, { now: NOW, minStock: 20 });
          for (const f of found) {
            if (f.productId === undefined) continue;
            const p = products.find((x) => x.id === f.productId) as DraftProduct;
            // A message opening with the label starts with a capital.
            expect(f.message.toLowerCase()).toContain(productLabel(p).toLowerCase());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
