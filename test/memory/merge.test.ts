import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../lib/memory/edits.ts';
import { readMemoryFile, toMemoryFile } from '../../lib/memory/file.ts';
import {
  cleanTags,
  laterInvitation,
  mergeInvitations,
  mergeListSeen,
  mergeMemory,
  mergeNotes,
} from '../../lib/memory/merge.ts';
import {
  type CreatorMemory,
  emptyMemory,
  type Invitation,
  type ListSeen,
  MEMORY_LIMITS,
  type Outcome,
} from '../../lib/memory/schema.ts';

const T0 = Date.UTC(2026, 0, 1);
const inv = (key: string, outcome: Outcome, at: number, extra: Partial<Invitation> = {}): Invitation => ({
  key,
  at,
  productIds: ['p1'],
  ratesBp: [1500],
  feeType: 'commission',
  outcome,
  ...extra,
});
const seen = (collaborationId: string, status: ListSeen['status'], seenAt: number): ListSeen => ({
  collaborationId,
  status,
  seenAt,
  source: 'page',
});
const mem = (over: Partial<CreatorMemory> = {}): CreatorMemory => ({ ...emptyMemory('c1', T0), ...over });

describe('laterInvitation', () => {
  it.each<[string, Invitation, Invitation, Outcome]>([
    ['opened beats queued, whatever the order', inv('e', 'opened', T0), inv('e', 'queued', T0 + 5), 'opened'],
    ['sent beats opened', inv('e', 'opened', T0 + 9), inv('e', 'sent', T0 + 1), 'sent'],
    ['between sent and failed the later wins', inv('e', 'failed', T0 + 1), inv('e', 'sent', T0 + 2), 'sent'],
    ['between failed and sent the later wins', inv('e', 'sent', T0 + 1), inv('e', 'failed', T0 + 2), 'failed'],
    ['a queued reading never undoes a sent one', inv('e', 'sent', T0), inv('e', 'queued', T0 + 100), 'sent'],
  ])('%s', (_name, a, b, outcome) => {
    expect(laterInvitation(a, b).outcome).toBe(outcome);
    expect(laterInvitation(b, a).outcome).toBe(outcome);
  });
});

describe('mergeInvitations', () => {
  it('keeps one record per key, the later outcome', () => {
    const out = mergeInvitations([inv('e1', 'queued', T0), inv('e2', 'sent', T0 + 1)], [inv('e1', 'sent', T0 + 2)]);
    expect(out.map((i) => [i.key, i.outcome])).toEqual([
      ['e2', 'sent'],
      ['e1', 'sent'],
    ]);
  });

  it('drops the oldest beyond the cap', () => {
    const many = Array.from({ length: MEMORY_LIMITS.historyMax + 5 }, (_, i) => inv(`e${i}`, 'sent', T0 + i));
    const out = mergeInvitations(many, []);
    expect(out).toHaveLength(MEMORY_LIMITS.historyMax);
    expect(out[0]?.key).toBe('e5');
  });
});

describe('mergeListSeen', () => {
  it('keeps the latest sighting of each collaboration', () => {
    const out = mergeListSeen(
      [seen('g1', 'pending', T0)],
      [seen('g1', 'accepted', T0 + 1), seen('g2', 'declined', T0)],
    );
    expect(out.map((s) => [s.collaborationId, s.status])).toEqual([
      ['g2', 'declined'],
      ['g1', 'accepted'],
    ]);
  });
});

describe('mergeNotes', () => {
  it.each([
    ['same note', 'likes lip oil', 'likes lip oil', 'likes lip oil'],
    ['empty import', 'likes lip oil', '', 'likes lip oil'],
    ['empty local', '', 'from file', 'from file'],
    ['one contains the other', 'a', 'a\nb', 'a\nb'],
    ['both kept, shared lines once', 'a\nb', 'b\nc', 'a\nb\nc'],
  ])('%s', (_name, a, b, out) => {
    expect(mergeNotes(a, b)).toBe(out);
  });

  it('stays within the cap', () => {
    expect(mergeNotes('x'.repeat(1990), 'y'.repeat(50)).length).toBe(MEMORY_LIMITS.noteMax);
  });
});

describe('cleanTags', () => {
  it('trims, cuts long tags, drops repeats case-insensitively and caps the count', () => {
    expect(cleanTags([' vip ', 'VIP', '', 'x'.repeat(40)])).toEqual(['vip', 'x'.repeat(30)]);
    expect(cleanTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(MEMORY_LIMITS.tagsMax);
  });
});

describe('mergeMemory', () => {
  it('unions tags, keeps both notes and every invitation', () => {
    const a = mem({ tags: ['vip'], notes: 'local', invitations: [inv('e1', 'sent', T0)] });
    const b = mem({ tags: ['VIP', 'beauty'], notes: 'imported', invitations: [inv('e2', 'failed', T0 + 1)] });
    const m = mergeMemory(a, b);
    expect(m.tags).toEqual(['vip', 'beauty']);
    expect(m.notes).toBe('local\nimported');
    expect(m.invitations.map((i) => i.key)).toEqual(['e1', 'e2']);
  });

  it.each([
    [
      'the later mark wins (import newer)',
      { doNotInvite: false, doNotInviteAt: T0 },
      { doNotInvite: true, doNotInviteAt: T0 + 1 },
      true,
    ],
    [
      'the later mark wins (local newer)',
      { doNotInvite: false, doNotInviteAt: T0 + 2 },
      { doNotInvite: true, doNotInviteAt: T0 + 1 },
      false,
    ],
    ['a mark beats no edit', {}, { doNotInvite: true, doNotInviteAt: T0 }, true],
    ['no edit keeps the mark', { doNotInvite: true, doNotInviteAt: T0 }, {}, true],
  ])('doNotInvite: %s', (_name, a, b, out) => {
    expect(mergeMemory(mem(a), mem(b)).doNotInvite).toBe(out);
  });
});

describe('applyEdit', () => {
  it('stamps the mark and keeps follow-ups', () => {
    let m = applyEdit(undefined, 'c9', { kind: 'do-not-invite', value: true }, T0);
    m = applyEdit(m, 'c9', { kind: 'follow-up', templateId: 't1' }, T0 + 1);
    m = applyEdit(m, 'c9', { kind: 'tags', tags: ['a', 'A', 'b'] }, T0 + 2);
    expect(m).toMatchObject({
      id: 'c9',
      doNotInvite: true,
      doNotInviteAt: T0,
      followUps: [{ at: T0 + 1, templateId: 't1' }],
      tags: ['a', 'b'],
      updatedAt: T0 + 2,
    });
  });
});

describe('memory file', () => {
  it('round-trips and counts bad records without losing the good ones', () => {
    const text = toMemoryFile([mem({ notes: 'hi' })], T0);
    const parsed = JSON.parse(text);
    parsed.creators.push({ id: '' });
    const r = readMemoryFile(JSON.stringify(parsed));
    expect(r).toMatchObject({ ok: true, rejected: 1, creators: [{ id: 'c1', notes: 'hi' }] });
  });

  it.each([
    ['not-json', '{'],
    ['not-memory', '{"format":"other","version":1,"creators":[]}'],
    ['newer-version', '{"format":"collab-pilot-memory","version":99,"creators":[]}'],
  ])('says %s', (problem, text) => {
    expect(readMemoryFile(text)).toEqual({ ok: false, problem });
  });
});
