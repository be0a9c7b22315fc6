import { digitId, int, pick, type Rng } from './random.ts';
import type { ProductRecord } from './types.ts';

export const PRODUCT_COUNT = 40;

const ADJ = [
  'Hydrating',
  'Vitamin C',
  'Matte',
  'Silk',
  'Ultra-Light',
  'Organic',
  'Wireless',
  'Ceramic',
  'Bamboo',
  'Velvet',
  'Waterproof',
  'Compact',
  'Glow',
  'Retinol',
  'Cotton',
];
const NOUN = [
  'Face Serum',
  'Lip Tint',
  'Sunscreen SPF50',
  'Earbuds',
  'Hair Oil',
  'Yoga Leggings',
  'Frying Pan 28cm',
  'Phone Case',
  'Cleansing Balm',
  'Tote Bag',
  'Water Bottle 1L',
  'Eye Patches',
  'LED Desk Lamp',
  'Pet Brush',
  'Night Cream',
];

/** Fixed indices for the awkward cases, so tests and the list page's seed collaborations can rely on them. */
export const OUT_OF_STOCK = [3, 11, 27];
export const LOW_STOCK: Record<number, number> = { 5: 3, 19: 7 };
export const NO_OPEN_COLLAB = [8, 22, 33, 38];
export const UNAVAILABLE = [36];

export function generateProducts(rng: Rng): ProductRecord[] {
  const products: ProductRecord[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < PRODUCT_COUNT; i++) {
    let title = `${pick(rng, ADJ)} ${pick(rng, NOUN)}`;
    while (titles.has(title)) title = `${pick(rng, ADJ)} ${pick(rng, NOUN)}`;
    titles.add(title);
    const out = OUT_OF_STOCK.includes(i);
    const stock = out ? 0 : (LOW_STOCK[i] ?? int(rng, 150, 2500));
    products.push({
      id: digitId(rng, '1729'),
      title,
      price: Math.round(3 + rng() * 60) - 0.01,
      stock,
      // Open rates 5-30 % in whole half-percent steps, stored as hundredths of a percent.
      openCommission: NO_OPEN_COLLAB.includes(i) ? null : int(rng, 10, 60) * 50,
      status: UNAVAILABLE.includes(i) ? 6 : out ? 2 : 1,
    });
  }
  return products;
}
