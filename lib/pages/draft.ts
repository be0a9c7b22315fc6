/**
 * Builds the rules engine's draft from what the page shows (DOM form) and what the page loaded (JSON).
 * JSON wins where both exist: it has exact stock, open rates and LIVE signals; the DOM has what the
 * seller typed. What neither tells us is listed in `gaps` instead of guessed.
 */
import { t } from '../i18n';
import { parseRate, type InvitationDraft } from '../rules';
import type { CreatorRow } from './creator-json';
import type { CreateForm } from './create-invitation';
import type { Language } from './labels';
import { parseCount, parseMoney, parsePercent } from './numbers';
import type { ProductRow } from './product-json';

export interface DraftOptions {
  /** Page language, for reading "Rp47.800" or "10,00%". */
  language?: Language;
  /** The shop's offset from UTC in minutes; the end date is read as the end of that day there. */
  utcOffsetMinutes?: number;
}

export interface DraftResult {
  draft: InvitationDraft;
  /** Notes, in the seller's language, on what was assumed because the page did not show it. */
  gaps: string[];
}

/** Texts from the `pages` catalog, read at call time so they follow the language switched to. */
export const MESSAGES = {
  get noEndDate() {
    return t('pages_draft_no_end_date');
  },
  get noContentType() {
    return t('pages_draft_no_content_type');
  },
  get noFlashSale() {
    return t('pages_draft_no_flash_sale');
  },
  noProductId: (n: number) => t('pages_draft_no_product_id', n),
  badRate: (title: string) => t('pages_draft_bad_rate', title),
} as const;

/** Unknown end date: far enough that no end-date rule fires (see gaps). */
const NO_END = Number.MAX_SAFE_INTEGER;

/** "2030-01-31" → 23:59:59.999 of that day at the given UTC offset, in epoch ms. */
export function endOfDay(ymd: string, utcOffsetMinutes = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999);
  return Number.isFinite(t) ? t - utcOffsetMinutes * 60_000 : null;
}

/** Typed rate → hundredths of a percent; out-of-range numbers are kept so the rules can name them. */
function targetBp(text: string | null): number | null {
  if (text == null) return null;
  const r = parseRate(text);
  if (r.ok) return r.bp;
  const n = Number(text.replace('%', '').replace(',', '.').trim());
  return text.trim() !== '' && Number.isFinite(n) ? Math.round(n * 100) : null;
}

export function toInvitationDraft(
  form: CreateForm,
  productsById: ReadonlyMap<string, ProductRow>,
  creatorsById: ReadonlyMap<string, CreatorRow>,
  opts: DraftOptions = {},
): DraftResult {
  const lang = opts.language ?? 'en';
  const gaps: string[] = [];
  const endsAt = form.endDate ? endOfDay(form.endDate, opts.utcOffsetMinutes) : null;
  if (endsAt == null) gaps.push(MESSAGES.noEndDate);
  if (form.contentType == null) gaps.push(MESSAGES.noContentType);
  if (form.flashSale == null) gaps.push(MESSAGES.noFlashSale);

  const products = form.products.map((p, i) => {
    const json = p.id ? productsById.get(p.id) : undefined;
    if (!p.id) gaps.push(MESSAGES.noProductId(i + 1));
    const title = json?.title || p.title || `#${i + 1}`;
    let bp = targetBp(p.targetRateText);
    if (bp == null) {
      gaps.push(MESSAGES.badRate(title));
      bp = 0;
    }
    const domPrice = parseMoney(p.priceText, lang);
    const domOpen = parsePercent(p.openRateText, lang);
    return {
      id: p.id ?? `row-${i + 1}`,
      title,
      priceCents: json ? json.priceCents : domPrice ? Math.round(domPrice.amount * 100) : null,
      stock: json ? json.stock : parseCount(p.stockText, lang),
      openRateBp: json ? json.openRateBp : domOpen == null || domOpen <= 0 ? null : Math.round(domOpen * 100),
      targetRateBp: bp,
      sampleOffer: p.sampleOffer ?? (form.freeSamples?.on ? 'free-sample' : 'none'),
    } satisfies InvitationDraft['products'][number];
  });

  const byHandle = new Map<string, CreatorRow>();
  for (const c of creatorsById.values()) byHandle.set(c.handle.toLowerCase(), c);
  const creators = form.creators.map((c) => {
    const json = (c.id ? creatorsById.get(c.id) : undefined) ?? byHandle.get(c.handle.toLowerCase());
    const out: InvitationDraft['creators'][number] = {
      id: json?.id ?? c.id ?? `@${c.handle}`,
      handle: c.handle,
      canLive: json?.canLive ?? null,
    };
    if (json?.invitedWithin90Days != null) out.invitedWithin90Days = json.invitedWithin90Days;
    return out;
  });

  return {
    draft: {
      name: form.name,
      message: form.message ?? '',
      feeStructure: form.feeStructure,
      contentType: form.contentType ?? 'video',
      flashSale: form.flashSale ?? false,
      endsAt: endsAt ?? NO_END,
      products,
      creators,
    },
    gaps,
  };
}
