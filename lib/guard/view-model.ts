/**
 * The create panel's view model: from the draft as read, what the page's JSON said, the seller's
 * settings and the guard's own state, what the panel shows. Pure: the feature's hooks own the state
 * and the page; these functions only compute, so every case is a row in a table test.
 */
import { pageLocale } from '../format/locale';
import type { CreateForm } from '../pages/create-invitation';
import type { Conflict, CreateOutcome } from '../pages/create-json';
import type { CreatorRow } from '../pages/creator-json';
import { MESSAGES as DRAFT_TEXT, type DraftResult } from '../pages/draft';
import type { Language } from '../pages/labels';
import type { ProductRow } from '../pages/product-json';
import type { Quota } from '../pages/quota-json';
import type { PrefillChange, PrefillForm } from '../prefill/plan';
import { checkWithEndReadings, draftStockStates, type Finding, LIMITS, raiseTargetBp } from '../rules';
import type { GuardProductRow, GuardView, PrefillState } from './types';

/** What the page's own JSON told us that the panel uses. */
export interface GuardPageFacts {
  products: ReadonlyMap<string, Pick<ProductRow, 'title' | 'currency'>>;
  creators: ReadonlyMap<string, Pick<CreatorRow, 'handle'>>;
  quota: Quota | null;
  conflicts: readonly Conflict[];
  lastCreate: { outcome: CreateOutcome } | null;
}

export interface GuardPage {
  language: Language;
  region: string | null;
  feeStructure: 'commission' | 'flat-fee';
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first three-letter currency the page's products name. */
export function pageCurrency(products: GuardPageFacts['products']): string | undefined {
  for (const p of products.values()) if (p.currency && /^[A-Z]{3}$/.test(p.currency)) return p.currency;
  return undefined;
}

/** How many creators the form holds: its counter when it shows one, else the creators read; null when unread. */
export function creatorCountOf(built: DraftResult | null): number | null {
  if (!built) return null;
  return built.draft.creatorCount === undefined ? built.draft.creators.length : built.draft.creatorCount;
}

/** The rules' findings on the draft, then "Good to know" notes on what could not be read. */
export function guardFindings(
  built: DraftResult | null,
  facts: Pick<GuardPageFacts, 'quota' | 'conflicts'>,
  context: { now: number; minStock: number; locale: string; currency?: string },
): Finding[] {
  if (!built) return [];
  const q = facts.quota;
  const checked = checkWithEndReadings(built.draft, built.endsAtAlternative, {
    now: context.now,
    minStock: context.minStock,
    quota: q
      ? { used24h: q.used24h, cap24h: q.cap24h, open: q.open ?? 0, openCap: q.openCap ?? LIMITS.openInvitationsCap }
      : undefined,
    conflicts: facts.conflicts.map((c) => ({ creatorId: c.creatorId, productId: c.productId })),
    locale: context.locale,
    currency: context.currency,
  });
  const notes: Finding[] = built.gaps.map((message) => ({ code: 'read.unknown', severity: 'info', message }));
  if (checked.endUncertain && built.draft.endsAt != null && built.endsAtAlternative != null) {
    notes.push({
      code: 'read.unknown',
      severity: 'info',
      message: DRAFT_TEXT.endDateUncertain(isoDay(built.draft.endsAt), isoDay(built.endsAtAlternative)),
    });
  }
  return [...checked.findings, ...notes];
}

/** The product table: the draft's products in the form's row order. */
export function productRows(
  built: DraftResult | null,
  form: Pick<CreateForm, 'products'> | null,
  settings: { minStock: number; raiseMarginBp: number },
): GuardProductRow[] {
  if (!built) return [];
  // The same stock state the stock findings report: one computation in lib/rules.
  const stockStates = draftStockStates(built.draft, settings.minStock);
  return built.draft.products.map((p, i) => {
    // Only a rate the seller typed is a target; the draft's rate may come from elsewhere.
    const typed = form?.products[i]?.targetRateText?.trim() ? p.targetRateBp : null;
    return {
      id: p.id,
      title: p.title ?? p.id,
      priceCents: p.priceCents ?? null,
      stock: p.stock,
      stockState: stockStates[i] ?? 'unknown',
      openRateBp: p.openRateBp,
      targetRateBp: typed,
      effectiveBp: typed ?? p.openRateBp,
      sampleOffer: p.sampleOffer,
      raiseToBp: raiseTargetBp(p.openRateBp, settings.raiseMarginBp),
    };
  });
}

/** The form as the prefill planner reads it; null when the form could not be read. */
export function prefillFormOf(form: CreateForm | null, products: readonly GuardProductRow[]): PrefillForm | null {
  if (!form) return null;
  return {
    // A date that reads two ways is still a date the seller chose: the prefill must not replace it.
    endDate: form.endDate ?? (form.endDateReading?.kind === 'ambiguous' ? form.endDateReading.ymd : null),
    contentType: form.contentType,
    flashSale: form.flashSale,
    contentTypeEditable: form.feeStructure !== 'flat-fee' && form.contentType !== null,
    products: products.map((p, i) => ({
      id: p.id,
      title: p.title,
      openRateBp: p.openRateBp,
      targetRateBp: p.targetRateBp,
      sampleOffer: form.products[i]?.sampleOffer ?? null,
    })),
  };
}

/** Titles (else ids) of a batch's products the form does not hold. */
export function missingBatchProducts(
  batchProducts: ReadonlyArray<{ id: string; title?: string }> | null,
  form: Pick<CreateForm, 'products'> | null,
): string[] {
  if (!batchProducts || !form) return [];
  return batchProducts.filter((bp) => !form.products.some((fp) => fp.id === bp.id)).map((p) => p.title ?? p.id);
}

export interface GuardViewInput {
  page: GuardPage;
  form: CreateForm | null;
  built: DraftResult | null;
  facts: Pick<GuardPageFacts, 'quota' | 'products'>;
  findings: Finding[];
  products: GuardProductRow[];
  send: GuardView['send'];
  prefill: PrefillState | null;
  changes: PrefillChange[];
  batchProducts: ReadonlyArray<{ id: string; title?: string }> | null;
}

/** Everything the panel shows, in one object. */
export function guardView(input: GuardViewInput): GuardView {
  const { page, form, facts } = input;
  const q = facts.quota;
  return {
    findings: input.findings,
    products: input.products,
    creatorCount: input.built ? creatorCountOf(input.built) : 0,
    feeStructure: form?.feeStructure ?? page.feeStructure,
    flatFee: form?.flatFee
      ? { videoReview: form.flatFee.videoReview, adsAuthorization: form.flatFee.adsAuthorization }
      : null,
    quota:
      q && q.open != null && q.openCap != null
        ? { used24h: q.used24h, cap24h: q.cap24h, open: q.open, openCap: q.openCap }
        : null,
    send: input.send,
    prefill: input.prefill ? { ...input.prefill, changes: input.changes } : null,
    currency: pageCurrency(facts.products),
    locale: pageLocale(page.language, page.region),
    formRead: form !== null,
    batchMissing: missingBatchProducts(input.batchProducts, form),
  };
}

/** A product's row on the form: the draft keeps the form's row order, and rows may show no id. */
export function rowIndex(products: readonly GuardProductRow[], productId: string): number {
  return products.findIndex((p) => p.id === productId);
}
