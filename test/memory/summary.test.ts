import { describe, expect, it } from 'vitest';
import { invitationOf, withListSeen, withQueueEntry } from '../../lib/memory/from-queue.ts';
import { emptyMemory, type MemorySummary } from '../../lib/memory/schema.ts';
import { hiddenByFilter, summarise } from '../../lib/memory/summary.ts';
import { addEntries, setStatus } from '../../lib/queue/ops.ts';
import { creator, idGen, T0, terms } from '../queue/fixtures.ts';

const DAY = 86_400_000;

describe('from the queue', () => {
  it('records one invitation per entry, following its status', () => {
    let s = addEntries({ entries: [] }, [{ creator: creator('a'), terms: terms() }], T0, idGen()).state;
    const e0 = s.entries[0]!;
    let m = withQueueEntry(undefined, e0);
    s = setStatus(s, [e0.id], 'opened', T0 + 1).state;
    m = withQueueEntry(m, s.entries[0]!);
    s = setStatus(s, [e0.id], 'sent', T0 + 2).state;
    m = withQueueEntry(m, s.entries[0]!);
    expect(m.invitations).toHaveLength(1);
    expect(m.invitations[0]).toMatchObject({ key: e0.id, outcome: 'sent', at: T0 + 2 });
    expect(summarise(m)).toMatchObject({ invited: 1, pending: 0, lastInvitedAt: T0 + 2 });
  });

  it('a removed entry is no invitation', () => {
    let s = addEntries({ entries: [] }, [{ creator: creator('a'), terms: terms() }], T0, idGen()).state;
    s = setStatus(s, [s.entries[0]!.id], 'removed', T0 + 1).state;
    expect(invitationOf(s.entries[0]!)).toBeNull();
  });

  it('page sightings never change our outcomes', () => {
    const s = addEntries({ entries: [] }, [{ creator: creator('a'), terms: terms() }], T0, idGen()).state;
    const m = withQueueEntry(undefined, s.entries[0]!);
    const after = withListSeen(
      m,
      'a',
      [{ collaborationId: 'g1', status: 'accepted', seenAt: T0 + 5, source: 'page' }],
      '@a',
      T0 + 5,
    );
    expect(after.invitations).toEqual(m.invitations);
    expect(summarise(after)).toMatchObject({ accepted: 1, invited: 0, pending: 1 });
  });
});

describe('hiddenByFilter', () => {
  const base: MemorySummary = { ...summarise(emptyMemory('c', T0)) };
  const now = T0 + 100 * DAY;
  it.each<[string, Partial<MemorySummary> | undefined, Parameters<typeof hiddenByFilter>[1], boolean]>([
    [
      'no memory is never hidden',
      undefined,
      { hideDoNotInvite: true, hideNeverAccepted: true, invitedWithinDays: 30 },
      false,
    ],
    [
      'invited 10 days ago, hiding 30 days',
      { invited: 1, lastInvitedAt: now - 10 * DAY },
      { invitedWithinDays: 30 },
      true,
    ],
    [
      'invited 40 days ago, hiding 30 days',
      { invited: 1, lastInvitedAt: now - 40 * DAY },
      { invitedWithinDays: 30 },
      false,
    ],
    ['do not invite', { doNotInvite: true }, { hideDoNotInvite: true }, true],
    ['do not invite, filter off', { doNotInvite: true }, {}, false],
    ['never accepted', { invited: 2, accepted: 0 }, { hideNeverAccepted: true }, true],
    ['accepted once', { invited: 2, accepted: 1 }, { hideNeverAccepted: true }, false],
    ['never invited is not "never accepted"', { invited: 0 }, { hideNeverAccepted: true }, false],
  ])('%s', (_name, s, f, hidden) => {
    expect(hiddenByFilter(s ? { ...base, ...s } : undefined, f, now)).toBe(hidden);
  });
});
