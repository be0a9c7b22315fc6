/**
 * Notices the seller should see once (for now: data that was set aside). Stored under `notices` in
 * storage.local; a notice of a kind that is already showing is updated, not repeated.
 */
import type { StorageAreaLike } from './area';

export const NOTICES_KEY = 'notices';
const MAX_NOTICES = 20;

export interface Notice {
  id: string;
  kind: string;
  message: string;
  at: number;
  dismissed: boolean;
}

function isNotice(v: unknown): v is Notice {
  if (typeof v !== 'object' || v === null) return false;
  const n = v as Record<string, unknown>;
  return (
    typeof n.id === 'string' &&
    typeof n.kind === 'string' &&
    typeof n.message === 'string' &&
    typeof n.at === 'number' &&
    typeof n.dismissed === 'boolean'
  );
}

/** A corrupted notices list is simply dropped: notices are advisory, never the seller's data. */
export async function readNotices(area: StorageAreaLike): Promise<Notice[]> {
  const raw = (await area.get(NOTICES_KEY))[NOTICES_KEY];
  return Array.isArray(raw) ? raw.filter(isNotice) : [];
}

export async function addNotice(area: StorageAreaLike, kind: string, message: string, now: number): Promise<Notice> {
  const list = await readNotices(area);
  const open = list.find((n) => n.kind === kind && !n.dismissed);
  const notice: Notice = open
    ? { ...open, message, at: now }
    : { id: `${kind}:${now}`, kind, message, at: now, dismissed: false };
  const next = [...list.filter((n) => n.id !== notice.id), notice].slice(-MAX_NOTICES);
  await area.set({ [NOTICES_KEY]: next });
  return notice;
}

export async function dismissNotice(area: StorageAreaLike, id: string): Promise<boolean> {
  const list = await readNotices(area);
  if (!list.some((n) => n.id === id && !n.dismissed)) return false;
  await area.set({ [NOTICES_KEY]: list.map((n) => (n.id === id ? { ...n, dismissed: true } : n)) });
  return true;
}

/** Dismisses the open notice of a kind, when what it says no longer holds. */
export async function dismissKind(area: StorageAreaLike, kind: string): Promise<void> {
  const open = (await readNotices(area)).find((n) => n.kind === kind && !n.dismissed);
  if (open) await dismissNotice(area, open.id);
}
