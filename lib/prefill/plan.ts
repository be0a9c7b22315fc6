/**
 * Works out what a prefill would change on the create form, as a list the seller accepts or dismisses.
 * Pure: takes the form as read, the seller's defaults (or a queued batch's terms) and the clock.
 */
import { LIMITS } from '../config/limits';
import { currentLanguage, t } from '../i18n';
import { texts } from '../texts';

export type PrefillField = 'endDate' | 'targetRate' | 'contentType' | 'sampleOffer' | 'flashSale';
export type ContentType = 'any' | 'video' | 'live';
export type SampleOffer = 'free-sample' | 'refund-first-sale' | 'none';

export interface PrefillChange {
  /** Stable id for accept/dismiss: field plus product. */
  id: string;
  field: PrefillField;
  productId?: string;
  /** What the form shows now ('' when empty) and what the prefill writes. */
  from: string;
  to: string;
  /** The value to write: a date `YYYY-MM-DD`, a rate in bp, a content type, a sample offer or on/off. */
  value: string | number | boolean;
  /** Line for the list, in the seller's language. */
  label: string;
}

export interface PrefillForm {
  endDate: string | null;
  contentType: ContentType | null;
  flashSale: boolean | null;
  /** False on the flat-fee page, where the content type is fixed to video. */
  contentTypeEditable: boolean;
  products: Array<{
    id: string;
    title?: string;
    openRateBp: number | null;
    /** The target rate the form holds now, if any. */
    targetRateBp: number | null;
    sampleOffer: SampleOffer | null;
  }>;
}

export interface PrefillDefaults {
  defaultDurationDays: number;
  defaultTargetRateBp: number;
  raiseMarginBp: number;
  defaultContentType: ContentType;
  defaultSampleOffer: SampleOffer;
}

/** Terms of a queued batch; each present field wins over the defaults. */
export interface PrefillBatchTerms {
  products?: Array<{ id: string; targetRateBp: number; sampleOffer?: SampleOffer }>;
  endsAt?: number;
  durationDays?: number;
  contentType?: ContentType;
  flashSale?: boolean;
}

/** The rate we suggest: the larger of the default and open + margin, within the platform's range. */
export function suggestedRateBp(
  openRateBp: number | null,
  defaults: Pick<PrefillDefaults, 'defaultTargetRateBp' | 'raiseMarginBp'>,
): number {
  const raised = openRateBp == null ? 0 : openRateBp + defaults.raiseMarginBp;
  return Math.min(LIMITS.rateMaxBp, Math.max(LIMITS.rateMinBp, defaults.defaultTargetRateBp, raised));
}

/** Local calendar date `YYYY-MM-DD`, the format the page's date picker takes. */
export function isoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const DAY_MS = 86_400_000;
// Labels as the Seller Center shows them, from the `pages` catalog; getters, so they are read at call time.
const CONTENT_LABEL: Record<ContentType, string> = texts({
  video: 'pages_prefill_content_video',
  live: 'pages_prefill_content_live',
  any: 'pages_prefill_content_any',
});
const SAMPLE_LABEL: Record<SampleOffer, string> = {
  get 'free-sample'() {
    return t('pages_prefill_sample_free');
  },
  get 'refund-first-sale'() {
    return t('pages_prefill_sample_refund');
  },
  get none() {
    return t('pages_prefill_sample_none');
  },
};
/** "Blue mug: free sample": one whole line per offer, since word order differs across languages. */
const SAMPLE_LINE: Record<SampleOffer, (name: string) => string> = {
  'free-sample': (name) => t('pages_prefill_sample_free_for', name),
  'refund-first-sale': (name) => t('pages_prefill_sample_refund_for', name),
  none: (name) => t('pages_prefill_sample_none_for', name),
};
const rateFormats = new Map<string, Intl.NumberFormat>();
/** "15.00%" in English, "15,00%" in Indonesian and Vietnamese, as the page's rate inputs show it. */
function pct(bp: number): string {
  const language = currentLanguage();
  let f = rateFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    rateFormats.set(language, f);
  }
  return `${f.format(bp / 100)}%`;
}

export function planPrefill(
  form: PrefillForm,
  defaults: PrefillDefaults,
  now: number,
  batch?: PrefillBatchTerms,
): PrefillChange[] {
  const changes: PrefillChange[] = [];
  const endsAt = batch?.endsAt ?? now + (batch?.durationDays ?? defaults.defaultDurationDays) * DAY_MS;
  const endDate = isoDate(endsAt);
  if (form.endDate !== endDate) {
    changes.push({
      id: 'endDate',
      field: 'endDate',
      from: form.endDate ?? '',
      to: endDate,
      value: endDate,
      label: t('pages_prefill_end_date', endDate),
    });
  }
  const contentType = batch?.contentType ?? defaults.defaultContentType;
  if (form.contentTypeEditable && form.contentType !== contentType) {
    changes.push({
      id: 'contentType',
      field: 'contentType',
      from: form.contentType ? CONTENT_LABEL[form.contentType] : '',
      to: CONTENT_LABEL[contentType],
      value: contentType,
      label: t('pages_prefill_content_type', CONTENT_LABEL[contentType]),
    });
  }
  if (batch?.flashSale !== undefined && form.flashSale !== null && form.flashSale !== batch.flashSale) {
    changes.push({
      id: 'flashSale',
      field: 'flashSale',
      from: t(form.flashSale ? 'pages_prefill_on' : 'pages_prefill_off'),
      to: t(batch.flashSale ? 'pages_prefill_on' : 'pages_prefill_off'),
      value: batch.flashSale,
      label: t(batch.flashSale ? 'pages_prefill_flash_sale_on' : 'pages_prefill_flash_sale_off'),
    });
  }
  const batchProducts = new Map((batch?.products ?? []).map((p) => [p.id, p]));
  for (const p of form.products) {
    const fromBatch = batchProducts.get(p.id);
    const rate = fromBatch?.targetRateBp ?? suggestedRateBp(p.openRateBp, defaults);
    const name = p.title || p.id;
    if (p.targetRateBp !== rate) {
      changes.push({
        id: `targetRate:${p.id}`,
        field: 'targetRate',
        productId: p.id,
        from: p.targetRateBp == null ? '' : pct(p.targetRateBp),
        to: pct(rate),
        value: rate,
        label:
          p.openRateBp == null || fromBatch
            ? t('pages_prefill_target_rate', name, pct(rate))
            : t('pages_prefill_target_rate_open', name, pct(rate), pct(p.openRateBp)),
      });
    }
    const offer = fromBatch?.sampleOffer ?? defaults.defaultSampleOffer;
    if (p.sampleOffer !== null && p.sampleOffer !== offer) {
      changes.push({
        id: `sampleOffer:${p.id}`,
        field: 'sampleOffer',
        productId: p.id,
        from: SAMPLE_LABEL[p.sampleOffer],
        to: SAMPLE_LABEL[offer],
        value: offer,
        label: SAMPLE_LINE[offer](name),
      });
    }
  }
  return changes;
}

export { CONTENT_LABEL, SAMPLE_LABEL };
