/**
 * What the worker knows about the platform's caps: the page's own quota report per region (when a
 * content script saw it), and the batches we opened in the last 24 hours as a fallback.
 */
import { LIMITS } from '@/lib/config/limits';
import type { Quota, StoredQuota } from '@/lib/messages';
import type { StorageAreaLike } from '@/lib/storage/area';
import { WORKER_MESSAGES } from './messages';

const OPENS_KEY = 'batch:opens';
const quotaKey = (region: string) => `quota:${region}`;
/**
 * A reported quota counts for this long. It comes from the page (untrusted: it may inform, not rule),
 * and the page answers it again on every Seller Center visit, so one report must not hold "Open batch"
 * back for hours; past this, our own count of opened batches decides.
 */
export const QUOTA_TTL_MS = 30 * 60 * 1000;

export async function storeQuota(area: StorageAreaLike, region: string, quota: Quota, now: number): Promise<void> {
  const stored: StoredQuota = { ...quota, region, reportedAt: now };
  await area.set({ [quotaKey(region)]: stored });
}

function isStoredQuota(v: unknown): v is StoredQuota {
  if (typeof v !== 'object' || v === null) return false;
  const q = v as Record<string, unknown>;
  return (
    ['used24h', 'cap24h', 'open', 'openCap', 'reportedAt'].every((k) => typeof q[k] === 'number') &&
    typeof q.region === 'string'
  );
}

export async function readQuota(area: StorageAreaLike, region: string | null | undefined): Promise<StoredQuota | null> {
  if (!region) return null;
  const v = (await area.get(quotaKey(region)))[quotaKey(region)];
  return isStoredQuota(v) ? v : null;
}

export async function readOpens(area: StorageAreaLike, now: number): Promise<number[]> {
  const v = (await area.get(OPENS_KEY))[OPENS_KEY];
  const list = Array.isArray(v) ? v.filter((t): t is number => typeof t === 'number') : [];
  return list.filter((t) => now - t < LIMITS.rolling24hMs && t <= now);
}

export async function recordOpen(area: StorageAreaLike, now: number): Promise<void> {
  const list = await readOpens(area, now);
  await area.set({ [OPENS_KEY]: [...list, now] });
}

/** Why opening one more invitation now would go over a cap, or null when it is fine. */
export function capReason(
  quota: StoredQuota | null,
  openedLast24h: number,
  creators: number,
  now: number,
): string | null {
  if (quota && now - quota.reportedAt < QUOTA_TTL_MS && quota.reportedAt <= now) {
    // Our own opens since the report may not be in it yet; count them only when the report is older.
    if (quota.used24h + 1 > quota.cap24h) return WORKER_MESSAGES.cap24h(quota.used24h, quota.cap24h);
    if (quota.open + 1 > quota.openCap) return WORKER_MESSAGES.openCap(quota.open, quota.openCap);
    if (
      quota.weeklyLimit !== undefined &&
      quota.weeklyUsed !== undefined &&
      quota.weeklyUsed + creators > quota.weeklyLimit
    ) {
      return WORKER_MESSAGES.weekly(quota.weeklyUsed, quota.weeklyLimit);
    }
    return null;
  }
  if (openedLast24h >= LIMITS.invitationsPer24h) return WORKER_MESSAGES.localCap(openedLast24h);
  return null;
}
