/**
 * Product picker JSON: `POST /api/v1/affiliate/product_selection/list`
 * (seen in the "Add products" drawer of /connection/target-invitation/create).
 */
import { z } from 'zod/mini';
import type { AnswerReaders } from '../observer/receive';
import { idLike, numLike, parseEnvelope, parseRows, text, toCents, toId, toNum } from './json-common';

export type ProductStatus = 'available' | 'out-of-stock' | 'unavailable' | 'unknown';

export interface ProductRow {
  id: string;
  title: string;
  /** Price in minor units ("19.99" → 1999), or null. */
  priceCents: number | null;
  /** ISO code when the page sends it ("GBP"), else the symbol, else null. */
  currency: string | null;
  currencySymbol: string | null;
  stock: number | null;
  /** Open-collaboration rate in hundredths of a percent (1000 = 10 %); null = no open collaboration. */
  openRateBp: number | null;
  status: ProductStatus;
}

export const priceSchema = z.optional(
  z.nullable(
    z.union([
      z.object({
        amount: z.optional(z.nullable(numLike)),
        currency: z.optional(z.nullable(text)),
        symbol: z.optional(z.nullable(text)),
      }),
      numLike,
    ]),
  ),
);

export const productSchema = z.object({
  product_id: idLike,
  title: z.optional(z.nullable(text)),
  price: priceSchema,
  stock: z.optional(z.nullable(numLike)),
  open_commission: z.optional(z.nullable(numLike)),
  status: z.optional(z.nullable(numLike)),
});

export function productStatus(code: number | null): ProductStatus {
  return code === 1 ? 'available' : code === 2 ? 'out-of-stock' : code === 6 ? 'unavailable' : 'unknown';
}

export function normalisePrice(
  price: z.infer<typeof priceSchema>,
): Pick<ProductRow, 'priceCents' | 'currency' | 'currencySymbol'> {
  if (price == null) return { priceCents: null, currency: null, currencySymbol: null };
  if (typeof price === 'object')
    return {
      priceCents: toCents(price.amount),
      currency: price.currency ?? price.symbol ?? null,
      currencySymbol: price.symbol ?? null,
    };
  return { priceCents: toCents(price), currency: null, currencySymbol: null };
}

export function normaliseProduct(raw: z.infer<typeof productSchema>): ProductRow | null {
  const id = toId(raw.product_id);
  if (!id) return null;
  const open = toNum(raw.open_commission);
  return {
    id,
    title: raw.title ?? '',
    ...normalisePrice(raw.price),
    stock: toNum(raw.stock),
    openRateBp: open != null && open > 0 ? open : null,
    status: productStatus(toNum(raw.status)),
  };
}

export const productListDataSchema = z.object({
  products: z.array(z.unknown()),
  total: z.optional(z.nullable(numLike)),
});

export function parseProductListResponse(
  json: unknown,
): { products: ProductRow[]; total: number | null; dropped: number } | null {
  const env = parseEnvelope(json);
  if (env?.code !== 0) return null;
  const d = productListDataSchema.safeParse(env.data);
  if (!d.success) return null;
  const rows = parseRows(productSchema, d.data.products, normaliseProduct);
  return rows ? { products: rows.rows, total: toNum(d.data.total), dropped: rows.dropped } : null;
}

/** The answers of Create's product list (lib/observer/receive.ts). */
export const PRODUCT_ANSWERS: AnswerReaders = {
  'product-list': (response) => {
    const r = parseProductListResponse(response);
    return r ? { endpoint: 'product-list', products: r.products, total: r.total } : null;
  },
};
