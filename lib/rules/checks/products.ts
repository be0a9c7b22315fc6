/** Rules per product: count, duplicates, commission, stock and free samples. */
import { LIMITS } from '../../config/limits';
import { formatRate, type PayoutExample, payoutExample } from '../../format/rate';
import { t, tn } from '../../i18n/index';
import { productLabel } from '../messages';
import { productStock } from '../stock';
import { rule } from './run';

const DAY_MS = 24 * 60 * 60 * 1000;

const inRange = (bp: number) => Number.isInteger(bp) && bp >= LIMITS.rateMinBp && bp <= LIMITS.rateMaxBp;

// Per-product rules run once per product id (`uniqueProducts`), so a duplicate does not double every finding.
export const PRODUCT_RULES = [
  rule({
    code: 'products.none',
    severity: 'error',
    message: () => t('rules_products_none'),
    check: ({ draft }, report) => {
      // A list that could not be read is not an empty one.
      if (draft.products.length === 0 && draft.productsRead !== false) report({});
    },
  }),
  rule({
    code: 'products.too-many',
    severity: 'error',
    message: ({ count, max }: { count: number; max: number }) =>
      t('rules_products_over_limit', count, max, count - max),
    check: ({ draft }, report) => {
      const count = draft.products.length;
      if (count > LIMITS.productsPerInvitation) report({ count, max: LIMITS.productsPerInvitation });
    },
  }),
  rule({
    code: 'products.duplicate',
    severity: 'error',
    message: ({ product, times }: { product: string; times: number }) => t('rules_products_duplicate', product, times),
    check: ({ uniqueProducts, productRepeats }, report) => {
      // Repeats are rare: an empty map needs no loop (a lookup would hash every id).
      if (productRepeats.size === 0) return;
      for (const p of uniqueProducts) {
        const times = productRepeats.get(p.id);
        if (times !== undefined) report({ product: productLabel(p), times }, { productId: p.id });
      }
    },
  }),
  rule({
    code: 'commission.out-of-range',
    severity: 'error',
    message: ({ product, rate, min, max }: { product: string; rate: string; min: string; max: string }) =>
      t('rules_commission_out_of_range', product, rate, min, max),
    check: ({ uniqueProducts, ctx }, report) => {
      for (const p of uniqueProducts) {
        const target = p.targetRateBp;
        if (target === null || inRange(target)) continue;
        report(
          {
            product: productLabel(p),
            // formatRate rounds to two decimals, which would make 15.555 % look valid: show it as given.
            rate: Number.isInteger(target) ? formatRate(target, ctx.locale) : `${target / 100}%`,
            min: formatRate(LIMITS.rateMinBp, ctx.locale),
            max: formatRate(LIMITS.rateMaxBp, ctx.locale),
          },
          { productId: p.id },
        );
      }
    },
  }),
  rule({
    code: 'commission.not-above-open',
    severity: 'warning',
    message: ({
      product,
      target,
      open,
      equal,
      example,
    }: {
      product: string;
      target: string;
      open: string;
      equal: boolean;
      /** Present when the price is known: payouts per order under each rate. */
      example?: PayoutExample;
    }) =>
      example
        ? t(
            equal ? 'rules_commission_equal_open_example' : 'rules_commission_below_open_example',
            product,
            target,
            open,
            example.price,
            example.targetPayout,
            example.openPayout,
          )
        : t(equal ? 'rules_commission_equal_open' : 'rules_commission_below_open', product, target, open),
    check: ({ uniqueProducts, ctx }, report) => {
      for (const p of uniqueProducts) {
        const target = p.targetRateBp;
        const open = p.openRateBp;
        if (target === null || open === null || !inRange(target) || target > open) continue;
        const example = payoutExample(p.priceCents, target, open, ctx.currency, ctx.locale);
        report(
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
    },
  }),
  rule({
    code: 'stock.unknown',
    severity: 'info',
    message: ({ product }: { product: string }) => t('rules_stock_unknown', product),
    check: ({ uniqueProducts }, report) => {
      for (const p of uniqueProducts) if (p.stock === null) report({ product: productLabel(p) }, { productId: p.id });
    },
  }),
  rule({
    code: 'stock.out',
    severity: 'error',
    message: ({ product }: { product: string }) => t('rules_stock_out', product),
    check: ({ uniqueProducts, creatorCount, ctx }, report) => {
      for (const p of uniqueProducts) {
        if (productStock(p, creatorCount, ctx.minStock).state === 'out')
          report({ product: productLabel(p) }, { productId: p.id });
      }
    },
  }),
  rule({
    code: 'stock.low',
    severity: 'warning',
    message: ({
      product,
      stock,
      needed,
      minStock,
      sampleUnits,
      creators,
    }: {
      product: string;
      stock: number;
      /** minStock + sampleUnits. */
      needed: number;
      minStock: number;
      /** Free-sample units for all invited creators together; 0 without free samples. */
      sampleUnits: number;
      creators: number;
    }) =>
      sampleUnits <= 0
        ? t('rules_stock_low_below_min', product, stock, minStock)
        : minStock > 0
          ? tn('rules_stock_low_samples_min', creators, product, stock, creators, sampleUnits, minStock, needed)
          : tn('rules_stock_low_samples', creators, product, stock, creators, sampleUnits, needed),
    check: ({ uniqueProducts, creatorCount, ctx }, report) => {
      for (const p of uniqueProducts) {
        const { state, need } = productStock(p, creatorCount, ctx.minStock);
        if (state !== 'low' || p.stock === null) continue;
        report(
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
    },
  }),
  // Free samples only pay off if creators can post (14 days after receipt) before the invitation ends.
  rule({
    code: 'sample.post-window',
    severity: 'warning',
    message: ({ product, days, postDays }: { product: string; days: number; postDays: number }) =>
      tn('rules_sample_post_window', days, product, days, postDays),
    check: ({ uniqueProducts, draft, ctx }, report) => {
      if (ctx.now === undefined || draft.endsAt === null) return;
      const left = draft.endsAt - ctx.now;
      // A past or imminent end date is reported by ends.*; this is about the weeks after.
      if (left < LIMITS.endsSoonMs || left >= LIMITS.samplePostWindowMs) return;
      for (const p of uniqueProducts) {
        if (p.sampleOffer !== 'free-sample') continue;
        report(
          { product: productLabel(p), days: Math.floor(left / DAY_MS), postDays: LIMITS.samplePostWindowMs / DAY_MS },
          { productId: p.id },
        );
      }
    },
  }),
] as const;
