/**
 * The main-world observer: wraps `fetch` and `XMLHttpRequest` *passively* and posts the JSON of the
 * allow-listed endpoints to the isolated content script with `window.postMessage`.
 *
 * Passive means: every call goes through to the original unchanged and at once; the page gets the
 * original promise/response; bodies are read from clones (fetch) or after `loadend` (XHR); no request
 * is delayed, changed, replayed or issued; cookies and request headers are never read. The request
 * *body* of allow-listed POSTs is read (the create outcome must be tied to what was sent).
 * Every error is swallowed: nothing we do may throw into the page.
 *
 * Bodies are posted as the JSON *text* they were read as, never parsed here: this runs on the page's
 * time, and cloning one string is far cheaper than parsing and cloning an object graph. The isolated
 * side (receive.ts) parses and validates.
 *
 * Budget: ~3 KB gzip. No zod, no lib imports beyond the endpoint table.
 */
import {
  endpointForPath,
  MAX_BODY_CHARS,
  OBSERVER_SOURCE,
  OBSERVER_VERSION,
  REPLAY_SOURCE,
  type EndpointName,
} from './endpoints';

const BUFFER_SIZE = 40;
/** The replay buffer also stops at this many body chars (40 huge bodies must not pin the page's memory). */
const BUFFER_CHARS = 2 * MAX_BODY_CHARS;

type Win = Window & typeof globalThis;
/** A posted message and its body chars. */
type Buffered = [msg: unknown, chars: number];

const INSTALLED = Symbol.for('collab-pilot.observer');

/** A body worth relaying: a non-empty string within the bound, else null. */
const body = (text: unknown): string | null =>
  typeof text === 'string' && text && text.length <= MAX_BODY_CHARS ? text : null;

export function installObserver(win: Win): boolean {
  try {
    // Once per window: a second injection (extension reload) must not wrap twice.
    if ((win as unknown as Record<symbol, unknown>)[INSTALLED]) return false;
    Object.defineProperty(win, INSTALLED, { value: true });
  } catch {
    return false;
  }
  const origin = win.location.origin;
  // The content script starts later (document_idle) than the page's first requests: keep the last
  // few messages and post them again when it asks. Replaying only re-posts data the page already had.
  const buffer: Buffered[] = [];
  let held = 0;
  let seq = 0;
  const send = (msg: unknown) => {
    try {
      win.postMessage(msg, origin);
    } catch {
      /* not cloneable or window gone: drop */
    }
  };
  const post = (endpoint: EndpointName, request: string | null, text: unknown) => {
    const response = body(text);
    if (!response) return;
    const msg = { source: OBSERVER_SOURCE, v: OBSERVER_VERSION, seq: ++seq, endpoint, request, response };
    const n = response.length + (request?.length ?? 0);
    buffer.push([msg, n]);
    held += n;
    // Never empties: one message holds at most 2 × MAX_BODY_CHARS = BUFFER_CHARS.
    while (buffer.length > BUFFER_SIZE || held > BUFFER_CHARS) held -= (buffer.shift() as Buffered)[1];
    send(msg);
  };
  try {
    win.addEventListener('message', (ev: MessageEvent) => {
      try {
        const d = ev.data as { source?: unknown; type?: unknown } | null;
        if (ev.source === win && d && d.source === REPLAY_SOURCE && d.type === 'replay')
          for (const m of buffer) send(m[0]);
      } catch {
        /* ignore */
      }
    });
  } catch {
    /* no replay then */
  }
  const match = (url: unknown): EndpointName | null => {
    try {
      return endpointForPath(new win.URL(String(url), win.location.href).pathname);
    } catch {
      return null;
    }
  };

  const origFetch = win.fetch;
  if (typeof origFetch === 'function') {
    const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      let ep: EndpointName | null = null;
      let reqBody: Promise<string | null> = Promise.resolve(null);
      try {
        const isReq = typeof win.Request === 'function' && input instanceof win.Request;
        ep = match(isReq ? (input as Request).url : input);
        if (ep) {
          if (typeof init?.body === 'string') reqBody = Promise.resolve(body(init.body));
          else if (isReq && !init?.body && (input as Request).body && !(input as Request).bodyUsed) {
            // Clone before the call consumes it; the original goes through untouched.
            reqBody = (input as Request)
              .clone()
              .text()
              .then(body, () => null);
          }
        }
      } catch {
        ep = null;
      }
      // biome-ignore lint/complexity/noArguments: pass every argument through exactly as given.
      const args = arguments as unknown as [RequestInfo | URL, RequestInit?];
      const result: Promise<Response> = origFetch.apply(this, args);
      if (ep) {
        const name = ep;
        try {
          // Registered before the page gets the promise, so our clone happens before the page reads the body.
          result.then(
            (res) => {
              try {
                res
                  .clone()
                  .text()
                  .then((t) => reqBody.then((rq) => post(name, rq, t)))
                  .catch(() => {});
              } catch {
                /* body already used or not cloneable */
              }
            },
            () => {},
          );
        } catch {
          /* not a promise: leave it */
        }
      }
      return result;
    };
    try {
      win.fetch = wrapped as typeof fetch;
    } catch {
      /* read-only fetch: observe XHR only */
    }
  }

  const X = win.XMLHttpRequest;
  if (typeof X === 'function') {
    const proto = X.prototype;
    const open = proto.open;
    const send = proto.send;
    const seen = new WeakMap<XMLHttpRequest, EndpointName>();
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const ep = match(args[1]);
        if (ep) seen.set(this, ep);
        else seen.delete(this);
      } catch {
        /* ignore */
      }
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, sent?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const ep = seen.get(this);
        if (ep) {
          const rq = body(sent);
          this.addEventListener('loadend', () => {
            try {
              const t = this.responseType;
              // responseType 'json': the browser already parsed it. Re-stringifying costs the main world
              // a little less than cloning the graph would (measured), and the receiver keeps one path.
              const r: unknown = t === 'json' ? this.response : null;
              const text =
                t === '' || t === 'text' ? this.responseText : r && typeof r === 'object' ? JSON.stringify(r) : null;
              post(ep, rq, text);
            } catch {
              /* ignore */
            }
          });
        }
      } catch {
        /* ignore */
      }
      // biome-ignore lint/complexity/noArguments: pass every argument through exactly as given.
      return send.apply(this, arguments as unknown as [body?: Document | XMLHttpRequestBodyInit | null]);
    };
  }
  return true;
}
