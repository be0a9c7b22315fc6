/**
 * Sentences the worker returns to the UI. Texts live in lib/i18n/locales/<lang>/background.json; each
 * entry reads its text at call time, in the browser's language (index.ts switches to it at start-up).
 */
import { t } from '@/lib/i18n';

export const WORKER_MESSAGES = {
  get handleOnly() {
    return t('background_handle_only');
  },
  get noEntries() {
    return t('background_no_entries');
  },
  get mixedTerms() {
    return t('background_mixed_terms');
  },
  tooManyCreators: (max: number) => t('background_too_many_creators', max),
  get flashSaleAlone() {
    return t('background_flash_sale_alone');
  },
  get noRegion() {
    return t('background_no_region');
  },
  cap24h: (used: number, cap: number) => t('background_cap_24h', used, cap),
  openCap: (open: number, cap: number) => t('background_open_cap', open, cap),
  weekly: (used: number, limit: number) => t('background_weekly', used, limit),
  localCap: (n: number) => t('background_local_cap', n),
  get tabFailed() {
    return t('background_tab_failed');
  },
  get unknownSender() {
    return t('background_unknown_sender');
  },
  queueFull: (max: number) => t('background_queue_full', max),
  get queueNewer() {
    return t('background_queue_newer');
  },
  get queueNotSaved() {
    return t('background_queue_not_saved');
  },
  get opTooLarge() {
    return t('background_op_too_large');
  },
  get storageLocalFull() {
    return t('background_storage_local_full');
  },
  get storageMemoryOnly() {
    return t('background_storage_memory_only');
  },
  importTooManyRows: (max: number) => t('background_import_too_many_rows', max),
  memoryFile: (problem: 'not-json' | 'not-memory' | 'newer-version') =>
    problem === 'not-json'
      ? t('memorypage_import_not_json')
      : problem === 'not-memory'
        ? t('memorypage_import_not_memory')
        : t('memorypage_import_newer'),
};
