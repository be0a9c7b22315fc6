import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../lib/queue/entry';
import {
  applyWaitingDelta,
  boundedDelta,
  storedSummarySchema,
  syncPlan,
  WAITING_DELTA_CAP,
  type WaitingDelta,
  waitingCreators,
  waitingDelta,
  waitingStep,
} from '../../lib/queue/waiting-delta';

const delta = (fromRev: number, toRev: number, added: string[] = [], removed: string[] = []): WaitingDelta => ({
  fromRev,
  toRev,
  waiting: { added, removed },
});
const many = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('syncPlan: what a tab does with a summary', () => {
  it.each<[string, number | null, { rev: number; delta?: WaitingDelta }, ReturnType<typeof syncPlan>]>([
    ['first load (nothing held yet)', null, { rev: 5, delta: delta(4, 5, ['a']) }, 'reload'],
    ['contiguous change', 4, { rev: 5, delta: delta(4, 5, ['a']) }, 'apply'],
    ['contiguous change that names nobody', 4, { rev: 5, delta: delta(4, 5) }, 'apply'],
    ['a revision was missed (gap)', 3, { rev: 5, delta: delta(4, 5, ['a']) }, 'reload'],
    ['the tab read the list mid-change', 6, { rev: 7, delta: delta(5, 7, ['a']) }, 'reload'],
    ['same revision (worker restarted, nothing changed)', 5, { rev: 5 }, 'keep'],
    ['stale: older than what is held', 7, { rev: 5, delta: delta(4, 5, ['a']) }, 'keep'],
    ['no change attached (too big, or the first summary after a restart)', 4, { rev: 5 }, 'reload'],
    ['a change that does not end at the summary', 4, { rev: 6, delta: delta(4, 5, ['a']) }, 'reload'],
    ['over the cap', 4, { rev: 5, delta: delta(4, 5, many(WAITING_DELTA_CAP + 1)) }, 'reload'],
    ['at the cap', 4, { rev: 5, delta: delta(4, 5, many(WAITING_DELTA_CAP - 1), ['x']) }, 'apply'],
  ])('%s → %s', (_name, held, summary, plan) => {
    expect(syncPlan(held, summary)).toBe(plan);
  });
});

describe('applyWaitingDelta', () => {
  it.each<[string, string[], WaitingDelta, string[]]>([
    ['adds', ['a'], delta(1, 2, ['b']), ['a', 'b']],
    ['removes', ['a', 'b'], delta(1, 2, [], ['a']), ['b']],
    ['an add already held (shown before the summary came)', ['a'], delta(1, 2, ['a']), ['a']],
    ['a removal of what is not held', ['a'], delta(1, 2, [], ['z']), ['a']],
    ['both', ['a', 'b'], delta(1, 2, ['c'], ['b']), ['a', 'c']],
  ])('%s', (_name, held, d, after) => {
    const before = new Set(held);
    expect([...applyWaitingDelta(before, d)].sort()).toEqual(after);
    expect([...before]).toEqual(held);
  });
});

describe('waitingDelta: what the worker publishes', () => {
  it.each<[string, string[], string[], WaitingDelta['waiting'] | undefined]>([
    ['one added', ['a'], ['a', 'b'], { added: ['b'], removed: [] }],
    ['one sent', ['a', 'b'], ['a'], { added: [], removed: ['b'] }],
    ['nothing changed', ['a'], ['a'], { added: [], removed: [] }],
    ['over the cap', [], many(WAITING_DELTA_CAP + 1), undefined],
    ['over the cap counting both', many(WAITING_DELTA_CAP, 'old'), ['new'], undefined],
    ['at the cap', [], many(WAITING_DELTA_CAP), { added: many(WAITING_DELTA_CAP), removed: [] }],
  ])('%s', (_name, before, after, waiting) => {
    const d = waitingDelta(new Set(before), new Set(after), 3, 4);
    expect(d).toEqual(waiting && { fromRev: 3, toRev: 4, waiting });
  });
});

describe('storedSummarySchema: the summary as a tab reads it from storage', () => {
  const base = { rev: 4, counts: { queued: 2, opened: 0, sent: 1, failed: 0, removed: 0 }, total: 3, updatedAt: 1 };
  it('keeps a well-formed change', () => {
    expect(storedSummarySchema.parse({ ...base, delta: delta(3, 4, ['a']) }).delta).toEqual(delta(3, 4, ['a']));
  });
  it.each<[string, unknown]>([
    ['ids that are not strings', { fromRev: 3, toRev: 4, waiting: { added: [1], removed: [] } }],
    ['more ids than the cap', delta(3, 4, many(WAITING_DELTA_CAP + 1))],
    ['a negative revision', delta(-1, 4)],
  ])('leaves out a change with %s, keeping the counts', (_name, bad) => {
    const r = storedSummarySchema.safeParse({ ...base, delta: bad });
    expect(r.success && r.data.delta).toBe(undefined);
    expect(r.success && r.data.counts.queued).toBe(2);
  });
  it('refuses a summary without a revision', () => {
    expect(storedSummarySchema.safeParse({ ...base, rev: 'x' }).success).toBe(false);
  });
});

describe('waitingStep: the change a write makes, from its changed entries alone', () => {
  const entry = (id: string, creator: string, status: QueueEntry['status']) =>
    ({ id, status, creator: { id: creator } }) as unknown as QueueEntry;
  it.each<[string, string[], QueueEntry[], { added: string[]; removed: string[] }]>([
    ['a new waiting entry', ['a'], [entry('e2', 'b', 'queued')], { added: ['b'], removed: [] }],
    ['an entry sent', ['a', 'b'], [entry('e1', 'a', 'sent')], { added: [], removed: ['a'] }],
    ['queued to opened: still waiting', ['a'], [entry('e1', 'a', 'opened')], { added: [], removed: [] }],
    ['a removed entry revived', [], [entry('e1', 'a', 'queued')], { added: ['a'], removed: [] }],
    ['a failed entry changed again', [], [entry('e1', 'a', 'removed')], { added: [], removed: [] }],
  ])('%s', (_, before, changed, expected) => {
    expect(waitingStep(new Set(before), changed)).toEqual(expected);
  });

  it('agrees with reading the whole queue again', () => {
    const before = [entry('e1', 'a', 'queued'), entry('e2', 'b', 'opened'), entry('e3', 'c', 'sent')];
    const changed = [entry('e1', 'a', 'sent'), entry('e3', 'c', 'queued'), entry('e4', 'd', 'queued')];
    const after = [changed[0], before[1], changed[1], changed[2]] as QueueEntry[];
    const held = waitingCreators(before);
    const step = waitingStep(held, changed);
    for (const id of step.added) held.add(id);
    for (const id of step.removed) held.delete(id);
    expect([...held].sort()).toEqual([...waitingCreators(after)].sort());
  });

  it('is a delta only within the cap', () => {
    expect(boundedDelta({ added: many(WAITING_DELTA_CAP), removed: [] }, 1, 2)?.waiting.added).toHaveLength(
      WAITING_DELTA_CAP,
    );
    expect(boundedDelta({ added: many(WAITING_DELTA_CAP), removed: ['x'] }, 1, 2)).toBeUndefined();
  });
});
