import { describe, expect, it } from 'vitest';
import { parseObserverMessage } from '../../lib/observer/answers';
import { type CreateForm, readCreateForm } from '../../lib/pages/create-invitation';
import type { CreatorRow } from '../../lib/pages/creator-json';
import { toInvitationDraft } from '../../lib/pages/draft';
import type { ProductRow } from '../../lib/pages/product-json';
import { checkInvitation, invitationDraftSchema } from '../../lib/rules';
import { loadFixture, loadJson } from './helpers';

function fromApi(name: string) {
  const { request, response } = loadJson<{ request: unknown; response: unknown }>(`sandbox/api/${name}.json`);
  return parseObserverMessage({
    source: 'collab-pilot/observer',
    v: 2,
    endpoint: name,
    request: JSON.stringify(request),
    response: JSON.stringify(response),
  });
}

describe('toInvitationDraft', () => {
  const form = (() => {
    const r = readCreateForm(loadFixture('sandbox/create-filled-gb.html'));
    if (!r.ok) throw new Error('fixture');
    return r.form;
  })();
  const products = new Map<string, ProductRow>();
  const p = fromApi('product-list');
  if (p?.endpoint === 'product-list') for (const x of p.products) products.set(x.id, x);
  const creators = new Map<string, CreatorRow>();
  const c = fromApi('creator-find');
  if (c?.endpoint === 'creator-find') for (const x of c.result.creators) creators.set(x.id, x);

  it('merges DOM form and page JSON into a valid draft', () => {
    const { draft, gaps } = toInvitationDraft(form, products, creators);
    expect(invitationDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({
      name: 'Spring launch',
      message: 'Hello creators',
      feeStructure: 'commission',
      contentType: 'video',
      flashSale: false,
      endsAt: Date.UTC(2030, 0, 31, 23, 59, 59, 999),
    });
    expect(draft.products[0]).toEqual({
      id: '1729505277280211008',
      title: 'Silk Yoga Leggings',
      priceCents: 236,
      stock: 854,
      openRateBp: 2750,
      targetRateBp: 1250,
      sampleOffer: 'free-sample',
    });
    // Handle-only chip resolved to its JSON row: id and LIVE signal from the page data.
    expect(draft.creators).toEqual([
      { id: '7258971330228027133', handle: 'max_kitchen', canLive: true, invitedWithin90Days: false },
    ]);
    // Two products have no target typed yet.
    expect(gaps.filter((g) => g.includes('counted as 0'))).toHaveLength(2);
  });

  it('falls back to DOM text (Indonesian numbers) without JSON, and lists what it assumed', () => {
    const r = readCreateForm(loadFixture('contract/create-id.html'));
    if (!r.ok) throw new Error('fixture');
    const { draft, gaps } = toInvitationDraft(r.form, new Map(), new Map(), { language: 'id' });
    expect(invitationDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.products[0]).toMatchObject({
      priceCents: 4_780_000,
      stock: 0,
      openRateBp: 1000,
      targetRateBp: 800,
      sampleOffer: 'refund-first-sale',
    });
    expect(draft.products[1]).toMatchObject({ openRateBp: null, targetRateBp: 0, sampleOffer: 'none' });
    expect(draft.creators).toEqual([
      { id: '7000000000000000001', handle: 'sunny.deals', canLive: null },
      { id: '@other_one', handle: 'other_one', canLive: null },
    ]);
    expect(draft.flashSale).toBe(true);
    expect(gaps).toHaveLength(1);
  });

  it('keeps out-of-range typed rates so the rules can name them', () => {
    const f: CreateForm = { ...form, products: [{ ...form.products[0]!, targetRateText: '95' }] };
    const { draft } = toInvitationDraft(f, products, creators);
    expect(draft.products[0]?.targetRateBp).toBe(9500);
    const findings = checkInvitation(draft, { now: Date.UTC(2029, 0, 1) });
    expect(findings.some((x) => x.code === 'commission.out-of-range')).toBe(true);
  });

  it('a missing end date switches end-date checks off instead of inventing one', () => {
    const f: CreateForm = { ...form, endDate: null, endsAt: null, endDateReading: null };
    const { draft, gaps } = toInvitationDraft(f, products, creators);
    expect(draft.endsAt).toBeNull();
    expect(gaps[0]).toMatch(/No end date/);
    expect(
      checkInvitation(draft, { now: Date.UTC(2029, 0, 1) }).filter((x) => /^ends\.|^sample\.post/.test(x.code)),
    ).toEqual([]);
  });

  it('an unreadable end date is reported, never read as "never ends"', () => {
    const f: CreateForm = {
      ...form,
      endDate: null,
      endsAt: 'soonish',
      endDateReading: { kind: 'unreadable', text: 'soonish' },
    };
    const { draft, gaps } = toInvitationDraft(f, products, creators);
    expect(draft.endsAt).toBeNull();
    expect(gaps[0]).toBe(
      'Could not read the end date “soonish”: the end-date checks were skipped. Pick the date in the calendar to have it checked.',
    );
  });

  it.each([
    [
      '12/08/2026 as day first',
      { kind: 'ambiguous', ymd: '2026-08-12', alternative: '2026-12-08', time: null } as const,
      Date.UTC(2026, 7, 12, 23, 59, 59, 999),
      Date.UTC(2026, 11, 8, 23, 59, 59, 999),
    ],
    [
      'a date with a time',
      { kind: 'date', ymd: '2026-08-12', time: '18:30' } as const,
      Date.UTC(2026, 7, 12, 18, 30),
      null,
    ],
    [
      'a date without a time ends at the end of that day',
      { kind: 'date', ymd: '2030-01-31', time: null } as const,
      Date.UTC(2030, 0, 31, 23, 59, 59, 999),
      null,
    ],
    [
      'the end of the day at UTC+7',
      { kind: 'date', ymd: '2030-01-31', time: null } as const,
      Date.UTC(2030, 0, 31, 23, 59, 59, 999) - 420 * 60_000,
      null,
      420,
    ],
  ])('%s', (_, reading, endsAt, alternative, utcOffsetMinutes = 0) => {
    const r = toInvitationDraft({ ...form, endDateReading: reading }, products, creators, { utcOffsetMinutes });
    expect(r.draft.endsAt).toBe(endsAt);
    expect(r.endsAtAlternative).toBe(alternative);
  });
});
