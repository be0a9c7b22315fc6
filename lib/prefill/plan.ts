/**
 * Works out what a prefill would change on the create form, as a list the seller accepts or dismisses.
 * Pure: takes the form as read, the seller's defaults (or a queued batch's terms) and the clock.
 */
import { LIMITS } from '../config/limits';

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
  /** Plain-English line for the list. */
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
export function suggestedRateBp(openRateBp: number | null, defaults: Pick<PrefillDefaults, 'defaultTargetRateBp' | 'raiseMarginBp'>): number {
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
const CONTENT_LABEL: Record<ContentType, string> = { video: 'Shoppable video', live: 'Shoppable LIVE', any: 'No preference' };
const SAMPLE_LABEL: Record<SampleOffer, string> = {
  'free-sample': 'Free sample',
  'refund-first-sale': 'Refund on first sale',
  none: 'None',
};
const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;

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
      label: `End date ${endDate}`,
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
      label: `Content type: ${CONTENT_LABEL[contentType]}`,
    });
  }
  if (batch?.flashSale !== undefined && form.flashSale !== null && form.flashSale !== batch.flashSale) {
    changes.push({
      id: 'flashSale',
      field: 'flashSale',
      from: form.flashSale ? 'on' : 'off',
      to: batch.flashSale ? 'on' : 'off',
      value: batch.flashSale,
      label: batch.flashSale ? 'Request a flash sale' : 'No flash sale',
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
            ? `${name}: target commission ${pct(rate)}`
            : `${name}: target commission ${pct(rate)} (open rate ${pct(p.openRateBp)})`,
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
        label: `${name}: ${SAMPLE_LABEL[offer].toLowerCase()}`,
      });
    }
  }
  return changes;
}

export { CONTENT_LABEL, SAMPLE_LABEL };
