import { describe, expect, it } from 'vitest';
import { readMemoryFile, toMemoryFile } from '../../lib/memory/file';
import { withListSeen } from '../../lib/memory/from-queue';
import { foldSightings, mergeMemory, withCollaboration } from '../../lib/memory/merge';
import {
  type CreatorMemory,
  creatorMemorySchema,
  emptyMemory,
  type Invitation,
  type ListSeen,
  type Outcome,
} from '../../lib/memory/schema';
import { summarise } from '../../lib/memory/summary';

const T0 = Date.UTC(2026, 0, 1);
const inv = (key: string, outcome: Outcome, at: number, extra: Partial<Invitation> = {}): Invitation => ({
  key,
  at,
  productIds: ['p1'],
  ratesBp: [1500],
  outcome,
  ...extra,
});
const seen = (collaborationId: string, status: ListSeen['status'], seenAt: number, until?: number): ListSeen => ({
  collaborationId,
  status,
  seenAt,
  source: 'page',
  ...(until === undefined ? {} : { until }),
});
const mem = (over: Partial<CreatorMemory> = {}): CreatorMemory => ({ ...emptyMemory('c1', T0), ...over });

/** What each step does to a creator's record, as the worker applies it. */
type Step =
  | { kind: 'queue'; inv: Invitation }
  | { kind: 'sent'; key: string; collaborationId: string }
  | { kind: 'seen'; sighting: ListSeen };

function apply(steps: readonly Step[]): CreatorMemory {
  let m = mem();
  for (const s of steps) {
    if (s.kind === 'queue') m = mergeMemory(m, mem({ invitations: [s.inv] }));
    else if (s.kind === 'sent') m = withCollaboration(m, s.key, s.collaborationId);
    else m = withListSeen(m, 'c1', [s.sighting], null, s.sighting.seenAt);
  }
  return m;
}

const sentE1: Step = { kind: 'queue', inv: inv('e1', 'sent', T0 + 10) };
const tieE1: Step = { kind: 'sent', key: 'e1', collaborationId: 'g1' };
const seenG1: Step = { kind: 'seen', sighting: seen('g1', 'accepted', T0 + 20, T0 + 99) };
const seenG2: Step = { kind: 'seen', sighting: seen('g2', 'pending', T0 + 30) };
const acceptedG2: Step = { kind: 'seen', sighting: seen('g2', 'accepted', T0 + 5) };

describe('an invitation and its collaboration on the list page are one record', () => {
  it.each<[string, Step[], { invitations: number; listSeen: string[]; folded: ListSeen['status'] | null }]>([
    ['sent, then seen', [sentE1, tieE1, seenG1], { invitations: 1, listSeen: [], folded: 'accepted' }],
    ['seen, then sent', [seenG1, sentE1, tieE1], { invitations: 1, listSeen: [], folded: 'accepted' }],
    ['seen between queue and tie', [sentE1, seenG1, tieE1], { invitations: 1, listSeen: [], folded: 'accepted' }],
    ['the same sighting twice', [sentE1, tieE1, seenG1, seenG1], { invitations: 1, listSeen: [], folded: 'accepted' }],
    ['the tie twice', [seenG1, sentE1, tieE1, tieE1], { invitations: 1, listSeen: [], folded: 'accepted' }],
    ['another collaboration stays apart', [sentE1, tieE1, seenG2], { invitations: 1, listSeen: ['g2'], folded: null }],
    ['a sent invitation with no tie', [sentE1, seenG1], { invitations: 1, listSeen: ['g1'], folded: null }],
    ['a sighting with no invitation', [seenG1], { invitations: 0, listSeen: ['g1'], folded: null }],
  ])('%s', (_n, steps, want) => {
    const m = apply(steps);
    expect(m.invitations).toHaveLength(want.invitations);
    expect(m.listSeen.map((s) => s.collaborationId)).toEqual(want.listSeen);
    expect(m.invitations[0]?.seen?.status ?? null).toBe(want.folded);
    expect(creatorMemorySchema.safeParse(m).success).toBe(true);
  });

  it('ends in the same record whichever arrives first', () => {
    const a = apply([sentE1, tieE1, seenG1]);
    const b = apply([seenG1, sentE1, tieE1]);
    expect(a.invitations).toEqual(b.invitations);
    expect(a.invitations[0]).toMatchObject({
      key: 'e1',
      outcome: 'sent',
      collaborationId: 'g1',
      seen: { collaborationId: 'g1', status: 'accepted', until: T0 + 99, source: 'page' },
    });
  });

  it('two collaborations, two invitations: two records, each with its own sighting', () => {
    const m = apply([
      sentE1,
      tieE1,
      { kind: 'queue', inv: inv('e2', 'sent', T0 + 11) },
      { kind: 'sent', key: 'e2', collaborationId: 'g2' },
      seenG1,
      seenG2,
    ]);
    expect(m.invitations.map((i) => [i.key, i.seen?.collaborationId, i.seen?.status])).toEqual([
      ['e1', 'g1', 'accepted'],
      ['e2', 'g2', 'pending'],
    ]);
    expect(m.listSeen).toEqual([]);
  });

  it.each<[Outcome, ListSeen['status']]>([
    ['sent', 'declined'],
    ['failed', 'accepted'],
    ['opened', 'accepted'],
    ['sent', 'unknown'],
  ])('a page sighting never changes the outcome (%s, page says %s)', (outcome, status) => {
    const m = apply([
      { kind: 'queue', inv: inv('e1', outcome, T0 + 10, { collaborationId: 'g1' }) },
      { kind: 'seen', sighting: seen('g1', status, T0 + 50) },
    ]);
    expect(m.invitations).toEqual([expect.objectContaining({ key: 'e1', outcome, at: T0 + 10 })]);
    expect(m.invitations[0]?.seen?.status).toBe(status);
  });

  it('a later sighting replaces an earlier one on the invitation; an older one does not', () => {
    const m = apply([
      sentE1,
      tieE1,
      { kind: 'seen', sighting: seen('g1', 'pending', T0 + 20) },
      { kind: 'seen', sighting: seen('g1', 'accepted', T0 + 40) },
    ]);
    expect(m.invitations[0]?.seen).toMatchObject({ status: 'accepted', seenAt: T0 + 40 });
    const older = foldSightings({ ...m, listSeen: [seen('g1', 'pending', T0 + 30)] });
    expect(older.invitations[0]?.seen).toMatchObject({ status: 'accepted', seenAt: T0 + 40 });
    expect(older.listSeen).toEqual([]);
  });

  it('a later queue reading of the invitation keeps its tie and sighting', () => {
    const m = apply([sentE1, tieE1, seenG1, { kind: 'queue', inv: inv('e1', 'sent', T0 + 60) }]);
    expect(m.invitations).toEqual([
      expect.objectContaining({
        at: T0 + 60,
        collaborationId: 'g1',
        seen: expect.objectContaining({ status: 'accepted' }),
      }),
    ]);
  });
});

describe('summary counts each collaboration once', () => {
  it.each<[string, Step[], number]>([
    ['sent, tied and seen accepted', [sentE1, tieE1, seenG1], 1],
    ['seen accepted, then sent and tied', [seenG1, sentE1, tieE1], 1],
    ['seen accepted with no invitation', [seenG1], 1],
    ['two accepted collaborations', [sentE1, tieE1, seenG1, acceptedG2], 2],
    ['seen pending only', [sentE1, tieE1, seenG2], 0],
  ])('%s → accepted %i', (_n, steps, accepted) => {
    expect(summarise(apply(steps)).accepted).toBe(accepted);
  });

  it('a record holding the same collaboration on both sides still counts it once', () => {
    const m = mem({
      invitations: [inv('e1', 'sent', T0, { collaborationId: 'g1', seen: seen('g1', 'accepted', T0 + 1) })],
      listSeen: [seen('g1', 'accepted', T0 + 2)],
    });
    expect(summarise(m)).toMatchObject({ invited: 1, accepted: 1 });
  });
});

describe('export, import and merge of both shapes', () => {
  const tied = apply([sentE1, tieE1, seenG1]);
  const apart = mem({
    invitations: [inv('e1', 'sent', T0 + 10)],
    listSeen: [seen('g1', 'pending', T0 + 5)],
    notes: 'from the other browser',
  });
  const untiedOld = mem({
    invitations: [inv('e1', 'queued', T0 + 1)],
    listSeen: [seen('g1', 'accepted', T0 + 20, T0 + 99)],
    notes: 'older note',
  });

  it.each<[string, CreatorMemory, CreatorMemory]>([
    ['tied here, apart in the file', tied, apart],
    ['apart here, tied in the file', apart, tied],
    ['tied here, an older untied file', tied, untiedOld],
    ['an older untied record, a tied file', untiedOld, tied],
  ])('%s → one record, notes kept, later outcome wins', (_n, here, file) => {
    const read = readMemoryFile(toMemoryFile([file], T0));
    if (!read.ok) throw new Error('file not read');
    const m = mergeMemory(here, read.creators[0] as CreatorMemory);
    expect(m.invitations).toHaveLength(1);
    expect(m.invitations[0]).toMatchObject({
      key: 'e1',
      outcome: 'sent',
      collaborationId: 'g1',
      seen: { collaborationId: 'g1', status: 'accepted' },
    });
    expect(m.listSeen).toEqual([]);
    for (const note of [here.notes, file.notes]) expect(m.notes).toContain(note);
    expect(summarise(m).accepted).toBe(1);
  });

  it('a stored record from before the tie (no collaborationId, no seen) still loads', () => {
    const old = JSON.parse(JSON.stringify(untiedOld));
    expect(creatorMemorySchema.safeParse(old).success).toBe(true);
    const read = readMemoryFile(JSON.stringify({ format: 'collab-pilot-memory', version: 1, creators: [old] }));
    expect(read).toMatchObject({ ok: true, rejected: 0 });
  });

  it('an over-long collaboration id is refused at the boundary', () => {
    const bad = mem({ invitations: [inv('e1', 'sent', T0, { collaborationId: 'x'.repeat(201) })] });
    expect(creatorMemorySchema.safeParse(bad).success).toBe(false);
  });
});
