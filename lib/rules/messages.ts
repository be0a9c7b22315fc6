/**
 * Every user-facing string of the rules engine, keyed by finding code, so the texts can be localised
 * later without touching the rules. Numbers arrive already formatted for the seller's locale.
 * Each message names what is wrong, for which product or creator, and how to fix it.
 */
import type { FindingCode } from './types.ts';

const MAX_TITLE_CHARS = 40;

/** "Blue Mug" by title, else "product 1729…" by id; long titles are shortened so messages stay readable. */
export function productLabel(p: { id: string; title?: string | undefined }): string {
  const title = p.title?.trim();
  if (!title) return `product ${p.id}`;
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
  if (handle === undefined) return `creator ${c.id}`;
  handle = handle.trim();
  let start = 0;
  while (handle.charCodeAt(start) === 64 /* @ */) start++;
  return start < handle.length ? `@${handle.slice(start)}` : `creator ${c.id}`;
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

export const MESSAGES: MessageTable = {
  'draft.invalid': ({ path, problem }) =>
    `The invitation data is not valid at “${path}” (${problem}). Reload the page and set up the invitation again; if it keeps happening, report it.`,
  'check.failed': () =>
    'Collab Pilot could not check this invitation. Review it by hand before you send it, and report the problem.',
  'commission.out-of-range': ({ product, rate, min, max }) =>
    `The commission for ${product} is ${rate}; TikTok accepts ${min} to ${max} with at most two decimals. Enter a rate in that range.`,
  'commission.not-above-open': ({ product, target, open, equal, example }) => {
    const relation = equal ? 'the same as' : 'below';
    const earn = example
      ? ` On a ${example.price} order the creator earns ${example.targetPayout} instead of ${example.openPayout} from the open collaboration.`
      : '';
    return `The target commission for ${product} (${target}) is ${relation} its open commission (${open}). The target rate always replaces the open rate, so invited creators earn ${target}, not ${open}.${earn} Set the target rate above ${open}.`;
  },
  'flash-sale.bulk': ({ count }) =>
    `Flash sales can only be requested from a single creator, and this invitation has ${count}. Invite one creator for the flash sale, or turn the flash sale off.`,
  'flash-sale.needs-live': ({ creator }) =>
    `${creator} cannot go LIVE, and flash sales are for LIVE streams. Choose a creator with LIVE access, or turn the flash sale off.`,
  'flash-sale.live-unknown': ({ creator }) =>
    `It is not known whether ${creator} can go LIVE; flash sales need LIVE access. Check the creator's profile before you send.`,
  'flat-fee.video-only': ({ reason }) =>
    reason === 'flash-sale'
      ? 'Flat-fee collaborations are for videos only and cannot include a flash sale. Turn the flash sale off, or switch to commission only.'
      : 'Flat-fee collaborations are for videos only. Set the content type to video, or switch to commission only.',
  'flat-fee.review': () =>
    'Flat fee: you pay TikTok Shop, and creators are paid only after their videos are approved (by you or the platform, as your review setting says). Creators must accept and submit their videos within the agreed time.',
  'content.live-unavailable': ({ creator }) =>
    `You ask for LIVE content, but ${creator} cannot go LIVE. Ask for video instead, or remove the creator.`,
  'content.live-unknown': ({ creator }) =>
    `You ask for LIVE content; it is not known whether ${creator} can go LIVE. Check the creator's profile.`,
  'stock.out': ({ product }) =>
    `${product} is out of stock. Restock it or remove it from the invitation: creators cannot sell it.`,
  'stock.low': ({ product, stock, needed, minStock, sampleUnits, creators }) =>
    sampleUnits > 0
      ? `${product} has ${stock} in stock, but free samples for ${creators} creator${creators === 1 ? '' : 's'} need ${sampleUnits}${minStock > 0 ? ` on top of your minimum of ${minStock}` : ''} (${needed} in all). Restock it, invite fewer creators, or offer a refund on the first sale instead.`
      : `${product} has ${stock} in stock, below your minimum of ${minStock}. Restock it before you invite creators.`,
  'stock.unknown': ({ product }) =>
    `The stock of ${product} is not known. Make sure you have enough in stock before you invite creators.`,
  'sample.post-window': ({ product, days, postDays }) =>
    `You offer free samples of ${product}, but the invitation ends in ${days} day${days === 1 ? '' : 's'}; creators have ${postDays} days after receiving a sample to post. Set a later end date so their videos count.`,
  'products.none': () => 'Add at least one product to the invitation.',
  'products.too-many': ({ count, max }) =>
    `This invitation has ${count} products; TikTok allows ${max}. Remove ${count - max}, or split them over several invitations.`,
  'products.duplicate': ({ product, times }) =>
    `${product} is listed ${times} times. Keep it once.`,
  'creators.none': () => 'Add at least one creator to the invitation.',
  'creators.too-many': ({ count, max }) =>
    `This invitation has ${count} creators; TikTok allows ${max}. Remove ${count - max}, or let the queue split them into batches.`,
  'creators.duplicate': ({ creator, times }) =>
    `${creator} is listed ${times} times. Keep them once.`,
  'creators.invited-recently': ({ creator }) =>
    `${creator} was already invited in the past 90 days. Another invitation may be ignored; consider removing them.`,
  'pair.conflict': ({ creator, product }) =>
    `${creator} already has ${product} in another open target collaboration, so TikTok will refuse this pair. Remove the product or the creator, or end the other collaboration first.`,
  'name.missing': ({ max }) => `Give the invitation a name (up to ${max} characters).`,
  'name.too-long': ({ length, max }) =>
    `The invitation name has ${length} characters; TikTok allows ${max}. Shorten it by ${length - max}.`,
  'message.too-long': ({ length, max }) =>
    `The message has ${length} characters; TikTok allows ${max}. Shorten it by ${length - max}.`,
  'ends.past': () => 'The end date has already passed. Choose a later end date.',
  'ends.soon': ({ hours, minHours }) =>
    `The invitation ends in ${hours} hour${hours === 1 ? '' : 's'}, under ${minHours}: creators may not have time to accept and post. Choose a later end date.`,
  'quota.daily-cap': ({ used, cap }) =>
    `You have sent ${used} of ${cap} invitations allowed in 24 hours. Wait until older ones fall out of the 24-hour window, then send.`,
  'quota.open-cap': ({ open, cap }) =>
    `You have ${open} open invitations, the most TikTok allows (${cap}). End or cancel some before you send another.`,
};

/** Builds the text for a code; one call site so a localised table can be swapped in later. */
export function message<C extends FindingCode>(code: C, params: MessageParams[C]): string {
  const text = MESSAGES[code](params);
  // A message may open with a label such as "creator 123"; sentences start with a capital (ASCII is enough:
  // every template and label starts with an ASCII letter, a quote or "@").
  const first = text.charCodeAt(0);
  return first >= 97 && first <= 122 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Reasons `parseRate` gives, in words a seller understands. */
export const RATE_REASONS = {
  empty: (min: string, max: string) => `Enter a commission between ${min} and ${max}.`,
  notNumber: () => 'Type the commission as a plain number, like 15 or 15.5.',
  negative: (min: string) => `A commission cannot be negative; the lowest is ${min}.`,
  tooManyDecimals: () => 'Use at most two decimals, like 15.55.',
  tooLow: (min: string) => `The lowest commission TikTok allows is ${min}.`,
  tooHigh: (max: string) => `The highest commission TikTok allows is ${max}.`,
} as const;
