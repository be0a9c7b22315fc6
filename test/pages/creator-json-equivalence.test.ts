import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { creatorSchema, normaliseCreator, parseFindResponse } from '../../lib/pages/creator-json';
import { lazy, unlazy } from '../../lib/schema/lazy';
import { creatorJson } from '../sandbox/data/json';
import { generateWorld } from '../sandbox/data/world';
import * as before from './creator-json-reference';

// The flat creator rows (wrappers taken off before zod, see fieldValue) must give exactly what the old
// object-or-bare unions gave, for any input: the old code is kept in creator-json-reference.ts.

const world = generateWorld(20260101, Date.UTC(2026, 0, 1));
const row = (i: number, region = 'GB') => creatorJson(world.creators[i]!, region, 'en') as unknown as Record<string, unknown>;
const answer = (list: unknown, data: Record<string, unknown> = {}) => ({
  code: 0,
  message: 'success',
  data: { creator_profile_list: list, next_pagination: { has_more: true, next_page: 2, search_key: 'sk' }, ...data },
});
const same = (json: unknown): void => {
  expect(parseFindResponse(json)).toStrictEqual(before.parseFindResponse(json));
};

const WRAPPED = [
  'creator_oecuid',
  'handle',
  'nickname',
  'follower_cnt',
  'units_sold',
  'video_avg_view_cnt',
  'ec_video_engagement',
  'live_streaming_cnt_30d',
  'ec_live_streaming_cnt_30d',
  'has_invited_before_90d',
  'has_collaborated',
  'is_creator_blocked_by_shop',
  'sample_fulfillment_rate',
  'selection_region',
  'recommend_reason',
] as const;

const ABSENT = Symbol('absent');
const long = (n: number, c = '7') => c.repeat(n);
/** Bare values at and around every bound and parse rule of numLike, boolLike, idLike, text and the to* readers. */
const PRIMITIVES: unknown[] = [
  0, -0, 1, -1, 2, 3, 4, 5, 0.5, 1.5, -0.25, 12_345.67, 2 ** 53, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY, '', ' ', '0', '1', '-1', '4', '12', ' 12 ', '-3.5', '1e3', '0x10', '1.', '.5', 'abc', 'true',
  'false', 'TRUE', 'yes', '@glow', '@@glow', ' @glow ', '@', 'ok_id-1', 'javascript:alert(1)', '7000000000000000001',
  long(8, 't'), long(9, 't'), long(40), long(41), long(64), long(65), long(200, 'c'), long(201, 'c'), long(2000, 'x'),
  long(2001, 'x'), true, false, 10n,
];
/** Everything a field can be: absent, nullish, bare, wrapped (well or badly), arrays, odd objects. */
const FIELD_VALUES: unknown[] = [
  ABSENT, undefined, null, {}, { value: undefined }, { value: null }, { other: 1 }, { value: 1, other: 'x' },
  { value: { value: 1 } }, { value: [1] }, { value: {} }, [], [1], [{ value: 1 }], Object.create({ value: 3 }),
  Object.create({ other: 3 }), new Date(0), ...PRIMITIVES, ...PRIMITIVES.map((value) => ({ value })),
];
const CATEGORIES: unknown[] = [
  ABSENT, undefined, null, [], ['Beauty'], [{ name: 'Beauty' }], [{ value: { name: 'Home' } }], [{ value: 'Toys' }],
  [{ name: '' }], [{ name: long(200, 'c') }, { name: long(201, 'c') }], [null, 1, true, [], {}, { name: 5 }, { name: null }],
  Array.from({ length: 50 }, (_, i) => `c${i}`), Array.from({ length: 51 }, (_, i) => `c${i}`), 'Beauty', { name: 'Beauty' },
  { value: ['Beauty'] }, 3,
];
const GMV: unknown[] = [
  ABSENT, undefined, null, {}, { value: '12.5', format: '£12.5', symbol: '£' }, { value: 12.5 }, { value: 'x' },
  { value: long(41) }, { value: { value: 1 } }, { format: long(2001, 'x') }, { symbol: 5 }, { value: null, format: null },
  [], [{ value: 1 }], '12.5', 12.5,
];

function withField(base: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  const r = { ...base };
  if (v === ABSENT) delete r[key];
  else r[key] = v;
  return r;
}

describe('parseFindResponse gives what the old parse gave', () => {
  it('on every answer of the sandbox (84 pages of 12, three regions)', () => {
    for (const region of ['GB', 'ID', 'VN']) {
      for (let page = 0; page < 84; page++) {
        const list = Array.from({ length: 12 }, (_, i) => row(page * 12 + i, region));
        const json = JSON.parse(JSON.stringify(answer(list)));
        same(json);
        // Not a vacuous match of two nulls: the sandbox's rows are all good.
        expect(parseFindResponse(json)?.creators).toHaveLength(12);
      }
    }
  });

  it.each(WRAPPED.map((k) => [k]))('%s: every kind of value, bare or wrapped', (key) => {
    const base = row(0);
    for (const v of FIELD_VALUES) same(answer([withField(base, key, v)]));
    // The row is kept or dropped alike, not just turned to null alike.
    expect(FIELD_VALUES.some((v) => parseFindResponse(answer([withField(base, key, v)]))?.dropped === 1)).toBe(true);
  });

  it.each<[string, unknown[]]>([
    ['category', CATEGORIES],
    ['med_gmv_revenue', GMV],
  ])('%s: lists and objects, good and bad', (key, values) => {
    for (const v of values) same(answer([withField(row(3), key, v)]));
  });

  it.each<[string, unknown]>([
    ['not an object', 'x'],
    ['null', null],
    ['a number', 7],
    ['an array', [row(1)]],
    ['an empty object', {}],
    ['only an id', { creator_oecuid: { value: '123' } }],
    ['id and handle, bare', { creator_oecuid: 123, handle: '@x' }],
    ['a wrapper all the way', { value: row(1) }],
    ['a date', new Date(0)],
  ])('a row that is %s', (_name, r) => same(answer([r, row(1)])));

  it.each<[string, unknown]>([
    ['no envelope', null],
    ['an array', []],
    ['code 1', { ...answer([row(1)]), code: 1 }],
    ['code "0"', { ...answer([row(1)]), code: '0' }],
    ['code missing', { data: answer([row(1)]).data }],
    ['data null', { code: 0, data: null }],
    ['list not an array', answer({})],
    ['list of 1,000', answer(Array.from({ length: 1000 }, () => row(1)))],
    ['list of 1,001', answer(Array.from({ length: 1001 }, () => row(1)))],
    ['no next_pagination', answer([row(1)], { next_pagination: undefined })],
    ['next_pagination null', answer([row(1)], { next_pagination: null })],
    ['has_more "1", page "3"', answer([row(1)], { next_pagination: { has_more: '1', next_page: '3', search_key: null } })],
    ['has_more "maybe"', answer([row(1)], { next_pagination: { has_more: 'maybe' } })],
    ['search_key too long', answer([row(1)], { next_pagination: { search_key: long(2001, 'k') } })],
  ])('an answer with %s', (_name, json) => same(json));

  it('on generated rows (any value in any field)', () => {
    const value = fc.oneof(
      fc.constantFrom(...FIELD_VALUES),
      fc.anything(),
      fc.record({ value: fc.anything() }),
      fc.record({ value: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null)) }),
    );
    const anyRow = fc.record(
      {
        ...Object.fromEntries(WRAPPED.map((k) => [k, value])),
        category: fc.oneof(fc.constantFrom(...CATEGORIES), fc.anything()),
        med_gmv_revenue: fc.oneof(fc.constantFrom(...GMV), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const list = fc.array(fc.oneof(anyRow, fc.constant(row(2)), fc.anything()), { maxLength: 14 });
    fc.assert(fc.property(list, (rows) => same(answer(rows.map((r) => withAbsent(r))))), { numRuns: 400 });
  });
});

/** fast-check records may carry ABSENT picked from the tables: drop those keys. */
function withAbsent(r: unknown): unknown {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return r;
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT));
}

describe('creatorSchema and normaliseCreator', () => {
  it('take the wrappers off (output values are bare)', () => {
    const r = creatorSchema.safeParse(row(0));
    expect(r.success && r.data.creator_oecuid).toBe(world.creators[0]!.id);
    expect(r.success && r.data.follower_cnt).toBe(world.creators[0]!.followers);
  });

  it('normaliseCreator reads an old-style (still wrapped) row the same as a flat one', () => {
    const old = before.creatorSchema.safeParse(row(4));
    const now = creatorSchema.safeParse(row(4));
    if (!old.success || !now.success) throw new Error('row 4 should parse');
    expect(normaliseCreator(old.data as never)).toStrictEqual(normaliseCreator(now.data));
  });
});

/** Every zod schema reachable from `s` through its def (shape, inner types, options, pipe ends, elements). */
function* schemasIn(s: z.core.$ZodType, seen = new Set<unknown>()): Generator<z.core.$ZodType> {
  if (seen.has(s)) return;
  seen.add(s);
  yield s;
  const def = s._zod.def as unknown as Record<string, unknown>;
  const options = (def.options as unknown[]) ?? [];
  const kids = [def.innerType, def.in, def.out, def.element, ...options, ...Object.values(def.shape ?? {})];
  for (const k of kids) if (k && typeof k === 'object' && '_zod' in k) yield* schemasIn(k as z.core.$ZodType, seen);
}

describe('unlazy (lib/schema/lazy.ts)', () => {
  it('gives the schema behind a lazy one, built on that first call, and anything else as it is', () => {
    let builds = 0;
    const s = lazy(() => {
      builds++;
      return z.string();
    });
    expect(builds).toBe(0);
    const real = unlazy(s);
    expect(builds).toBe(1);
    expect(real).not.toBe(s);
    expect(real._zod).toBe(s._zod);
    expect(unlazy(s)).toBe(real);
    expect(builds).toBe(1);
    const plain = z.number();
    expect(unlazy(plain)).toBe(plain);
  });

  it('leaves no lazy proxy inside the creator row schema (zod would go through it per field per row)', () => {
    const nodes = [...schemasIn(unlazy(creatorSchema))];
    expect(nodes.length).toBeGreaterThan(20);
    expect(nodes.filter((n) => unlazy(n) !== n)).toEqual([]);
  });
});
