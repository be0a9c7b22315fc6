/** quota/*, notices/*, setaside/export and i18n/language. */
import { currentLanguage } from '@/lib/i18n';
import type { Reply, RequestOf } from '@/lib/messages';
import { JOURNAL_PREFIX, SNAPSHOT_KEY } from '@/lib/storage/journal';
import { clearKept, listKept } from '@/lib/storage/kept';
import { dismissNotice, readNotices } from '@/lib/storage/notices';
import {
  clearSetAside,
  listSetAside,
  type QuarantineRecord,
  setAsideExport,
  toRawText,
} from '@/lib/storage/quarantine';
import { type Core, storageProblems } from './core';
import { WORKER_MESSAGES } from './messages';
import { readOpens, readQuota, storeQuota } from './quota';
import { ok } from './refused';

export function quotaReport(core: Core, req: RequestOf<'quota/report'>): Promise<Reply<'quota/report'>> {
  return core.serial.run(async () => {
    await storeQuota(core.deps.local, req.region, req.quota, core.deps.now());
    return ok({});
  });
}

export async function quotaGet(core: Core, req: RequestOf<'quota/get'>): Promise<Reply<'quota/get'>> {
  const now = core.deps.now();
  const quota = await readQuota(core.deps.local, req.region ?? core.lastPage?.region);
  return ok({ quota, openedLast24h: (await readOpens(core.deps.local, now)).length });
}

export async function noticesGet(core: Core): Promise<Reply<'notices/get'>> {
  return ok({ notices: (await readNotices(core.deps.local)).filter((n) => !n.dismissed) });
}

export function noticesDismiss(core: Core, req: RequestOf<'notices/dismiss'>): Promise<Reply<'notices/dismiss'>> {
  return core.serial.run(async () => ok({ dismissed: await dismissNotice(core.deps.local, req.id) }));
}

/** A queue a newer version wrote, as export records: its snapshot and journal, whole. */
async function newerQueueRecords(core: Core, now: number): Promise<Array<QuarantineRecord & { key: string }>> {
  if (!core.queue.readOnly) return [];
  const keys = (await core.kv.keys()).filter((k) => k === SNAPSHOT_KEY || k.startsWith(JOURNAL_PREFIX)).sort();
  return Promise.all(
    keys.map(async (key) => ({
      key,
      kind: 'queue-newer-version',
      reason: WORKER_MESSAGES.queueNewer,
      at: now,
      raw: toRawText(await core.kv.get(key)),
      truncated: false,
    })),
  );
}

export async function setAsideExportFile(core: Core): Promise<Reply<'setaside/export'>> {
  const now = core.deps.now();
  const records = [
    ...(await listSetAside(core.deps.local)),
    ...(await listKept(core.kv)),
    ...(await newerQueueRecords(core, now)),
  ];
  const day = new Date(now).toISOString().slice(0, 10);
  return ok({
    text: setAsideExport(records, now),
    filename: `collab-pilot-set-aside-${day}.json`,
    count: records.length,
  });
}

/** Deletes what was set aside; a queue kept for a newer version is not set-aside data and stays. */
export function setAsideClear(core: Core): Promise<Reply<'setaside/clear'>> {
  return core.serial.run(async () => {
    const deleted = (await clearSetAside(core.deps.local)) + (await clearKept(core.kv));
    // The space is free again: a summary write that works clears the "storage is full" warning.
    await core.publishSummary();
    return ok({ deleted });
  });
}

export function storageHealth(core: Core): Reply<'storage/health'> {
  return ok({ problems: storageProblems(core), readOnly: core.queue.readOnly });
}

/** Needs no state, so the listener answers it before the queue has loaded (a panel waits for its texts). */
export function i18nLanguage(): Reply<'i18n/language'> {
  return ok({ language: currentLanguage() });
}
