/**
 * Every string of the popup. Texts live in lib/i18n/locales/<lang>/popup.json; each entry reads its
 * text at call time (getter or function), after the popup has chosen its language. Part of the first
 * chunk: it imports only lib/i18n's translator, never a catalog.
 */
import { t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';

export const POPUP_TEXT = texts(
  {
    title: 'app_name',
    countsLabel: 'popup_counts_label',
    empty: 'popup_empty',
    noSummary: 'popup_no_summary',
    creatorHeading: 'popup_creator_heading',
    queueCreator: 'popup_queue_creator',
    inviteNow: 'popup_invite_now',
    opened: 'finder_opened_create',
    hideQueue: 'popup_hide_queue',
    listLabel: 'popup_list_label',
    rowLoading: 'popup_row_loading',
    options: 'popup_options',
    noAnswer: 'popup_no_answer',
    restFailed: 'popup_rest_failed',
    toolsLabel: 'popup_tools_label',
    exportCsv: 'popup_export_csv',
    exported: 'popup_exported',
    importCsv: 'popup_import_csv',
    csvTooBig: 'popup_csv_too_big',
    reportLabel: 'popup_report_label',
    undo: 'popup_undo',
  },
  {
    status: texts({
      queued: 'popup_status_queued',
      opened: 'popup_status_opened',
      sent: 'popup_status_sent',
      failed: 'popup_status_failed',
      removed: 'popup_status_removed',
    }) as Record<string, string>,
    quota: (used: number, cap: number) => t('popup_quota_24h', used, cap),
    weekly: (used: number, cap: number) => t('popup_weekly', used, cap),
    quotaLocal: (n: number, cap: number) => t('popup_quota_local', n, cap),
    queued: (who: string) => t('popup_queued_who', who),
    alreadyQueued: (who: string) => t('popup_already_queued', who),
    showQueue: (n: number) => t('popup_show_queue', n),
    notices: (n: number) => tn('popup_notices', n, n),
    imported: (added: number, duplicates: number, bad: number) => tn('popup_imported', bad, added, duplicates, bad),
    reportLine: (line: number, reason: string) => t('popup_report_line', line, reason),
    remove: (who: string) => t('popup_remove', who),
    removed: (who: string) => t('popup_removed', who),
  },
);
