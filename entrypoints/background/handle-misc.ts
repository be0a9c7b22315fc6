/** quota/*, notices/*, setaside/export and i18n/language. */
import { currentLanguage } from '@/lib/i18n';
import type { Reply, RequestOf } from '@/lib/messages';
import { dismissNotice, readNotices } from '@/lib/storage/notices';
import { listSetAside, setAsideExport } from '@/lib/storage/quarantine';
import type { Core } from './core';
import { readOpens, readQuota, storeQuota } from './quota';

const ok = <T>(data: T) => ({ ok: true as const, data });

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

export async function setAsideExportFile(core: Core): Promise<Reply<'setaside/export'>> {
  const now = core.deps.now();
  const records = await listSetAside(core.deps.local);
  const day = new Date(now).toISOString().slice(0, 10);
  return ok({ text: setAsideExport(records, now), filename: `collab-pilot-set-aside-${day}.json`, count: records.length });
}

/** Needs no state, so the listener answers it before the queue has loaded (a panel waits for its texts). */
export function i18nLanguage(): Reply<'i18n/language'> {
  return ok({ language: currentLanguage() });
}
