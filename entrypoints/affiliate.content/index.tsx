import type { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMatches } from '@/lib/hosts';
import { reportLoadFailure } from './report-failure';

/** Chromium and Firefox both define `chrome` in content scripts; getURL is synchronous in both. Typed as
 * `browser`'s, whose paths WXT checks against the build's public files (scripts/esm-content-build.ts). */
declare const chrome: { runtime: { getURL: typeof browser.runtime.getURL } };

/** What content-scripts/esm/affiliate.js exports (esm-entry.ts, built by scripts/esm-content-build.ts). */
interface PageModule {
  start(ctx: ContentScriptContext): void;
}

/**
 * Runs only on the affiliate paths of the hosts in lib/hosts.ts, on every load of them: so it is only a
 * loader. The code is ES modules (page knowledge in lib/pages, features split per page), imported from
 * the extension; the build gives this script the browser's own extension API, not the polyfill.
 */
export default defineContentScript({
  matches: contentMatches(),
  // The modules inline their styles into the panel's shadow root: no stylesheet to fetch.
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      // The global `chrome`, not the imported `browser`: the minifier keeps a global's name, and
      // addons-linter accepts `import(chrome.runtime.getURL(…))` by that name only. A literal path would
      // resolve against the seller's page, not the extension (tried in Firefox 153 ESR).
      const mod = (await import(
        /* @vite-ignore */ chrome.runtime.getURL('/content-scripts/esm/affiliate.js')
      )) as PageModule;
      mod.start(ctx);
    } catch (err) {
      // Never into the host page: the page works as usual without us.
      reportLoadFailure(ctx, err);
    }
  },
});
