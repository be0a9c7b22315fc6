import type {
  CollaborationSnapshot,
  HealthIssue,
  HealthOptions,
  SnapshotCreator,
  SnapshotProduct,
} from '../../lib/health';

export const DAY = 86_400_000;
/** 2026-11-25T12:00:00Z */
export const NOW = Date.UTC(2026, 10, 25, 12);

export const OPTIONS: HealthOptions = {
  now: NOW,
  minStock: 20,
  notAcceptedAfterDays: 7,
  locale: 'en',
  timeZone: 'UTC',
};

export function product(p: Partial<SnapshotProduct> = {}): SnapshotProduct {
  return {
    id: 'p1',
    title: 'Blue Mug',
    priceCents: 2000,
    currency: 'GBP',
    stock: 500,
    openRateBp: 1000,
    targetRateBp: 1500,
    ...p,
  };
}

export function creator(c: Partial<SnapshotCreator> = {}): SnapshotCreator {
  return { id: 'c1', handle: 'anna', status: 'accepted', invitedAt: NOW - 3 * DAY, ...c };
}

/** A healthy ongoing collaboration unless overridden. */
export function collab(s: Partial<CollaborationSnapshot> = {}): CollaborationSnapshot {
  return {
    id: 'g1',
    name: 'Spring push',
    status: 'ongoing',
    endsAt: NOW + 30 * DAY,
    createdAt: NOW - 10 * DAY,
    detailLoaded: true,
    products: [product()],
    creators: [creator()],
    productCount: 1,
    creatorCount: 1,
    acceptedCount: 1,
    ...s,
  };
}

export const withCode = (issues: HealthIssue[], code: string) => issues.filter((i) => i.code === code);
