import { describe, expect, it } from 'vitest';
import { QUEUE_STATUSES, type QueueStatus } from '../../lib/queue/entry.ts';
import { setStatus } from '../../lib/queue/ops.ts';
import { byId, forceStatus, queueOf, T0 } from './fixtures.ts';

// Every (from, to) pair with the expected outcome. Same status is "unchanged", never an error.
const ALLOWED: Record<QueueStatus, QueueStatus[]> = {
  queued: ['opened', 'removed'],
  opened: ['sent', 'failed', 'queued', 'removed'],
  sent: ['removed'],
  failed: ['queued', 'removed'],
  removed: ['queued'],
};
const table = QUEUE_STATUSES.flatMap((from) =>
  QUEUE_STATUSES.map((to) => ({
    from,
    to,
    outcome: from === to ? 'unchanged' : ALLOWED[from].includes(to) ? 'changed' : 'illegal',
  })),
);

describe('setStatus transition table', () => {
  it('covers all 25 pairs', () => expect(table).toHaveLength(25));

  it.each(table)('$from → $to is $outcome', ({ from, to, outcome }) => {
    const start = forceStatus(queueOf(['c1']), 'e_c1', from);
    const failure = to === 'failed' ? { code: '1', reason: 'Nope' } : undefined;
    const r = setStatus(start, ['e_c1'], to, T0 + 1000, failure);
    const after = byId(r.state, 'e_c1');
    if (outcome === 'changed') {
      expect(r.changed).toEqual(['e_c1']);
      expect(after.status).toBe(to);
      expect(after.updatedAt).toBe(T0 + 1000);
      expect(after.history.at(-1)).toEqual(
        to === 'failed' ? { at: T0 + 1000, status: to, reason: 'Nope' } : { at: T0 + 1000, status: to },
      );
      expect(byId(start, 'e_c1').status).toBe(from); // the old state is untouched
    } else if (outcome === 'unchanged') {
      expect(r.unchanged).toEqual(['e_c1']);
      expect(r.state).toBe(start);
    } else {
      expect(r.illegal).toEqual([{ id: 'e_c1', from, to }]);
      expect(r.state).toBe(start);
      expect(after.status).toBe(from);
    }
  });
});

describe('setStatus details', () => {
  it('reports unknown ids as missing and handles a mixed bulk', () => {
    const s = forceStatus(queueOf(['a', 'b', 'c']), 'e_c', 'sent');
    const r = setStatus(s, ['e_a', 'nope', 'e_c', 'e_a'], 'opened', T0);
    expect(r.changed).toEqual(['e_a']);
    expect(r.missing).toEqual(['nope']);
    expect(r.illegal).toEqual([{ id: 'e_c', from: 'sent', to: 'opened' }]);
  });

  it('gives a failed entry a reason even without one, and clears it on retry', () => {
    let s = setStatus(queueOf(['a']), ['e_a'], 'opened', T0).state;
    s = setStatus(s, ['e_a'], 'failed', T0).state;
    expect(byId(s, 'e_a').failure?.reason).toMatch(/not sent/);
    s = setStatus(s, ['e_a'], 'queued', T0).state;
    expect(byId(s, 'e_a').failure).toBeUndefined();
  });

  it('keeps insertion order', () => {
    const s = setStatus(queueOf(['a', 'b', 'c']), ['e_b'], 'removed', T0).state;
    expect(s.entries.map((e) => e.id)).toEqual(['e_a', 'e_b', 'e_c']);
  });
});
