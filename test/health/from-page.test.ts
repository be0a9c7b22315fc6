import { describe, expect, it } from 'vitest';
import { CollaborationSnapshotSchema, checkHealth } from '../../lib/health';
import { fromPageGroup, snapshotsFromPage } from '../../lib/health/from-page';
import {
  type GroupDetail,
  type GroupSummary,
  parseGroupDetailResponse,
  parseGroupSearchResponse,
} from '../../lib/pages/group-json';
import { DAY, NOW, OPTIONS } from './fixtures';

const ID = '7300000000000000001';

function summary(s: Partial<GroupSummary> = {}): GroupSummary {
  return {
    id: ID,
    name: 'Spring glow push',
    status: 'ongoing',
    createTimeMs: NOW - 20 * DAY,
    endTimeMs: NOW + 30 * DAY,
    productCount: 1,
    creatorCount: 1,
    acceptedCount: 0,
    ...s,
  };
}

type Product = GroupDetail['products'][number];
type Creator = GroupDetail['creators'][number];

function product(p: Partial<Product> = {}): Product {
  return {
    id: 'p1',
    title: 'Glow serum',
    priceCents: 1999,
    currency: 'GBP',
    stock: 40,
    openRateBp: 1000,
    targetRateBp: 1500,
    status: 'available',
    ...p,
  };
}

function creator(c: Partial<Creator> = {}): Creator {
  return {
    id: 'c1',
    handle: 'anna',
    status: 'pending',
    inviteTimeMs: NOW - 2 * DAY,
    ...c,
  };
}

function detail(d: Partial<GroupDetail> = {}): GroupDetail {
  return {
    id: ID,
    name: 'Spring glow push',
    status: 'ongoing',
    createTimeMs: NOW - 20 * DAY,
    endTimeMs: NOW + 30 * DAY,
    feeType: 'commission',
    products: [product()],
    creators: [creator()],
    ...d,
  };
}

describe('fromPageGroup: normalised page data to a snapshot', () => {
  const cases: {
    name: string;
    summary?: GroupSummary;
    detail?: GroupDetail;
    expect: Record<string, unknown> | null;
  }[] = [
    { name: 'neither', expect: null },
    {
      name: 'summary only: lists not loaded (null), counts kept',
      summary: summary(),
      expect: {
        id: ID,
        detailLoaded: false,
        products: null,
        creators: null,
        productCount: 1,
        creatorCount: 1,
        acceptedCount: 0,
      },
    },
    {
      name: 'summary and detail: products and creators mapped',
      summary: summary(),
      detail: detail(),
      expect: {
        detailLoaded: true,
        products: [
          {
            id: 'p1',
            title: 'Glow serum',
            priceCents: 1999,
            currency: 'GBP',
            stock: 40,
            openRateBp: 1000,
            targetRateBp: 1500,
          },
        ],
        creators: [
          {
            id: 'c1',
            handle: 'anna',
            status: 'pending',
            invitedAt: NOW - 2 * DAY,
          },
        ],
      },
    },
    {
      name: 'detail only: counts from its lists',
      detail: detail({
        creators: [creator(), creator({ id: 'c2', status: 'accepted' })],
      }),
      expect: {
        id: ID,
        detailLoaded: true,
        productCount: 1,
        creatorCount: 2,
        acceptedCount: 1,
        name: 'Spring glow push',
      },
    },
    {
      name: 'detail for another id is ignored',
      summary: summary(),
      detail: detail({ id: '999' }),
      expect: { id: ID, detailLoaded: false, products: null, creators: null },
    },
    {
      name: 'the list row wins for status, name and end (a kept detail may be stale)',
      summary: summary({
        status: 'expired',
        name: 'Renamed',
        endTimeMs: NOW - DAY,
      }),
      detail: detail(),
      expect: { status: 'expired', name: 'Renamed', endsAt: NOW - DAY },
    },
    {
      name: 'unknown list status falls back to the detail',
      summary: summary({
        status: 'unknown',
        endTimeMs: null,
        createTimeMs: null,
      }),
      detail: detail({ status: 'pending' }),
      expect: {
        status: 'pending',
        endsAt: NOW + 30 * DAY,
        createdAt: NOW - 20 * DAY,
      },
    },
    {
      name: 'times in seconds are scaled to ms; zero or negative are not loaded',
      summary: summary({ endTimeMs: (NOW + DAY) / 1000, createTimeMs: 0 }),
      expect: { endsAt: NOW + DAY, createdAt: null },
    },
    {
      name: 'out-of-stock status without a stock figure reads as 0',
      summary: summary(),
      detail: detail({
        products: [product({ stock: null, status: 'out-of-stock' })],
      }),
      expect: { products: [expect.objectContaining({ stock: 0 })] },
    },
    {
      name: 'unknown numbers stay null, never 0; empty title and currency dropped',
      summary: summary(),
      detail: detail({
        products: [
          product({
            stock: null,
            priceCents: null,
            openRateBp: null,
            targetRateBp: null,
            title: ' ',
            currency: null,
          }),
        ],
      }),
      expect: {
        products: [
          {
            id: 'p1',
            priceCents: null,
            stock: null,
            openRateBp: null,
            targetRateBp: null,
          },
        ],
      },
    },
    {
      name: 'non-integer stock and price, negative rate: not loaded',
      summary: summary(),
      detail: detail({
        products: [product({ stock: 2.5, priceCents: 19.5, targetRateBp: -1 })],
      }),
      expect: {
        products: [
          expect.objectContaining({
            stock: null,
            priceCents: null,
            targetRateBp: null,
          }),
        ],
      },
    },
    {
      name: 'creator handle "@" stripped; missing handle and invite time',
      summary: summary(),
      detail: detail({
        creators: [creator({ handle: '@@ben' }), creator({ id: 'c2', handle: null, inviteTimeMs: null })],
      }),
      expect: {
        creators: [
          {
            id: 'c1',
            handle: 'ben',
            status: 'pending',
            invitedAt: NOW - 2 * DAY,
          },
          { id: 'c2', status: 'pending', invitedAt: null },
        ],
      },
    },
    {
      name: 'bad counts in the list row fall back to the detail lists',
      summary: summary({
        productCount: -1,
        creatorCount: 1.5,
        acceptedCount: null,
      }),
      detail: detail(),
      expect: { productCount: 1, creatorCount: 1, acceptedCount: 0 },
    },
  ];

  it.each(cases)('$name', (c) => {
    const s = fromPageGroup(c.summary, c.detail);
    if (c.expect === null) {
      expect(s).toBeNull();
      return;
    }
    expect(s).toMatchObject(c.expect);
    // Always a valid snapshot for checkHealth.
    expect(CollaborationSnapshotSchema.safeParse(s).success).toBe(true);
  });
});

describe('snapshotsFromPage', () => {
  const a = summary({ id: 'a' });
  const b = summary({ id: 'b' });
  const cases: {
    name: string;
    groups: GroupSummary[];
    details: GroupDetail[];
    order?: string[];
    ids: string[];
  }[] = [
    { name: 'nothing loaded', groups: [], details: [], ids: [] },
    { name: 'list order', groups: [a, b], details: [], ids: ['a', 'b'] },
    {
      name: 'the page order given first',
      groups: [a, b],
      details: [],
      order: ['b', 'x'],
      ids: ['b', 'a'],
    },
    {
      name: 'details without a row come last',
      groups: [a],
      details: [detail({ id: 'z' }), detail({ id: 'a' })],
      ids: ['a', 'z'],
    },
  ];
  it.each(cases)('$name', (c) => {
    const out = snapshotsFromPage(
      new Map(c.groups.map((g) => [g.id, g])),
      new Map(c.details.map((d) => [d.id, d])),
      c.order,
    );
    expect(out.map((s) => s.id)).toEqual(c.ids);
  });
});

describe('one path: same snapshot as from the raw JSON', () => {
  const rawSummary = {
    invitation_group_id: ID,
    name: 'Spring glow push',
    status: 2,
    create_time: String(NOW - 20 * DAY),
    end_time: String(NOW + 30 * DAY),
    product_cnt: 2,
    creator_cnt: 2,
    accepted_creator_cnt: 1,
  };
  const rawDetail = {
    invitation_group: {
      ...rawSummary,
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
          open_commission: 1200,
          target_commission: 1500,
          status: 1,
        },
      ],
      creator_list: [
        {
          creator_oec_id: '6900000000000000001',
          handle: 'anna',
          status: 2,
          invite_time: String(NOW - 20 * DAY),
        },
        {
          creator_oec_id: '6900000000000000002',
          handle: '@ben',
          status: 1,
          invite_time: String(NOW - 12 * DAY),
        },
      ],
    },
  };
  const envelope = (data: unknown) => ({ code: 0, message: 'success', data });

  it('reads the raw JSON into a valid snapshot that flags its issues', () => {
    const summaries = parseGroupSearchResponse(envelope({ invitation_group_list: [rawSummary], total: 1 }));
    const det = parseGroupDetailResponse(envelope(rawDetail));
    expect(summaries?.groups).toHaveLength(1);
    expect(det).not.toBeNull();
    const viaPage = fromPageGroup(summaries?.groups[0], det ?? undefined);
    expect(CollaborationSnapshotSchema.safeParse(viaPage).success).toBe(true);
    const codes = (s: typeof viaPage) => (s ? checkHealth([s], OPTIONS).issues.map((i) => i.code) : []);
    expect(codes(viaPage)).toEqual(
      expect.arrayContaining(['health.out-of-stock', 'health.target-not-above-open', 'health.not-accepted']),
    );
  });
});
