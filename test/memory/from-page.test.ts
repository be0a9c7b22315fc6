import { describe, expect, it } from 'vitest';
import { sightingsOf } from '../../lib/memory/from-page.ts';
import { validateRequest } from '../../lib/messages.ts';
import type { GroupDetail } from '../../lib/pages/group-json.ts';

const group = (over: Partial<GroupDetail> = {}): GroupDetail => ({
  id: 'g1',
  name: 'Spring lip oils',
  status: 'ongoing',
  createTimeMs: 1,
  endTimeMs: Date.UTC(2026, 5, 1),
  feeType: 'commission',
  products: [],
  creators: [
    { id: 'c1', handle: 'alice', status: 'accepted', inviteTimeMs: 1 },
    { id: 'c2', handle: null, status: 'pending', inviteTimeMs: null },
  ],
  ...over,
});

describe('sightingsOf', () => {
  it('one sighting per creator, as the page showed it, and the worker accepts it', () => {
    const seen = sightingsOf(group());
    expect(seen).toEqual([
      {
        creatorId: 'c1',
        handle: 'alice',
        collaborationId: 'g1',
        name: 'Spring lip oils',
        status: 'accepted',
        until: Date.UTC(2026, 5, 1),
      },
      {
        creatorId: 'c2',
        collaborationId: 'g1',
        name: 'Spring lip oils',
        status: 'pending',
        until: Date.UTC(2026, 5, 1),
      },
    ]);
    expect(validateRequest({ type: 'memory/list-seen', seen }).ok).toBe(true);
  });

  it('leaves out an end time it could not read', () => {
    expect(sightingsOf(group({ endTimeMs: null, name: '' }))[0]).toEqual({
      creatorId: 'c1',
      handle: 'alice',
      collaborationId: 'g1',
      status: 'accepted',
    });
  });
});
