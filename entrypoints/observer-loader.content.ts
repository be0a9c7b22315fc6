import { contentMatches } from '@/lib/hosts';
import { acceptObserverPort, LINK_KEY } from '@/lib/observer/link';

/** The observer's code as text, read synchronously (it is our own packaged file: no network). */
function readObserver(): string | null {
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', browser.runtime.getURL('/observer-main.js'), false);
    xhr.send();
    return xhr.status === 200 || xhr.status === 0 ? xhr.responseText : null;
  } catch {
    return null;
  }
}

/**
 * Firefox (MV2): injects the main-world observer (observer-main.js) at document_start. MV2 has no
 * main-world content scripts, and a page-world script must be inline text. The text is read
 * synchronously, so the inline script runs inside this call, before any page script: the observer's
 * channel is then as private as Chromium's MAIN-world one. The link takes only a hand-over carrying
 * this load's secret, which reaches the observer as an argument of the inline script's wrapper, so a
 * page script can neither read it in time nor pass for the observer (lib/observer/link.ts).
 * Runs on every page load within the observer's 3 KB budget: the build gives it Firefox's own
 * `browser`, not the polyfill (scripts/esm-content-build.ts, nativeBrowser).
 */
export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_start',
  include: ['firefox'],
  main() {
    const nonce = crypto.randomUUID();
    (globalThis as unknown as Record<symbol, unknown>)[LINK_KEY] = acceptObserverPort(window, nonce);
    const code = readObserver();
    // Without it the DOM readers still work: the observer is an optimisation.
    if (!code) return;
    const script = document.createElement('script');
    script.textContent = `(function(__cpNonce){${code}\n})(${JSON.stringify(nonce)});`;
    (document.head ?? document.documentElement).append(script);
    script.remove();
  },
});
