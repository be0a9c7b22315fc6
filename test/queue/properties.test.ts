import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportQueueCsv, importCreatorsCsv, parseQueueCsv } from '../../lib/queue/csv.ts';
import { QUEUE_STATUSES, type QueueEntry, queueEntrySchema } from '../../lib/queue/entry.ts';
import { entryKey } from '../../lib/queue/key.ts';
import { applyOp, type QueueOp, replayOps } from '../../lib/queue/op-log.ts';
import { creator, T0, terms } from './fixtures.ts';

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const someText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
// CSV-shaped noise: the characters that matter to a CSV parser, mixed with anything.
const csvish = fc
  .array(
    fc.oneof(fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n', '\r', "'", '=', '@', '\uFEFF', '\\'), anyText),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const time = fc.integer({ min: 0, max: 8.64e15 });
const ratio = fc.double({ min: 0, max: 1, noNaN: true }).map((n) => n + 0); // never -0
const money = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const optNull = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.option(arb, { nil: null }), { nil: undefined });

const entryArb: fc.Arbitrary<QueueEntry> = fc
  .record(
    {
      id: someText,
      creator: fc.record(
        {
          id: someText,
          handle: opt(someText),
          nickname: opt(someText),
          followers: optNull(fc.nat()),
          gmv: optNull(money),
          engagement: optNull(ratio),
          sampleFulfilment: optNull(ratio),
          canLive: fc.option(fc.boolean(), { nil: null }),
          invitedWithin90Days: opt(fc.boolean()),
          collaborated: opt(fc.boolean()),
          blocked: opt(fc.boolean()),
          region: opt(someText),
        },
        { requiredKeys: ['id', 'canLive'] },
      ),
      terms: fc.record(
        {
          products: fc.array(
            fc.record(
              {
                id: someText,
                title: opt(someText),
                targetRateBp: fc.integer({ min: 0, max: 10000 }),
                openRateBp: optNull(fc.integer({ min: 0, max: 10000 })),
                stock: optNull(fc.nat()),
                sampleOffer: fc.constantFrom('free-sample', 'refund-first-sale', 'none'),
              },
              { requiredKeys: ['id', 'targetRateBp', 'sampleOffer'] },
            ),
            { maxLength: 4 },
          ),
          endsAt: opt(time),
          durationDays: opt(fc.integer({ min: 0, max: 3650 })),
          contentType: fc.constantFrom('any', 'video', 'live'),
          flashSale: fc.boolean(),
          feeStructure: fc.constantFrom('commission', 'flat-fee'),
        },
        { requiredKeys: ['products', 'contentType', 'flashSale', 'feeStructure'] },
      ),
      status: fc.constantFrom(...QUEUE_STATUSES),
      failure: opt(fc.record({ code: opt(someText), reason: someText }, { requiredKeys: ['reason'] })),
      createdAt: time,
      updatedAt: time,
      note: fc.string({ unit: 'binary', maxLength: 120 }),
      // Tags are never empty (normalizeTags drops them); an empty list and [''] share one cell.
      tags: fc.array(someText, { maxLength: 4 }),
      batchId: opt(someText),
      history: fc.array(
        fc.record(
          { at: time, status: fc.constantFrom(...QUEUE_STATUSES), reason: opt(anyText) },
          { requiredKeys: ['at', 'status'] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['id', 'creator', 'terms', 'status', 'createdAt', 'updatedAt', 'note', 'tags', 'history'] },
  )
  .filter((e) => queueEntrySchema.safeParse(e).success);

/** Optional keys present with value undefined are the same as absent for a CSV. */
const strip = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('properties', () => {
  it('importCreatorsCsv never throws and every row is accounted for', () => {
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const r = importCreatorsCsv(text);
        for (const row of r.rows) {
          expect(row.creatorId ?? row.handle).toBeTruthy();
          if (row.handle) expect(row.handle).toMatch(/^[A-Za-z0-9._]{1,24}$/);
        }
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('parseQueueCsv never throws and returns only valid entries', () => {
    const header = 'id,creator_id,status,content_type,fee_structure,created_at,products,target_rates\n';
    fc.assert(
      fc.property(csvish, fc.boolean(), (text, withHeader) => {
        const r = parseQueueCsv(withHeader ? header + text : text);
        for (const e of r.entries) expect(queueEntrySchema.safeParse(e).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('any valid entries survive export and parse unchanged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 8 }), (entries) => {
        const back = parseQueueCsv(exportQueueCsv(entries));
        expect(back.errors).toEqual([]);
        expect(back.entries).toEqual(strip(entries));
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('any op sequence keeps ids unique and one live entry per creator+terms; replays are no-ops', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const termChoices = [terms(), terms({ contentType: 'video' })];
    const opArb: fc.Arbitrary<QueueOp> = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        opId: fc.uuid(),
        inputs: fc.array(
          fc
            .record({
              id: fc.constantFrom('x1', 'x2', 'x3', 'x4', 'x5', 'x6'),
              c: fc.constantFrom(...ids),
              t: fc.constantFrom(0, 1),
            })
            .map((i) => ({
              id: i.id,
              creator: creator(i.c),
              terms: termChoices[i.t] ?? terms(),
            })),
          { maxLength: 4 },
        ),
      }),
      fc.record({
        kind: fc.constant('status' as const),
        opId: fc.uuid(),
        ids: fc.array(fc.constantFrom('x1', 'x2', 'x3', 'x4', 'x5', 'x6'), { maxLength: 3 }),
        status: fc.constantFrom(...QUEUE_STATUSES),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        opId: fc.uuid(),
        ids: fc.array(fc.constantFrom('x1', 'x2', 'x3'), { maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('createResult' as const),
        opId: fc.uuid(),
        ids: fc.array(fc.constantFrom('x1', 'x2', 'x3', 'x4'), { maxLength: 3 }),
        result: fc.constantFrom({ ok: true as const }, { ok: false as const, code: '16024018' }),
      }),
    );
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const state = replayOps({ entries: [] }, ops, T0);
        const entryIds = state.entries.map((e) => e.id);
        expect(new Set(entryIds).size).toBe(entryIds.length);
        const live = state.entries.filter((e) => e.status !== 'removed').map((e) => entryKey(e.creator.id, e.terms));
        expect(new Set(live).size).toBe(live.length);
        for (const e of state.entries) expect(queueEntrySchema.safeParse(e).success).toBe(true);
        expect(replayOps(state, ops, T0 + 1)).toBe(state);
        for (const op of ops) expect(applyOp(state, op, T0).replayed).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
