/**
 * Records that failed validation are moved aside under `quarantine:*` keys instead of being deleted,
 * so the seller can download them (and we can diagnose), while the extension carries on with defaults.
 */
import { STORAGE_LIMITS } from '../config/storage-limits';
import type { StorageAreaLike } from './area';

export const QUARANTINE_PREFIX = 'quarantine:';
/** storage.local holds about 10 MB; one bad record must not be able to fill it. */
export const QUARANTINE_MAX_CHARS = STORAGE_LIMITS.setAsideRecordChars;

export interface QuarantineRecord {
  kind: string;
  reason: string;
  at: number;
  /** The bad value as JSON text (or String() when it cannot be serialised), possibly truncated. */
  raw: string;
  truncated: boolean;
}

export function toRawText(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text;
  } catch {
    return String(value);
  }
}

export function makeQuarantineRecord(kind: string, raw: unknown, reason: string, now: number): QuarantineRecord {
  const text = toRawText(raw);
  const truncated = text.length > QUARANTINE_MAX_CHARS;
  return { kind, reason, at: now, raw: truncated ? text.slice(0, QUARANTINE_MAX_CHARS) : text, truncated };
}

/**
 * Writes one record aside; `seq` keeps keys unique when several records go aside in the same ms.
 * The oldest records are deleted first so all of them stay within `setAsideTotalChars`.
 */
export async function setAside(
  area: StorageAreaLike,
  kind: string,
  raw: unknown,
  reason: string,
  now: number,
  seq = 0,
): Promise<string> {
  const key = `${QUARANTINE_PREFIX}${kind}:${now}:${seq}`;
  const record = makeQuarantineRecord(kind, raw, reason, now);
  const older = await listSetAside(area);
  let total = older.reduce((sum, r) => sum + r.raw.length, record.raw.length);
  const drop: string[] = [];
  for (const r of older) {
    if (total <= STORAGE_LIMITS.setAsideTotalChars) break;
    drop.push(r.key);
    total -= r.raw.length;
  }
  if (drop.length > 0) await area.remove(drop);
  await area.set({ [key]: record });
  return key;
}

function isRecord(v: unknown): v is QuarantineRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.kind === 'string' && typeof r.raw === 'string' && typeof r.at === 'number';
}

export async function listSetAside(area: StorageAreaLike): Promise<Array<QuarantineRecord & { key: string }>> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key, v]) => key.startsWith(QUARANTINE_PREFIX) && isRecord(v))
    .map(([key, v]) => ({ ...(v as QuarantineRecord), key }))
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}

/** "Delete set-aside data": every record goes; returns how many there were. */
export async function clearSetAside(area: StorageAreaLike): Promise<number> {
  const keys = (await listSetAside(area)).map((r) => r.key);
  if (keys.length > 0) await area.remove(keys);
  return keys.length;
}

/** The download the options page offers: every set-aside record with its reason, as JSON. */
export function setAsideExport(records: ReadonlyArray<QuarantineRecord & { key: string }>, now: number): string {
  return `${JSON.stringify({ app: 'collab-pilot', kind: 'set-aside-data', exportedAt: new Date(now).toISOString(), records }, null, 2)}\n`;
}
