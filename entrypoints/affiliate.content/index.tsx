import type { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMatches, isAffiliatePath } from '@/lib/hosts';
import { reportLoadFailure } from './report-failure';

/** Chromium and Firefox both define `chrome` in content scripts; getURL is synchronous in both. Typed as
 * `browser`'s, whose paths WXT checks against the build's public files (scripts/esm-content-build.ts). */
declare const chrome: { runtime: { getURL: typeof browser.runtime.getURL } };

/** What content-scripts/esm/affiliate.js exports (esm-entry.ts, built by scripts/esm-content-build.ts). */
interface PageModule {
  start(ctx: ContentScriptContext): void;
}

/**
 * Runs on every load of the hosts in lib/hosts.ts, so it is only a loader. The page code is ES modules
 * (page knowledge in lib/pages, features split per page), imported from the extension once the URL is an
 * affiliate path: at load, or when the single-page app routes there from another Seller Center page. Any
 * other page costs one URL check per route change. The build gives this script and its modules the
 * browser's own extension API, not the polyfill.
 */
export default defineContentScript({
  matches: contentMatches(),
  // The modules inline their styles into the panel's shadow root: no stylesheet to fetch.
  cssInjectionMode: 'manual',
  main(ctx) {
    let started = false;
    const load = async () => {
      started = true;
      try {
        // The global `chrome`, not the imported `browser`: the minifier keeps a global's name, and
        // addons-linter accepts `import(chrome.runtime.getURL(…))` by that name only. A literal path would
        // resolve against the seller's page, not the extension (Firefox ESR does so).
        const mod = (await import(
          /* @vite-ignore */ chrome.runtime.getURL('/content-scripts/esm/affiliate.js')
        )) as PageModule;
        // The module follows the routes from here on (page-controller.tsx).
        mod.start(ctx);
      } catch (err) {
        // Never into the host page: the page works as usual without us.
        reportLoadFailure(ctx, err);
      }
    };
    if (isAffiliatePath(location.pathname)) return void load();
    // With the Navigation API the event fires before location.href changes: use the URL it carries.
    ctx.addEventListener(window, 'wxt:locationchange', (e) => {
      if (!started && isAffiliatePath((e as Event & { newUrl: URL }).newUrl.pathname)) void load();
    });
  },
});
