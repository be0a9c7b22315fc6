/** Form rows and chosen creators tied to the page's JSON without needing "ID:" text (docs/domain.md). */
import { describe, expect, it } from 'vitest';
import type { CreateForm, FormProduct } from '../../lib/pages/create-invitation';
import type { CreatorRow } from '../../lib/pages/creator-json';
import { matchProducts, toInvitationDraft } from '../../lib/pages/draft';
import type { ProductRow } from '../../lib/pages/product-json';
import { checkInvitation } from '../../lib/rules';

const json = (id: string, title: string, stock = 50): ProductRow =>
  ({
    id,
    title,
    priceCents: 1000,
    currency: 'GBP',
    currencySymbol: '£',
    stock,
    openRateBp: 1000,
    status: 'available',
  }) as ProductRow;
const row = (title: string, id: string | null = null): FormProduct => ({
  id,
  title,
  priceText: null,
  stockText: null,
  openRateText: null,
  targetRateText: '15',
  sampleOffer: 'none',
  sampleOfferText: null,
});
const byId = (...list: ProductRow[]) => new Map(list.map((p) => [p.id, p]));

describe('matchProducts', () => {
  const mug = json('1', 'Blue Mug');
  const cup = json('2', 'Red Cup');
  const twin = json('3', 'Blue Mug');
  it.each<[string, FormProduct[], Map<string, ProductRow>, Array<string | undefined>]>([
    ['by the id the row shows', [row('whatever', '2')], byId(mug, cup), ['2']],
    [
      'by title when no id is shown (case and spaces aside)',
      [row('  red   CUP ')],
      byId(mug, cup, json('9', 'Green')),
      ['2'],
    ],
    ['not by a title two loaded products share', [row('Blue Mug')], byId(mug, twin, cup), [undefined]],
    [
      'by place when the page loaded exactly the rows shown',
      [row('Mug (shortened)…'), row('Cup…')],
      byId(mug, cup),
      ['1', '2'],
    ],
    ['not by place when the page loaded other products too', [row('Mug (shortened)…')], byId(mug, cup), [undefined]],
    ['an id the page did not load stays unmatched', [row('x', '77')], byId(mug), [undefined]],
  ])('%s', (_, rows, loaded, want) => expect(matchProducts(rows, loaded).map((p) => p?.id)).toEqual(want));
});

describe('toInvitationDraft without ids on the page', () => {
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
    products: [row('Blue Mug'), row('Mystery')],
    productsFound: true,
    creators: [{ handle: 'Mia Makes' }],
    creatorCount: 1,
    creatorsComplete: true,
    creatorsShownAs: 'table',
    creatorCounter: { count: 1, max: 50 },
    notFound: [],
  } satisfies CreateForm;
  const creators = new Map<string, CreatorRow>([
    [
      '7001',
      {
        id: '7001',
        handle: 'mia.makes',
        nickname: 'Mia Makes',
        canLive: false,
        invitedWithin90Days: false,
      } as CreatorRow,
    ],
  ]);

  it('takes stock from the JSON matched by title; the unmatched row is "could not read", never out of stock', () => {
    const { draft, gaps } = toInvitationDraft(form, byId(json('1', 'Blue Mug', 0), json('5', 'Other')), creators);
    expect(draft.products.map((p) => [p.id, p.stock])).toEqual([
      ['1', 0],
      ['row-2', null],
    ]);
    expect(gaps).toContain('Could not read which product row 2 is: its stock and conflicts were not checked.');
    const codes = checkInvitation(draft).map((f) => `${f.code}:${f.productId}`);
    expect(codes).toContain('stock.out:1');
    expect(codes).toContain('stock.unknown:row-2');
  });

  it('ties a creator shown by name in the live table to the JSON by nickname, with its LIVE signal', () => {
    const { draft } = toInvitationDraft({ ...form, flashSale: true }, new Map(), creators);
    expect(draft.creators).toEqual([{ id: '7001', handle: 'mia.makes', canLive: false, invitedWithin90Days: false }]);
    expect(checkInvitation(draft).map((f) => f.code)).toContain('flash-sale.needs-live');
  });

  it("passes the seller's sample units to the stock rule", () => {
    const { draft } = toInvitationDraft(form, byId(json('1', 'Blue Mug')), creators, { sampleUnitsPerCreator: 3 });
    expect(draft.products[0]?.sampleUnitsPerCreator).toBe(3);
  });
});
