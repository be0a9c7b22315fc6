/**
 * Creator search JSON: `POST /api/v1/oec/affiliate/creator/marketplace/find`
 * (seen on affiliate.tiktok.com/connection/creator; fields wrapped as `{ value }`).
 */
import { z } from 'zod/mini';
import type { AnswerReaders } from '../observer/receive';
import {
  boolLike,
  fieldValue,
  idLike,
  isObject,
  nullish,
  numLike,
  parseEnvelope,
  parseRows,
  type RowSchema,
  text,
  toBool,
  toId,
  toNum,
  toText,
  unwrap,
} from './json-common';

export type RecommendReason = 0 | 1 | 2 | 3 | 4;

/** One creator as the extension uses it, from the page's own JSON. */
export interface CreatorRow {
  id: string;
  handle: string;
  nickname: string;
  followers: number | null;
  /** Median GMV in the shop's currency units (not cents), or null. */
  gmv: number | null;
  /** As the page displays it ("£12.3K", "RM10K+"). */
  gmvText: string | null;
  gmvCurrency: string | null;
  unitsSold: number | null;
  avgViews: number | null;
  /** Ratio 0..1. */
  engagement: number | null;
  /** LIVE in the last 30 days (either counter > 0); null when the page sent neither counter. */
  canLive: boolean | null;
  invitedWithin90Days: boolean | null;
  collaborated: boolean | null;
  blocked: boolean | null;
  /** Ratio 0..1. */
  sampleFulfilment: number | null;
  region: string | null;
  categories: string[];
  recommendReason: RecommendReason;
}

/** `category` arrives as a list, or as a list wrapped in `{ value }`. */
function listValue(v: unknown): unknown {
  return isObject(v) && Array.isArray(v.value) ? v.value : v;
}

/** `med_gmv_revenue` is `{ value, format, symbol }`; a bare amount is its value alone. */
function moneyValue(v: unknown): unknown {
  return v == null || isObject(v) ? v : { value: v };
}

/**
 * A row with its `{ value }` wrappers taken off (see fieldValue): a literal, so every row gets the same
 * hidden class. Every field of creatorSchema is optional, so a key absent from the page's row and one
 * set to undefined here are the same to zod.
 */
function unwrapCreator(r: Record<string, unknown>) {
  return {
    creator_oecuid: fieldValue(r.creator_oecuid),
    handle: fieldValue(r.handle),
    nickname: fieldValue(r.nickname),
    follower_cnt: fieldValue(r.follower_cnt),
    category: listValue(r.category),
    med_gmv_revenue: moneyValue(r.med_gmv_revenue),
    units_sold: fieldValue(r.units_sold),
    video_avg_view_cnt: fieldValue(r.video_avg_view_cnt),
    ec_video_engagement: fieldValue(r.ec_video_engagement),
    live_streaming_cnt_30d: fieldValue(r.live_streaming_cnt_30d),
    ec_live_streaming_cnt_30d: fieldValue(r.ec_live_streaming_cnt_30d),
    has_invited_before_90d: fieldValue(r.has_invited_before_90d),
    has_collaborated: fieldValue(r.has_collaborated),
    is_creator_blocked_by_shop: fieldValue(r.is_creator_blocked_by_shop),
    sample_fulfillment_rate: fieldValue(r.sample_fulfillment_rate),
    selection_region: fieldValue(r.selection_region),
    recommend_reason: fieldValue(r.recommend_reason),
  };
}

/**
 * One row of `creator_profile_list` (fields wrapped as `{ value }`, or bare; numbers as numbers or
 * strings; booleans as booleans, 0/1 or strings); the output has the values unwrapped. Each field is
 * judged alone: a field of another shape becomes undefined (unknown), and the creator stays. This is
 * the content script's hottest parse (12 rows an answer, 1,000 rows and more a session), hence the flat
 * fields and one shared schema per field type.
 */
const known = <T extends z.core.SomeType>(inner: T) => z.catch(nullish(inner), undefined);
const [id, str, num, bool] = [known(idLike), known(text), known(numLike), known(boolLike)] as const;
const creatorFields = z.object({
  creator_oecuid: id,
  handle: str,
  nickname: str,
  follower_cnt: num,
  category: z.catch(z.optional(z.nullable(z.array(z.unknown()).check(z.maxLength(50)))), undefined),
  med_gmv_revenue: z.catch(z.optional(z.nullable(z.object({ value: num, format: str, symbol: str }))), undefined),
  units_sold: num,
  video_avg_view_cnt: num,
  ec_video_engagement: num,
  live_streaming_cnt_30d: num,
  ec_live_streaming_cnt_30d: num,
  has_invited_before_90d: bool,
  has_collaborated: bool,
  is_creator_blocked_by_shop: bool,
  sample_fulfillment_rate: num,
  selection_region: str,
  recommend_reason: num,
} satisfies Record<keyof ReturnType<typeof unwrapCreator>, z.core.SomeType>);

type RawCreator = z.infer<typeof creatorFields>;

/** A row of the answer: its wrappers taken off (unwrapCreator), then its fields checked. */
export const creatorSchema: RowSchema<RawCreator> = {
  safeParse: (row) => creatorFields.safeParse(isObject(row) ? unwrapCreator(row) : row),
};

function ratio(v: unknown): number | null {
  const n = toNum(v);
  return n != null && n >= 0 && n <= 1 ? n : null;
}

function canLive(a: number | null, b: number | null): boolean | null {
  if ((a ?? 0) > 0 || (b ?? 0) > 0) return true;
  return a == null && b == null ? null : false;
}

/** A category arrives as "Beauty", `{ name }`, or either wrapped as `{ value }`. */
function categoryName(c: unknown): string | null {
  const v = unwrap(c);
  const name = typeof v === 'string' ? v : v && typeof v === 'object' ? toText((v as { name?: unknown }).name) : null;
  return name && name.length <= 200 ? name : null;
}

/** "@name" → "name" (one leading @, as the page sometimes sends it). */
function bareHandle(h: string | null): string | undefined {
  return h == null ? undefined : (h.startsWith('@') ? h.slice(1) : h).trim();
}

/**
 * Also takes a row still wrapped as `{ value }` (the `to*` readers unwrap). Only the id is required:
 * without it nothing can be queued; a creator without a handle is still tied to its row by id or nickname.
 */
export function normaliseCreator(raw: RawCreator): CreatorRow | null {
  const id = toId(raw.creator_oecuid);
  if (!id) return null;
  const handle = bareHandle(toText(raw.handle)) ?? '';
  const reason = toNum(raw.recommend_reason);
  const categories: string[] = [];
  for (const c of raw.category ?? []) {
    const name = categoryName(c);
    if (name) categories.push(name);
  }
  return {
    id,
    handle,
    nickname: toText(raw.nickname) ?? '',
    followers: toNum(raw.follower_cnt),
    gmv: toNum(raw.med_gmv_revenue?.value),
    gmvText: raw.med_gmv_revenue?.format ?? null,
    gmvCurrency: raw.med_gmv_revenue?.symbol ?? null,
    unitsSold: toNum(raw.units_sold),
    avgViews: toNum(raw.video_avg_view_cnt),
    engagement: ratio(raw.ec_video_engagement),
    canLive: canLive(toNum(raw.ec_live_streaming_cnt_30d), toNum(raw.live_streaming_cnt_30d)),
    invitedWithin90Days: toBool(raw.has_invited_before_90d),
    collaborated: toBool(raw.has_collaborated),
    blocked: toBool(raw.is_creator_blocked_by_shop),
    sampleFulfilment: ratio(raw.sample_fulfillment_rate),
    region: toText(raw.selection_region),
    categories,
    recommendReason: reason === 1 || reason === 2 || reason === 3 || reason === 4 ? reason : 0,
  };
}

export const findRequestSchema = z.object({
  pagination: z.optional(
    z.nullable(
      z.object({ size: z.optional(numLike), page: z.optional(numLike), search_key: z.optional(z.nullable(text)) }),
    ),
  ),
  query: z.optional(z.nullable(text)),
  creator_ids: z.optional(z.nullable(z.array(idLike).check(z.maxLength(200)))),
  filter: z.optional(z.nullable(z.object({ reason: z.optional(z.nullable(numLike)) }))),
});

export interface FindRequest {
  page: number | null;
  query: string | null;
  creatorIds: string[];
  reason: number | null;
}

export function parseFindRequest(json: unknown): FindRequest | null {
  const r = findRequestSchema.safeParse(json);
  if (!r.success) return null;
  return {
    page: toNum(r.data.pagination?.page),
    query: r.data.query ?? null,
    creatorIds: (r.data.creator_ids ?? []).map(toId).filter((x): x is string => !!x),
    reason: toNum(r.data.filter?.reason),
  };
}

export const findResponseDataSchema = z.object({
  creator_profile_list: z.array(z.unknown()),
  // Pagination only steers nothing of ours: an odd one is unknown, not a reason to lose the creators.
  next_pagination: z.catch(
    z.optional(
      z.nullable(
        z.object({
          has_more: z.optional(boolLike),
          next_page: nullish(numLike),
          search_key: nullish(text),
        }),
      ),
    ),
    undefined,
  ),
});

export interface FindResult {
  creators: CreatorRow[];
  /** Rows that failed validation and were left out. */
  dropped: number;
  hasMore: boolean;
  nextPage: number | null;
  searchKey: string | null;
}

/**
 * The list and its pagination sit under `data` in some builds and at the answer's root in others (the
 * live page, docs/domain.md): whichever holds `creator_profile_list`. An error code still rejects it.
 */
function findPayload(json: unknown): unknown {
  if (!isObject(json)) return null;
  const env = parseEnvelope(json);
  if (env && env.code !== 0) return null;
  if (!env && json.code !== undefined) return null;
  if (isObject(env?.data) && 'creator_profile_list' in env.data) return env.data;
  return 'creator_profile_list' in json ? json : null;
}

export function parseFindResponse(json: unknown): FindResult | null {
  const d = findResponseDataSchema.safeParse(findPayload(json));
  if (!d.success) return null;
  const rows = parseRows(creatorSchema, d.data.creator_profile_list, normaliseCreator);
  if (!rows) return null;
  return {
    creators: rows.rows,
    dropped: rows.dropped,
    hasMore: toBool(d.data.next_pagination?.has_more) ?? false,
    nextPage: toNum(d.data.next_pagination?.next_page),
    searchKey: d.data.next_pagination?.search_key ?? null,
  };
}

/** The answers of Find creators' search (lib/observer/receive.ts). */
export const CREATOR_ANSWERS: AnswerReaders = {
  'creator-find': (response, request) => {
    const result = parseFindResponse(response);
    return result
      ? { endpoint: 'creator-find', request: request == null ? null : parseFindRequest(request), result }
      : null;
  },
};
