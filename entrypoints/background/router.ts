/**
 * One handler per request type, in a map the compiler checks: every type has a handler, and each
 * handler's reply is the one `ResponseMap` names for its type.
 */
import type { AnyReply, Reply, Request, RequestOf, RequestType } from '@/lib/messages';
import { type Core, summaryOf } from './core';
import * as batch from './handle-batch';
import * as memory from './handle-memory';
import * as misc from './handle-misc';
import * as queue from './handle-queue';
import * as settings from './handle-settings';

type Handler<K extends RequestType> = (core: Core, req: RequestOf<K>) => Reply<K> | Promise<Reply<K>>;

const HANDLERS: { [K in RequestType]: Handler<K> } = {
  'settings/get': settings.settingsGet,
  'settings/save': settings.settingsSave,
  'settings/reset': settings.settingsReset,
  'settings/export': settings.settingsExport,
  'settings/import': settings.settingsImport,
  'settings/panel': settings.settingsPanel,
  'queue/add': queue.queueAdd,
  'queue/set-status': queue.queueSetStatus,
  'queue/remove': queue.queueRemove,
  'queue/undo': queue.queueUndo,
  'queue/note': queue.queueNote,
  'queue/tags': queue.queueTags,
  'queue/list': queue.queueList,
  'queue/summary': (core) => ({ ok: true, data: summaryOf(core, core.deps.now()) }),
  'queue/creator': queue.queueCreator,
  'queue/apply-result': queue.queueApplyResult,
  'queue/export-csv': queue.queueExportCsv,
  'queue/import-csv': queue.queueImportCsv,
  'queue/clear-removed': queue.queueClearRemoved,
  'batch/plan': batch.batchPlan,
  'batch/open': batch.batchOpen,
  'prefill/take': batch.prefillTake,
  'quota/report': misc.quotaReport,
  'quota/get': misc.quotaGet,
  'notices/get': misc.noticesGet,
  'notices/dismiss': misc.noticesDismiss,
  'setaside/export': misc.setAsideExportFile,
  'setaside/clear': misc.setAsideClear,
  'storage/health': misc.storageHealth,
  // Also answered before the core is ready (listener.ts); listed so the map stays complete.
  'i18n/language': () => misc.i18nLanguage(),
  'memory/get': memory.memoryGet,
  'memory/creator': memory.memoryCreator,
  'memory/note': memory.memoryNote,
  'memory/tags': memory.memoryTags,
  'memory/do-not-invite': memory.memoryDoNotInvite,
  'memory/follow-up': memory.memoryFollowUp,
  'memory/export': memory.memoryExport,
  'memory/import': memory.memoryImport,
  'memory/list-seen': memory.memoryListSeen,
};

export async function route(core: Core, req: Request): Promise<AnyReply> {
  const handler = HANDLERS[req.type] as Handler<RequestType>;
  return handler(core, req as never);
}
