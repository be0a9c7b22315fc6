/**
 * Quota and limits JSON the create page loads before Send:
 * `GET /api/v1/oec/affiliate/seller/quota/info`, `GET /api/v1/oec/affiliate/seller/invitation/limit`
 * (seen on /connection/target-invitation/create).
 */
import { z } from 'zod/mini';
import type { AnswerReaders } from '../observer/receive';
import { numLike, parseEnvelope, toNum } from './json-common';

export interface Quota {
  /** New invitations in the rolling 24 hours, and the cap. */
  used24h: number;
  cap24h: number;
  /** Open invitations now, and the cap (null when the page did not say). */
  open: number | null;
  openCap: number | null;
  weeklyUsed?: number;
  weeklyCap?: number;
}

export const quotaDataSchema = z.object({
  group_cnt_limit_for24: z.optional(z.nullable(numLike)),
  current_group_cnt_for24: z.optional(z.nullable(numLike)),
  effective_group_cnt_limit: z.optional(z.nullable(numLike)),
  open_group_cnt: z.optional(z.nullable(numLike)),
  open_group_cnt_limit: z.optional(z.nullable(numLike)),
  weekly_quota_limit: z.optional(z.nullable(numLike)),
  weekly_quota_used: z.optional(z.nullable(numLike)),
});

export function parseQuotaResponse(json: unknown): Quota | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = quotaDataSchema.safeParse(env.data);
  if (!d.success) return null;
  const used24h = toNum(d.data.current_group_cnt_for24);
  // effective_group_cnt_limit is undocumented (it may be a per-shop reduction of the 24-hour cap):
  // the smaller of the two limits is the one that can stop a Send.
  const caps = [toNum(d.data.group_cnt_limit_for24), toNum(d.data.effective_group_cnt_limit)].filter(
    (n): n is number => n != null,
  );
  const cap24h = caps.length ? Math.min(...caps) : null;
  if (used24h == null || cap24h == null) return null;
  const q: Quota = { used24h, cap24h, open: toNum(d.data.open_group_cnt), openCap: toNum(d.data.open_group_cnt_limit) };
  const wu = toNum(d.data.weekly_quota_used);
  const wc = toNum(d.data.weekly_quota_limit);
  if (wu != null) q.weeklyUsed = wu;
  if (wc != null) q.weeklyCap = wc;
  return q;
}

export interface InvitationLimits {
  maxCreators: number;
  maxProducts: number;
}

export const limitDataSchema = z.object({ max_creator_num: numLike, max_product_num: numLike });

export function parseLimitResponse(json: unknown): InvitationLimits | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = limitDataSchema.safeParse(env.data);
  if (!d.success) return null;
  const maxCreators = toNum(d.data.max_creator_num);
  const maxProducts = toNum(d.data.max_product_num);
  return maxCreators != null && maxProducts != null ? { maxCreators, maxProducts } : null;
}

/** The quota and limits answers, which every page's panel may show (lib/observer/receive.ts). */
export const QUOTA_ANSWERS: AnswerReaders = {
  quota: (response) => {
    const quota = parseQuotaResponse(response);
    return quota ? { endpoint: 'quota', quota } : null;
  },
  'invitation-limit': (response) => {
    const limits = parseLimitResponse(response);
    return limits ? { endpoint: 'invitation-limit', limits } : null;
  },
};
