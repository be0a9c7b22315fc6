import { describe, expect, it, vi } from 'vitest';
import { ENDPOINTS } from '../../lib/observer/endpoints';
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
  const posted: Array<{ msg: any; origin: string }> = [];
  const target = new EventTarget();
  const win = {
    location: { origin: ORIGIN, href: `${ORIGIN}/connection/target-invitation/create` },
    URL,
    Request,
    fetch: vi.fn(fetchImpl),
    XMLHttpRequest: class extends FakeXHR {},
    postMessage: (msg: unknown, origin: string) => posted.push({ msg, origin }),
    addEventListener: target.addEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return { win, posted, origFetch: win.fetch, target };
}

const json = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('fetch wrapper', () => {
  it('returns the very promise the original returned, leaves the body to the page, posts a copy', async () => {
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
    expect(posted).toEqual([{ msg: { source: 'collab-pilot/observer', v: 1, seq: 1, endpoint: 'quota', request: null, response: body }, origin: ORIGIN }]);
  });

  it('reads the JSON request body of the create call (string or Request)', async () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({ code: 0, data: { invitation_group_id: '1' } })));
    installObserver(win as never);
    await win.fetch(CREATE, { method: 'POST', body: '{"invitation_group":{"name":"A"}}' });
    const req = new Request(CREATE, { method: 'POST', body: '{"invitation_group":{"name":"B"}}' });
    await win.fetch(req);
    await flush();
    expect(posted.map((p) => p.msg.request)).toEqual([{ invitation_group: { name: 'A' } }, { invitation_group: { name: 'B' } }]);
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
    const { win } = fakeWindow(() => Promise.resolve(new Response('<html>not json')));
    win.postMessage = () => {
      throw new Error('DataCloneError');
    };
    installObserver(win as never);
    const res = await win.fetch(QUOTA);
    expect(await res.text()).toBe('<html>not json');
    const { win: w2 } = fakeWindow(() => Promise.resolve(json({ code: 0 })));
    w2.postMessage = () => {
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

  it('replays its recent messages when the content script asks', async () => {
    const { win, posted } = fakeWindow(() => Promise.resolve(json({ code: 0, data: {} })));
    installObserver(win as never);
    await win.fetch(QUOTA);
    await flush();
    expect(posted).toHaveLength(1);
    win.dispatchEvent(Object.assign(new Event('message'), { data: { source: 'collab-pilot/content', type: 'replay' }, source: win }));
    expect(posted).toHaveLength(2);
    expect(posted[1]?.msg).toEqual(posted[0]?.msg);
    // From elsewhere (a frame): ignored.
    win.dispatchEvent(Object.assign(new Event('message'), { data: { source: 'collab-pilot/content', type: 'replay' }, source: {} }));
    expect(posted).toHaveLength(2);
  });
});

describe('XMLHttpRequest wrapper', () => {
  it('passes open/send through unchanged and posts text and json responses after loadend', () => {
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
      ['create', { invitation_group: { name: 'X' } }, { code: 16024022, message: 'dup' }],
      ['invitation-limit', null, { code: 0, data: { max_creator_num: 50, max_product_num: 100 } }],
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
