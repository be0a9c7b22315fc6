/**
 * Builds the rules engine's draft from what the page shows (DOM form) and what the page loaded (JSON).
 * JSON wins where both exist: it has exact stock, open rates and LIVE signals; the DOM has what the
 * seller typed. What neither tells us is listed in `gaps` and left unknown to the rules, never guessed.
 */
import { t } from '../i18n';
import { type InvitationDraft, parseRate } from '../rules';
import type { CreateForm } from './create-invitation';
import type { CreatorRow } from './creator-json';
import type { Language } from './labels';
import { parseCount, parseMoney, parsePercent } from './numbers';
import type { ProductRow } from './product-json';

export interface DraftOptions {
  /** Page language, for reading "Rp47.800" or "10,00%". */
  language?: Language;
  /** The shop's offset from UTC in minutes; the end date is read as the end of that day there. */
  utcOffsetMinutes?: number;
  /** The seller's "sample units per creator" setting, for the stock rule. */
  sampleUnitsPerCreator?: number;
}

export interface DraftResult {
  draft: InvitationDraft;
  /** Notes, in the seller's language, on what could not be read and so was not checked. */
  gaps: string[];
  /** The other reading of an end date like 05/06/2026, in epoch ms; null when the date reads one way. */
  endsAtAlternative: number | null;
}

/** Texts from the `pages` catalog, read at call time so they follow the language switched to. */
export const MESSAGES = {
  get noEndDate() {
    return t('pages_draft_no_end_date');
  },
  endDateUnreadable: (text: string) => t('pages_draft_end_date_unreadable', text),
  endDateUncertain: (a: string, b: string) => t('pages_draft_end_date_uncertain', a, b),
  get noContentType() {
    return t('pages_draft_no_content_type');
  },
  get noFlashSale() {
    return t('pages_draft_no_flash_sale');
  },
  get noProducts() {
    return t('pages_draft_no_products');
  },
  noProductId: (n: number) => t('pages_draft_no_product_id', n),
  badRate: (title: string) => t('pages_draft_bad_rate', title),
  noRate: (title: string) => t('pages_draft_no_rate', title),
  get noCreators() {
    return t('pages_draft_no_creators');
  },
  creatorsCountOnly: (count: number) => t('pages_draft_creators_count_only', count),
  creatorsPartly: (read: number, count: number) => t('pages_draft_creators_partly', read, count),
} as const;

/** "2030-01-31" and "18:30" (or the end of the day without a time) at the given UTC offset, in epoch ms. */
function atTime(ymd: string, time: string | null, utcOffsetMinutes = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const hm = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  const t = hm
    ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(hm[1]), Number(hm[2]))
    : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999);
  return Number.isFinite(t) ? t - utcOffsetMinutes * 60_000 : null;
}

/** Typed rate → hundredths of a percent; out-of-range numbers are kept so the rules can name them. */
function targetBp(text: string): number | null {
  const r = parseRate(text);
  if (r.ok) return r.bp;
  const n = Number(text.replace('%', '').replace(',', '.').trim());
  return text.trim() !== '' && Number.isFinite(n) ? Math.round(n * 100) : null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The page JSON of each form row: by the id the row shows, else by a title only one loaded product has,
 * else, when no row could be matched either way, by position if the page loaded exactly the products
 * the table shows. Never by "ID:" text alone; a row that matches nothing stays unknown.
 */
export function matchProducts(
  rows: readonly CreateForm['products'][number][],
  productsById: ReadonlyMap<string, ProductRow>,
): Array<ProductRow | undefined> {
  const byTitle = new Map<string, ProductRow | null>();
  for (const p of productsById.values()) {
    const k = norm(p.title);
    if (k) byTitle.set(k, byTitle.has(k) ? null : p);
  }
  const matched = rows.map((r) => (r.id ? productsById.get(r.id) : (byTitle.get(norm(r.title)) ?? undefined)));
  const loaded = [...productsById.values()];
  if (matched.some(Boolean) || rows.some((r) => r.id) || loaded.length !== rows.length) return matched;
  return loaded;
}

export function toInvitationDraft(
  form: CreateForm,
  productsById: ReadonlyMap<string, ProductRow>,
  creatorsById: ReadonlyMap<string, CreatorRow>,
  opts: DraftOptions = {},
): DraftResult {
  const lang = opts.language ?? 'en';
  const gaps: string[] = [];
  const reading = form.endDateReading;
  const at = (ymd: string) =>
    atTime(ymd, reading && reading.kind !== 'unreadable' ? reading.time : null, opts.utcOffsetMinutes);
  const endsAt = reading && reading.kind !== 'unreadable' ? at(reading.ymd) : null;
  const endsAtAlternative = reading?.kind === 'ambiguous' ? at(reading.alternative) : null;
  if (reading?.kind === 'unreadable') gaps.push(MESSAGES.endDateUnreadable(reading.text));
  else if (endsAt == null) gaps.push(MESSAGES.noEndDate);
  if (form.contentType == null) gaps.push(MESSAGES.noContentType);
  if (form.flashSale == null) gaps.push(MESSAGES.noFlashSale);
  if (!form.productsFound) gaps.push(MESSAGES.noProducts);

  const matched = matchProducts(form.products, productsById);
  const products = form.products.map((p, i) => {
    const json = matched[i];
    const id = json?.id ?? p.id;
    if (!id) gaps.push(MESSAGES.noProductId(i + 1));
    const title = json?.title || p.title || `#${i + 1}`;
    let bp: number | null = null;
    if (p.targetRateText == null) gaps.push(MESSAGES.noRate(title));
    else {
      bp = targetBp(p.targetRateText);
      if (bp == null) {
        gaps.push(MESSAGES.badRate(title));
        bp = 0;
      }
    }
    const domPrice = parseMoney(p.priceText, lang);
    const domOpen = parsePercent(p.openRateText, lang);
    const product: InvitationDraft['products'][number] = {
      id: id ?? `row-${i + 1}`,
      title,
      priceCents: json ? json.priceCents : domPrice ? Math.round(domPrice.amount * 100) : null,
      stock: json ? json.stock : parseCount(p.stockText, lang),
      openRateBp: json ? json.openRateBp : domOpen == null || domOpen <= 0 ? null : Math.round(domOpen * 100),
      targetRateBp: bp,
      sampleOffer: p.sampleOffer ?? (form.freeSamples?.on ? 'free-sample' : 'none'),
    };
    if (opts.sampleUnitsPerCreator !== undefined) product.sampleUnitsPerCreator = opts.sampleUnitsPerCreator;
    return product;
  });

  const byName = new Map<string, CreatorRow>();
  for (const c of creatorsById.values()) {
    byName.set(norm(c.nickname), c);
    byName.set(norm(c.handle), c);
  }
  const creators = form.creators.map((c) => {
    const json = (c.id ? creatorsById.get(c.id) : undefined) ?? byName.get(norm(c.handle));
    const out: InvitationDraft['creators'][number] = {
      id: json?.id ?? c.id ?? `@${c.handle}`,
      handle: json?.handle ?? c.handle,
      canLive: json?.canLive ?? null,
    };
    if (json?.invitedWithin90Days != null) out.invitedWithin90Days = json.invitedWithin90Days;
    return out;
  });
  const draft: InvitationDraft = {
    name: form.name,
    message: form.message ?? '',
    feeStructure: form.feeStructure,
    contentType: form.contentType ?? 'video',
    flashSale: form.flashSale ?? false,
    endsAt,
    products,
    creators,
  };
  if (!form.productsFound) draft.productsRead = false;
  if (!form.creatorsComplete) {
    draft.creatorCount = form.creatorCount;
    if (form.creatorCount == null) gaps.push(MESSAGES.noCreators);
    else if (creators.length === 0) gaps.push(MESSAGES.creatorsCountOnly(form.creatorCount));
    else gaps.push(MESSAGES.creatorsPartly(creators.length, form.creatorCount));
  }
  return { draft, gaps, endsAtAlternative };
}
