/**
 * Every string of the popup. Texts live in lib/i18n/locales/<lang>/popup.json; each entry reads its
 * text at call time (getter or function), after the popup has chosen its language. Part of the first
 * chunk: it imports only lib/i18n's translator, never a catalog.
 */
import { t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';

export const POPUP_TEXT = {
  get title() {
    return t('app_name');
  },
  status: texts({
    queued: 'popup_status_queued',
    opened: 'popup_status_opened',
    sent: 'popup_status_sent',
    failed: 'popup_status_failed',
    removed: 'popup_status_removed',
  }) as Record<string, string>,
  get countsLabel() {
    return t('popup_counts_label');
  },
  get empty() {
    return t('popup_empty');
  },
  get noSummary() {
    return t('popup_no_summary');
  },
  quota: (used: number, cap: number) => t('popup_quota_24h', used, cap),
  weekly: (used: number, cap: number) => t('popup_weekly', used, cap),
  quotaLocal: (n: number, cap: number) => t('popup_quota_local', n, cap),
  get creatorHeading() {
    return t('popup_creator_heading');
  },
  get queueCreator() {
    return t('popup_queue_creator');
  },
  get inviteNow() {
    return t('popup_invite_now');
  },
  queued: (who: string) => t('popup_queued_who', who),
  alreadyQueued: (who: string) => t('popup_already_queued', who),
  get opened() {
    return t('finder_opened_create');
  },
  showQueue: (n: number) => t('popup_show_queue', n),
  get hideQueue() {
    return t('popup_hide_queue');
  },
  get listLabel() {
    return t('popup_list_label');
  },
  get rowLoading() {
    return t('popup_row_loading');
  },
  get options() {
    return t('popup_options');
  },
  notices: (n: number) => tn('popup_notices', n, n),
  get noAnswer() {
    return t('popup_no_answer');
  },
  get restFailed() {
    return t('popup_rest_failed');
  },
  get toolsLabel() {
    return t('popup_tools_label');
  },
  get exportCsv() {
    return t('popup_export_csv');
  },
  get exported() {
    return t('popup_exported');
  },
  get importCsv() {
    return t('popup_import_csv');
  },
  get csvTooBig() {
    return t('popup_csv_too_big');
  },
  imported: (added: number, duplicates: number, bad: number) => tn('popup_imported', bad, added, duplicates, bad),
  get reportLabel() {
    return t('popup_report_label');
  },
  reportLine: (line: number, reason: string) => t('popup_report_line', line, reason),
  remove: (who: string) => t('popup_remove', who),
  removed: (who: string) => t('popup_removed', who),
  get undo() {
    return t('popup_undo');
  },
};
