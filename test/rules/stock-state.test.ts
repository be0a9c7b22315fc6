/**
 * The setup guard's product table and the stock findings come from one computation (lib/rules/stock.ts),
 * with the seller's "sample units per creator" setting, so the two never disagree.
 */
import { describe, expect, it } from 'vitest';
import type { CreateForm, FormProduct } from '../../lib/pages/create-invitation';
import type { CreatorRow } from '../../lib/pages/creator-json';
import { toInvitationDraft } from '../../lib/pages/draft';
import type { ProductRow } from '../../lib/pages/product-json';
import { checkInvitation, draftStockStates, type InvitationDraft } from '../../lib/rules';
import { creator, draft, NOW, product } from './fixtures';

const mug = {
  id: '1',
  title: 'Blue Mug',
  priceCents: 1000,
  currency: 'GBP',
  currencySymbol: '£',
  stock: 22,
  openRateBp: 1000,
  status: 'available',
} as ProductRow;
const row: FormProduct = {
  id: '1',
  title: 'Blue Mug',
  priceText: null,
  stockText: null,
  openRateText: null,
  targetRateText: '15',
  sampleOffer: 'free-sample',
  sampleOfferText: null,
};
const form = {
  name: 'Spring',
  message: '',
  endDate: null,
  endsAt: null,
  endDateReading: null,
  feeStructure: 'commission',
  contentType: 'video',
  flashSale: false,
  freeSamples: null,
  products: [row],
  productsFound: true,
  creators: [{ handle: 'Mia Makes' }],
  creatorCount: 1,
  creatorsComplete: true,
  creatorsShownAs: 'table',
  creatorCounter: { count: 1, max: 50 },
  notFound: [],
} satisfies CreateForm;
const creators = new Map<string, CreatorRow>([
  ['7001', { id: '7001', handle: 'mia.makes', nickname: 'Mia Makes', canLive: true } as CreatorRow],
]);

/** What the table shows (setup-guard.tsx calls draftStockStates) and what the findings say, for one draft. */
function both(d: InvitationDraft, minStock: number) {
  const table = draftStockStates(d, minStock);
  const findings = checkInvitation(d, { now: NOW, minStock })
    .filter((f) => f.code.startsWith('stock.'))
    .map((f) => f.code);
  return { table, findings };
}

describe('stock state: product table and findings', () => {
  // 22 in stock, minimum 20, one creator: one sample unit needs 21, three need 23.
  it.each([
    { units: 1, table: ['ok'], findings: [] },
    { units: 3, table: ['low'], findings: ['stock.low'] },
  ])('sample units per creator $units', ({ units, table, findings }) => {
    const { draft: d } = toInvitationDraft(form, new Map([[mug.id, mug]]), creators, { sampleUnitsPerCreator: units });
    expect(both(d, 20)).toEqual({ table, findings });
  });

  it.each([
    {
      name: 'a creator listed twice counts once',
      over: { creators: [creator(), creator()] },
      min: 20,
      stock: 21,
      table: ['ok'],
      findings: [],
    },
    {
      name: 'the page’s own count when it shows more',
      over: { creators: [creator()], creatorCount: 3 },
      min: 20,
      stock: 22,
      table: ['low'],
      findings: ['stock.low'],
    },
    { name: 'a negative minimum is the default', over: {}, min: -5, stock: 1, table: ['ok'], findings: [] },
    { name: 'out of stock', over: {}, min: 20, stock: 0, table: ['out'], findings: ['stock.out'] },
    { name: 'unknown stock', over: {}, min: 20, stock: null, table: ['unknown'], findings: ['stock.unknown'] },
  ])('$name', ({ over, min, stock, table, findings }) => {
    const d = draft({ products: [product({ stock, sampleOffer: 'free-sample' })], ...over });
    expect(both(d, min)).toEqual({ table, findings });
  });
});
