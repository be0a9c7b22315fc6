import { describe, expect, it } from 'vitest';
import { type BadgeInput, creatorBadges } from '@/lib/creators/badges';

const none: BadgeInput = { canLive: null, invitedWithin90Days: null, collaborated: null, blocked: null };

describe('creatorBadges', () => {
  it.each<[string, BadgeInput, boolean, string[]]>([
    ['nothing known', none, false, []],
    ['all false', { canLive: false, invitedWithin90Days: false, collaborated: false, blocked: false }, false, []],
    ['LIVE', { ...none, canLive: true }, false, ['live']],
    ['queued only', none, true, ['queued']],
    [
      'everything, blocked first then queued',
      { canLive: true, invitedWithin90Days: true, collaborated: true, blocked: true },
      true,
      ['blocked', 'queued', 'invited-90d', 'collaborated', 'live'],
    ],
    [
      'invited and collaborated',
      { ...none, invitedWithin90Days: true, collaborated: true },
      false,
      ['invited-90d', 'collaborated'],
    ],
  ])('%s', (_name, row, queued, keys) => {
    expect(creatorBadges(row, { queued }).map((b) => b.key)).toEqual(keys);
  });

  it.each([
    ['blocked', 'bad', 'Blocked', 'Blocked by your shop: invitations will fail'],
    ['invited-90d', 'warn', 'Invited', 'Invited in the last 90 days'],
    ['collaborated', 'good', 'Worked with', 'Has collaborated with your shop before'],
    ['live', 'good', 'LIVE', 'Can go LIVE: flash sales can be requested from this creator alone'],
    ['queued', 'neutral', 'Queued', 'Already in your invitation queue'],
  ])('%s reads %s / %s', (key, tone, label, description) => {
    const all = creatorBadges(
      { canLive: true, invitedWithin90Days: true, collaborated: true, blocked: true },
      { queued: true },
    );
    expect(all.find((b) => b.key === key)).toEqual({ key, tone, label, description });
  });
});
