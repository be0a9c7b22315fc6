/** One switch from request type to handler; the compiler checks every type is handled. */
import type { AnyReply, Request } from '@/lib/messages';
import type { Core } from './core';
import { batchOpen, batchPlan, prefillTake } from './handle-batch';
import { i18nLanguage, noticesDismiss, noticesGet, quotaGet, quotaReport, setAsideClear, setAsideExportFile, storageHealth } from './handle-misc';
import {
  queueAdd,
  queueApplyResult,
  queueClearRemoved,
  queueCreator,
  queueExportCsv,
  queueImportCsv,
  queueList,
  queueNote,
  queueRemove,
  queueSetStatus,
  queueTags,
  queueUndo,
} from './handle-queue';
import { settingsExport, settingsGet, settingsImport, settingsPanel, settingsReset, settingsSave } from './handle-settings';
import { summaryOf } from './core';

export async function route(core: Core, req: Request): Promise<AnyReply> {
  switch (req.type) {
    case 'settings/get':
      return settingsGet(core);
    case 'settings/save':
      return settingsSave(core, req);
    case 'settings/reset':
      return settingsReset(core);
    case 'settings/export':
      return settingsExport(core);
    case 'settings/import':
      return settingsImport(core, req);
    case 'settings/panel':
      return settingsPanel(core, req);
    case 'queue/add':
      return queueAdd(core, req);
    case 'queue/set-status':
      return queueSetStatus(core, req);
    case 'queue/remove':
      return queueRemove(core, req);
    case 'queue/undo':
      return queueUndo(core, req);
    case 'queue/note':
      return queueNote(core, req);
    case 'queue/tags':
      return queueTags(core, req);
    case 'queue/list':
      return queueList(core, req);
    case 'queue/summary':
      return { ok: true, data: summaryOf(core, core.deps.now()) };
    case 'queue/creator':
      return queueCreator(core, req);
    case 'queue/apply-result':
      return queueApplyResult(core, req);
    case 'queue/export-csv':
      return queueExportCsv(core);
    case 'queue/import-csv':
      return queueImportCsv(core, req);
    case 'queue/clear-removed':
      return queueClearRemoved(core, req);
    case 'batch/plan':
      return batchPlan(core, req);
    case 'batch/open':
      return batchOpen(core, req);
    case 'prefill/take':
      return prefillTake(core, req);
    case 'quota/report':
      return quotaReport(core, req);
    case 'quota/get':
      return quotaGet(core, req);
    case 'notices/get':
      return noticesGet(core);
    case 'notices/dismiss':
      return noticesDismiss(core, req);
    case 'setaside/export':
      return setAsideExportFile(core);
    case 'setaside/clear':
      return setAsideClear(core);
    case 'storage/health':
      return storageHealth(core);
    case 'i18n/language':
      return i18nLanguage();
  }
}
