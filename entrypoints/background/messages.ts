/**
 * Sentences the worker returns to the UI. Texts live in lib/i18n/locales/<lang>/background.json; each
 * entry reads its text at call time, in the browser's language (index.ts switches to it at start-up).
 */
import { t } from '@/lib/i18n';
import { texts } from '@/lib/texts';

export const WORKER_MESSAGES = texts(
  {
    handleOnly: 'background_handle_only',
    noEntries: 'background_no_entries',
    mixedTerms: 'background_mixed_terms',
    flashSaleAlone: 'background_flash_sale_alone',
    noRegion: 'background_no_region',
    tabFailed: 'background_tab_failed',
    unknownSender: 'background_unknown_sender',
    queueNewer: 'background_queue_newer',
    queueNotSaved: 'background_queue_not_saved',
    opTooLarge: 'background_op_too_large',
    storageLocalFull: 'background_storage_local_full',
    storageMemoryOnly: 'background_storage_memory_only',
  },
  {
    tooManyCreators: (max: number) => t('background_too_many_creators', max),
    cap24h: (used: number, cap: number) => t('background_cap_24h', used, cap),
    openCap: (open: number, cap: number) => t('background_open_cap', open, cap),
    weekly: (used: number, limit: number) => t('background_weekly', used, limit),
    localCap: (n: number) => t('background_local_cap', n),
    queueFull: (max: number) => t('background_queue_full', max),
    importTooManyRows: (max: number) => t('background_import_too_many_rows', max),
    memoryFile: (problem: 'not-json' | 'not-memory' | 'newer-version') =>
      problem === 'not-json'
        ? t('memorypage_import_not_json')
        : problem === 'not-memory'
          ? t('memorypage_import_not_memory')
          : t('memorypage_import_newer'),
  },
);
