/**
 * Every text of the setup guard. Texts live in lib/i18n/locales/<lang>/guard.json and are read at call
 * time (getters and functions), because the content script picks its language at start-up.
 */
import { type MessageKey, t, tn } from '@/lib/i18n';
import { texts } from '@/lib/texts';
import type { SampleOffer, StockState } from './types';

type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = texts({
  error: 'guard_severity_error',
  warning: 'guard_severity_warning',
  info: 'guard_severity_info',
});

export const STOCK_LABEL: Readonly<Record<StockState, string>> = texts({
  ok: 'guard_stock_ok',
  low: 'guard_stock_low',
  out: 'guard_stock_out',
  unknown: 'guard_stock_unknown',
});

export const OFFER_LABEL: Readonly<Record<SampleOffer, string>> = texts({
  'free-sample': 'guard_offer_free_sample',
  'refund-first-sale': 'guard_offer_refund_first_sale',
  none: 'guard_offer_none',
});

type PrefillSource = 'defaults' | 'batch';
const bySource = (source: PrefillSource, batch: MessageKey, defaults: MessageKey) =>
  t(source === 'batch' ? batch : defaults);

export const GUARD_TEXT = texts(
  {
    noProblems: 'guard_no_problems',
    findingsLabel: 'guard_findings_label',

    fillFromDefaults: 'guard_fill_from_defaults',
    filling: 'guard_filling',
    dismiss: 'guard_dismiss',

    noProducts: 'guard_no_products',
    productsLabel: 'guard_products_label',
    waiting: 'guard_waiting',
    allowSend: 'guard_allow_send',
    sendAllowed: 'guard_send_allowed',
    sendAnyway: 'guard_send_anyway',
    releasedOnce: 'guard_released_once',
    headingProducts: 'guard_heading_products',
    headingPrefill: 'guard_heading_prefill',

    formNotReadable: 'guard_form_not_readable',
    fieldMissing: 'guard_field_missing',
  },
  {
    raiseTo: (rate: string) => t('guard_raise_to', rate),
    filledFrom: (s: PrefillSource) => bySource(s, 'guard_filled_from_batch', 'guard_filled_from_defaults'),
    alreadyMatches: (s: PrefillSource) => bySource(s, 'guard_matches_batch', 'guard_matches_defaults'),
    suggestedFrom: (s: PrefillSource) => bySource(s, 'guard_suggested_from_batch', 'guard_suggested_from_defaults'),
    nowValue: (value: string) => t('guard_now_value', value),
    fillChanges: (n: number) => tn('guard_fill_changes', n, n),
    columns: texts({
      product: 'guard_col_product',
      stock: 'guard_col_stock',
      open: 'guard_col_open',
      target: 'guard_col_target',
      paid: 'guard_col_paid',
      sample: 'guard_col_sample',
    }),

    sent: (groupId?: string) => (groupId ? t('guard_sent_with_id', groupId) : t('guard_sent')),
    conflict: (creator: string, product: string) => t('guard_conflict', creator, product),
    errorCode: (code: string) => t('guard_error_code', code),
    held: (errors: number) => tn('guard_held', errors, errors),
    confirmWarnings: (warnings: number) => tn('guard_confirm_warnings', warnings, warnings),

    toFix: (n: number) => t('guard_summary_to_fix', n),
    toCheck: (n: number) => t('guard_summary_to_check', n),
    products: (n: number) => tn('guard_summary_products', n, n),
    creators: (n: number | null) =>
      n == null ? t('guard_summary_creators_unknown') : tn('guard_summary_creators', n, n),
    /** The flat-fee note; `review` is the page's video review setting ('seller', 'platform' or as read). */
    flatFee: (review: string | null | undefined) =>
      !review
        ? t('guard_flat_fee_note')
        : review === 'seller'
          ? t('guard_flat_fee_note_by_seller')
          : review === 'platform'
            ? t('guard_flat_fee_note_by_platform')
            : t('guard_flat_fee_note_review', review),
    ads: (requested: boolean) => t(requested ? 'guard_ads_requested' : 'guard_ads_not_requested'),
    quota: (used: number, cap: number, open: number, openCap: number) => t('guard_quota', used, cap, open, openCap),
    /** `titles` are the missing products, already joined into a list. */
    batchMissing: (count: number, titles: string) => tn('guard_batch_missing', count, titles),
  },
);
