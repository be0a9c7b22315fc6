/**
 * Maps the page's own `invitation_group/search` row and `invitation_group/detail` body (test/sandbox/CONTRACT.md)
 * into a CollaborationSnapshot. Every field is read on its own and falls back to "not loaded" (null), so one odd
 * field never loses the rest. Independent of lib/pages on purpose: the list reader can call this.
 */
import { z } from 'zod/mini';
import type { CollaborationSnapshot, CollabStatus, CreatorStatus, SnapshotCreator, SnapshotProduct } from './types';

/** A field that may be anything: kept when it matches, undefined otherwise. */
const loose = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

const idLike = loose(z.union([z.string(), z.number()]));
const numLike = loose(z.union([z.number(), z.string()]));
const text = loose(z.string());
const list = loose(z.array(z.unknown()));

const SummaryRaw = z.looseObject({
  invitation_group_id: idLike,
  name: text,
  status: numLike,
  create_time: numLike,
  end_time: numLike,
  product_cnt: numLike,
  creator_cnt: numLike,
  accepted_creator_cnt: numLike,
});

const DetailRaw = z.looseObject({
  ...SummaryRaw.shape,
  product_list: list,
  creator_list: list,
});

const PriceRaw = z.looseObject({ amount: numLike, currency: text });

const ProductRaw = z.looseObject({
  product_id: idLike,
  title: text,
  price: loose(PriceRaw),
  stock: numLike,
  open_commission: z.catch(z.optional(z.nullable(z.union([z.number(), z.string()]))), undefined),
  target_commission: numLike,
  status: numLike,
});

const CreatorRaw = z.looseObject({
  creator_oec_id: idLike,
  handle: text,
  status: numLike,
  invite_time: numLike,
});

const GROUP_STATUS: Record<number, CollabStatus> = { 1: 'pending', 2: 'ongoing', 3: 'expired', 4: 'cancelled' };
const INVITE_STATUS: Record<number, CreatorStatus> = { 1: 'pending', 2: 'accepted', 3: 'declined' };
/** Product status 2 is the picker's "out of stock". */
const PRODUCT_OUT_OF_STOCK = 2;

function toId(v: string | number | undefined): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'string') return v.trim() || null;
  return null;
}

function toNumber(v: string | number | null | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

function toCount(v: string | number | undefined): number | undefined {
  const n = toNumber(v);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Epoch ms as the contract says; a value below 1e11 can only be seconds (it would be 1973 in ms), which other
 * TikTok APIs use, so it is scaled rather than read as a date in 1970.
 */
function toEpochMs(v: string | number | undefined): number | null {
  const n = toNumber(v);
  if (n === null || n <= 0) return null;
  return n < 1e11 ? n * 1000 : n;
}

/** "19.99" → 1999. Exact digit arithmetic, not float multiplication, so "0.29" stays 29. */
function toCents(v: string | number | undefined): number | null {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(2) : '') : typeof v === 'string' ? v.trim() : '';
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const fraction = (m[2] ?? '').padEnd(3, '0');
  const cents = Number(m[1]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
  return Number.isSafeInteger(cents) ? cents : null;
}

function toRate(v: string | number | null | undefined): number | null {
  const n = toNumber(v);
  return n !== null && n >= 0 ? n : null;
}

function mapProduct(raw: unknown): SnapshotProduct | null {
  const r = ProductRaw.safeParse(raw);
  if (!r.success) return null;
  const p = r.data;
  const id = toId(p.product_id);
  if (!id) return null;
  const stockNumber = toNumber(p.stock);
  const stock =
    stockNumber !== null && Number.isInteger(stockNumber)
      ? stockNumber
      : toNumber(p.status) === PRODUCT_OUT_OF_STOCK
        ? 0
        : null;
  const title = p.title?.trim();
  const currency = p.price?.currency?.trim();
  return {
    id,
    ...(title ? { title } : {}),
    priceCents: toCents(p.price?.amount),
    ...(currency ? { currency } : {}),
    stock,
    openRateBp: toRate(p.open_commission),
    targetRateBp: toRate(p.target_commission),
  };
}

function mapCreator(raw: unknown): SnapshotCreator | null {
  const r = CreatorRaw.safeParse(raw);
  if (!r.success) return null;
  const c = r.data;
  const id = toId(c.creator_oec_id);
  if (!id) return null;
  const handle = c.handle?.trim().replace(/^@+/, '');
  const status = INVITE_STATUS[toNumber(c.status) ?? -1] ?? 'unknown';
  return { id, ...(handle ? { handle } : {}), status, invitedAt: toEpochMs(c.invite_time) };
}

/** Accepts the detail body itself or the response `data` wrapping it as `{ invitation_group }`. */
function unwrapDetail(detail: unknown): unknown {
  if (detail && typeof detail === 'object' && 'invitation_group' in detail) {
    return (detail as { invitation_group: unknown }).invitation_group;
  }
  return detail;
}

/**
 * One snapshot from a list row and, when the page loaded it, the collaboration's detail. A detail for a
 * different id is ignored. Returns null only when neither names a collaboration id.
 */
export function fromInvitationGroupJson(summary: unknown, detail?: unknown): CollaborationSnapshot | null {
  const s = SummaryRaw.safeParse(summary);
  const sum = s.success ? s.data : null;
  const d = detail === undefined || detail === null ? null : DetailRaw.safeParse(unwrapDetail(detail));
  let det = d?.success ? d.data : null;

  const id = toId(sum?.invitation_group_id) ?? toId(det?.invitation_group_id);
  if (!id) return null;
  if (det && toId(det.invitation_group_id) !== null && toId(det.invitation_group_id) !== id) det = null;

  const pick = <K extends keyof typeof SummaryRaw.shape>(key: K) => det?.[key] ?? sum?.[key];
  const productsRaw = det?.product_list;
  const creatorsRaw = det?.creator_list;
  const products = productsRaw ? productsRaw.map(mapProduct).filter((p): p is SnapshotProduct => p !== null) : null;
  const creators = creatorsRaw ? creatorsRaw.map(mapCreator).filter((c): c is SnapshotCreator => c !== null) : null;

  const productCount = toCount(sum?.product_cnt) ?? (productsRaw ? productsRaw.length : undefined);
  const creatorCount = toCount(sum?.creator_cnt) ?? (creatorsRaw ? creatorsRaw.length : undefined);
  const acceptedCount =
    toCount(sum?.accepted_creator_cnt) ??
    (creators ? creators.filter((c) => c.status === 'accepted').length : undefined);

  return {
    id,
    name: (pick('name') ?? '').trim(),
    status: GROUP_STATUS[toNumber(pick('status')) ?? -1] ?? 'unknown',
    endsAt: toEpochMs(pick('end_time')),
    createdAt: toEpochMs(pick('create_time')),
    // A detail whose lists are missing did not tell us its products or creators.
    detailLoaded: det !== null && products !== null && creators !== null,
    products,
    creators,
    ...(productCount !== undefined ? { productCount } : {}),
    ...(creatorCount !== undefined ? { creatorCount } : {}),
    ...(acceptedCount !== undefined ? { acceptedCount } : {}),
  };
}
