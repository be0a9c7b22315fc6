/**
 * The isolated world's end of the observer's private channel (lib/observer/install.ts).
 *
 * The observer hands one `MessagePort` over in its very first `window.postMessage`. This listener is
 * registered at document_start, before any page script, on the window in the capture phase: it runs
 * first of all listeners, takes the port and stops the event, so no page listener ever sees the port.
 * It accepts one hand-over only, from this window and origin, and (Firefox) only with the loader's
 * secret: a message a page script posts later, or posted earlier where the observer is injected late,
 * is not the hand-over. After that, observer data comes only on the port; nothing posted on `window`
 * is read as observer data.
 */
import { OBSERVER_SOURCE, OBSERVER_VERSION } from './endpoints';

/** Where the link script leaves the port for the affiliate content script (same isolated world). */
export const LINK_KEY = Symbol.for('collab-pilot.observer-link');

/** How long the link waits for the hand-over before it gives up (the observer is an optimisation). */
const HANDOVER_MS = 60_000;

export interface HandOver {
  source?: unknown;
  v?: unknown;
  type?: unknown;
  nonce?: unknown;
}

/** Whether `data` is the observer's hand-over (with `nonce` when one is expected). */
export function isHandOver(data: unknown, nonce: string | undefined): boolean {
  const d = data as HandOver | null;
  return (
    !!d &&
    typeof d === 'object' &&
    d.source === OBSERVER_SOURCE &&
    d.v === OBSERVER_VERSION &&
    d.type === 'port' &&
    (nonce === undefined || d.nonce === nonce)
  );
}

/**
 * Takes the observer's port from its first message on `win`. Call at document_start, before the page's
 * scripts. Resolves with the port, or null when none came in time.
 */
export function acceptObserverPort(win: Window, nonce?: string): Promise<MessagePort | null> {
  return new Promise((resolve) => {
    const done = (port: MessagePort | null) => {
      win.removeEventListener('message', onMessage, true);
      clearTimeout(timer);
      resolve(port);
    };
    const onMessage = (ev: MessageEvent) => {
      if (ev.source !== win || ev.origin !== win.location.origin || !isHandOver(ev.data, nonce)) return;
      const port = ev.ports[0];
      if (ev.ports.length !== 1 || !port) return;
      // Nobody else sees the hand-over, the page's own listeners included.
      ev.stopImmediatePropagation();
      done(port);
    };
    win.addEventListener('message', onMessage, true);
    const timer = setTimeout(() => done(null), HANDOVER_MS);
  });
}
