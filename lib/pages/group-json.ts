/**
 * Target collaboration list JSON: `POST /api/v1/oec/affiliate/seller/invitation_group/search` and
 * `GET .../invitation_group/detail?invitation_group_id=…` (seen on /connection/target-invitation).
 * Two shapes are read alike (docs/domain.md): `invitation_group_list` / `invitation_group` with
 * `invitation_group_id` and `creator_list[]{creator_oec_id, handle}`, and the live site's
 * `invitation_list` (with `has_more`) / `invitation` with `id` and `creator_id_list[].base_info{user_name,
 * creator_oec_id}`.
 */
import { z } from 'zod/mini';
import type { AnswerReaders } from '../observer/receive';
import { idLike, numLike, parseEnvelope, parseRows, text, toId, toNum } from './json-common';
import { normalisePrice, type ProductStatus, priceSchema, productStatus } from './product-json';

export type GroupStatus = 'pending' | 'ongoing' | 'expired' | 'cancelled' | 'unknown';
export type CreatorInviteStatus = 'pending' | 'accepted' | 'declined' | 'unknown';

export interface GroupSummary {
  id: string;
  name: string;
  status: GroupStatus;
  createTimeMs: number | null;
  endTimeMs: number | null;
  productCount: number | null;
  creatorCount: number | null;
  acceptedCount: number | null;
}

export interface GroupDetail {
  id: string;
  name: string;
  status: GroupStatus;
  createTimeMs: number | null;
  endTimeMs: number | null;
  feeType: 'commission' | 'flat-fee' | null;
  products: Array<{
    id: string;
    title: string;
    priceCents: number | null;
    currency: string | null;
    stock: number | null;
    openRateBp: number | null;
    targetRateBp: number | null;
    status: ProductStatus;
  }>;
  creators: Array<{ id: string; handle: string | null; status: CreatorInviteStatus; inviteTimeMs: number | null }>;
}

export function groupStatus(n: number | null): GroupStatus {
  return n === 1 ? 'pending' : n === 2 ? 'ongoing' : n === 3 ? 'expired' : n === 4 ? 'cancelled' : 'unknown';
}

/** The collaboration's id under any of the names the two shapes use. */
const idFields = {
  invitation_group_id: z.optional(z.nullable(idLike)),
  id: z.optional(z.nullable(idLike)),
  invitation_id: z.optional(z.nullable(idLike)),
};
const idOf = (r: { invitation_group_id?: unknown; id?: unknown; invitation_id?: unknown }): string | null =>
  toId(r.invitation_group_id) ?? toId(r.id) ?? toId(r.invitation_id);

const summarySchema = z.object({
  ...idFields,
  name: z.optional(z.nullable(text)),
  status: z.optional(z.nullable(numLike)),
  create_time: z.optional(z.nullable(numLike)),
  end_time: z.optional(z.nullable(numLike)),
  product_cnt: z.optional(z.nullable(numLike)),
  creator_cnt: z.optional(z.nullable(numLike)),
  accepted_creator_cnt: z.optional(z.nullable(numLike)),
});

function normaliseSummary(r: z.infer<typeof summarySchema>): GroupSummary | null {
  const id = idOf(r);
  if (!id) return null;
  return {
    id,
    name: r.name ?? '',
    status: groupStatus(toNum(r.status)),
    createTimeMs: toNum(r.create_time),
    endTimeMs: toNum(r.end_time),
    productCount: toNum(r.product_cnt),
    creatorCount: toNum(r.creator_cnt),
    acceptedCount: toNum(r.accepted_creator_cnt),
  };
}

export function parseGroupSearchResponse(
  json: unknown,
): { groups: GroupSummary[]; total: number | null; dropped: number } | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = z
    .object({
      invitation_group_list: z.optional(z.array(z.unknown())),
      invitation_list: z.optional(z.array(z.unknown())),
      total: z.optional(z.nullable(numLike)),
    })
    .safeParse(env.data);
  const list = d.success ? (d.data.invitation_group_list ?? d.data.invitation_list) : undefined;
  if (!d.success || !list) return null;
  const rows = parseRows(summarySchema, list, normaliseSummary);
  return rows ? { groups: rows.rows, total: toNum(d.data.total), dropped: rows.dropped } : null;
}

const detailProductSchema = z.object({
  product_id: idLike,
  title: z.optional(z.nullable(text)),
  price: priceSchema,
  stock: z.optional(z.nullable(numLike)),
  open_commission: z.optional(z.nullable(numLike)),
  target_commission: z.optional(z.nullable(numLike)),
  status: z.optional(z.nullable(numLike)),
});

const detailCreatorSchema = z.object({
  creator_oec_id: idLike,
  handle: z.optional(z.nullable(text)),
  user_name: z.optional(z.nullable(text)),
  status: z.optional(z.nullable(numLike)),
  invite_time: z.optional(z.nullable(numLike)),
});

const detailSchema = z.object({
  ...idFields,
  name: z.optional(z.nullable(text)),
  status: z.optional(z.nullable(numLike)),
  create_time: z.optional(z.nullable(numLike)),
  end_time: z.optional(z.nullable(numLike)),
  fee_type: z.optional(z.nullable(numLike)),
  product_list: z.optional(z.nullable(z.array(z.unknown()))),
  creator_list: z.optional(z.nullable(z.array(z.unknown()))),
  creator_id_list: z.optional(z.nullable(z.array(z.unknown()))),
});

/** A live creator entry keeps its fields in `base_info`; they are read as if they sat beside the others. */
function flattenBaseInfo(c: unknown): unknown {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return c;
  const base = (c as { base_info?: unknown }).base_info;
  return base && typeof base === 'object' && !Array.isArray(base) ? { ...c, ...base } : c;
}

export function parseGroupDetailResponse(json: unknown): GroupDetail | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const data = env.data as { invitation_group?: unknown; invitation?: unknown } | null | undefined;
  const d = detailSchema.safeParse(data?.invitation_group ?? data?.invitation);
  if (!d.success) return null;
  const g = d.data;
  const id = idOf(g);
  if (!id) return null;
  const products = parseRows(detailProductSchema, g.product_list ?? [], (p) => {
    const pid = toId(p.product_id);
    if (!pid) return null;
    const open = toNum(p.open_commission);
    const { priceCents, currency } = normalisePrice(p.price);
    return {
      id: pid,
      title: p.title ?? '',
      priceCents,
      currency,
      stock: toNum(p.stock),
      openRateBp: open != null && open > 0 ? open : null,
      targetRateBp: toNum(p.target_commission),
      status: productStatus(toNum(p.status)),
    };
  });
  const creators = parseRows(
    detailCreatorSchema,
    (g.creator_list ?? g.creator_id_list ?? []).map(flattenBaseInfo),
    (c) => {
      const cid = toId(c.creator_oec_id);
      if (!cid) return null;
      const s = toNum(c.status);
      const status: CreatorInviteStatus = s === 1 ? 'pending' : s === 2 ? 'accepted' : s === 3 ? 'declined' : 'unknown';
      return {
        id: cid,
        handle: (c.handle ?? c.user_name)?.replace(/^@/, '') ?? null,
        status,
        inviteTimeMs: toNum(c.invite_time),
      };
    },
  );
  if (!products || !creators) return null;
  const fee = toNum(g.fee_type);
  return {
    id,
    name: g.name ?? '',
    status: groupStatus(toNum(g.status)),
    createTimeMs: toNum(g.create_time),
    endTimeMs: toNum(g.end_time),
    feeType: fee === 1 ? 'commission' : fee === 2 ? 'flat-fee' : null,
    products: products.rows,
    creators: creators.rows,
  };
}

/** The answers of the collaborations list (lib/observer/receive.ts). */
export const GROUP_ANSWERS: AnswerReaders = {
  'group-search': (response) => {
    const r = parseGroupSearchResponse(response);
    return r ? { endpoint: 'group-search', groups: r.groups, total: r.total } : null;
  },
  'group-detail': (response) => {
    const group = parseGroupDetailResponse(response);
    return group ? { endpoint: 'group-detail', group } : null;
  },
};
