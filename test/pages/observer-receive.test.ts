import { describe, expect, it, vi } from 'vitest';
import { parseObserverMessage } from '../../lib/observer/answers';
import { MAX_BODY_CHARS, OBSERVER_SOURCE } from '../../lib/observer/endpoints';
import { listenToObserver, requestReplay } from '../../lib/observer/receive';
import { parseCreateRequest, parseCreateResponse } from '../../lib/pages/create-json';
import { CREATE_REQUEST, loadJson } from './helpers';

/** An envelope as the observer posts it (v2): bodies as JSON text. */
const msg = (endpoint: string, response: unknown, request: unknown = null, extra: object = {}) => ({
  source: OBSERVER_SOURCE,
  v: 2,
  seq: 1,
  endpoint,
  request: request == null ? null : JSON.stringify(request),
  response: JSON.stringify(response),
  ...extra,
});
const api = (name: string) => loadJson<{ request: unknown; response: unknown }>(`sandbox/api/${name}.json`);
const parse = (data: unknown) => parseObserverMessage(data);
/** A stand-in for the observer's port: what the listener posts, and a way to deliver to it. */
function fakePort() {
  const posted: unknown[] = [];
  const port = Object.assign(new EventTarget(), {
    posted,
    postMessage: (m: unknown) => posted.push(m),
    start() {},
  });
  const fire = (data: unknown) => port.dispatchEvent(new MessageEvent('message', { data }));
  return { port, posted, fire };
}

describe('good messages from the sandbox JSON', () => {
  it('creator search → normalised CreatorRow', () => {
    const { request, response } = api('creator-find');
    const e = parse(msg('creator-find', response, request));
    expect(e?.endpoint).toBe('creator-find');
    if (e?.endpoint !== 'creator-find') return;
    expect(e.seq).toBe(1);
    expect(e.request).toEqual({ page: 1, query: null, creatorIds: [], reason: null });
    expect(e.result.dropped).toBe(0);
    expect(e.result.creators.length).toBe(12);
    expect(e.result.creators[0]).toEqual({
      id: '7258971330228027133',
      handle: 'max_kitchen',
      nickname: 'Zoe Deals',
      followers: 1478312,
      gmv: 210.14,
      gmvText: '£210.14',
      gmvCurrency: '£',
      unitsSold: 20,
      avgViews: 436496,
      engagement: 0.0516,
      canLive: true,
      invitedWithin90Days: false,
      collaborated: false,
      blocked: false,
      sampleFulfilment: 0.63,
      region: 'GB',
      categories: ['Baby & Maternity', 'Toys & Hobbies'],
      recommendReason: expect.any(Number),
    });
    expect(e.result.hasMore).toBe(true);
  });
  it.each([
    [
      'product-list',
      (e: any) =>
        expect(e.products[0]).toEqual({
          id: '1729505277280211008',
          title: 'Silk Yoga Leggings',
          priceCents: 236,
          currency: 'GBP',
          currencySymbol: '£',
          stock: 854,
          openRateBp: 2750,
          status: 'available',
        }),
    ],
    [
      'quota',
      (e: any) =>
        expect(e.quota).toEqual({ used24h: 0, cap24h: 200, open: 7, openCap: 1000, weeklyUsed: 140, weeklyCap: 2000 }),
    ],
    ['invitation-limit', (e: any) => expect(e.limits).toEqual({ maxCreators: 50, maxProducts: 100 })],
    ['conflict-check', (e: any) => expect(Array.isArray(e.conflicts)).toBe(true)],
    ['group-search', (e: any) => expect(e.groups.length).toBeGreaterThan(0)],
    [
      'group-detail',
      (e: any) =>
        expect(e.group.products[0]).toMatchObject({
          id: '1729807524753409573',
          openRateBp: 2950,
          targetRateBp: 3850,
          priceCents: 2211,
        }),
    ],
  ])('%s', (name, check) => {
    const { request, response } = api(name);
    const e = parse(msg(name, response, request));
    expect(e?.endpoint).toBe(name);
    check(e);
  });
  it('create success ties the outcome to what was sent', () => {
    const e = parse(
      msg(
        'create',
        { code: 0, message: 'success', data: { invitation_group_id: '7500000000000000001' } },
        CREATE_REQUEST,
      ),
    );
    expect(e).toMatchObject({
      endpoint: 'create',
      outcome: { ok: true, groupId: '7500000000000000001' },
      sent: {
        name: 'Spring',
        endTimeMs: 1900000000000,
        feeType: 'commission',
        products: [{ productId: '1729505277280211008', targetRateBp: 1250, sampleType: 'free-sample' }],
        creatorIds: ['7258971330228027133'],
        freeSample: { on: true, autoApprove: false },
        contentOption: 'video',
        flashSale: false,
        flatFee: null,
      },
    });
  });
  it('create conflict → code, message and pairs', () => {
    const e = parse(
      msg('create', {
        code: 16024022,
        message: 'creator and product already in a collaboration',
        data: { conflict_list: [{ creator_oec_id: '1', product_id: '2', invitation_group_id: '3' }] },
      }),
    );
    expect(e).toMatchObject({
      endpoint: 'create',
      sent: null,
      outcome: { ok: false, code: 16024022, conflicts: [{ creatorId: '1', productId: '2', groupId: '3' }] },
    });
  });
  it('create error without data', () => {
    expect(parseCreateResponse({ code: 98001004, message: 'Invalid parameter' })).toEqual({
      ok: false,
      code: 98001004,
      message: 'Invalid parameter',
      conflicts: [],
    });
  });
  it('flat-fee create request', () => {
    const body = {
      invitation_group: {
        ...CREATE_REQUEST.invitation_group,
        fee_type: 2,
        flat_fee: { amount: 5000, video_review: 2, ads_authorization: true },
      },
    };
    expect(parseCreateRequest(body)?.flatFee).toEqual({
      amount: 5000,
      videoReview: 'platform',
      adsAuthorization: true,
    });
  });
});

describe('dropped: wrong envelope, wrong shape', () => {
  const good = () => msg('quota', api('quota').response);
  it('accepts the good one (control)', () => expect(parse(good())).not.toBeNull());
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'collab-pilot/observer'],
    ['wrong source', { ...good(), source: 'someone-else' }],
    ['wrong version', { ...good(), v: 3 }],
    ['old version (v1: parsed objects)', { ...good(), v: 1, response: api('quota').response }],
    ['old version number with a text body', { ...good(), v: 1 }],
    ['v2 with an object body instead of text', { ...good(), response: api('quota').response }],
    ['response missing', { ...good(), response: undefined }],
    ['response empty', { ...good(), response: '' }],
    ['malformed JSON', { ...good(), response: '{"code":0,"data":{' }],
    ['HTML error page', { ...good(), response: '<html><body>502 Bad Gateway</body></html>' }],
    ['JSON null', { ...good(), response: 'null' }],
    [
      'response over MAX_BODY_CHARS',
      { ...good(), response: JSON.stringify(api('quota').response).padEnd(MAX_BODY_CHARS + 1, ' ') },
    ],
    ['request over MAX_BODY_CHARS', { ...good(), request: ' '.repeat(MAX_BODY_CHARS + 1) }],
    ['request not text', { ...good(), request: { pagination: { page: 1 } } }],
    ['unknown endpoint', { ...good(), endpoint: 'delete-everything' }],
    ['seq not an integer', { ...good(), seq: 1.5 }],
    ['response JSON but not an object', { ...good(), response: '"oops"' }],
    ['response code ≠ 0 for a read endpoint', msg('quota', { code: 500, message: 'x' })],
    ['quota missing counts', msg('quota', { code: 0, data: { open_group_cnt: 1 } })],
    [
      'quota numbers as words',
      msg('quota', { code: 0, data: { group_cnt_limit_for24: 'many', current_group_cnt_for24: 'few' } }),
    ],
    ['endpoint/response mismatch', msg('create', api('quota').response)],
    [
      'limit wrong types',
      msg('invitation-limit', { code: 0, data: { max_creator_num: { value: 50 }, max_product_num: 100 } }),
    ],
    ['group detail without group', msg('group-detail', { code: 0, data: {} })],
    ['create success without id', msg('create', { code: 0, data: {} })],
    ['create success with a URL-hostile id', msg('create', { code: 0, data: { invitation_group_id: '1&x=<script>' } })],
    ['creator list not an array', msg('creator-find', { code: 0, data: { creator_profile_list: {} } })],
    [
      'product list oversized',
      msg('product-list', { code: 0, data: { products: Array.from({ length: 1001 }, () => ({ product_id: '1' })) } }),
    ],
  ])('%s', (_name, data) => {
    expect(parseObserverMessage(data)).toBeNull();
  });
});

describe('text bodies are parsed here, bounded', () => {
  const quota = api('quota').response;
  const find = api('creator-find');
  const created = { code: 0, data: { invitation_group_id: '7' } };
  it.each<[string, unknown, (e: any) => void]>([
    [
      'pretty-printed text',
      { ...msg('quota', null), response: JSON.stringify(quota, null, 2) },
      (e) => expect(e.quota.cap24h).toBe(200),
    ],
    [
      'a body exactly at MAX_BODY_CHARS',
      { ...msg('quota', null), response: JSON.stringify(quota).padEnd(MAX_BODY_CHARS, ' ') },
      (e) => expect(e.quota.cap24h).toBe(200),
    ],
    [
      'request absent',
      { ...msg('creator-find', find.response), request: undefined },
      (e) => expect(e.request).toBeNull(),
    ],
    // A malformed request body loses only what was sent, as when none was seen: the outcome still counts.
    [
      'request malformed → request null',
      { ...msg('creator-find', find.response), request: '{"pagination":' },
      (e) => expect(e.request).toBeNull(),
    ],
    [
      'create: request malformed → sent null',
      { ...msg('create', created), request: 'name=A' },
      (e) => expect(e).toMatchObject({ sent: null, outcome: { ok: true, groupId: '7' } }),
    ],
    [
      'request parsed too',
      msg('creator-find', find.response, { pagination: { size: 12, page: 3 } }),
      (e) => expect(e.request).toMatchObject({ page: 3 }),
    ],
  ])('%s', (_name, data, check) => {
    const e = parse(data);
    expect(e).not.toBeNull();
    check(e);
  });
});

describe('forged fields', () => {
  it('strips unknown fields (a message can never carry a command)', () => {
    const forged = msg('quota', api('quota').response, null, { command: 'send', url: 'https://evil.example' });
    const e = parse(forged) as unknown as Record<string, unknown>;
    expect(e).not.toBeNull();
    expect(Object.keys(e).sort()).toEqual(['endpoint', 'quota', 'seq']);
  });
  it('drops creator rows with hostile ids; an odd handle or figure is unknown, the creator stays', () => {
    const { response } = api('creator-find') as { response: { data: { creator_profile_list: object[] } } };
    const list = structuredClone(response.data.creator_profile_list);
    list[0] = { ...list[0], creator_oecuid: { value: 'javascript:alert(1)' } };
    list[1] = { ...list[1], handle: { value: 42 } };
    list[2] = {
      ...list[2],
      follower_cnt: { value: 'lots' },
      ec_video_engagement: { value: 7 },
      recommend_reason: { value: 99 },
    };
    const e = parse(msg('creator-find', { ...response, data: { ...response.data, creator_profile_list: list } }));
    if (e?.endpoint !== 'creator-find') throw new Error('dropped');
    expect(e.result.dropped).toBe(1);
    expect(e.result.creators).toHaveLength(11);
    expect(e.result.creators[0]!.handle).toBe('');
    const third = e.result.creators[1]!;
    expect(third.followers).toBeNull();
    expect(third.engagement).toBeNull();
    expect(third.recommendReason).toBe(0);
  });
  it('bounds strings: an over-long title drops that product only', () => {
    const e = parse(
      msg('product-list', {
        code: 0,
        data: {
          products: [
            { product_id: '1', title: 'x'.repeat(5000) },
            { product_id: '2', title: 'ok' },
          ],
          total: 2,
        },
      }),
    );
    expect(e?.endpoint === 'product-list' && e.products.map((p) => p.id)).toEqual(['2']);
  });
  it('normalises booleans and numbers given as strings', () => {
    const e = parse(
      msg('creator-find', {
        code: '0',
        data: {
          creator_profile_list: [
            {
              creator_oecuid: 123,
              handle: '@x.y',
              follower_cnt: '1000',
              has_invited_before_90d: { value: 1 },
              live_streaming_cnt_30d: { value: 0 },
            },
          ],
          next_pagination: { has_more: 'false' },
        },
      }),
    );
    if (e?.endpoint !== 'creator-find') throw new Error('dropped');
    expect(e.result.creators[0]).toMatchObject({
      id: '123',
      handle: 'x.y',
      followers: 1000,
      invitedWithin90Days: true,
      canLive: false,
    });
    expect(e.result.hasMore).toBe(false);
  });
});

describe('listenToObserver', () => {
  it('delivers validated events once per seq, only from the port, asks for a replay', async () => {
    const got: unknown[] = [];
    const { port, posted, fire } = fakePort();
    const ac = new AbortController();
    listenToObserver(port, (e) => got.push(e), ac.signal);
    expect(posted).toContainEqual({ source: 'collab-pilot/content', type: 'replay' });
    const quota = msg('quota', api('quota').response);
    fire(quota);
    fire(quota); // replayed duplicate
    // A page script posts on window, not on the port: never read.
    window.dispatchEvent(
      new MessageEvent('message', { data: { ...quota, seq: 2 }, origin: window.location.origin, source: window }),
    );
    fire({ ...quota, seq: 4, v: 9 });
    ac.abort();
    fire({ ...quota, seq: 5 });
    expect(got).toHaveLength(1);
  });

  it('skips a replayed seq before parsing its body again; a forged seq is not remembered', () => {
    const got: Array<{ seq: number | null }> = [];
    const ac = new AbortController();
    const { port, fire } = fakePort();
    listenToObserver(port, (e) => got.push(e), ac.signal);
    const quota = msg('quota', api('quota').response, null, { seq: 7 });
    const spy = vi.spyOn(JSON, 'parse');
    try {
      fire({ ...quota, seq: 8, response: '{"code":0' }); // malformed, dropped: seq 8 must stay free
      fire(quota);
      fire(quota);
      fire(quota);
      fire({ ...quota, seq: 8 });
      expect(spy.mock.calls.filter(([t]) => t === quota.response)).toHaveLength(2); // seq 7 once, seq 8 once
    } finally {
      spy.mockRestore();
      ac.abort();
    }
    expect(got.map((e) => e.seq)).toEqual([7, 8]);
  });

  it.each([
    ['asks for the replay itself by default', true, 1],
    ['leaves the replay to the caller', false, 0],
  ])('%s', (_name, replay, asked) => {
    const { port, posted } = fakePort();
    const ac = new AbortController();
    try {
      listenToObserver(port, () => undefined, ac.signal, { replay });
      expect(posted).toHaveLength(asked);
      requestReplay(port);
      expect(posted.at(-1)).toEqual({ source: 'collab-pilot/content', type: 'replay' });
    } finally {
      ac.abort();
    }
  });
});

describe('a consumer that throws', () => {
  it('is reported to the caller, and the next message is still delivered', () => {
    const { port, fire } = fakePort();
    const ac = new AbortController();
    const errors: unknown[] = [];
    const got: Array<number | null> = [];
    listenToObserver(
      port,
      (e) => {
        got.push(e.seq);
        if (e.seq === 1) throw new Error('consumer bug');
      },
      ac.signal,
      { replay: false, onError: (e) => errors.push(e) },
    );
    fire(msg('quota', api('quota').response, null, { seq: 1 }));
    fire(msg('quota', api('quota').response, null, { seq: 2 }));
    ac.abort();
    expect(got).toEqual([1, 2]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['consumer bug']);
  });
});
