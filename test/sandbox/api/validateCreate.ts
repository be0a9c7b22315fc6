import { canGoLive } from '../data/creators.ts';
import type { ConflictItem, CreateRequest } from '../data/types.ts';
import { LIMITS, openPairs, type SandboxState } from './state.ts';

export interface Failure {
  code: number;
  message: string;
  data?: { conflict_list: ConflictItem[] };
}

/** Platform error codes (docs/domain.md). */
export const CODES = {
  invalidParams: 98001004,
  blocked: 16024018,
  conflict: 16024022,
  openCap: 16024034,
  cap24h: 16024035,
} as const;

const invalid = (detail: string): Failure => ({ code: CODES.invalidParams, message: `Invalid parameter: ${detail}` });

/**
 * Checks a create (or edit) request the way the platform does, in the platform's order:
 * parameters first, then caps, then blocked creators, then creator/product conflicts.
 * Returns null when the request may be stored.
 */
export function validateCreate(state: SandboxState, body: unknown, now: number, editingId?: string): Failure | null {
  const g = (body as Partial<CreateRequest> | null)?.invitation_group;
  if (!g || typeof g !== 'object') return invalid('invitation_group is required');
  if (typeof g.name !== 'string' || g.name.trim() === '') return invalid('invitation name is required');
  if ([...g.name].length > LIMITS.nameMax)
    return invalid(`invitation name must be ${LIMITS.nameMax} characters or fewer`);
  if (typeof g.message !== 'string' || [...g.message].length > LIMITS.messageMax)
    return invalid(`message must be ${LIMITS.messageMax} characters or fewer`);
  const end = Number(g.end_time);
  if (!Number.isFinite(end) || end <= now) return invalid('end time must be in the future');
  if (g.fee_type !== 1 && g.fee_type !== 2) return invalid('fee_type must be 1 or 2');
  const creators = Array.isArray(g.creator_id_list) ? g.creator_id_list : [];
  const products = Array.isArray(g.product_list) ? g.product_list : [];
  if (creators.length < 1 || creators.length > LIMITS.creatorsMax)
    return invalid(`choose between 1 and ${LIMITS.creatorsMax} creators`);
  if (products.length < 1 || products.length > LIMITS.productsMax)
    return invalid(`choose between 1 and ${LIMITS.productsMax} products`);
  for (const p of products) {
    if (!state.productById.has(String(p?.product_id))) return invalid(`unknown product ${String(p?.product_id)}`);
    const rate = p.target_commission;
    const optional = g.fee_type === 2 && rate === 0;
    if (!optional && (!Number.isInteger(rate) || rate < LIMITS.commissionMin || rate > LIMITS.commissionMax))
      return invalid('commission rate must be between 1.00% and 80.00%');
  }
  const creatorIds = creators.map((c) => String(c?.base_info?.creator_oec_id));
  for (const id of creatorIds) if (!state.creatorById.has(id)) return invalid(`unknown creator ${id}`);
  if (g.fee_type === 2) {
    const fee = g.flat_fee;
    if (!fee || !(typeof fee.amount === 'number' && fee.amount > 0)) return invalid('flat fee amount is required');
    if (g.delivery_requirements?.content_option !== 1) return invalid('flat fee collaborations are video only');
  }
  if (g.flash_sale) {
    const only = creatorIds.length === 1 ? state.creatorById.get(creatorIds[0] as string) : undefined;
    if (!only || !canGoLive(only)) return invalid('flash sale needs exactly one creator with LIVE access');
  }
  if (!editingId) {
    if (state.count24h >= LIMITS.per24h)
      return {
        code: CODES.cap24h,
        message: `You can send up to ${LIMITS.per24h} invitations in 24 hours. Try again later.`,
      };
    if (state.openGroupCount >= LIMITS.openMax)
      return { code: CODES.openCap, message: `You have reached the limit of ${LIMITS.openMax} open invitations.` };
  }
  const blocked = creatorIds.find((id) => state.creatorById.get(id)?.blocked);
  if (blocked) return { code: CODES.blocked, message: "You can't invite a creator you've blocked." };
  const pairs = openPairs(state, editingId);
  const conflict_list: ConflictItem[] = [];
  for (const creator_oec_id of creatorIds)
    for (const p of products) {
      const invitation_group_id = pairs.get(`${creator_oec_id}:${p.product_id}`);
      if (invitation_group_id) conflict_list.push({ creator_oec_id, product_id: p.product_id, invitation_group_id });
    }
  if (conflict_list.length > 0)
    return {
      code: CODES.conflict,
      message: 'Some creators are already invited to promote these products in another target collaboration.',
      data: { conflict_list },
    };
  return null;
}
