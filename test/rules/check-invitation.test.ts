import { describe, expect, it } from 'vitest';
import {
  checkInvitation,
  checkInvitationTrusted,
  type Finding,
  invitationDraftSchema,
  sortFindings,
} from '../../lib/rules';
import { creator, draft, NOW, product } from './fixtures';

describe('checkInvitation', () => {
  it('a good draft has no findings', () => {
    expect(checkInvitation(draft(), { now: NOW })).toEqual([]);
    expect(invitationDraftSchema.safeParse(draft()).success).toBe(true);
  });

  it.each([
    { name: 'undefined', input: undefined, path: '(the whole draft)' },
    { name: 'a string', input: 'draft', path: '(the whole draft)' },
    {
      name: 'a bad rate type',
      input: { ...draft(), products: [{ ...product(), targetRateBp: '15' }] },
      path: 'products.0.targetRateBp',
    },
    { name: 'an unknown content type', input: { ...draft(), contentType: 'story' }, path: 'contentType' },
    { name: 'an empty creator id', input: { ...draft(), creators: [{ ...creator(), id: '' }] }, path: 'creators.0.id' },
    { name: 'an infinite end date', input: { ...draft(), endsAt: Infinity }, path: 'endsAt' },
  ])('a draft that fails the schema ($name) gives draft.invalid errors naming the path', ({ input, path }) => {
    const found = checkInvitation(input, { now: NOW });
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f).toMatchObject({ code: 'draft.invalid', severity: 'error' });
    expect(found[0]?.message).toContain(path);
  });

  it('never throws on a hostile context', () => {
    expect(() =>
      checkInvitation(draft(), { now: Number.NaN, quota: 'x', conflicts: 5, minStock: -1 } as never),
    ).not.toThrow();
    expect(checkInvitation(draft(), null as never)).toEqual([]);
  });

  it('sorts errors, then warnings, then info', () => {
    const found = checkInvitation(
      draft({
        name: '',
        contentType: 'live',
        products: [product({ stock: null, openRateBp: 2000 })],
        creators: [creator({ canLive: null, invitedWithin90Days: true })],
      }),
      { now: NOW },
    );
    const ranks = found.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'info', 'info']);
  });

  it('the trusted path gives the same findings for a valid draft', () => {
    const d = draft({ name: 'x'.repeat(40), products: [product({ targetRateBp: 50 })] });
    expect(checkInvitationTrusted(d, { now: NOW })).toEqual(checkInvitation(d, { now: NOW }));
  });

  it('the trusted path reports check.failed instead of throwing on a draft that lied', () => {
    expect(checkInvitationTrusted({} as never)).toMatchObject([{ code: 'check.failed', severity: 'error' }]);
  });
});

describe('sortFindings', () => {
  it('is stable within a severity and does not mutate its input', () => {
    const f = (code: string, severity: Finding['severity']): Finding => ({ code, severity, message: code });
    const input = [
      f('i1', 'info'),
      f('w1', 'warning'),
      f('e1', 'error'),
      f('w2', 'warning'),
      f('e2', 'error'),
      f('i2', 'info'),
    ];
    const copy = [...input];
    expect(sortFindings(input).map((x) => x.code)).toEqual(['e1', 'e2', 'w1', 'w2', 'i1', 'i2']);
    expect(input).toEqual(copy);
  });
});
