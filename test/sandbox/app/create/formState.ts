import type { CreateRequest, CreatorJson, ProductJson } from '../../data/types.ts';
import { endOfDay } from '../dates.ts';

export interface ProductRow {
  product: ProductJson;
  /** Percent as typed (e.g. 12.5); undefined until the seller types one. */
  commission: number | undefined;
  sampleType: 0 | 1 | 2;
}

/** The create page's React state. Controlled inputs render from it and only change it through onChange. */
export interface FormState {
  feeType: 1 | 2;
  editId: string | null;
  name: string;
  endDate: string;
  message: string;
  contentOption: 0 | 1 | 2;
  flashSale: boolean;
  freeSample: boolean;
  autoReview: boolean;
  products: ProductRow[];
  creators: CreatorJson[];
  flatFeeAmount: number | undefined;
  videoReview: 1 | 2;
  adsAuthorization: boolean;
}

export type Update = (patch: Partial<FormState> | ((s: FormState) => Partial<FormState>)) => void;

export function initialForm(flatFee: boolean, editId: string | null): FormState {
  return {
    feeType: flatFee ? 2 : 1,
    editId,
    name: '',
    endDate: '',
    message: '',
    contentOption: 1,
    flashSale: false,
    freeSample: true,
    autoReview: false,
    products: [],
    creators: [],
    flatFeeAmount: undefined,
    videoReview: 1,
    adsAuthorization: false,
  };
}

/** Percent → hundredths of a percent, as the API wants (12.5 → 1250). */
export const toBasisPoints = (pct: number | undefined): number => (pct === undefined ? 0 : Math.round(pct * 100));

export function toRequest(s: FormState): CreateRequest {
  return {
    invitation_group: {
      ...(s.editId ? { invitation_group_id: s.editId } : {}),
      name: s.name,
      message: s.message,
      end_time: s.endDate ? String(endOfDay(s.endDate)) : '',
      fee_type: s.feeType,
      product_list: s.products.map((p) => ({
        product_id: p.product.product_id,
        target_commission: toBasisPoints(p.commission),
        sample_type: s.freeSample ? p.sampleType : 0,
      })),
      creator_id_list: s.creators.map((c) => ({ base_info: { creator_oec_id: c.creator_oecuid.value } })),
      free_sample_rule: { has_free_sample: s.freeSample, is_free_sample_auto_review: s.freeSample && s.autoReview },
      delivery_requirements: { content_option: s.feeType === 2 ? 1 : s.contentOption },
      flash_sale: s.feeType === 1 && s.flashSale,
      ...(s.feeType === 2
        ? {
            flat_fee: {
              amount: s.flatFeeAmount ?? 0,
              video_review: s.videoReview,
              ads_authorization: s.adsAuthorization,
            },
          }
        : {}),
    },
  };
}

/** What `window.__sandbox.formState()` returns: plain data, ids instead of whole records. */
export function snapshot(s: FormState) {
  return {
    feeType: s.feeType,
    editId: s.editId,
    name: s.name,
    endDate: s.endDate,
    message: s.message,
    contentOption: s.contentOption,
    flashSale: s.flashSale,
    freeSample: s.freeSample,
    autoReview: s.autoReview,
    products: s.products.map((p) => ({
      product_id: p.product.product_id,
      commission: p.commission,
      sampleType: p.sampleType,
    })),
    creators: s.creators.map((c) => ({ creator_oec_id: c.creator_oecuid.value, handle: c.handle.value })),
    flatFeeAmount: s.flatFeeAmount,
    videoReview: s.videoReview,
    adsAuthorization: s.adsAuthorization,
  };
}

/** `creator_ids[0]=…&creator_ids[1]=…` from the URL, in index order (how Find creators hands creators over). */
export function creatorIdsFromUrl(search: URLSearchParams): string[] {
  const found: [number, string][] = [];
  for (const [k, v] of search) {
    const m = /^creator_ids\[(\d+)\]$/.exec(k);
    if (m && v) found.push([Number(m[1]), v]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}
