import { digitId, type Rng } from './random.ts';
import type { CreatorRecord, GroupRecord, HealthCase, InviteStatus, ProductRecord } from './types.ts';

const DAY = 86_400_000;

interface Spec {
  seedCase: HealthCase;
  name: string;
  status: GroupRecord['status'];
  createdDaysAgo: number;
  endsInDays: number;
  /** [product index, target = open rate + delta (hundredths of a percent)] */
  products: [number, number][];
  /** [creator index, status, invited days ago] */
  creators: [number, InviteStatus, number][];
}

/**
 * The list page's collaborations: one per health problem the health panel flags, one healthy, plus history.
 * Creators come from index 300 on (never on the first Find creators pages) so fresh sends from page 1 never conflict;
 * products avoid the out-of-stock / low-stock / no-open-rate indices except where that is the point.
 */
const SPECS: Spec[] = [
  {
    seedCase: 'targetAtOrBelowOpen',
    name: 'Spring glow push',
    status: 2,
    createdDaysAgo: 20,
    endsInDays: 30,
    products: [
      [0, -200],
      [1, 0],
      [2, 600],
    ],
    creators: [
      [300, 2, 20],
      [301, 2, 20],
      [302, 2, 19],
    ],
  },
  {
    seedCase: 'outOfStock',
    name: 'Kitchen essentials',
    status: 2,
    createdDaysAgo: 15,
    endsInDays: 25,
    products: [
      [3, 500],
      [4, 700],
    ],
    creators: [
      [310, 2, 15],
      [311, 2, 14],
    ],
  },
  {
    seedCase: 'endingSoon',
    name: 'Summer flash deals',
    status: 2,
    createdDaysAgo: 27,
    endsInDays: 3,
    products: [[6, 800]],
    creators: [
      [320, 2, 27],
      [321, 3, 26],
    ],
  },
  {
    seedCase: 'staleInvites',
    name: 'New creators trial',
    status: 2,
    createdDaysAgo: 16,
    endsInDays: 40,
    products: [[7, 500]],
    creators: [
      [330, 2, 15],
      [331, 1, 12],
      [332, 1, 15],
      [333, 1, 11],
    ],
  },
  {
    seedCase: 'sameProductA',
    name: 'Serum launch - wave 1',
    status: 2,
    createdDaysAgo: 18,
    endsInDays: 35,
    products: [[9, 500]],
    creators: [
      [340, 2, 18],
      [341, 2, 17],
    ],
  },
  {
    seedCase: 'sameProductB',
    name: 'Serum launch - wave 2',
    status: 2,
    createdDaysAgo: 6,
    endsInDays: 50,
    products: [[9, 900]],
    creators: [
      [350, 2, 6],
      [351, 2, 5],
    ],
  },
  {
    seedCase: 'healthy',
    name: 'Evergreen bestsellers',
    status: 2,
    createdDaysAgo: 9,
    endsInDays: 45,
    products: [
      [12, 800],
      [13, 800],
    ],
    creators: [
      [360, 2, 9],
      [361, 2, 8],
      [362, 1, 2],
    ],
  },
  {
    seedCase: 'expired',
    name: 'Winter sale 2025',
    status: 3,
    createdDaysAgo: 70,
    endsInDays: -10,
    products: [[14, 500]],
    creators: [[370, 2, 70]],
  },
  {
    seedCase: 'cancelled',
    name: 'Cancelled test run',
    status: 4,
    createdDaysAgo: 30,
    endsInDays: 10,
    products: [[15, 500]],
    creators: [[380, 1, 30]],
  },
];

function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`sandbox seed: index ${i} out of range`);
  return v;
}

export function generateGroups(
  rng: Rng,
  now: number,
  creators: CreatorRecord[],
  products: ProductRecord[],
): GroupRecord[] {
  return SPECS.map((s) => ({
    id: digitId(rng, '7'),
    name: s.name,
    message: `Hi! We'd love to work with you on ${s.name.toLowerCase()}.`,
    status: s.status,
    createTime: now - s.createdDaysAgo * DAY,
    endTime: now + s.endsInDays * DAY,
    feeType: 1,
    products: s.products.map(([pi, delta]) => {
      const p = at(products, pi);
      return {
        productId: p.id,
        targetCommission: Math.max(100, (p.openCommission ?? 1000) + delta),
        sampleType: 1 as const,
      };
    }),
    creators: s.creators.map(([ci, status, daysAgo]) => ({
      creatorId: at(creators, ci).id,
      status,
      inviteTime: now - daysAgo * DAY,
    })),
    contentOption: 1,
    flashSale: false,
    freeSample: { has_free_sample: true, is_free_sample_auto_review: false },
    seedCase: s.seedCase,
  }));
}

/** Pending and ongoing collaborations are "open": their creator/product pairs block new invitations. */
export const isOpenGroup = (g: GroupRecord): boolean => g.status === 1 || g.status === 2;
