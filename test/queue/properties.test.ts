import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCreatorsCsv } from '../../lib/queue/csv.ts';
import { QUEUE_STATUSES, queueEntrySchema } from '../../lib/queue/entry.ts';
import { entryKey } from '../../lib/queue/key.ts';
import { applyOp, type QueueOp } from '../../lib/queue/op-log.ts';
import { creator, replayOps, T0, terms } from './fixtures.ts';

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
// CSV-shaped noise: the characters that matter to a CSV parser, mixed with anything.
const csvish = fc
  .array(
    fc.oneof(fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n', '\r', "'", '=', '@', '\uFEFF', '\\'), anyText),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

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
