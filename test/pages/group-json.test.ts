import { describe, expect, it } from 'vitest';
import { parseGroupDetailResponse, parseGroupSearchResponse } from '../../lib/pages/group-json';

const envelope = (data: unknown) => ({ code: 0, message: 'success', data });
const summary = {
  name: 'Spring glow push',
  status: 2,
  create_time: '1700000000000',
  end_time: '1800000000000',
  product_cnt: 1,
  creator_cnt: 2,
  accepted_creator_cnt: 1,
};
const product = {
  product_id: '1729000000000000001',
  title: 'Glow serum',
  price: { amount: '19.99', currency: 'GBP', symbol: '£' },
  stock: 3,
  open_commission: 1000,
  target_commission: 1500,
  status: 1,
};

describe('target collaboration list JSON, classic and live shapes alike', () => {
  it.each([
    ['classic', { invitation_group_list: [{ invitation_group_id: '7300000000000000001', ...summary }], total: 1 }],
    ['live', { invitation_list: [{ id: '7300000000000000001', ...summary }], has_more: false, total: 1 }],
    ['live, numeric id', { invitation_list: [{ id: 7300000000000001, ...summary }], has_more: true, total: '1' }],
  ])('search: %s', (_name, data) => {
    const r = parseGroupSearchResponse(envelope(data));
    expect(r?.groups).toHaveLength(1);
    expect(r?.groups[0]).toMatchObject({
      name: 'Spring glow push',
      status: 'ongoing',
      creatorCount: 2,
      acceptedCount: 1,
    });
    expect(r?.groups[0]?.id).toMatch(/^73\d+$/);
    expect(r?.total).toBe(1);
  });

  it.each([
    ['no list at all', { total: 3 }],
    ['a list that is not an array', { invitation_list: { id: '1' } }],
  ])('search: %s is not read', (_name, data) => {
    expect(parseGroupSearchResponse(envelope(data))).toBeNull();
  });

  it.each([
    [
      'classic',
      {
        invitation_group: {
          invitation_group_id: '7300000000000000001',
          ...summary,
          fee_type: 1,
          product_list: [product],
          creator_list: [
            { creator_oec_id: '6900000000000000001', handle: '@anna', status: 2, invite_time: '1700000000000' },
          ],
        },
      },
    ],
    [
      'live',
      {
        invitation: {
          id: '7300000000000000001',
          ...summary,
          fee_type: 1,
          product_list: [product],
          creator_id_list: [
            {
              base_info: { user_name: 'anna', creator_oec_id: '6900000000000000001' },
              status: 2,
              invite_time: '1700000000000',
            },
          ],
        },
      },
    ],
  ])('detail: %s', (_name, data) => {
    const d = parseGroupDetailResponse(envelope(data));
    expect(d).toMatchObject({ id: '7300000000000000001', name: 'Spring glow push', feeType: 'commission' });
    expect(d?.products.map((p) => [p.id, p.openRateBp, p.targetRateBp])).toEqual([['1729000000000000001', 1000, 1500]]);
    expect(d?.creators).toEqual([
      { id: '6900000000000000001', handle: 'anna', status: 'accepted', inviteTimeMs: 1700000000000 },
    ]);
  });

  it('detail: a live creator without base_info is dropped, not the collaboration', () => {
    const d = parseGroupDetailResponse(
      envelope({
        invitation: {
          id: '7300000000000000001',
          ...summary,
          creator_id_list: [{ status: 2 }, { base_info: { creator_oec_id: '6900000000000000002' } }],
        },
      }),
    );
    expect(d?.creators.map((c) => [c.id, c.handle])).toEqual([['6900000000000000002', null]]);
  });
});
