import { describe, expect, it } from 'vitest';
import { checkInvitation, type InvitationDraft } from '../../lib/rules';
import { codes, creator, creators, draft, NOW } from './fixtures';

const check = (over: Partial<InvitationDraft>) => checkInvitation(draft(over), { now: NOW });
const blocking = (over: Partial<InvitationDraft>) =>
  check(over)
    .filter((f) => f.severity !== 'info')
    .map((f) => f.code);

describe('flash sales', () => {
  it.each([
    {
      name: 'one LIVE creator passes',
      over: { flashSale: true, creators: [creator({ canLive: true })] },
      expected: [],
    },
    { name: 'two creators', over: { flashSale: true, creators: creators(2) }, expected: ['flash-sale.bulk'] },
    {
      name: 'one creator without LIVE',
      over: { flashSale: true, creators: [creator({ canLive: false })] },
      expected: ['flash-sale.needs-live'],
    },
    {
      name: 'one creator, LIVE unknown',
      over: { flashSale: true, creators: [creator({ canLive: null })] },
      expected: ['flash-sale.live-unknown'],
    },
    {
      name: 'the same creator twice is still one creator',
      over: { flashSale: true, creators: [creator(), creator()] },
      expected: ['creators.duplicate'],
    },
    { name: 'no flash sale, many creators', over: { flashSale: false, creators: creators(3) }, expected: [] },
  ] satisfies Array<{ name: string; over: Partial<InvitationDraft>; expected: string[] }>)(
    '$name',
    ({ over, expected }) => {
      expect(blocking(over)).toEqual(expected);
    },
  );

  it('flash-sale.bulk is an error and needs-live names the creator', () => {
    const f = check({
      flashSale: true,
      creators: [creator({ canLive: false, handle: '@livelover' }), creator({ id: 'c2', handle: undefined })],
    });
    expect(f.find((x) => x.code === 'flash-sale.bulk')?.severity).toBe('error');
    const live = f.find((x) => x.code === 'flash-sale.needs-live');
    expect(live?.message).toContain('@livelover');
    expect(live?.message).not.toContain('@@');
    expect(live?.creatorId).toBe('c1');
  });
});

describe('flat fee', () => {
  it.each([
    { contentType: 'video', flashSale: false, expected: [] },
    { contentType: 'any', flashSale: false, expected: ['flat-fee.video-only'] },
    { contentType: 'live', flashSale: false, expected: ['flat-fee.video-only'] },
    { contentType: 'video', flashSale: true, expected: ['flat-fee.video-only'] },
  ] as const)('flat fee, $contentType, flash sale $flashSale', ({ contentType, flashSale, expected }) => {
    const found = check({ feeStructure: 'flat-fee', contentType, flashSale });
    expect(found.filter((f) => f.code.startsWith('flat-fee.') && f.severity === 'error').map((f) => f.code)).toEqual(
      expected,
    );
    // The review note always accompanies a flat fee.
    expect(codes(found)).toContain('flat-fee.review');
    expect(found.find((f) => f.code === 'flat-fee.review')?.message).toMatch(/approved/);
  });

  it('commission-only has no flat-fee findings', () => {
    expect(
      codes(check({ feeStructure: 'commission', contentType: 'live' })).filter((c) => c.startsWith('flat-fee')),
    ).toEqual([]);
  });
});

describe('LIVE content', () => {
  it.each([
    { canLive: true, expected: [] },
    { canLive: false, expected: ['content.live-unavailable:warning'] },
    { canLive: null, expected: ['content.live-unknown:info'] },
  ])('creator canLive=$canLive', ({ canLive, expected }) => {
    const found = check({ contentType: 'live', creators: [creator({ canLive })] });
    expect(found.filter((f) => f.code.startsWith('content.')).map((f) => `${f.code}:${f.severity}`)).toEqual(expected);
  });

  it('video content does not care about LIVE', () => {
    expect(check({ contentType: 'video', creators: [creator({ canLive: false })] })).toEqual([]);
  });
});
