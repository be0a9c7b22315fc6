import { describe, expect, it } from 'vitest';
import { checkInvitation, type InvitationDraft, LIMITS, type RuleContext } from '../../lib/rules';
import { DAY, draft, HOUR, NOW, withCode } from './fixtures';

const check = (over: Partial<InvitationDraft>, ctx: RuleContext = { now: NOW }) => checkInvitation(draft(over), ctx);

describe('name', () => {
  it.each([
    { name: 'x'.repeat(30), expected: [] },
    { name: 'x'.repeat(31), expected: ['name.too-long'] },
    // Emoji count as one character each, flags and skin tones included.
    { name: `${'x'.repeat(29)}🎉`, expected: [] },
    { name: `${'x'.repeat(30)}🎉`, expected: ['name.too-long'] },
    { name: '🇬🇧'.repeat(30), expected: [] },
    { name: '👍🏽'.repeat(31), expected: ['name.too-long'] },
    { name: 'é'.repeat(30), expected: [] },
    { name: '', expected: ['name.missing'] },
    { name: '   ', expected: ['name.missing'] },
  ])('$name', ({ name, expected }) => {
    const found = check({ name }).filter((f) => f.code.startsWith('name.'));
    expect(found.map((f) => f.code)).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('error');
  });

  it('says by how much to shorten', () => {
    expect(withCode(check({ name: 'x'.repeat(33) }), 'name.too-long')[0]?.message).toContain('Shorten it by 3');
  });
});

describe('message', () => {
  it.each([
    { message: 'x'.repeat(500), fires: false },
    { message: 'x'.repeat(501), fires: true },
    { message: '😀'.repeat(500), fires: false },
    { message: '😀'.repeat(501), fires: true },
    { message: '', fires: false },
  ])('%#', ({ message, fires }) => {
    expect(withCode(check({ message }), 'message.too-long')).toHaveLength(fires ? 1 : 0);
  });
});

describe('end date', () => {
  it.each([
    { endsAt: NOW - 1, expected: ['ends.past:error'] },
    { endsAt: NOW, expected: ['ends.past:error'] },
    { endsAt: NOW + HOUR, expected: ['ends.soon:warning'] },
    { endsAt: NOW + 72 * HOUR - 1, expected: ['ends.soon:warning'] },
    { endsAt: NOW + 72 * HOUR, expected: [] },
    { endsAt: NOW + 30 * DAY, expected: [] },
  ])('$endsAt', ({ endsAt, expected }) => {
    expect(
      check({ endsAt })
        .filter((f) => f.code.startsWith('ends.'))
        .map((f) => `${f.code}:${f.severity}`),
    ).toEqual(expected);
  });

  it('is skipped without a clock (lib never reads Date.now)', () => {
    expect(check({ endsAt: 0 }, {})).toEqual([]);
  });
});

describe('quota', () => {
  const q = (used24h: number, open: number) => ({
    quota: { used24h, cap24h: LIMITS.invitationsPer24h, open, openCap: LIMITS.openInvitationsCap },
  });
  it.each([
    { ctx: q(199, 999), expected: [] },
    { ctx: q(200, 999), expected: ['quota.daily-cap'] },
    { ctx: q(199, 1000), expected: ['quota.open-cap'] },
    { ctx: q(250, 1200), expected: ['quota.daily-cap', 'quota.open-cap'] },
  ])('%#', ({ ctx, expected }) => {
    expect(check({}, { now: NOW, ...ctx }).map((f) => f.code)).toEqual(expected);
  });
});

describe('limits module', () => {
  it('holds the platform limits from the domain notes', () => {
    expect(LIMITS).toMatchObject({
      creatorsPerInvitation: 50,
      productsPerInvitation: 100,
      rateMinBp: 100,
      rateMaxBp: 8000,
      nameMaxChars: 30,
      messageMaxChars: 500,
      endsSoonMs: 72 * HOUR,
      invitationsPer24h: 200,
      openInvitationsCap: 1000,
      samplePostWindowMs: 14 * DAY,
    });
  });
});
