import { describe, expect, it } from 'vitest';
import type { CreateForm } from '../../lib/pages/create-invitation';
import type { ProductRow } from '../../lib/pages/product-json';
import { createReadings, findCreatorsReadings, listReadings } from '../../lib/report/page-readings';
import type { Reading } from '../../lib/report/readings';

const bySource = (rs: Reading[]) => Object.fromEntries(rs.map((r) => [r.key, r.source]));
const byDetail = (rs: Reading[]) => Object.fromEntries(rs.map((r) => [r.key, r.detail]));

function form(over: Partial<CreateForm> = {}): CreateForm {
  return {
    name: 'Spring',
    message: null,
    endDate: '2026-12-08',
    endsAt: '12/08/2026',
    endDateReading: { kind: 'date', ymd: '2026-12-08', time: null },
    feeStructure: 'commission',
    contentType: null,
    flashSale: null,
    freeSamples: null,
    products: [
      {
        id: 'p1',
        title: 'Pan',
        priceText: null,
        stockText: null,
        openRateText: null,
        targetRateText: '12',
        sampleOffer: null,
        sampleOfferText: null,
      },
      {
        id: null,
        title: 'Pot',
        priceText: null,
        stockText: null,
        openRateText: null,
        targetRateText: '',
        sampleOffer: null,
        sampleOfferText: null,
      },
    ],
    productsFound: true,
    creators: [{ handle: 'sunny.deals' }],
    creatorCount: 2,
    creatorsComplete: false,
    creatorsShownAs: 'table',
    creatorCounter: { count: 2, max: 50 },
    notFound: [],
    ...over,
  };
}

const product = (id: string, over: Partial<ProductRow> = {}): ProductRow => ({
  id,
  title: id,
  priceCents: 1000,
  currency: 'GBP',
  currencySymbol: '£',
  stock: 40,
  openRateBp: 1000,
  status: 'available',
  ...over,
});

describe('findCreatorsReadings', () => {
  it.each([
    ['no table', null, { rows: 'not-found', creators: 'not-found' }],
    [
      'rows tied through the page data',
      { listed: 12, unreadable: 0, fromPageData: 12 },
      { rows: 'page-text', creators: 'page-data' },
    ],
    [
      'rows known from their text only',
      { listed: 12, unreadable: 0, fromPageData: 0 },
      { rows: 'page-text', creators: 'page-text' },
    ],
    [
      'rows none of which could be read',
      { listed: 12, unreadable: 12, fromPageData: 0 },
      { rows: 'page-text', creators: 'not-found' },
    ],
  ])('%s', (_name, rows, sources) => {
    expect(bySource(findCreatorsReadings(rows))).toEqual(sources);
  });
  it('counts listed, tied and unread rows', () => {
    expect(byDetail(findCreatorsReadings({ listed: 12, unreadable: 2, fromPageData: 7 }))).toEqual({
      rows: 'listed: 12, tied to a creator: 10, not read: 2',
      creators: "with the page's data: 7, from the page text only: 3",
    });
  });
});

describe('createReadings', () => {
  it('names every reading as not found when the form could not be read', () => {
    expect(bySource(createReadings(null, new Map()))).toEqual({
      creators: 'not-found',
      products: 'not-found',
      rates: 'not-found',
      stock: 'not-found',
      endDate: 'not-found',
    });
  });
  it('tells the page data from the page text', () => {
    const rs = createReadings(form(), new Map([['p1', product('p1')]]));
    expect(bySource(rs)).toEqual({
      creators: 'page-text',
      products: 'page-data',
      rates: 'page-text',
      stock: 'page-data',
      endDate: 'page-text',
    });
    expect(byDetail(rs)).toMatchObject({
      creators: 'shown as table, chosen: 2, named: 1',
      products: "rows: 2, with an id: 1, with the page's data: 1",
      rates: 'typed: 1 of 2, open rates known: 1',
      stock: 'known for 1 of 2 products',
      endDate: '"12/08/2026" read as 2026-12-08',
    });
  });
  it.each([
    ['no creators shown', form({ creatorsShownAs: null }), 'creators', 'not-found'],
    ['no product table', form({ productsFound: false }), 'stock', 'not-found'],
    ['products without page data', form(), 'stock', 'not-found'],
    [
      'an unreadable date',
      form({ endDateReading: { kind: 'unreadable', text: 'soon' }, endsAt: 'soon' }),
      'endDate',
      'not-found',
    ],
    ['no date', form({ endDateReading: null, endsAt: null }), 'endDate', 'not-found'],
  ])('%s', (_name, f, key, source) => {
    expect(bySource(createReadings(f, new Map()))[key]).toBe(source);
  });
  it('says when a date reads two ways', () => {
    const rs = createReadings(
      form({
        endsAt: '05/06/2027',
        endDateReading: { kind: 'ambiguous', ymd: '2027-06-05', alternative: '2027-05-06', time: null },
      }),
      new Map(),
    );
    expect(byDetail(rs).endDate).toBe('"05/06/2027" reads as 2027-06-05 or 2027-05-06');
  });
});

describe('listReadings', () => {
  it.each([
    ['list data read', 9, 9, true, { rows: 'page-text', collaborations: 'page-data' }],
    ['list data not read', 9, 0, false, { rows: 'page-text', collaborations: 'not-found' }],
    ['no rows', 0, 0, false, { rows: 'not-found', collaborations: 'not-found' }],
  ])('%s', (_name, rows, data, read, sources) => {
    expect(bySource(listReadings(rows, data, read))).toEqual(sources);
  });
});
