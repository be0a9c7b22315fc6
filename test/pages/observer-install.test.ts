import { describe, expect, it, vi } from 'vitest';
import { ENDPOINTS, MAX_BODY_CHARS, OBSERVER_VERSION } from '../../lib/observer/endpoints';
import { installObserver } from '../../lib/observer/install';

const ORIGIN = 'https://affiliate.tiktok.com';
const QUOTA = `${ORIGIN}${ENDPOINTS.quota}?shop_region=GB`;
const CREATE = `${ORIGIN}${ENDPOINTS.create}`;
const flush = () => new Promise((r) => setTimeout(r, 10));

class FakeXHR extends EventTarget {
  static opened: unknown[][] = [];
  static sent: unknown[] = [];
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  open(...args: unknown[]) {
    FakeXHR.opened.push(args);
  }
  send(body?: unknown) {
    FakeXHR.sent.push(body);
  }
  /** Test helper: the server answers. */
  answer(text: string, json?: unknown) {
    this.responseText = text;
    this.response = json ?? text;
    this.dispatchEvent(new Event('loadend'));
  }
}

function fakeWindow(fetchImpl: (...a: unknown[]) => Promise<Response>) {
  /** What went over the observer's port (the origin is the page's: the port is the page's own). */
  const posted: Array<{ msg: any; origin: string }> = [];
  /** What went on `window`: the hand-over only. */
  const handed: Array<{ msg: any; origin: string; transfer: unknown[] }> = [];
  const target = new EventTarget();
  const port = Object.assign(new EventTarget(), {
    postMessage: (msg: unknown) => posted.push({ msg, origin: ORIGIN }),
    start() {},
  });
  const win = {
    MessageChannel: class {
      port1 = port;
      port2 = { other: true };
    },
    location: { origin: ORIGIN, href: `${ORIGIN}/connection/target-invitation/create` },
    URL,
    Request,
    Response,
    fetch: vi.fn(fetchImpl),
    XMLHttpRequest: class extends FakeXHR {},
    postMessage: (msg: unknown, origin: string, transfer: unknown[]) => handed.push({ msg, origin, transfer }),
    addEventListener: target.addEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return { win, posted, handed, port, origFetch: win.fetch, target };
}

const json = (body: unknown, init?: ResponseInit) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('fetch wrapper', () => {
  it('returns the very promise the original returned, leaves the body to the page, posts a copy of its text', async () => {
    const body = { code: 0, data: { group_cnt_limit_for24: 200 } };
    let original: Promise<Response> | undefined;
    const { win, posted, origFetch } = fakeWindow(() => (original = Promise.resolve(json(body))));
    expect(installObserver(win as never)).toBe(true);
    const p = win.fetch(QUOTA, { method: 'GET' });
    expect(p).toBe(original);
    expect(origFetch).toHaveBeenCalledWith(QUOTA, { method: 'GET' });
    const res = await p;
    expect(await res.json()).toEqual(body); // the page can still read its body
    await flush();
    expect(OBSERVER_VERSION).toBe(2);
    const msg = {
      source: 'collab-pilot/observer',
      v: 2,
      seq: 1,
      endpoint: 'quota',
      request: null,
      response: JSON.stringify(body),
    };
    expect(posted).toEqual([{ msg, origin: ORIGIN }]);
  });

  it('reads the request body of the create call as text (string or Request)', async () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({ code: 0, data: { invitation_group_id: '1' } })));
    installObserver(win as never);
    await win.fetch(CREATE, { method: 'POST', body: '{"invitation_group":{"name":"A"}}' });
    const req = new Request(CREATE, { method: 'POST', body: '{"invitation_group":{"name":"B"}}' });
    await win.fetch(req);
    await flush();
    expect(posted.map((p) => p.msg.request)).toEqual([
      '{"invitation_group":{"name":"A"}}',
      '{"invitation_group":{"name":"B"}}',
    ]);
  });

  it('ignores paths off the allow-list entirely', async () => {
    const res = json({ code: 0 });
    const clone = vi.spyOn(res, 'clone');
    const { win, posted } = fakeWindow(() => Promise.resolve(res));
    installObserver(win as never);
    await win.fetch(`${ORIGIN}/api/v1/oec/affiliate/seller/something_else`);
    await win.fetch(`${ORIGIN}${ENDPOINTS.quota}/extra`);
    await flush();
    expect(posted).toEqual([]);
    expect(clone).not.toHaveBeenCalled();
  });

  it('passes rejections and sync throws through untouched', async () => {
    const err = new TypeError('network');
    const { win, posted } = fakeWindow(() => Promise.reject(err));
    installObserver(win as never);
    await expect(win.fetch(QUOTA)).rejects.toBe(err);
    const { win: w2 } = fakeWindow(() => {
      throw new TypeError('bad args');
    });
    installObserver(w2 as never);
    expect(() => w2.fetch(QUOTA)).toThrow('bad args');
    await flush();
    expect(posted).toEqual([]);
  });

  it('swallows its own failures: non-JSON bodies, a throwing postMessage', async () => {
    const { win, port } = fakeWindow(() => Promise.resolve(new Response('<html>not json')));
    port.postMessage = () => {
      throw new Error('DataCloneError');
    };
    installObserver(win as never);
    const res = await win.fetch(QUOTA);
    expect(await res.text()).toBe('<html>not json');
    const { win: w2, port: p2 } = fakeWindow(() => Promise.resolve(json({ code: 0 })));
    p2.postMessage = () => {
      throw new Error('DataCloneError');
    };
    installObserver(w2 as never);
    await expect(w2.fetch(QUOTA).then((r) => r.json())).resolves.toEqual({ code: 0 });
    await flush();
  });

  it('installs once per window', () => {
    const { win } = fakeWindow(() => Promise.resolve(json({})));
    expect(installObserver(win as never)).toBe(true);
    const wrapped = win.fetch;
    expect(installObserver(win as never)).toBe(false);
    expect(win.fetch).toBe(wrapped);
  });

  it('replays its recent messages when the content script asks on the port, never when asked on window', async () => {
    const { win, posted, port } = fakeWindow(() => Promise.resolve(json({ code: 0, data: {} })));
    installObserver(win as never);
    await win.fetch(QUOTA);
    await flush();
    expect(posted).toHaveLength(1);
    const replay = { source: 'collab-pilot/content', type: 'replay' };
    win.dispatchEvent(Object.assign(new Event('message'), { data: replay, source: win }));
    expect(posted).toHaveLength(1);
    port.dispatchEvent(Object.assign(new Event('message'), { data: replay }));
    expect(posted).toHaveLength(2);
    expect(posted[1]?.msg).toEqual(posted[0]?.msg);
  });

  it("hands the other end of its channel over in its first window message, with the loader's secret", () => {
    const { win, handed } = fakeWindow(() => Promise.resolve(json({})));
    installObserver(win as never, 'secret');
    expect(handed).toEqual([
      {
        msg: { source: 'collab-pilot/observer', v: 2, type: 'port', nonce: 'secret' },
        origin: ORIGIN,
        transfer: [{ other: true }],
      },
    ]);
  });

  it('relays only same-origin requests: another origin on our path is not the platform', async () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({ code: 0, data: { invitation_group_id: '1' } })));
    installObserver(win as never);
    await win.fetch(`https://evil.example${ENDPOINTS.create}`, { method: 'POST', body: '{}' });
    const x = new win.XMLHttpRequest();
    x.open('POST', `https://evil.example${ENDPOINTS.create}`);
    x.send('{}');
    x.answer('{"code":0,"data":{"invitation_group_id":"1"}}');
    await flush();
    expect(posted).toEqual([]);
    await win.fetch(CREATE, { method: 'POST', body: '{}' });
    await flush();
    expect(posted).toHaveLength(1);
  });

  it('reads a URL object once and passes on what it read: it cannot show one address and send to another', async () => {
    const { win, posted, origFetch } = fakeWindow(() =>
      Promise.resolve(json({ code: 0, data: { invitation_group_id: '1' } })),
    );
    installObserver(win as never);
    let reads = 0;
    const shifty = { toString: () => (reads++ === 0 ? CREATE : `https://evil.example${ENDPOINTS.create}`) };
    await win.fetch(shifty as never, { method: 'POST', body: '{}' });
    await flush();
    expect(origFetch.mock.calls[0]?.[0]).toBe(CREATE);
    expect(posted).toHaveLength(1);
  });

  it('a page script that replaces Response.prototype methods afterwards cannot change what is relayed', async () => {
    const body = { code: 0, data: { invitation_group_id: '1' } };
    const { win, posted } = fakeWindow(() => Promise.resolve(json(body)));
    installObserver(win as never);
    const { clone, text } = Response.prototype;
    try {
      Response.prototype.text = () => Promise.resolve('{"code":0,"data":{"invitation_group_id":"forged"}}');
      await win.fetch(CREATE, { method: 'POST', body: '{}' });
      await flush();
    } finally {
      Object.assign(Response.prototype, { clone, text });
    }
    expect(posted.map((p) => JSON.parse(p.msg.response))).toEqual([body]);
  });
});

describe('XMLHttpRequest wrapper', () => {
  it('passes open/send through unchanged and posts text and json responses as text after loadend', () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({})));
    installObserver(win as never);
    FakeXHR.opened = [];
    FakeXHR.sent = [];
    const a = new win.XMLHttpRequest();
    a.open('POST', ENDPOINTS.create, true);
    a.send('{"invitation_group":{"name":"X"}}');
    expect(FakeXHR.opened).toEqual([['POST', ENDPOINTS.create, true]]);
    expect(FakeXHR.sent).toEqual(['{"invitation_group":{"name":"X"}}']);
    a.answer('{"code":16024022,"message":"dup"}');

    const b = new win.XMLHttpRequest();
    b.responseType = 'json';
    b.open('GET', `${ENDPOINTS['invitation-limit']}?x=1`);
    b.send();
    b.answer('', { code: 0, data: { max_creator_num: 50, max_product_num: 100 } });

    const c = new win.XMLHttpRequest();
    c.responseType = 'blob';
    c.open('GET', ENDPOINTS.quota);
    c.send();
    c.answer('{"code":0}');

    const d = new win.XMLHttpRequest();
    d.open('GET', '/api/other');
    d.send();
    d.answer('{"code":0}');

    expect(posted.map((p) => [p.msg.endpoint, p.msg.request, p.msg.response])).toEqual([
      ['create', '{"invitation_group":{"name":"X"}}', '{"code":16024022,"message":"dup"}'],
      ['invitation-limit', null, '{"code":0,"data":{"max_creator_num":50,"max_product_num":100}}'],
    ]);
  });

  it('re-opening an XHR for another URL stops observing it', () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({})));
    installObserver(win as never);
    const x = new win.XMLHttpRequest();
    x.open('GET', ENDPOINTS.quota);
    x.open('GET', '/not-ours');
    x.send();
    x.answer('{"code":0}');
    expect(posted).toEqual([]);
  });
});

describe('what is posted: the body text as read, never parsed in the main world', () => {
  type W = ReturnType<typeof fakeWindow>['win'];
  // A JSON string literal of exactly n chars (valid JSON, so only the size can drop it).
  const sized = (n: number) => `"${'x'.repeat(n - 2)}"`;
  const xhr = (type: XMLHttpRequestResponseType, sent: unknown, text: string, response: unknown) => (win: W) => {
    const x = new win.XMLHttpRequest();
    x.responseType = type;
    x.open('POST', CREATE);
    x.send(sent);
    x.responseText = text;
    x.response = response;
    x.dispatchEvent(new Event('loadend'));
  };
  const fetchWith = (init?: RequestInit) => (win: W) => win.fetch(CREATE, init);
  const spaced = '{ "code": 0,\n  "data": { "invitation_group_id": "1" } }';

  it.each<
    [
      name: string,
      served: string,
      run: (win: W) => unknown,
      expected: [request: string | null, response: string] | null,
    ]
  >([
    // fetch: the clone's text, byte for byte (not re-serialised)
    ['fetch: text verbatim', spaced, fetchWith({ method: 'POST', body: '{"a": 1}' }), ['{"a": 1}', spaced]],
    ['fetch: not JSON is still text (the receiver drops it)', '<html>502', fetchWith(), [null, '<html>502']],
    ['fetch: empty body → nothing', '', fetchWith(), null],
    ['fetch: body at the bound', sized(MAX_BODY_CHARS), fetchWith(), [null, sized(MAX_BODY_CHARS)]],
    ['fetch: body over the bound → nothing', sized(MAX_BODY_CHARS + 1), fetchWith(), null],
    [
      'fetch: request body over the bound → request null',
      '{}',
      fetchWith({ method: 'POST', body: sized(MAX_BODY_CHARS + 1) }),
      [null, '{}'],
    ],
    [
      'fetch: request body not a string → request null',
      '{}',
      fetchWith({ method: 'POST', body: new URLSearchParams('a=1') }),
      [null, '{}'],
    ],
    // XHR read as text
    ["xhr '': responseText verbatim", '', xhr('', '{"b": 2}', spaced, spaced), ['{"b": 2}', spaced]],
    ["xhr 'text': responseText verbatim", '', xhr('text', null, spaced, spaced), [null, spaced]],
    ["xhr '': over the bound → nothing", '', xhr('', null, sized(MAX_BODY_CHARS + 1), null), null],
    ["xhr '': empty → nothing", '', xhr('', null, '', ''), null],
    ['xhr: FormData request body → request null', '', xhr('', new FormData(), '{}', '{}'), [null, '{}']],
    // XHR 'json': the browser's object, re-stringified once
    [
      "xhr 'json': object → JSON text",
      '',
      xhr('json', '{"c":3}', '', { code: 0, data: { n: [1, 'two'] } }),
      ['{"c":3}', '{"code":0,"data":{"n":[1,"two"]}}'],
    ],
    ["xhr 'json': invalid JSON (response null) → nothing", '', xhr('json', null, '', null), null],
    ["xhr 'json': a bare number → nothing", '', xhr('json', null, '', 42), null],
    ["xhr 'blob' → nothing", '', xhr('blob', null, '', {}), null],
  ])('%s', async (_name, served, run, expected) => {
    const { win, posted } = fakeWindow(() => Promise.resolve(new Response(served)));
    installObserver(win as never);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await run(win);
      await flush();
      // happy-dom's Response parses its own header maps with JSON.parse: look for our bodies only.
      const isBody = (t: unknown) =>
        typeof t === 'string' && (t === served || t === spaced || /^\{"[abc]"|^"xx/.test(t));
      expect(parse.mock.calls.filter(([t]) => isBody(t))).toEqual([]);
    } finally {
      parse.mockRestore();
    }
    expect(posted.map((p) => [p.msg.request, p.msg.response])).toEqual(expected ? [expected] : []);
    for (const p of posted)
      expect(p.msg).toMatchObject({ source: 'collab-pilot/observer', v: OBSERVER_VERSION, endpoint: 'create' });
  });
});

describe('replay buffer', () => {
  const replay = (port: ReturnType<typeof fakeWindow>['port']) =>
    port.dispatchEvent(
      Object.assign(new Event('message'), { data: { source: 'collab-pilot/content', type: 'replay' } }),
    );

  it.each<[name: string, count: number, chars: number, requestChars: number, kept: [first: number, last: number]]>([
    ['keeps the last 40 messages', 45, 10, 0, [6, 45]],
    ['keeps at most 2×MAX_BODY_CHARS of bodies', 3, MAX_BODY_CHARS - 10, 0, [2, 3]],
    ['request bodies count too', 3, MAX_BODY_CHARS / 2, MAX_BODY_CHARS / 2, [2, 3]],
    ['the newest is always kept, even at 2×MAX_BODY_CHARS alone', 2, MAX_BODY_CHARS, MAX_BODY_CHARS, [2, 2]],
  ])('%s', (_name, count, chars, requestChars, [first, last]) => {
    const { win, posted, port } = fakeWindow(() => Promise.resolve(new Response('')));
    installObserver(win as never);
    const text = `"${'y'.repeat(chars - 2)}"`;
    for (let i = 0; i < count; i++) {
      const x = new win.XMLHttpRequest();
      x.open('POST', ENDPOINTS.quota);
      x.send(requestChars ? 'r'.repeat(requestChars) : null);
      x.answer(text);
    }
    posted.length = 0;
    replay(port);
    const seqs = posted.map((p) => p.msg.seq);
    expect(seqs[0]).toBe(first);
    expect(seqs.at(-1)).toBe(last);
    expect(seqs).toHaveLength(last - first + 1);
  });
});
