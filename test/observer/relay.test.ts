/**
 * The relay end to end, minus the browser: what the main-world observer posts for each transport,
 * structured-cloned as postMessage would, then validated by the isolated side. Every transport must
 * give the same validated event as every other.
 */
import { describe, expect, it } from 'vitest';
import { parseObserverMessage } from '../../lib/observer/answers';
import { ENDPOINTS, type EndpointName } from '../../lib/observer/endpoints';
import { installObserver } from '../../lib/observer/install';
import type { ObserverEvent } from '../../lib/observer/receive';
import { loadJson } from '../pages/helpers';

const ORIGIN = 'https://affiliate.tiktok.com';
const flush = () => new Promise((r) => setTimeout(r, 10));

/** A fake XHR the test answers by hand. */
class FakeXHR extends EventTarget {
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  open(..._args: unknown[]) {}
  send(_body?: unknown) {}
}

function fakeWindow(served: string) {
  const posted: unknown[] = [];
  const target = new EventTarget();
  const port = Object.assign(new EventTarget(), {
    postMessage: (msg: unknown) => posted.push(structuredClone(msg)), // what the other world receives
    start() {},
  });
  const win = {
    MessageChannel: class {
      port1 = port;
      port2 = {};
    },
    location: { origin: ORIGIN, href: `${ORIGIN}/connection/creator` },
    URL,
    Request,
    Response,
    fetch: (() => Promise.resolve(new Response(served))) as typeof fetch,
    XMLHttpRequest: class extends FakeXHR {},
    postMessage: () => {},
    addEventListener: target.addEventListener.bind(target),
  };
  return { win, posted };
}

type Win = ReturnType<typeof fakeWindow>['win'];
type Transport = (win: Win, url: string, request: string | null, response: { text: string; obj: unknown }) => unknown;
const xhr =
  (type: XMLHttpRequestResponseType): Transport =>
  (win, url, request, { text, obj }) => {
    const x = new win.XMLHttpRequest();
    x.responseType = type;
    x.open('POST', url);
    x.send(request);
    // responseType 'json': the browser hands over its own parsed object and no responseText.
    x.responseText = type === 'json' ? '' : text;
    x.response = type === 'json' ? structuredClone(obj) : text;
    x.dispatchEvent(new Event('loadend'));
  };
const TRANSPORTS: Array<[string, Transport]> = [
  ['fetch(url, {body})', (win, url, request) => win.fetch(url, { method: 'POST', body: request ?? undefined })],
  [
    'fetch(Request)',
    (win, url, request) => win.fetch(new Request(url, { method: 'POST', body: request ?? undefined })),
  ],
  ["XHR responseType ''", xhr('')],
  ["XHR responseType 'text'", xhr('text')],
  ["XHR responseType 'json'", xhr('json')],
];

const createBody = {
  invitation_group: {
    name: 'Spring',
    end_time: '1900000000000',
    fee_type: 1,
    product_list: [{ product_id: '1729505277280211008', target_commission: 1250, sample_type: 1 }],
    creator_id_list: [{ base_info: { creator_oec_id: '7258971330228027133' } }],
  },
};
const created = { code: 0, message: 'success', data: { invitation_group_id: '7500000000000000001' } };
const fixture = (name: string) => loadJson<{ request: unknown; response: unknown }>(`sandbox/api/${name}.json`);
const READS = [
  'creator-find',
  'product-list',
  'quota',
  'invitation-limit',
  'conflict-check',
  'group-search',
  'group-detail',
] as const;
const CASES: Array<[EndpointName, unknown, unknown]> = [
  ...READS.map((name): [EndpointName, unknown, unknown] => [name, fixture(name).request, fixture(name).response]),
  ['create', createBody, created],
];

async function relay(transport: Transport, endpoint: EndpointName, request: unknown, response: unknown) {
  // Pretty-printed as a server might send it: the text must survive as text, not be re-serialised.
  const text = JSON.stringify(response, null, 1);
  const { win, posted } = fakeWindow(text);
  installObserver(win as never);
  const url = `${ORIGIN}${ENDPOINTS[endpoint]}?shop_region=GB`;
  await transport(win, url, request == null ? null : JSON.stringify(request), { text, obj: response });
  await flush();
  return posted.map((m): ObserverEvent | null => parseObserverMessage(m));
}

describe.each(CASES)('%s', (endpoint, request, response) => {
  it.each(TRANSPORTS)('%s: one message, validated, same as every other transport', async (_name, transport) => {
    const [event, ...rest] = await relay(transport, endpoint, request, response);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ endpoint, seq: 1 });
    const [reference] = await relay(TRANSPORTS[0]![1], endpoint, request, response);
    expect(event).toEqual(reference);
  });
});

it('a realistic creator page arrives whole, with its request', async () => {
  const { request, response } = fixture('creator-find');
  const [e] = await relay(xhr('json'), 'creator-find', request, response);
  if (e?.endpoint !== 'creator-find') throw new Error('dropped');
  expect(e.result.creators).toHaveLength(12);
  expect(e.request).toEqual({ page: 1, query: null, creatorIds: [], reason: null });
});

it.each(TRANSPORTS)('create over %s: what was sent is tied to the outcome', async (_name, transport) => {
  const [e] = await relay(transport, 'create', createBody, created);
  expect(e).toMatchObject({
    endpoint: 'create',
    sent: { name: 'Spring', creatorIds: ['7258971330228027133'] },
    outcome: { ok: true, groupId: '7500000000000000001' },
  });
});
