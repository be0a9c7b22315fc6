/**
 * The first paint's texts. They take no substitutions, so the first chunk reads them straight from the
 * browser's i18n (`getMessage`) and carries no translator; tests pass lib/i18n's `t`.
 */
import type { MessageKey } from '@/lib/i18n';
import { QUEUE_STATUSES } from '@/lib/queue/summary-key';

type Status = (typeof QUEUE_STATUSES)[number];

export type GetText = (key: MessageKey) => string;

export type ShellText = ReturnType<typeof shellText>;

export function shellText(get: GetText) {
  return {
    title: get('app_name'),
    options: get('popup_options'),
    countsLabel: get('popup_counts_label'),
    empty: get('popup_empty'),
    noSummary: get('popup_no_summary'),
    // Until the rest arrives, the same honest line Batches shows while the worker plans.
    restLoading: get('finder_batches_loading'),
    restFailed: get('popup_rest_failed'),
    status: Object.fromEntries(QUEUE_STATUSES.map((s) => [s, get(`popup_status_${s}`)])) as Record<Status, string>,
  };
}
