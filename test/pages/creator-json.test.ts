import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreatorRow, parseFindResponse } from '../../lib/pages/creator-json';
import { creatorJson } from '../sandbox/data/json';
import { generateWorld } from '../sandbox/data/world';

// The creator search answer is read per field: a field of another shape is unknown, never the reason a
// creator is lost, and never a default that looks like data (docs/domain.md: JSON shapes left open).

const world = generateWorld(20260101, Date.UTC(2026, 0, 1));
const wrapped = (i = 0) => creatorJson(world.creators[i]!, 'GB', 'en') as unknown as Record<string, unknown>;
const answer = (list: unknown, extra: Record<string, unknown> = {}) => ({
  code: 0,
  message: 'success',
  data: { creator_profile_list: list, next_pagination: { has_more: true, next_page: 2, search_key: 'sk' }, ...extra },
});
const one = (row: unknown): CreatorRow | null => parseFindResponse(answer([row]))?.creators[0] ?? null;

/** The same creator with every field bare, as some answers send it. */
function plain(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (k === 'category') out[k] = (v as Array<{ value: { name: string } }>).map((c) => c.value.name);
    else if (k === 'med_gmv_revenue') out[k] = v;
    else out[k] = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v;
  }
  return out;
}

/** Numbers as strings and booleans as 0/1, still wrapped. */
function stringly(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    const inner = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : undefined;
    if (typeof inner === 'number') out[k] = { value: String(inner) };
    else if (typeof inner === 'boolean') out[k] = { value: inner ? 1 : 0 };
    else out[k] = v;
  }
  return out;
}

describe('one creator in every shape the page may send', () => {
  const base = one(wrapped(0));
  it('reads the wrapped creator of the sandbox', () => {
    expect(base).toMatchObject({ id: world.creators[0]!.id, handle: world.creators[0]!.handle, blocked: false });
  });
  it.each<[string, (r: Record<string, unknown>) => unknown]>([
    ['plain fields', plain],
    ['numbers as strings, booleans as 0/1', stringly],
    ['category wrapped as { value: [...] }', (r) => ({ ...r, category: { value: r.category } })],
    [
      'extra fields everywhere',
      (r) => ({
        ...r,
        extra: { value: { deep: [1] } },
        handle: { value: r.handle && (r.handle as { value: string }).value, extra: 1 },
      }),
    ],
    ['"@" before the handle', (r) => ({ ...r, handle: { value: `@${(r.handle as { value: string }).value}` } })],
  ])('%s: the same creator', (_name, shape) => {
    expect(one(shape(wrapped(0)))).toStrictEqual(base);
  });
});

/** Where `field` lands in CreatorRow, and what it is when that field cannot be read. */
const UNKNOWN_WHEN_ODD: Array<[string, keyof CreatorRow, unknown]> = [
  ['handle', 'handle', ''],
  ['nickname', 'nickname', ''],
  ['follower_cnt', 'followers', null],
  ['units_sold', 'unitsSold', null],
  ['video_avg_view_cnt', 'avgViews', null],
  ['ec_video_engagement', 'engagement', null],
  ['has_invited_before_90d', 'invitedWithin90Days', null],
  ['has_collaborated', 'collaborated', null],
  ['is_creator_blocked_by_shop', 'blocked', null],
  ['sample_fulfillment_rate', 'sampleFulfilment', null],
  ['selection_region', 'region', null],
  ['med_gmv_revenue', 'gmv', null],
  ['category', 'categories', []],
];
const ODD_VALUES: Array<[string, unknown]> = [
  ['an object in the wrapper', { value: { nested: true } }],
  ['a list', [1, 2]],
  ['a string too long', { value: 'x'.repeat(3000) }],
  ['missing', undefined],
];

describe('one field of another shape costs that field, not the creator', () => {
  const cases = UNKNOWN_WHEN_ODD.flatMap(([field, key, unknown]) =>
    ODD_VALUES.map(([how, v]) => [field, how, key, unknown, v] as const),
  );
  it.each(cases)('%s as %s', (field, _how, key, unknown, v) => {
    const row = { ...wrapped(10) };
    if (v === undefined) delete row[field];
    else row[field] = v;
    const c = one(row);
    expect(c?.id).toBe(world.creators[10]!.id);
    expect(c?.[key]).toStrictEqual(unknown);
  });
  it('a blocked creator with an odd blocked field is unknown, never "not blocked"', () => {
    for (const v of ['maybe', 2, { value: 'yes' }, { value: null }, [true]]) {
      expect(one({ ...wrapped(10), is_creator_blocked_by_shop: v })?.blocked).toBeNull();
    }
  });
  it.each<[string, unknown, boolean | null]>([
    ['true', { value: true }, true],
    ['1', { value: 1 }, true],
    ['"1"', { value: '1' }, true],
    ['"true"', 'true', true],
    ['false', false, false],
    ['0', { value: 0 }, false],
  ])('blocked as %s', (_name, v, want) => {
    expect(one({ ...wrapped(3), is_creator_blocked_by_shop: v })?.blocked).toBe(want);
  });
  it('LIVE is unknown when neither counter can be read, known when one can', () => {
    const row = { ...wrapped(0), live_streaming_cnt_30d: { value: {} }, ec_live_streaming_cnt_30d: [1] };
    expect(one(row)?.canLive).toBeNull();
    expect(one({ ...row, live_streaming_cnt_30d: '3' })?.canLive).toBe(true);
  });
  it('without an id nothing can be queued: the creator is left out and counted', () => {
    for (const v of [undefined, { value: 'has spaces' }, { value: {} }]) {
      const row = { ...wrapped(1), creator_oecuid: v };
      expect(parseFindResponse(answer([row, wrapped(2)]))).toMatchObject({
        dropped: 1,
        creators: [{ id: world.creators[2]!.id }],
      });
    }
  });
});

describe('the answer around the list', () => {
  const list = [wrapped(0), wrapped(1)];
  it.each<[string, unknown, number | null]>([
    ['list under data', answer(list), 2],
    [
      'list and pagination at the root (the live page)',
      { code: 0, message: 'success', creator_profile_list: list, next_pagination: { has_more: true } },
      2,
    ],
    ['list at the root, no envelope at all', { creator_profile_list: list }, 2],
    ['list at the root, data empty', { code: 0, data: {}, creator_profile_list: list }, 2],
    ['an error code', { code: 16024018, message: 'x', creator_profile_list: list }, null],
    ['an error code with data', { ...answer(list), code: 1 }, null],
    ['a code that is no number', { code: 'x', creator_profile_list: list }, null],
    ['no list anywhere', { code: 0, data: {} }, null],
    ['odd pagination', answer(list, { next_pagination: 'soon' }), 2],
    ['not an object', 'x', null],
  ])('%s', (_name, json, n) => {
    const r = parseFindResponse(json);
    expect(r ? r.creators.length : null).toBe(n);
  });
  it('reads pagination where the list is', () => {
    const r = parseFindResponse({
      code: 0,
      creator_profile_list: list,
      next_pagination: { has_more: 1, next_page: '3', search_key: 'k' },
    });
    expect(r).toMatchObject({ hasMore: true, nextPage: 3, searchKey: 'k' });
  });
  it('odd pagination is unknown (no more pages assumed), the creators stay', () => {
    expect(parseFindResponse(answer(list, { next_pagination: 'soon' }))).toMatchObject({
      hasMore: false,
      nextPage: null,
    });
  });
});

describe('any value in any field', () => {
  it('never throws, never loses a creator with a good id, and blocked is true only when the page said so', () => {
    const value = fc.oneof(fc.anything(), fc.record({ value: fc.anything() }));
    const keys = Object.keys(wrapped(0)).filter((k) => k !== 'creator_oecuid');
    const row = fc.dictionary(fc.constantFrom(...keys), value);
    fc.assert(
      fc.property(row, (fields) => {
        const r = { ...fields, creator_oecuid: { value: '77' } };
        const c = one(r);
        expect(c?.id).toBe('77');
        const b = fields.is_creator_blocked_by_shop;
        const said = b && typeof b === 'object' && !Array.isArray(b) ? (b as { value?: unknown }).value : b;
        if (c?.blocked === true) expect([true, 1, '1', 'true']).toContainEqual(said);
      }),
      { numRuns: 300 },
    );
  });
});
