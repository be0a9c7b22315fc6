import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../lib/guard/outcome';
import type { GuardProductRow } from '../../lib/guard/types';
import {
  creatorCountOf,
  type GuardPageFacts,
  type GuardViewInput,
  guardFindings,
  guardView,
  missingBatchProducts,
  pageCurrency,
  prefillFormOf,
  productRows,
  rowIndex,
} from '../../lib/guard/view-model';
import type { CreateForm, FormProduct } from '../../lib/pages/create-invitation';
import type { DraftResult } from '../../lib/pages/draft';
import { DAY, draft, NOW, product } from '../rules/fixtures';

const built = (over: Partial<DraftResult['draft']> = {}, extra: Partial<DraftResult> = {}): DraftResult => ({
  draft: draft(over),
  gaps: [],
  endsAtAlternative: null,
  ...extra,
});

const formProduct = (over: Partial<FormProduct> = {}): FormProduct => ({
  id: 'p1',
  title: 'Blue Mug',
  priceText: null,
  stockText: null,
  openRateText: '10%',
  targetRateText: '15',
  sampleOffer: null,
  sampleOfferText: null,
  ...over,
});

function form(over: Partial<CreateForm> = {}): CreateForm {
  return {
    name: 'Winter mugs',
    message: null,
    endDate: '2026-12-25',
    endsAt: null,
    endDateReading: null,
    feeStructure: 'commission',
    contentType: 'any',
    flashSale: false,
    freeSamples: null,
    products: [formProduct()],
    productsFound: true,
    creators: [],
    creatorCount: 1,
    creatorsComplete: true,
    creatorsShownAs: 'chips',
    creatorCounter: null,
    notFound: [],
    ...over,
  };
}

const facts = (over: Partial<GuardPageFacts> = {}): GuardPageFacts => ({
  products: new Map(),
  creators: new Map(),
  quota: null,
  conflicts: [],
  lastCreate: null,
  ...over,
});

const SETTINGS = { minStock: 10, raiseMarginBp: 200 };
const CONTEXT = { now: NOW, minStock: 10, locale: 'en-GB' };

describe('guardFindings', () => {
  it('no draft (form not read) → no findings', () => {
    expect(guardFindings(null, facts(), CONTEXT)).toEqual([]);
  });
  it('a clean draft → none', () => {
    expect(guardFindings(built(), facts(), CONTEXT)).toEqual([]);
  });
  it.each<[string, DraftResult, Partial<GuardPageFacts>, string[]]>([
    [
      'what could not be read is a "Good to know" note, never an error',
      built({}, { gaps: ['Could not read the end date'] }),
      {},
      ['info:read.unknown'],
    ],
    [
      'a conflict the page reported is a must-fix',
      built(),
      { conflicts: [{ creatorId: 'c1', productId: 'p1', groupId: '9' }] },
      ['error:'],
    ],
    [
      'an end date that reads two ways with different verdicts says so',
      built({ endsAt: NOW - DAY }, { endsAtAlternative: NOW - 2 * DAY }),
      {},
      ['error:'],
    ],
    [
      'an end date that reads two ways, one ahead and one past: the one ahead is checked',
      built({ endsAt: NOW + 30 * DAY }, { endsAtAlternative: NOW - DAY }),
      {},
      [],
    ],
  ])('%s', (_name, b, f, expected) => {
    const got = guardFindings(b, facts(f), CONTEXT).map((x) => `${x.severity}:${x.code}`);
    for (const e of expected) expect(got.some((g) => g.startsWith(e))).toBe(true);
    if (expected.length === 0) expect(got.filter((g) => g.startsWith('error'))).toEqual([]);
  });
  it('an end date whose two readings disagree on a warning leaves the end checks out and says why', () => {
    // Ends in 2 days (soon) or in 40 (fine): the verdict depends on the reading.
    const got = guardFindings(
      built({ endsAt: NOW + 2 * DAY }, { endsAtAlternative: NOW + 40 * DAY }),
      facts(),
      CONTEXT,
    );
    const notes = got.filter((f) => f.code === 'read.unknown');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toContain(new Date(NOW + 2 * DAY).toISOString().slice(0, 10));
  });
});

describe('productRows', () => {
  it.each<[string, Partial<FormProduct>, Partial<GuardProductRow>]>([
    ['a typed target is the rate paid', { targetRateText: '15' }, { targetRateBp: 1500, effectiveBp: 1500 }],
    [
      'an empty target field: the open rate is paid',
      { targetRateText: '  ' },
      { targetRateBp: null, effectiveBp: 1000 },
    ],
    ['no form row: the open rate is paid', {}, { raiseToBp: 1200 }],
  ])('%s', (_name, fp, expected) => {
    const rows = productRows(built(), form({ products: [formProduct(fp)] }), SETTINGS);
    expect(rows[0]).toMatchObject(expected);
  });
  it.each<[string, number | null, number, GuardProductRow['stockState']]>([
    ['stock well above need', 500, 1, 'ok'],
    ['no stock', 0, 1, 'out'],
    ['stock unknown', null, 1, 'unknown'],
  ])('%s → %s', (_name, stock, creators, state) => {
    const rows = productRows(built({ products: [product({ stock })], creatorCount: creators }), form(), SETTINGS);
    expect(rows[0]?.stockState).toBe(state);
  });
  it('a product without a title shows its id; no draft → no rows', () => {
    expect(productRows(built({ products: [product({ title: undefined })] }), form(), SETTINGS)[0]?.title).toBe('p1');
    expect(productRows(null, null, SETTINGS)).toEqual([]);
  });
});

describe('creatorCountOf', () => {
  it.each<[string, DraftResult | null, number | null]>([
    ['the form not read', null, null],
    ['the page shows a counter', built({ creatorCount: 7 }), 7],
    ['a counter that could not be read', built({ creatorCount: null }), null],
    ['no counter: the creators read', built({}), 1],
  ])('%s → %s', (_name, b, n) => {
    expect(creatorCountOf(b)).toBe(n);
  });
});

describe('describeOutcome', () => {
  const data = facts({
    creators: new Map([['c1', { handle: 'mugfan' }]]),
    products: new Map([['p1', { title: 'Blue Mug', currency: null }]]),
  });
  it.each<[string, GuardPageFacts['lastCreate'], ReturnType<typeof describeOutcome>]>([
    ['no answer yet', null, null],
    ['sent', { outcome: { ok: true, groupId: 'g1' } }, { ok: true, groupId: 'g1' }],
    [
      'refused: ids become @handles and titles, unknown ones stay ids',
      {
        outcome: {
          ok: false,
          code: 16024022,
          message: 'dup',
          conflicts: [
            { creatorId: 'c1', productId: 'p1', groupId: '9' },
            { creatorId: 'c2', productId: 'p2', groupId: '9' },
          ],
        },
      },
      {
        ok: false,
        code: '16024022',
        message: expect.any(String) as unknown as string,
        conflicts: [
          { creator: '@mugfan', product: 'Blue Mug' },
          { creator: 'c2', product: 'p2' },
        ],
      },
    ],
  ])('%s', (_name, lastCreate, expected) => {
    expect(describeOutcome({ ...data, lastCreate })).toEqual(expected);
  });
});

describe('prefillFormOf', () => {
  const rows = productRows(built(), form(), SETTINGS);
  it.each<[string, Partial<CreateForm>, Record<string, unknown> | null]>([
    ['a date read one way', {}, { endDate: '2026-12-25', contentTypeEditable: true }],
    [
      'a date that reads two ways is kept as chosen',
      { endDate: null, endDateReading: { kind: 'ambiguous', ymd: '2026-05-06' } as CreateForm['endDateReading'] },
      { endDate: '2026-05-06' },
    ],
    ['the flat-fee page: content type fixed', { feeStructure: 'flat-fee' }, { contentTypeEditable: false }],
    ['content type not read: not offered', { contentType: null }, { contentTypeEditable: false }],
  ])('%s', (_name, over, expected) => {
    expect(prefillFormOf(form(over), rows)).toMatchObject(expected!);
  });
  it('no form → nothing to plan against', () => {
    expect(prefillFormOf(null, rows)).toBe(null);
  });
});

describe('missingBatchProducts, pageCurrency, rowIndex', () => {
  it.each<[string, Array<{ id: string; title?: string }> | null, CreateForm | null, string[]]>([
    ['no batch', null, form(), []],
    ['form not read', [{ id: 'p9' }], null, []],
    ['all on the form', [{ id: 'p1' }], form(), []],
    [
      'one missing, by title else id',
      [{ id: 'p1' }, { id: 'p8', title: 'Red Mug' }, { id: 'p9' }],
      form(),
      ['Red Mug', 'p9'],
    ],
  ])('%s', (_name, batch, f, missing) => {
    expect(missingBatchProducts(batch, f)).toEqual(missing);
  });
  it.each<[string, Array<string | null>, string | undefined]>([
    ['first ISO code', [null, 'Rp', 'IDR', 'GBP'], 'IDR'],
    ['none', ['Rp'], undefined],
  ])('currency: %s', (_name, currencies, expected) => {
    expect(pageCurrency(new Map(currencies.map((currency, i) => [`p${i}`, { title: 'x', currency }])))).toBe(expected);
  });
  it('rowIndex finds a product by its place; -1 when absent', () => {
    const rows = productRows(built({ products: [product({ id: 'a' }), product({ id: 'b' })] }), null, SETTINGS);
    expect([rowIndex(rows, 'b'), rowIndex(rows, 'z')]).toEqual([1, -1]);
  });
});

describe('guardView', () => {
  const input = (over: Partial<GuardViewInput> = {}): GuardViewInput => ({
    page: { language: 'en', region: 'GB', feeStructure: 'commission' },
    form: form(),
    built: built(),
    facts: facts(),
    findings: [],
    products: [],
    send: { state: 'idle' },
    prefill: null,
    changes: [],
    batchProducts: null,
    ...over,
  });
  it.each<[string, Partial<GuardViewInput>, Record<string, unknown>]>([
    [
      'the form read',
      {},
      { formRead: true, creatorCount: 1, feeStructure: 'commission', quota: null, prefill: null, batchMissing: [] },
    ],
    [
      'the form not read: the page tells the fee structure, no creators',
      { form: null, built: null, page: { language: 'en', region: 'GB', feeStructure: 'flat-fee' } },
      { formRead: false, creatorCount: 0, feeStructure: 'flat-fee' },
    ],
    ['creators not read', { built: built({ creatorCount: null }) }, { creatorCount: null }],
    [
      'a quota without the open count is not shown',
      { facts: facts({ quota: { used24h: 1, cap24h: 2000 } as GuardPageFacts['quota'] }) },
      { quota: null },
    ],
    [
      'a full quota is shown',
      { facts: facts({ quota: { used24h: 1, cap24h: 2000, open: 3, openCap: 5000 } }) },
      { quota: { used24h: 1, cap24h: 2000, open: 3, openCap: 5000 } },
    ],
    [
      'flat fee terms from the form',
      {
        form: form({
          feeStructure: 'flat-fee',
          flatFee: { amountText: '10', videoReview: 'seller', adsAuthorization: true },
        }),
      },
      { feeStructure: 'flat-fee', flatFee: { videoReview: 'seller', adsAuthorization: true } },
    ],
    [
      'an offered prefill carries its changes',
      { prefill: { source: 'batch', status: 'offered' }, changes: [] },
      { prefill: { source: 'batch', status: 'offered', changes: [] } },
    ],
    [
      'a batch product not on the form',
      { batchProducts: [{ id: 'p9', title: 'Red Mug' }] },
      { batchMissing: ['Red Mug'] },
    ],
    ['locale from language and region', {}, { locale: 'en-GB' }],
  ])('%s', (_name, over, expected) => {
    expect(guardView(input(over))).toMatchObject(expected);
  });
});
