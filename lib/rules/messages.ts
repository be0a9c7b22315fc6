/**
 * The pieces rule messages share: product and creator labels, the capital a sentence opens with, and the
 * reasons a typed rate is refused. Each rule's own message is in its registry entry (lib/rules/checks/).
 */
import { t } from '../i18n/index';

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

/** A message may open with a label such as "creator 123" (or "nhà sáng tạo 123"); sentences start with a capital. */
export function capitalise(text: string): string {
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
