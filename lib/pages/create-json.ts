/**
 * Create request/response JSON: `POST /api/v1/oec/affiliate/seller/invitation_group/create`
 * and `POST .../invitation_group/conflict_check` (seen on /connection/target-invitation/create).
 * The request is read too, so that an outcome can be tied to what was actually sent.
 */
import { z } from 'zod/mini';
import type { AnswerReaders } from '../observer/receive';
import { boolLike, idLike, numLike, parseEnvelope, text, toBool, toId, toNum } from './json-common';

export type SampleType = 'free-sample' | 'refund-first-sale' | 'none';
export type ContentOption = 'any' | 'video' | 'live';
export type FeeType = 'commission' | 'flat-fee';

export interface SentInvitation {
  name: string;
  message: string;
  endTimeMs: number | null;
  feeType: FeeType | null;
  products: Array<{ productId: string; targetRateBp: number | null; sampleType: SampleType | null }>;
  creatorIds: string[];
  freeSample: { on: boolean; autoApprove: boolean } | null;
  contentOption: ContentOption | null;
  flashSale: boolean | null;
  flatFee: {
    amount: number | null;
    videoReview: 'seller' | 'platform' | null;
    adsAuthorization: boolean | null;
  } | null;
}

export interface Conflict {
  creatorId: string;
  productId: string;
  /** The open collaboration that already holds the pair, when the page says. */
  groupId: string | null;
}

export type CreateOutcome =
  | { ok: true; groupId: string }
  | { ok: false; code: number; message: string; conflicts: Conflict[] };

const createRequestSchema = z.object({
  invitation_group: z.object({
    name: z.optional(z.nullable(text)),
    message: z.optional(z.nullable(text)),
    end_time: z.optional(z.nullable(numLike)),
    fee_type: z.optional(z.nullable(numLike)),
    product_list: z.optional(
      z.nullable(
        z
          .array(
            z.object({
              product_id: idLike,
              target_commission: z.optional(z.nullable(numLike)),
              sample_type: z.optional(z.nullable(numLike)),
            }),
          )
          .check(z.maxLength(1000)),
      ),
    ),
    creator_id_list: z.optional(
      z.nullable(z.array(z.object({ base_info: z.object({ creator_oec_id: idLike }) })).check(z.maxLength(1000))),
    ),
    free_sample_rule: z.optional(
      z.nullable(z.object({ has_free_sample: z.optional(boolLike), is_free_sample_auto_review: z.optional(boolLike) })),
    ),
    delivery_requirements: z.optional(z.nullable(z.object({ content_option: z.optional(z.nullable(numLike)) }))),
    flash_sale: z.optional(z.nullable(boolLike)),
    flat_fee: z.optional(
      z.nullable(
        z.object({
          amount: z.optional(z.nullable(numLike)),
          video_review: z.optional(z.nullable(numLike)),
          ads_authorization: z.optional(z.nullable(boolLike)),
        }),
      ),
    ),
  }),
});

function sampleType(n: number | null): SampleType | null {
  return n === 1 ? 'free-sample' : n === 2 ? 'refund-first-sale' : n === 0 ? 'none' : null;
}

function contentOption(n: number | null): ContentOption | null {
  return n === 0 ? 'any' : n === 1 ? 'video' : n === 2 ? 'live' : null;
}

export function parseCreateRequest(json: unknown): SentInvitation | null {
  const r = createRequestSchema.safeParse(json);
  if (!r.success) return null;
  const g = r.data.invitation_group;
  const fee = toNum(g.fee_type);
  const products: SentInvitation['products'] = [];
  for (const p of g.product_list ?? []) {
    const productId = toId(p.product_id);
    if (!productId) return null;
    products.push({
      productId,
      targetRateBp: toNum(p.target_commission),
      sampleType: sampleType(toNum(p.sample_type)),
    });
  }
  const creatorIds: string[] = [];
  for (const c of g.creator_id_list ?? []) {
    const id = toId(c.base_info.creator_oec_id);
    if (!id) return null;
    creatorIds.push(id);
  }
  const review = toNum(g.flat_fee?.video_review);
  return {
    name: g.name ?? '',
    message: g.message ?? '',
    endTimeMs: toNum(g.end_time),
    feeType: fee === 1 ? 'commission' : fee === 2 ? 'flat-fee' : null,
    products,
    creatorIds,
    freeSample: g.free_sample_rule
      ? {
          on: toBool(g.free_sample_rule.has_free_sample) ?? false,
          autoApprove: toBool(g.free_sample_rule.is_free_sample_auto_review) ?? false,
        }
      : null,
    contentOption: contentOption(toNum(g.delivery_requirements?.content_option)),
    flashSale: g.flash_sale == null ? null : toBool(g.flash_sale),
    flatFee: g.flat_fee
      ? {
          amount: toNum(g.flat_fee.amount),
          videoReview: review === 1 ? 'seller' : review === 2 ? 'platform' : null,
          adsAuthorization: g.flat_fee.ads_authorization == null ? null : toBool(g.flat_fee.ads_authorization),
        }
      : null,
  };
}

const conflictSchema = z.object({
  creator_oec_id: idLike,
  product_id: idLike,
  invitation_group_id: z.optional(z.nullable(idLike)),
});
const conflictListSchema = z.array(conflictSchema).check(z.maxLength(5000));

function normaliseConflicts(list: z.infer<typeof conflictListSchema>): Conflict[] | null {
  const out: Conflict[] = [];
  for (const c of list) {
    const creatorId = toId(c.creator_oec_id);
    const productId = toId(c.product_id);
    if (!creatorId || !productId) return null;
    out.push({ creatorId, productId, groupId: c.invitation_group_id == null ? null : toId(c.invitation_group_id) });
  }
  return out;
}

/** The outcome of Send, from the create response. */
export function parseCreateResponse(json: unknown): CreateOutcome | null {
  const env = parseEnvelope(json);
  if (!env) return null;
  if (env.code === 0) {
    const d = z.object({ invitation_group_id: idLike }).safeParse(env.data);
    const groupId = d.success ? toId(d.data.invitation_group_id) : null;
    return groupId ? { ok: true, groupId } : null;
  }
  let conflicts: Conflict[] = [];
  const d = z.object({ conflict_list: z.optional(z.nullable(conflictListSchema)) }).safeParse(env.data ?? {});
  if (d.success && d.data.conflict_list) conflicts = normaliseConflicts(d.data.conflict_list) ?? [];
  return { ok: false, code: env.code, message: env.message.slice(0, 500), conflicts };
}

export function parseConflictCheckResponse(json: unknown): Conflict[] | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = z.object({ conflict_list: z.optional(z.nullable(conflictListSchema)) }).safeParse(env.data ?? {});
  if (!d.success) return null;
  return d.data.conflict_list ? normaliseConflicts(d.data.conflict_list) : [];
}

/** The answers of Create's Send and its conflict check (lib/observer/receive.ts). */
export const CREATE_ANSWERS: AnswerReaders = {
  'conflict-check': (response) => {
    const conflicts = parseConflictCheckResponse(response);
    return conflicts ? { endpoint: 'conflict-check', conflicts } : null;
  },
  create: (response, request) => {
    const outcome = parseCreateResponse(response);
    return outcome ? { endpoint: 'create', sent: request == null ? null : parseCreateRequest(request), outcome } : null;
  },
};
