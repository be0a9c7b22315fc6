/**
 * The main-world observer: wraps `fetch` and `XMLHttpRequest` *passively* and relays the JSON of the
 * allow-listed endpoints to the isolated content script over a private `MessageChannel`.
 *
 * Passive means: every call goes through to the original unchanged and at once; the page gets the
 * original promise/response; bodies are read from clones (fetch) or after `loadend` (XHR); no request
 * is delayed, changed, replayed or issued; cookies and request headers are never read. The request
 * *body* of allow-listed POSTs is read (the create outcome must be tied to what was sent).
 * Every error is swallowed: nothing we do may throw into the page.
 *
 * Private means: this runs before any page script (Chromium's MAIN world at document_start; Firefox's
 * loader injects it synchronously at document_start), creates the channel and hands one end to the
 * isolated world in its first `postMessage`, which the isolated side takes and stops before a page
 * listener can see it (lib/observer/link.ts). From then on the relay speaks only on that port: a page
 * script can post on `window` but not on the port. Everything this code calls after the page's scripts
 * have run (a clone, a body read, a getter, the port's postMessage) is the original captured here, so a
 * page script that later replaces a prototype method cannot feed the relay. Only same-origin requests
 * are relayed: a page script may fetch any URL ending in our paths, but only the page's own origin
 * answers for the platform.
 *
 * Bodies are posted as the JSON *text* they were read as, never parsed here: this runs on the page's
 * time, and cloning one string is far cheaper than parsing and cloning an object graph. The isolated
 * side (receive.ts) parses and validates.
 *
 * Budget: ~3 KB gzip. No zod, no lib imports beyond the endpoint table.
 */
import {
  type EndpointName,
  endpointForPath,
  MAX_BODY_CHARS,
  OBSERVER_SOURCE,
  OBSERVER_VERSION,
  REPLAY_SOURCE,
} from './endpoints';

const BUFFER_SIZE = 40;
/** The replay buffer also stops at this many body chars (40 huge bodies must not pin the page's memory). */
const BUFFER_CHARS = 2 * MAX_BODY_CHARS;

type Win = Window & typeof globalThis;
/** A posted message and its body chars. */
type Buffered = [msg: unknown, chars: number];
type Fn = (...a: unknown[]) => unknown;

const INSTALLED = Symbol.for('collab-pilot.observer');

/** A body worth relaying: a non-empty string within the bound, else null. */
const body = (text: unknown): string | null =>
  typeof text === 'string' && text && text.length <= MAX_BODY_CHARS ? text : null;

/** A property through a getter captured at install, or (a test double's own field) read plainly. */
const read = <T>(o: T, g: Fn | null, name: keyof T): unknown => (g ? g.call(o) : o[name]);

/** A getter of `proto` as it is now (the page may redefine it later), or null. */
function getterOf(proto: unknown, name: string): Fn | null {
  try {
    return (Object.getOwnPropertyDescriptor(proto, name)?.get as Fn | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * @param nonce Firefox's loader passes a secret the link script checks, so a message a page script
 * posted before the injection cannot pass for the hand-over (lib/observer/link.ts).
 * @returns false when already installed or the channel cannot be made (then nothing is relayed).
 */
export function installObserver(win: Win, nonce?: string): boolean {
  try {
    // Once per window: a second injection (extension reload) must not wrap twice.
    if ((win as unknown as Record<symbol, unknown>)[INSTALLED]) return false;
    Object.defineProperty(win, INSTALLED, { value: true });
  } catch {
    return false;
  }
  const origin = win.location.origin;
  let port: MessagePort;
  let portPost: Fn;
  try {
    const channel = new win.MessageChannel();
    port = channel.port1;
    portPost = port.postMessage as Fn;
    // The hand-over: the link script's capture listener, registered before any page script, takes it.
    win.postMessage({ source: OBSERVER_SOURCE, v: OBSERVER_VERSION, type: 'port', nonce }, origin, [channel.port2]);
  } catch {
    return false;
  }
  // Captured now, before any page script could replace them.
  const then = Promise.prototype.then as Fn;
  const P = win.Response?.prototype;
  const resClone = P?.clone as Fn;
  const resText = P?.text as Fn;
  const R = win.Request;
  const reqUrl = getterOf(R?.prototype, 'url');
  const reqBody = getterOf(R?.prototype, 'body');
  const reqUsed = getterOf(R?.prototype, 'bodyUsed');
  const reqClone = R?.prototype.clone as Fn;
  const reqText = R?.prototype.text as Fn;
  const URL_ = win.URL;
  const stringify = JSON.stringify;
  const slice = Array.prototype.slice;
  const wm = WeakMap.prototype;
  const wmGet = wm.get as Fn;
  const wmSet = wm.set as Fn;
  const wmDelete = wm.delete as Fn;
  const settled = Promise.resolve(null);
  // The content script starts later (document_idle) than the page's first requests: keep the last
  // few messages and post them again when it asks. Replaying only re-posts data the page already had.
  // A ring on a prototype-less object, read by index: no inherited setter or iterator a page script can
  // redefine ever touches a message.
  const ring: Record<number, Buffered> = Object.create(null);
  let first = 0;
  let next = 0;
  let held = 0;
  let seq = 0;
  const send = (msg: unknown) => {
    try {
      portPost.call(port, msg);
    } catch {
      /* not cloneable or port gone: drop */
    }
  };
  const post = (endpoint: EndpointName, request: string | null, text: unknown) => {
    const response = body(text);
    if (!response) return;
    const msg = { source: OBSERVER_SOURCE, v: OBSERVER_VERSION, seq: ++seq, endpoint, request, response };
    const n = response.length + (request?.length ?? 0);
    ring[next++] = [msg, n];
    held += n;
    // Never empties: one message holds at most 2 × MAX_BODY_CHARS = BUFFER_CHARS.
    while (next - first > BUFFER_SIZE || held > BUFFER_CHARS) {
      held -= (ring[first] as Buffered)[1];
      delete ring[first++];
    }
    send(msg);
  };
  try {
    // Only the link script holds the other end: a replay request can come from nowhere else.
    port.addEventListener('message', (ev: MessageEvent) => {
      try {
        const d = ev.data as { source?: unknown; type?: unknown } | null;
        if (d && d.source === REPLAY_SOURCE && d.type === 'replay')
          for (let i = first; i < next; i++) send((ring[i] as Buffered)[0]);
      } catch {
        // The page's world: a failed replay costs the content script old answers, never the page a throw.
      }
    });
    port.start();
  } catch {
    /* no replay then */
  }
  /** The endpoint of a same-origin URL, or null (another origin is never the platform's answer). */
  const match = (href: string): EndpointName | null => {
    try {
      const u = new URL_(href, win.location.href);
      return u.origin === origin ? endpointForPath(u.pathname) : null;
    } catch {
      return null;
    }
  };
  const bodyText = (res: unknown, clone = resClone, text = resText): Promise<string | null> =>
    then.call(text.call(clone.call(res)), body, () => null) as Promise<string | null>;

  const origFetch = win.fetch;
  if (typeof origFetch === 'function') {
    const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      // biome-ignore lint/complexity/noArguments: pass every argument through exactly as given.
      const args = slice.call(arguments) as [RequestInfo | URL, RequestInit?];
      let ep: EndpointName | null = null;
      let sent = settled as Promise<string | null>;
      try {
        const isReq = typeof R === 'function' && input instanceof R;
        if (isReq) ep = match(String(read(input as Request, reqUrl, 'url')));
        else {
          // Read once and passed on as read: a URL object that answers differently the second time
          // cannot show us one address and send the browser to another.
          const href = String(input);
          args[0] = href;
          ep = match(href);
        }
        const given = ep ? init?.body : undefined;
        if (typeof given === 'string') {
          // The body we relay is the body the browser sends: a getter cannot answer us and fetch apart.
          args[1] = { ...init, body: given };
          sent = then.call(settled, () => body(given)) as Promise<string | null>;
        } else if (
          ep &&
          isReq &&
          !given &&
          read(input as Request, reqBody, 'body') &&
          !read(input as Request, reqUsed, 'bodyUsed')
        ) {
          // Clone before the call consumes it; the original goes through untouched.
          sent = bodyText(input, reqClone, reqText);
        }
      } catch {
        ep = null;
      }
      const result: Promise<Response> = origFetch.apply(this, args);
      if (ep) {
        const name = ep;
        try {
          // Registered before the page gets the promise, so our clone happens before the page reads the body.
          then.call(
            result,
            (res: unknown) => {
              try {
                then.call(bodyText(res), (t: unknown) =>
                  then.call(sent, (rq: unknown) => post(name, rq as string | null, t)),
                );
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
    const xsend = proto.send;
    const listen = proto.addEventListener as Fn;
    const rType = getterOf(proto, 'responseType');
    const rText = getterOf(proto, 'responseText');
    const rBody = getterOf(proto, 'response');
    const rState = getterOf(proto, 'readyState');
    const seen = new WeakMap<XMLHttpRequest, EndpointName>();
    proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        // Read once and passed on as read (as for fetch).
        const href = String(args[1]);
        args[1] = href;
        const ep = match(href);
        if (ep) wmSet.call(seen, this, ep);
        else wmDelete.call(seen, this);
      } catch {
        // An odd URL argument: this request goes unobserved; the page's own open() still runs below.
      }
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function (this: XMLHttpRequest, sent?: Document | XMLHttpRequestBodyInit | null) {
      try {
        const ep = wmGet.call(seen, this) as EndpointName | undefined;
        if (ep) {
          const rq = body(sent);
          let done = false;
          listen.call(this, 'loadend', () => {
            try {
              // Once per request, and only when it has finished: a page's own `loadend` proves nothing.
              const state = read(this, rState, 'readyState');
              if (done || (state !== undefined && state !== 4)) return;
              done = true;
              const t = read(this, rType, 'responseType');
              // responseType 'json': the browser already parsed it. Re-stringifying costs the main world
              // a little less than cloning the graph would (measured), and the receiver keeps one path.
              const r: unknown = t === 'json' ? read(this, rBody, 'response') : null;
              const text =
                t === '' || t === 'text'
                  ? read(this, rText, 'responseText')
                  : r && typeof r === 'object'
                    ? stringify(r)
                    : null;
              post(ep, rq, text);
            } catch {
              // A response we cannot read is one answer fewer for us; the page already has it.
            }
          });
        }
      } catch {
        // Observing must never stop the page's request: it is sent below whatever happened here.
      }
      // biome-ignore lint/complexity/noArguments: pass every argument through exactly as given.
      return xsend.apply(this, arguments as unknown as [body?: Document | XMLHttpRequestBodyInit | null]);
    };
  }
  return true;
}
