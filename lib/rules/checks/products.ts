/** Rules per product: count, duplicates, commission, stock and free samples. */
import { LIMITS } from '../../config/limits.ts';
import { formatMoney, formatRate, payoutCents } from '../../format/rate.ts';
import { productLabel } from '../messages.ts';
import type { DraftProduct } from '../schema.ts';
import { stockNeed, stockState } from '../stock.ts';
import type { Rule, RuleRun } from './run.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export const checkProducts: Rule = (run) => {
  const { draft, add } = run;
  const count = draft.products.length;
  if (count === 0) {
    // A list that could not be read is not an empty one.
    if (draft.productsRead !== false) add('products.none', 'error', {});
    return;
  }
  if (count > LIMITS.productsPerInvitation) {
    add('products.too-many', 'error', { count, max: LIMITS.productsPerInvitation });
  }
  // Per-product rules run once per product id, so a duplicate does not double every finding.
  const { productRepeats } = run;
  const anyRepeats = productRepeats.size !== 0;
  for (const item of run.uniqueProducts) {
    // Repeats are rare: an empty map needs no lookup (which would hash every id).
    const times = anyRepeats ? productRepeats.get(item.id) : undefined;
    if (times !== undefined) add('products.duplicate', 'error', { product: productLabel(item), times }, { productId: item.id });
    checkCommission(run, item);
    checkStock(run, item);
    checkSampleWindow(run, item);
  }
};

// Labels and id objects are built only when a finding needs them: these run for every product of
// every batch, and most products have no finding.
function checkCommission({ ctx, add }: RuleRun, p: DraftProduct): void {
  const target = p.targetRateBp;
  if (target === null) return;
  if (!Number.isInteger(target) || target < LIMITS.rateMinBp || target > LIMITS.rateMaxBp) {
    add(
      'commission.out-of-range',
      'error',
      {
        product: productLabel(p),
        // formatRate rounds to two decimals, which would make 15.555 % look valid: show it as given.
        rate: Number.isInteger(target) ? formatRate(target, ctx.locale) : `${target / 100}%`,
        min: formatRate(LIMITS.rateMinBp, ctx.locale),
        max: formatRate(LIMITS.rateMaxBp, ctx.locale),
      },
      { productId: p.id },
    );
    return;
  }
  const open = p.openRateBp;
  if (open === null || target > open) return;
  const price = p.priceCents;
  const example =
    typeof price === 'number' && price > 0
      ? {
          price: formatMoney(price, ctx.currency, ctx.locale),
          targetPayout: formatMoney(payoutCents(price, target), ctx.currency, ctx.locale),
          openPayout: formatMoney(payoutCents(price, open), ctx.currency, ctx.locale),
        }
      : undefined;
  add(
    'commission.not-above-open',
    'warning',
    {
      product: productLabel(p),
      target: formatRate(target, ctx.locale),
      open: formatRate(open, ctx.locale),
      equal: target === open,
      ...(example ? { example } : {}),
    },
    { productId: p.id },
  );
}

function checkStock({ ctx, add, creatorCount }: RuleRun, p: DraftProduct): void {
  if (p.stock === null) {
    add('stock.unknown', 'info', { product: productLabel(p) }, { productId: p.id });
    return;
  }
  const need = stockNeed(p, creatorCount ?? 0, ctx.minStock);
  const state = stockState(p.stock, need);
  if (state === 'out') {
    add('stock.out', 'error', { product: productLabel(p) }, { productId: p.id });
  } else if (state === 'low') {
    add(
      'stock.low',
      'warning',
      {
        product: productLabel(p),
        stock: p.stock,
        needed: need.needed,
        minStock: ctx.minStock,
        sampleUnits: need.sampleUnits,
        creators: creatorCount ?? 0,
      },
      { productId: p.id },
    );
  }
}

/** Free samples only pay off if creators can post (14 days after receipt) before the invitation ends. */
function checkSampleWindow({ draft, ctx, add }: RuleRun, p: DraftProduct): void {
  if (p.sampleOffer !== 'free-sample' || ctx.now === undefined || draft.endsAt === null) return;
  const left = draft.endsAt - ctx.now;
  // A past or imminent end date is reported by ends.*; this is about the weeks after.
  if (left < LIMITS.endsSoonMs || left >= LIMITS.samplePostWindowMs) return;
  add(
    'sample.post-window',
    'warning',
    { product: productLabel(p), days: Math.floor(left / DAY_MS), postDays: LIMITS.samplePostWindowMs / DAY_MS },
    { productId: p.id },
  );
}
