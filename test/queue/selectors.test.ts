import { describe, expect, it } from 'vitest';
import { addEntries, setStatus } from '../../lib/queue/ops.ts';
import { plannableEntries, resolveEndsAt } from '../../lib/queue/plan.ts';
import { countsByStatus } from '../../lib/queue/selectors.ts';
import { creator, idGen, queueOf, T0, terms } from './fixtures.ts';

describe('selectors', () => {
  const s0 = queueOf(['a', 'b', 'c', 'd']);
  let s = setStatus(s0, ['e_b', 'e_c', 'e_d'], 'opened', T0).state;
  s = setStatus(s, ['e_c'], 'sent', T0).state;
  s = setStatus(s, ['e_d'], 'removed', T0).state;

  it('counts by status', () => {
    expect(countsByStatus(s)).toEqual({ queued: 1, opened: 1, sent: 1, failed: 0, removed: 1 });
  });

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
