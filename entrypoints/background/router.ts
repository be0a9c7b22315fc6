/**
 * One handler per request type, in a map the compiler checks: every type has a handler, and each
 * handler's reply is the one `ResponseMap` names for its type.
 */
import type { AnyReply, Reply, Request, RequestOf, RequestType } from '@/lib/messages';
import type { Core } from './core';
import { summaryOf } from './core';
import { batchOpen, batchPlan, prefillTake } from './handle-batch';
import {
  memoryCreator,
  memoryDoNotInvite,
  memoryExport,
  memoryFollowUp,
  memoryGet,
  memoryImport,
  memoryListSeen,
  memoryNote,
  memoryTags,
} from './handle-memory';
import {
  i18nLanguage,
  noticesDismiss,
  noticesGet,
  quotaGet,
  quotaReport,
  setAsideClear,
  setAsideExportFile,
  storageHealth,
} from './handle-misc';
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
import {
  settingsExport,
  settingsGet,
  settingsImport,
  settingsPanel,
  settingsReset,
  settingsSave,
} from './handle-settings';

type Handler<K extends RequestType> = (core: Core, req: RequestOf<K>) => Reply<K> | Promise<Reply<K>>;

const HANDLERS: { [K in RequestType]: Handler<K> } = {
  'settings/get': settingsGet,
  'settings/save': settingsSave,
  'settings/reset': settingsReset,
  'settings/export': settingsExport,
  'settings/import': settingsImport,
  'settings/panel': settingsPanel,
  'queue/add': queueAdd,
  'queue/set-status': queueSetStatus,
  'queue/remove': queueRemove,
  'queue/undo': queueUndo,
  'queue/note': queueNote,
  'queue/tags': queueTags,
  'queue/list': queueList,
  'queue/summary': (core) => ({ ok: true, data: summaryOf(core, core.deps.now()) }),
  'queue/creator': queueCreator,
  'queue/apply-result': queueApplyResult,
  'queue/export-csv': queueExportCsv,
  'queue/import-csv': queueImportCsv,
  'queue/clear-removed': queueClearRemoved,
  'batch/plan': batchPlan,
  'batch/open': batchOpen,
  'prefill/take': prefillTake,
  'quota/report': quotaReport,
  'quota/get': quotaGet,
  'notices/get': noticesGet,
  'notices/dismiss': noticesDismiss,
  'setaside/export': setAsideExportFile,
  'setaside/clear': setAsideClear,
  'storage/health': storageHealth,
  // Also answered before the core is ready (listener.ts); listed so the map stays complete.
  'i18n/language': () => i18nLanguage(),
  'memory/get': memoryGet,
  'memory/creator': memoryCreator,
  'memory/note': memoryNote,
  'memory/tags': memoryTags,
  'memory/do-not-invite': memoryDoNotInvite,
  'memory/follow-up': memoryFollowUp,
  'memory/export': memoryExport,
  'memory/import': memoryImport,
  'memory/list-seen': memoryListSeen,
};

export async function route(core: Core, req: Request): Promise<AnyReply> {
  const handler = HANDLERS[req.type] as Handler<RequestType>;
  return handler(core, req as never);
}
