/**
 * Maps what the content script already holds (the page's `invitation_group/search` rows and `/detail` bodies,
 * normalised by lib/pages/group-json) into CollaborationSnapshots. Only the types come from lib/pages, so the
 * checks stay independent of the page readers. `null` keeps meaning "not loaded", never zero.
 */
import type { GroupDetail, GroupSummary } from '../pages/group-json';
import type { CollaborationSnapshot, SnapshotCreator, SnapshotProduct } from './types';

type DetailProduct = GroupDetail['products'][number];
type DetailCreator = GroupDetail['creators'][number];

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** A count from the list response: a non-negative integer, else not given. */
function count(n: number | null | undefined): number | undefined {
  return finite(n) && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Epoch ms; a value below 1e11 can only be seconds (other TikTok APIs use them), as in from-json.ts. */
function epochMs(n: number | null | undefined): number | null {
  if (!finite(n) || n <= 0) return null;
  return n < 1e11 ? n * 1000 : n;
}

function rate(n: number | null | undefined): number | null {
  return finite(n) && n >= 0 ? n : null;
}

function mapProduct(p: DetailProduct): SnapshotProduct {
  // The picker's status 2 means out of stock even when the stock field is missing.
  const stock = finite(p.stock) && Number.isInteger(p.stock) ? p.stock : p.status === 'out-of-stock' ? 0 : null;
  const title = p.title.trim();
  const currency = p.currency?.trim();
  return {
    id: p.id,
    ...(title ? { title } : {}),
    priceCents: finite(p.priceCents) && Number.isInteger(p.priceCents) && p.priceCents >= 0 ? p.priceCents : null,
    ...(currency ? { currency } : {}),
    stock,
    openRateBp: rate(p.openRateBp),
    targetRateBp: rate(p.targetRateBp),
  };
}

function mapCreator(c: DetailCreator): SnapshotCreator {
  const handle = c.handle?.trim().replace(/^@+/, '');
  return {
    id: c.id,
    ...(handle ? { handle } : {}),
    status: c.status,
    invitedAt: epochMs(c.inviteTimeMs),
  };
}

/**
 * One snapshot from a list row and, when the page loaded it, the collaboration's detail. For fields both carry
 * the list row wins: the list page re-runs its search on every visit but re-fetches details only for ongoing
 * rows, so a detail kept from earlier may be stale (say, still "ongoing" after it expired). A detail for another
 * id is ignored.
 */
export function fromPageGroup(
  summary: GroupSummary | undefined,
  detail: GroupDetail | undefined,
): CollaborationSnapshot | null {
  const id = summary?.id || detail?.id;
  if (!id) return null;
  const det = detail && detail.id === id ? detail : undefined;
  const products = det ? det.products.map(mapProduct) : null;
  const creators = det ? det.creators.map(mapCreator) : null;
  const status = summary && summary.status !== 'unknown' ? summary.status : (det?.status ?? 'unknown');
  const productCount = count(summary?.productCount) ?? products?.length;
  const creatorCount = count(summary?.creatorCount) ?? creators?.length;
  const acceptedCount = count(summary?.acceptedCount) ?? creators?.filter((c) => c.status === 'accepted').length;
  return {
    id,
    name: summary?.name.trim() || det?.name.trim() || '',
    status,
    endsAt: epochMs(summary?.endTimeMs) ?? epochMs(det?.endTimeMs),
    createdAt: epochMs(summary?.createTimeMs) ?? epochMs(det?.createTimeMs),
    detailLoaded: det !== undefined,
    products,
    creators,
    ...(productCount !== undefined ? { productCount } : {}),
    ...(creatorCount !== undefined ? { creatorCount } : {}),
    ...(acceptedCount !== undefined ? { acceptedCount } : {}),
  };
}

/**
 * Every collaboration the page has loaded: list rows in the page's order, then details seen without a row
 * (for example a collaboration opened before the list loaded), so a rate clash with it is still found.
 */
export function snapshotsFromPage(
  groups: ReadonlyMap<string, GroupSummary>,
  details: ReadonlyMap<string, GroupDetail>,
  order: readonly string[] = [],
): CollaborationSnapshot[] {
  const ids = new Set<string>();
  for (const id of order) if (groups.has(id) || details.has(id)) ids.add(id);
  for (const id of groups.keys()) ids.add(id);
  for (const id of details.keys()) ids.add(id);
  const out: CollaborationSnapshot[] = [];
  for (const id of ids) {
    const s = fromPageGroup(groups.get(id), details.get(id));
    if (s) out.push(s);
  }
  return out;
}
