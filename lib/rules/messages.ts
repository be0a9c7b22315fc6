/**
 * Every user-facing string of the rules engine, keyed by finding code. The texts live in the `rules`
 * message catalog (lib/i18n/locales/<lang>/rules.json) and are looked up when a message is built, so
 * they follow the language the context switched to. Rates and money arrive formatted for the shop's
 * locale; counts are passed as numbers and formatted for the message language.
 * Each message names what is wrong, for which product or creator, and how to fix it.
 */
import { t } from '../i18n/index.ts';
import { msg, msgn } from './message-parts.ts';
import type { FindingCode } from './types.ts';

const MAX_TITLE_CHARS = 40;

/** "Blue Mug" by title, else "product 1729…" by id; long titles are shortened so messages stay readable. */
export function productLabel(p: { id: string; title?: string | undefined }): string {
  const title = p.title?.trim();
  if (!title) return t('rules_product_by_id', p.id);
  if (title.length <= MAX_TITLE_CHARS) return `“${title}”`;
  // Cut by UTF-16 units (cheap: this runs for every finding) but never between a surrogate pair.
  let end = MAX_TITLE_CHARS - 1;
  const last = title.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `“${title.slice(0, end)}…”`;
}

/** "@handle", else "creator 6943…" by id. */
export function creatorLabel(c: { id: string; handle?: string | undefined }): string {
  let handle = c.handle;
  if (handle === undefined) return t('rules_creator_by_id', c.id);
  handle = handle.trim();
  let start = 0;
  while (handle.charCodeAt(start) === 64 /* @ */) start++;
  return start < handle.length ? `@${handle.slice(start)}` : t('rules_creator_by_id', c.id);
}

export interface MessageParams {
  'draft.invalid': { path: string; problem: string };
  'check.failed': Record<string, never>;
  'commission.out-of-range': { product: string; rate: string; min: string; max: string };
  'commission.not-above-open': {
    product: string;
    target: string;
    open: string;
    equal: boolean;
    /** Present when the price is known: payouts per order under each rate. */
    example?: { price: string; targetPayout: string; openPayout: string };
  };
  'flash-sale.bulk': { count: number };
  'flash-sale.needs-live': { creator: string };
  'flash-sale.live-unknown': { creator: string };
  'flat-fee.video-only': { reason: 'content' | 'flash-sale' };
  'flat-fee.review': Record<string, never>;
  'content.live-unavailable': { creator: string };
  'content.live-unknown': { creator: string };
  'stock.out': { product: string };
  'stock.low': {
    product: string;
    stock: number;
    /** minStock + sampleUnits. */
    needed: number;
    minStock: number;
    /** Free-sample units for all invited creators together; 0 without free samples. */
    sampleUnits: number;
    creators: number;
  };
  'stock.unknown': { product: string };
  'sample.post-window': { product: string; days: number; postDays: number };
  'products.none': Record<string, never>;
  'products.too-many': { count: number; max: number };
  'products.duplicate': { product: string; times: number };
  'creators.none': Record<string, never>;
  'creators.too-many': { count: number; max: number };
  'creators.duplicate': { creator: string; times: number };
  'creators.invited-recently': { creator: string };
  'pair.conflict': { creator: string; product: string };
  'name.missing': { max: number };
  'name.too-long': { length: number; max: number };
  'message.too-long': { length: number; max: number };
  'ends.past': Record<string, never>;
  'ends.soon': { hours: number; minHours: number };
  'quota.daily-cap': { used: number; cap: number };
  'quota.open-cap': { open: number; cap: number };
}

type MessageTable = { [C in FindingCode]: (p: MessageParams[C]) => string };

// One key per variant of a sentence (never glued fragments): word order differs across languages.
// `msg`/`msgn` give the same text as `t`/`tn`, built cheaply enough for thousands of findings per check.
export const MESSAGES: MessageTable = {
  'draft.invalid': ({ path, problem }) => msg('rules_draft_invalid', path, problem),
  'check.failed': () => msg('rules_check_failed'),
  'commission.out-of-range': ({ product, rate, min, max }) => msg('rules_commission_out_of_range', product, rate, min, max),
  'commission.not-above-open': ({ product, target, open, equal, example }) =>
    example
      ? msg(
          equal ? 'rules_commission_equal_open_example' : 'rules_commission_below_open_example',
          product,
          target,
          open,
          example.price,
          example.targetPayout,
          example.openPayout,
        )
      : msg(equal ? 'rules_commission_equal_open' : 'rules_commission_below_open', product, target, open),
  'flash-sale.bulk': ({ count }) => msg('rules_flash_sale_bulk', count),
  'flash-sale.needs-live': ({ creator }) => msg('rules_flash_sale_needs_live', creator),
  'flash-sale.live-unknown': ({ creator }) => msg('rules_flash_sale_live_unknown', creator),
  'flat-fee.video-only': ({ reason }) =>
    msg(reason === 'flash-sale' ? 'rules_flat_fee_video_only_flash_sale' : 'rules_flat_fee_video_only_content'),
  'flat-fee.review': () => msg('rules_flat_fee_review'),
  'content.live-unavailable': ({ creator }) => msg('rules_content_live_unavailable', creator),
  'content.live-unknown': ({ creator }) => msg('rules_content_live_unknown', creator),
  'stock.out': ({ product }) => msg('rules_stock_out', product),
  'stock.low': ({ product, stock, needed, minStock, sampleUnits, creators }) =>
    sampleUnits <= 0
      ? msg('rules_stock_low_below_min', product, stock, minStock)
      : minStock > 0
        ? msgn('rules_stock_low_samples_min', creators, product, stock, creators, sampleUnits, minStock, needed)
        : msgn('rules_stock_low_samples', creators, product, stock, creators, sampleUnits, needed),
  'stock.unknown': ({ product }) => msg('rules_stock_unknown', product),
  'sample.post-window': ({ product, days, postDays }) => msgn('rules_sample_post_window', days, product, days, postDays),
  'products.none': () => msg('rules_products_none'),
  'products.too-many': ({ count, max }) => msg('rules_products_over_limit', count, max, count - max),
  'products.duplicate': ({ product, times }) => msg('rules_products_duplicate', product, times),
  'creators.none': () => msg('rules_creators_none'),
  'creators.too-many': ({ count, max }) => msg('rules_creators_over_limit', count, max, count - max),
  'creators.duplicate': ({ creator, times }) => msg('rules_creators_duplicate', creator, times),
  'creators.invited-recently': ({ creator }) => msg('rules_creators_invited_recently', creator),
  'pair.conflict': ({ creator, product }) => msg('rules_pair_conflict', creator, product),
  'name.missing': ({ max }) => msg('rules_name_missing', max),
  'name.too-long': ({ length, max }) => msg('rules_name_too_long', length, max, length - max),
  'message.too-long': ({ length, max }) => msg('rules_message_too_long', length, max, length - max),
  'ends.past': () => msg('rules_ends_past'),
  'ends.soon': ({ hours, minHours }) => msgn('rules_ends_soon', hours, hours, minHours),
  'quota.daily-cap': ({ used, cap }) => msg('rules_quota_daily_cap', used, cap),
  'quota.open-cap': ({ open, cap }) => msg('rules_quota_open_cap', open, cap),
};

/** Builds the text for a code, in the language the context uses now. */
export function message<C extends FindingCode>(code: C, params: MessageParams[C]): string {
  return capitalise(MESSAGES[code](params));
}

/** A message may open with a label such as "creator 123" (or "nhà sáng tạo 123"); sentences start with a capital. */
function capitalise(text: string): string {
  const code = text.charCodeAt(0);
  // Fast path: most messages open with "@", a capital or “ (a quoted title), which have no upper case.
  if (code < 97 || (code > 122 && code < 128) || (code >= 0x2000 && code <= 0x206f)) return text;
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? text : upper + text.slice(1);
}

/** Reasons `parseRate` gives, in words a seller understands. */
export const RATE_REASONS = {
  empty: (min: string, max: string) => t('rules_rate_empty', min, max),
  notNumber: () => t('rules_rate_not_number'),
  negative: (min: string) => t('rules_rate_negative', min),
  tooManyDecimals: () => t('rules_rate_too_many_decimals'),
  tooLow: (min: string) => t('rules_rate_too_low', min),
  tooHigh: (max: string) => t('rules_rate_too_high', max),
} as const;
