/**
 * parseFindResponse as it was before the flat creator rows (the files as of commit f350abe): the reference that
 * creator-json-equivalence.test.ts holds the optimised parse to. Copied verbatim from lib/pages/creator-json.ts
 * and lib/pages/json-common.ts (only what parseFindResponse uses), schemas built eagerly instead of through
 * lazy() (which forwards every operation, so parses alike). Do not "fix" or update it: it is the old behaviour.
 */
import { z } from 'zod/mini';

const MAX_TEXT = 2000;
const MAX_ROWS = 1000;

const text = z.string().check(z.maxLength(MAX_TEXT));
const numLike = z.union([z.number(), z.string().check(z.maxLength(40))]);
const boolLike = z.union([z.boolean(), z.number(), z.string().check(z.maxLength(8))]);
const idLike = z.union([z.string().check(z.maxLength(64)), z.number()]);

function wrapped<T extends z.core.SomeType>(inner: T) {
  return z.optional(z.nullable(z.union([z.object({ value: z.optional(z.nullable(inner)) }), inner])));
}

function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in v) return (v as { value: unknown }).value;
  return v;
}

function toNum(v: unknown): number | null {
  const u = unwrap(v);
  if (typeof u === 'number') return Number.isFinite(u) ? u : null;
  if (typeof u === 'string' && /^-?\d+(\.\d+)?$/.test(u.trim())) return Number(u.trim());
  return null;
}

function toBool(v: unknown): boolean | null {
  const u = unwrap(v);
  if (typeof u === 'boolean') return u;
  if (u === 1 || u === '1' || u === 'true') return true;
  if (u === 0 || u === '0' || u === 'false') return false;
  return null;
}

function toText(v: unknown): string | null {
  const u = unwrap(v);
  return typeof u === 'string' ? u : typeof u === 'number' ? String(u) : null;
}

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
function toId(v: unknown): string | null {
  const u = unwrap(v);
  const s = typeof u === 'number' && Number.isSafeInteger(u) ? String(u) : typeof u === 'string' ? u.trim() : null;
  return s && ID_RE.test(s) ? s : null;
}

const envelopeSchema = z.object({
  code: numLike,
  message: z.optional(z.nullable(text)),
  data: z.optional(z.nullable(z.unknown())),
});

function parseEnvelope(json: unknown): { code: number; message: string; data: unknown } | null {
  const r = envelopeSchema.safeParse(json);
  if (!r.success) return null;
  const code = toNum(r.data.code);
  if (code == null) return null;
  return { code, message: r.data.message ?? '', data: r.data.data ?? null };
}

function parseRows<S extends z.ZodMiniType, T>(
  schema: S,
  rows: unknown,
  normalise: (row: z.infer<S>) => T | null,
): { rows: T[]; dropped: number } | null {
  if (!Array.isArray(rows) || rows.length > MAX_ROWS) return null;
  const out: T[] = [];
  let dropped = 0;
  for (const raw of rows) {
    const r = schema.safeParse(raw);
    const n = r.success ? normalise(r.data as z.infer<S>) : null;
    if (n == null) dropped++;
    else out.push(n);
  }
  return { rows: out, dropped };
}

export const creatorSchema = z.object({
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
});

type RawCreator = z.infer<typeof creatorSchema>;

function ratio(v: unknown): number | null {
  const n = toNum(v);
  return n != null && n >= 0 && n <= 1 ? n : null;
}

function canLive(a: number | null, b: number | null): boolean | null {
  if ((a ?? 0) > 0 || (b ?? 0) > 0) return true;
  return a == null && b == null ? null : false;
}

export function normaliseCreator(raw: RawCreator) {
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

const findResponseDataSchema = z.object({
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
});

export function parseFindResponse(json: unknown) {
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
