/**
 * Our content scripts' context, in place of WXT's `ContentScriptContext` (the build resolves
 * `wxt/utils/content-script-context` to this file; scripts that never use a context get a bare one:
 * scripts/quiet-context.ts).
 *
 * Same API, two differences, both because the page is not trusted:
 * - It says nothing to the page. WXT's context posts `<extension id>:<script>:wxt:content-script-started`
 *   to the page (`window.postMessage` to "*" and a CustomEvent on `document`), which tells every page
 *   script that the extension is there and what its id is.
 * - Nothing the page does can end it. WXT's context stops when that event is dispatched again (a page
 *   script can replay it), and delivers URL changes as a DOM event on `window` that a page script can
 *   forge. Here a context ends only when the extension itself goes away (its runtime id disappears), and
 *   URL changes reach the handler directly, from the browser's own trusted `navigate` event or from
 *   polling `location`.
 *
 * What WXT's started event was for, stopping the previous script after an extension update, needs no
 * page event: a script whose extension was updated or removed loses its runtime id, which `isInvalid`
 * and the periodic check below notice.
 */

type Handler = (event: Event) => void;
interface LocationChange extends Event {
  newUrl: URL;
  oldUrl: URL;
}

/** How often a context checks that its extension is still there, and (without Navigation API) the URL. */
const CHECK_MS = 1000;

declare const chrome: { runtime?: { id?: string } } | undefined;
declare const browser: { runtime?: { id?: string } } | undefined;

function runtimeId(): string | undefined {
  try {
    return (typeof browser !== 'undefined' ? browser : typeof chrome !== 'undefined' ? chrome : undefined)?.runtime?.id;
  } catch {
    return undefined;
  }
}

export class ContentScriptContext {
  private readonly abortController = new AbortController();
  private readonly locationHandlers = new Set<Handler>();
  private watching = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
  ) {
    const id = setInterval(() => void this.isInvalid, CHECK_MS);
    this.onInvalidated(() => clearInterval(id));
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (runtimeId() == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** `wxt:locationchange` is ours alone: the handler is called directly, never through a DOM event. */
  addEventListener(target: EventTarget, type: string, handler: Handler, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.locationHandlers.add(handler);
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private watchLocation(): void {
    if (this.watching) return;
    this.watching = true;
    let last = new URL(location.href);
    const changed = (next: URL) => {
      if (next.href === last.href) return;
      const event = Object.assign(new Event('wxt:locationchange'), { newUrl: next, oldUrl: last }) as LocationChange;
      last = next;
      for (const h of this.locationHandlers) h(event);
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') {
      nav.addEventListener(
        'navigate',
        (e) => {
          // A page script can dispatch an event named `navigate` itself; only the browser's counts.
          if (!e.isTrusted) return;
          changed(new URL((e as Event & { destination: { url: string } }).destination.url));
        },
        { signal: this.signal },
      );
    } else this.setInterval(() => changed(new URL(location.href)), CHECK_MS);
  }
}
