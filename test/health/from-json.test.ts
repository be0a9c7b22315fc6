import { describe, expect, it } from 'vitest';
import { CollaborationSnapshotSchema, checkHealth, fromInvitationGroupJson } from '../../lib/health';
import { DAY, NOW, OPTIONS } from './fixtures';

/** Shapes as test/sandbox/CONTRACT.md describes the page's invitation_group/search and /detail responses. */
const summary = {
  invitation_group_id: '7300000000000000001',
  name: 'Spring glow push',
  status: 2,
  create_time: String(NOW - 20 * DAY),
  end_time: String(NOW + 30 * DAY),
  product_cnt: 2,
  creator_cnt: 2,
  accepted_creator_cnt: 1,
};

const detail = {
  invitation_group: {
    invitation_group_id: '7300000000000000001',
    name: 'Spring glow push',
    status: 2,
    create_time: String(NOW - 20 * DAY),
    end_time: String(NOW + 30 * DAY),
    fee_type: 1,
    product_list: [
      {
        product_id: '1729000000000000001',
        title: 'Glow serum',
        price: { amount: '19.99', currency: 'GBP', symbol: '£' },
        stock: 0,
        open_commission: 1000,
        target_commission: 800,
        status: 2,
      },
      {
        product_id: '1729000000000000002',
        title: 'Night cream',
        price: { amount: '0.29', currency: 'GBP', symbol: '£' },
        stock: 40,
        open_commission: null,
        target_commission: 1500,
        status: 1,
      },
    ],
    creator_list: [
      { creator_oec_id: '6900000000000000001', handle: 'anna', status: 2, invite_time: String(NOW - 20 * DAY) },
      { creator_oec_id: '6900000000000000002', handle: '@ben', status: 1, invite_time: NOW - 12 * DAY },
    ],
  },
};

describe('fromInvitationGroupJson', () => {
  it('maps a list row with its detail', () => {
    const s = fromInvitationGroupJson(summary, detail);
    expect(s).toEqual({
      id: '7300000000000000001',
      name: 'Spring glow push',
      status: 'ongoing',
      endsAt: NOW + 30 * DAY,
      createdAt: NOW - 20 * DAY,
      detailLoaded: true,
      products: [
        {
          id: '1729000000000000001',
          title: 'Glow serum',
          priceCents: 1999,
          currency: 'GBP',
          stock: 0,
          openRateBp: 1000,
          targetRateBp: 800,
        },
        {
          id: '1729000000000000002',
          title: 'Night cream',
          priceCents: 29,
          currency: 'GBP',
          stock: 40,
          openRateBp: null,
          targetRateBp: 1500,
        },
      ],
      creators: [
        { id: '6900000000000000001', handle: 'anna', status: 'accepted', invitedAt: NOW - 20 * DAY },
        { id: '6900000000000000002', handle: 'ben', status: 'pending', invitedAt: NOW - 12 * DAY },
      ],
      productCount: 2,
      creatorCount: 2,
      acceptedCount: 1,
    });
    expect(CollaborationSnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('accepts the detail unwrapped too', () => {
    expect(fromInvitationGroupJson(summary, detail.invitation_group)).toEqual(fromInvitationGroupJson(summary, detail));
  });

  it('maps a list row alone as not loaded', () => {
    const s = fromInvitationGroupJson(summary);
    expect(s).toMatchObject({
      id: summary.invitation_group_id,
      detailLoaded: false,
      products: null,
      creators: null,
      productCount: 2,
    });
    const r = checkHealth(s ? [s] : [], OPTIONS);
    expect(r.issues.map((i) => i.code)).toEqual(['health.not-loaded']);
  });

  it.each([
    { status: 1, out: 'pending' },
    { status: 2, out: 'ongoing' },
    { status: 3, out: 'expired' },
    { status: 4, out: 'cancelled' },
    { status: 9, out: 'unknown' },
    { status: '2', out: 'ongoing' },
    { status: null, out: 'unknown' },
  ])('status $status → $out', ({ status, out }) => {
    expect(fromInvitationGroupJson({ ...summary, status })?.status).toBe(out);
  });

  it.each([
    { v: String(NOW), out: NOW },
    { v: NOW, out: NOW },
    { v: Math.floor(NOW / 1000), out: Math.floor(NOW / 1000) * 1000 },
    { v: '0', out: null },
    { v: 'soon', out: null },
    { v: undefined, out: null },
  ])('end_time $v → $out', ({ v, out }) => {
    expect(fromInvitationGroupJson({ ...summary, end_time: v })?.endsAt).toBe(out);
  });

  it.each([
    { amount: '19.99', cents: 1999 },
    { amount: '20', cents: 2000 },
    { amount: '0.295', cents: 30 },
    { amount: 12.5, cents: 1250 },
    { amount: '1,299.00', cents: null },
    { amount: '-3', cents: null },
    { amount: undefined, cents: null },
  ])('price $amount → $cents', ({ amount, cents }) => {
    const d = { ...detail.invitation_group, product_list: [{ product_id: 'p', price: { amount } }] };
    expect(fromInvitationGroupJson(summary, d)?.products?.[0]?.priceCents).toBe(cents);
  });

  it('never guesses: odd fields become null, bad items are dropped', () => {
    const d = {
      ...detail.invitation_group,
      product_list: [
        { product_id: 'p', stock: 'lots', target_commission: {}, open_commission: 'x' },
        { title: 'no id' },
        'junk',
      ],
      creator_list: [{ creator_oec_id: 'c', status: 7 }, null],
    };
    const s = fromInvitationGroupJson(summary, d);
    expect(s?.products).toEqual([{ id: 'p', priceCents: null, stock: null, openRateBp: null, targetRateBp: null }]);
    expect(s?.creators).toEqual([{ id: 'c', status: 'unknown', invitedAt: null }]);
  });

  it('treats product status 2 without a stock number as out of stock', () => {
    const d = { ...detail.invitation_group, product_list: [{ product_id: 'p', status: 2 }] };
    expect(fromInvitationGroupJson(summary, d)?.products?.[0]?.stock).toBe(0);
  });

  it('ignores a detail for another collaboration', () => {
    const s = fromInvitationGroupJson(summary, { ...detail.invitation_group, invitation_group_id: '999' });
    expect(s?.detailLoaded).toBe(false);
    expect(s?.products).toBeNull();
  });

  it('uses the detail alone when the row is unreadable', () => {
    expect(fromInvitationGroupJson(null, detail)?.id).toBe('7300000000000000001');
  });

  it.each([null, undefined, 42, 'x', {}, { invitation_group_id: '' }, []])('returns null for %j', (raw) => {
    expect(fromInvitationGroupJson(raw)).toBeNull();
  });

  it('end to end: the mapped snapshot is checked', () => {
    const s = fromInvitationGroupJson(summary, detail);
    const r = checkHealth(s ? [s] : [], OPTIONS);
    expect(r.issues.map((i) => i.code)).toEqual([
      'health.out-of-stock',
      'health.target-not-above-open',
      'health.not-accepted',
    ]);
    expect(r.issues[0]?.moneyAtStakeCents).toBe(1999);
  });
});
