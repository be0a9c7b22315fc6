/**
 * Creator search JSON: `POST /api/v1/oec/affiliate/creator/marketplace/find`
 * (seen on affiliate.tiktok.com/connection/creator; fields wrapped as `{ value }`).
 */
import { z } from 'zod/mini';
import { lazy } from '../schema/lazy';
import {
  boolLike,
  idLike,
  numLike,
  parseEnvelope,
  parseRows,
  text,
  toBool,
  toId,
  toNum,
  toText,
  unwrap,
  wrapped,
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

export const creatorSchema = lazy(() => z.object({
  creator_oecuid: wrapped(idLike),
  handle: wrapped(text),
  nickname: wrapped(text),
  follower_cnt: wrapped(numLike),
  category: z.optional(z.nullable(z.array(z.unknown()).check(z.maxLength(50)))),
  med_gmv_revenue: z.optional(
    z.nullable(
      z.object({
        value: z.optional(z.nullable(numLike)),
        format: z.optional(z.nullable(text)),
        symbol: z.optional(z.nullable(text)),
      }),
    ),
  ),
  units_sold: wrapped(numLike),
  video_avg_view_cnt: wrapped(numLike),
  ec_video_engagement: wrapped(numLike),
  live_streaming_cnt_30d: wrapped(numLike),
  ec_live_streaming_cnt_30d: wrapped(numLike),
  has_invited_before_90d: wrapped(boolLike),
  has_collaborated: wrapped(boolLike),
  is_creator_blocked_by_shop: wrapped(boolLike),
  sample_fulfillment_rate: wrapped(numLike),
  selection_region: wrapped(text),
  recommend_reason: wrapped(numLike),
}));

type RawCreator = z.infer<typeof creatorSchema>;

function ratio(v: unknown): number | null {
  const n = toNum(v);
  return n != null && n >= 0 && n <= 1 ? n : null;
}

function canLive(a: number | null, b: number | null): boolean | null {
  if ((a ?? 0) > 0 || (b ?? 0) > 0) return true;
  return a == null && b == null ? null : false;
}

export function normaliseCreator(raw: RawCreator): CreatorRow | null {
  const id = toId(raw.creator_oecuid);
  const handle = toText(raw.handle)?.replace(/^@/, '').trim();
  if (!id || !handle) return null;
  const reason = toNum(raw.recommend_reason);
  const categories = (raw.category ?? [])
    .map((c) => {
      const v = unwrap(c);
      return typeof v === 'string' ? v : v && typeof v === 'object' ? toText((v as { name?: unknown }).name) : null;
    })
    .filter((c): c is string => !!c && c.length <= 200);
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

export const findRequestSchema = lazy(() => z.object({
  pagination: z.optional(
    z.nullable(z.object({ size: z.optional(numLike), page: z.optional(numLike), search_key: z.optional(z.nullable(text)) })),
  ),
  query: z.optional(z.nullable(text)),
  creator_ids: z.optional(z.nullable(z.array(idLike).check(z.maxLength(200)))),
  filter: z.optional(z.nullable(z.object({ reason: z.optional(z.nullable(numLike)) }))),
}));

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

export const findResponseDataSchema = lazy(() => z.object({
  creator_profile_list: z.array(z.unknown()),
  next_pagination: z.optional(
    z.nullable(
      z.object({
        has_more: z.optional(boolLike),
        next_page: z.optional(z.nullable(numLike)),
        search_key: z.optional(z.nullable(text)),
      }),
    ),
  ),
}));

export interface FindResult {
  creators: CreatorRow[];
  /** Rows that failed validation and were left out. */
  dropped: number;
  hasMore: boolean;
  nextPage: number | null;
  searchKey: string | null;
}

export function parseFindResponse(json: unknown): FindResult | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = findResponseDataSchema.safeParse(env.data);
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
