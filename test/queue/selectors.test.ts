import { describe, expect, it } from 'vitest';
import { addEntries, setStatus } from '../../lib/queue/ops.ts';
import { plannableEntries, resolveEndsAt } from '../../lib/queue/plan.ts';
import { activeEntries, buildCreatorIndex, countsByStatus, creatorBadge, isQueued } from '../../lib/queue/selectors.ts';
import { creator, idGen, queueOf, T0, terms } from './fixtures.ts';

describe('selectors', () => {
  const s0 = queueOf(['a', 'b', 'c', 'd']);
  let s = setStatus(s0, ['e_b', 'e_c', 'e_d'], 'opened', T0).state;
  s = setStatus(s, ['e_c'], 'sent', T0).state;
  s = setStatus(s, ['e_d'], 'removed', T0).state;

  it('counts by status', () => {
    expect(countsByStatus(s)).toEqual({ queued: 1, opened: 1, sent: 1, failed: 0, removed: 1 });
  });

  it('lists active entries in order', () => {
    expect(activeEntries(s).map((e) => e.id)).toEqual(['e_a', 'e_b']);
  });

  it.each([
    ['a', true],
    ['b', true],
    ['c', false],
    ['d', false],
    ['zz', false],
  ])('isQueued(%s) = %s, from the state or a prebuilt index', (id, expected) => {
    expect(isQueued(s, id)).toBe(expected);
    expect(isQueued(buildCreatorIndex(s.entries), id)).toBe(expected);
  });

  it('badges combine all entries of a creator', () => {
    const more = addEntries(s, [{ creator: creator('c'), terms: terms({ contentType: 'video' }) }], T0, idGen()).state;
    expect(creatorBadge(more, 'c')).toEqual({ queued: true, sent: true, failed: false, count: 2 });
    expect(creatorBadge(more, 'd')).toEqual({ queued: false, sent: false, failed: false, count: 0 });
  });

  it('isQueued on 10,000 entries answers from one index', () => {
    const big = queueOf(Array.from({ length: 10_000 }, (_, i) => `k${i}`));
    expect(isQueued(big, 'k9999')).toBe(true);
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) isQueued(big, `k${i % 10_000}`);
    expect(performance.now() - start).toBeLessThan(5000);
  }, 60_000);

  it('plannable entries have a fixed end date resolved from the duration', () => {
    const p = addEntries(
      { entries: [] },
      [
        { creator: creator('x'), terms: terms({ endsAt: undefined, durationDays: 7 }) },
        { creator: creator('y'), terms: terms({ endsAt: undefined }) },
      ],
      T0,
      idGen(),
    ).state;
    const out = plannableEntries(p.entries, T0);
    expect(out.map((e) => e.terms.endsAt)).toEqual([T0 + 7 * 86_400_000, T0 + 30 * 86_400_000]);
    expect(resolveEndsAt(terms(), T0)).toBe(T0 + 30 * 86_400_000);
    expect(plannableEntries(s.entries, T0).map((e) => e.id)).toEqual(['e_a']);
  });
});
