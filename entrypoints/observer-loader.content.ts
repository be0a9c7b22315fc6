import { contentMatches } from '@/lib/hosts';

/**
 * Firefox (MV2): injects the main-world observer (observer-main.js) at document_start. MV2 has no
 * main-world content scripts, and a page-world script must be inline text, so it fetches our own file
 * and inserts it as a <script> that runs at once and is removed. Runs on every page load within the
 * observer's 3 KB budget: the build gives it Firefox's own `browser`, not the polyfill
 * (scripts/esm-content-build.ts, nativeBrowser).
 */
export default defineContentScript({
  matches: contentMatches(),
  runAt: 'document_start',
  include: ['firefox'],
  main() {
    fetch(browser.runtime.getURL('/observer-main.js'))
      .then((r) => r.text())
      .then((code) => {
        const script = document.createElement('script');
        script.textContent = code;
        (document.head ?? document.documentElement).append(script);
        script.remove();
      })
      .catch(() => {
        /* the observer is an optimisation: the DOM readers still work without it */
      });
  },
});
