/** The seller's own memory of a creator: a "don't invite" mark, and an invitation sent through Collab Pilot. */
import { afterEach, describe, expect, it } from 'vitest';
import { setMessages } from '@/lib/i18n';
import { ID } from '@/lib/i18n/catalogs/id';
import { VI } from '@/lib/i18n/catalogs/vi';
import { ENGLISH } from '@/lib/i18n/english';
import { catalogSource } from '@/lib/i18n/translate';
import {
  checkInvitation,
  checkInvitationTrusted,
  type DraftCreator,
  draftFromBatch,
  planBatches,
  type RuleContext,
} from '../../lib/rules';
import { creator, DAY, draft, HOUR, NOW, terms, withCode } from './fixtures';

afterEach(() => setMessages(ENGLISH));

const check = (over: Partial<DraftCreator>, ctx: RuleContext = { now: NOW }) =>
  checkInvitation(draft({ creators: [creator(over)] }), ctx);

describe('creators.do-not-invite', () => {
  it.each([
    {
      name: 'marked',
      over: { doNotInvite: true },
      want: ["You marked @mugfan “don't invite”. Remove them from this invitation."],
    },
    { name: 'not marked', over: { doNotInvite: false }, want: [] },
    { name: 'unknown (no memory)', over: {}, want: [] },
    {
      name: 'marked, no handle',
      over: { doNotInvite: true, handle: undefined },
      want: ["You marked creator c1 “don't invite”. Remove them from this invitation."],
    },
  ])('$name', ({ over, want }) => {
    const found = withCode(check(over), 'creators.do-not-invite');
    expect(found.map((f) => f.message)).toEqual(want);
    for (const f of found) expect(f).toMatchObject({ severity: 'warning', creatorId: 'c1' });
  });

  it('is reported once for a creator listed twice', () => {
    const c = creator({ doNotInvite: true });
    expect(withCode(checkInvitation(draft({ creators: [c, c] }), { now: NOW }), 'creators.do-not-invite')).toHaveLength(
      1,
    );
  });

  it('a malformed mark is a schema finding, never a guess', () => {
    const found = checkInvitation(draft({ creators: [{ ...creator(), doNotInvite: 'yes' } as never] }), { now: NOW });
    expect(found.map((f) => f.code)).toEqual(['draft.invalid']);
  });
});

describe('creators.invited-by-you', () => {
  it.each([
    {
      name: '12 days ago',
      at: NOW - 12 * DAY,
      ctx: { now: NOW },
      want: 'You invited @mugfan 12 days ago. Another invitation so soon may be ignored; consider removing them.',
    },
    {
      name: '1 day ago',
      at: NOW - DAY - HOUR,
      ctx: { now: NOW },
      want: 'You invited @mugfan 1 day ago. Another invitation so soon may be ignored; consider removing them.',
    },
    {
      name: 'an hour ago',
      at: NOW - HOUR,
      ctx: { now: NOW },
      want: 'You invited @mugfan less than a day ago. Another invitation so soon may be ignored; consider removing them.',
    },
    {
      name: 'just under 30 days (the default)',
      at: NOW - 30 * DAY + 1,
      ctx: { now: NOW },
      want: 'You invited @mugfan 29 days ago. Another invitation so soon may be ignored; consider removing them.',
    },
    { name: 'exactly 30 days', at: NOW - 30 * DAY, ctx: { now: NOW }, want: null },
    {
      name: '40 days, window 60',
      at: NOW - 40 * DAY,
      ctx: { now: NOW, recentInviteDays: 60 },
      want: 'You invited @mugfan 40 days ago. Another invitation so soon may be ignored; consider removing them.',
    },
    { name: '10 days, window 7', at: NOW - 10 * DAY, ctx: { now: NOW, recentInviteDays: 7 }, want: null },
    // A malformed window is the default, as minStock is.
    {
      name: '20 days, window 0',
      at: NOW - 20 * DAY,
      ctx: { now: NOW, recentInviteDays: 0 },
      want: 'You invited @mugfan 20 days ago. Another invitation so soon may be ignored; consider removing them.',
    },
    {
      name: '20 days, window NaN',
      at: NOW - 20 * DAY,
      ctx: { now: NOW, recentInviteDays: Number.NaN },
      want: 'You invited @mugfan 20 days ago. Another invitation so soon may be ignored; consider removing them.',
    },
    { name: '40 days, window -5', at: NOW - 40 * DAY, ctx: { now: NOW, recentInviteDays: -5 }, want: null },
    // Unknown inputs: skipped, never guessed.
    { name: 'clock unknown', at: NOW - DAY, ctx: {}, want: null },
    { name: 'no record', at: undefined, ctx: { now: NOW }, want: null },
    { name: 'a record after now', at: NOW + HOUR, ctx: { now: NOW }, want: null },
  ])('$name', ({ at, ctx, want }) => {
    const found = withCode(check(at === undefined ? {} : { lastInvitedByYouAt: at }, ctx), 'creators.invited-by-you');
    expect(found.map((f) => f.message)).toEqual(want === null ? [] : [want]);
    for (const f of found) expect(f).toMatchObject({ severity: 'warning', creatorId: 'c1' });
  });

  it('a non-finite record in a trusted draft is skipped', () => {
    const d = draft({ creators: [creator({ lastInvitedByYouAt: Number.NaN })] });
    expect(withCode(checkInvitationTrusted(d, { now: NOW }), 'creators.invited-by-you')).toEqual([]);
  });

  it.each([
    [
      'id',
      catalogSource('id', ID),
      'Anda mengundang @mugfan 3 hari yang lalu. Undangan ulang secepat ini mungkin diabaikan; pertimbangkan untuk menghapusnya.',
      'Anda menandai @mugfan “jangan diundang”. Hapus kreator ini dari undangan.',
    ],
    [
      'vi',
      catalogSource('vi', VI),
      'Bạn đã mời @mugfan 3 ngày trước. Mời lại sớm như vậy có thể bị bỏ qua; hãy cân nhắc xóa nhà sáng tạo này.',
      'Bạn đã đánh dấu @mugfan là “không mời”. Hãy xóa nhà sáng tạo này khỏi lời mời.',
    ],
  ])('in %s', (_lang, source, invited, marked) => {
    setMessages(source);
    const found = check({ lastInvitedByYouAt: NOW - 3 * DAY, doNotInvite: true });
    expect(withCode(found, 'creators.invited-by-you')[0]?.message).toBe(invited);
    expect(withCode(found, 'creators.do-not-invite')[0]?.message).toBe(marked);
  });
});

describe('from a queued batch', () => {
  it('draftFromBatch carries the memory through to the findings', () => {
    const batch = planBatches([
      { id: 'e1', creator: { id: 'c1', canLive: true }, terms: terms() },
      { id: 'e2', creator: { id: 'c2', canLive: true }, terms: terms() },
      { id: 'e3', creator: { id: 'c3', canLive: true }, terms: terms() },
    ])[0];
    const memory: Record<string, Partial<DraftCreator>> = {
      c1: { handle: 'one', doNotInvite: true },
      c2: { handle: 'two', lastInvitedByYouAt: NOW - 2 * DAY },
    };
    const d = batch && draftFromBatch(batch, { name: 'Batch', message: '', creator: (id) => memory[id] });
    expect(d).not.toBeNull();
    const found = checkInvitationTrusted(d as NonNullable<typeof d>, { now: NOW });
    expect(found.filter((f) => f.code.startsWith('creators.')).map((f) => [f.code, f.creatorId])).toEqual([
      ['creators.do-not-invite', 'c1'],
      ['creators.invited-by-you', 'c2'],
    ]);
  });
});
