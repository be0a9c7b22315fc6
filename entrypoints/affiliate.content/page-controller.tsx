import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { debugFailure } from '@/components/common/debug';
import { followPageLanguage, preloadCatalog } from '@/components/common/i18n';
import { sendMessage } from '@/components/common/rpc';
import { LIMITS } from '@/lib/config/limits';
import { FOCUSED_CREATOR_REQUEST } from '@/lib/message-constants';
import { detectLanguage } from '@/lib/pages/labels';
import { type PageRecognition, recognisePage } from '@/lib/pages/recognise';
import { FEATURE_OF_PAGE, loadFeature } from './feature-loader';
import { focusedCreator } from './focused-creator';
import { followLanguageChanges } from './follow-language';
import { nextTask } from './next-task';
import { observerPort } from './observer-port';
import { createPageData, type PageDataStore } from './page-data';
import panelCss from './panel.css?inline';
import { PanelApp } from './panel-app';
import { createPanelHost, type PanelHost } from './panel-host';
import { reportLoadFailure } from './report-failure';
import { refuseForgedEvents } from './shadow-root';
import { waitForPage } from './wait-for-page';

/** How long a recognised URL may take to render its anchors before we say "not recognised". */
const RECOGNISE_TIMEOUT_MS = 10_000;
/** How long a page that is not recognised waits for the worker to name the browser's language. */
const LANGUAGE_ANSWER_MS = 3_000;

interface Visit {
  ac: AbortController;
  ui?: PanelHost;
}

function regionOf(url: URL): string | null {
  const r = url.searchParams.get('shop_region');
  return r && /^[A-Za-z]{2}$/.test(r) ? r.toUpperCase() : null;
}

/** The worker keeps the last quota the page showed, for the popup and for refusing an over-cap batch. */
function reportQuota(data: PageDataStore, signal: AbortSignal): void {
  let last = '';
  const unsubscribe = data.subscribe((d) => {
    const region = regionOf(new URL(window.location.href));
    if (!d.quota || !region) return;
    const q = d.quota;
    const quota = {
      used24h: q.used24h,
      cap24h: q.cap24h,
      open: q.open ?? 0,
      openCap: q.openCap ?? LIMITS.openInvitationsCap,
      ...(q.weeklyUsed != null ? { weeklyUsed: q.weeklyUsed } : {}),
      ...(q.weeklyCap != null ? { weeklyLimit: q.weeklyCap } : {}),
    };
    const key = `${region}:${JSON.stringify(quota)}`;
    if (key === last) return;
    last = key;
    void sendMessage({ type: 'quota/report', region, quota });
  });
  signal.addEventListener('abort', unsubscribe);
}

/** The browser's language as the worker reads it; null when it does not answer in time. */
function askBrowserLanguage(): Promise<string | null> {
  const answer = sendMessage({ type: 'i18n/language' }).then((r) => (r.ok ? r.data.language : null));
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), LANGUAGE_ANSWER_MS));
  return Promise.race([answer, late]);
}

/**
 * One visit per client-side route: the previous visit is aborted and its panel removed before the next
 * one starts, so there is never a second panel and nothing from an old page keeps running.
 */
export function startPageController(ctx: ContentScriptContext): void {
  let current: Visit | null = null;
  const data = createPageData(observerPort(), ctx.signal);
  reportQuota(data, ctx.signal);

  // The popup asks which creator is in focus; answered only with page data, never acted on. The answer
  // goes through sendResponse: this script runs on the browser's own API (scripts/esm-content-build.ts),
  // where a returned promise answers in Firefox but not in Chromium, and sendResponse answers in both.
  const onMessage = (msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    if ((msg as { type?: unknown })?.type !== FOCUSED_CREATOR_REQUEST.type) return undefined;
    sendResponse({ creator: focusedCreator(), region: regionOf(new URL(window.location.href)) ?? undefined });
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const endVisit = () => {
    current?.ac.abort();
    const ui = current?.ui;
    current = null;
    if (!ui) return;
    // Unmount first, so the panel's effects and listeners end with it.
    render(null, ui.container);
    ui.remove();
  };

  const startVisit = async (url: URL) => {
    endVisit();
    const visit: Visit = { ac: new AbortController() };
    current = visit;
    const { signal } = visit.ac;
    const first = recognisePage(url, document);
    if (first.kind === 'not-ours') return;
    // While the page is still rendering its anchors: fetch this page's feature chunk, build the (detached)
    // panel and let it ask for the settings, so that recognising the page only has to attach and render.
    const feature = FEATURE_OF_PAGE[first.kind === 'not-recognised' ? first.page : first.kind];
    void loadFeature(feature, (err) => reportLoadFailure(ctx, err)).then((mod) => mod && data.addReaders(mod.answers));
    // ...and its texts in the language the page most likely shows, which followPageLanguage then finds loaded.
    // A failed preload is handled where the catalog is needed: followPageLanguage falls back to the browser's texts.
    preloadCatalog(first.kind === 'not-recognised' ? detectLanguage(document) : first.language, feature).catch(
      () => {},
    );
    /** Null until the page's anchors are there. */
    let page: Exclude<PageRecognition, { kind: 'not-ours' }> | null = null;
    // Inlined styles: no fetch of a stylesheet between the page's anchors and our panel.
    const ui = createPanelHost(panelCss, (container, host) => {
      host.setAttribute('data-collab-pilot', (page ?? first).kind);
      refuseForgedEvents(container);
    });
    const renderPanel = () => render(<PanelApp page={page} url={url} signal={signal} data={data} />, ui.container);
    if (signal.aborted) return;
    visit.ui = ui;
    // The first render is the costliest (cold code): not in the task that started the visit.
    await nextTask();
    if (signal.aborted) return;
    renderPanel(); // renders nothing yet; starts the settings request
    const found =
      first.kind === 'not-recognised'
        ? ((await waitForPage(url, document, signal, RECOGNISE_TIMEOUT_MS)) ?? recognisePage(url, document))
        : first;
    if (signal.aborted || found.kind === 'not-ours') return;
    // The panel speaks the page's language; "not recognised" speaks the browser's.
    await followPageLanguage(found.kind === 'not-recognised' ? null : found.language, askBrowserLanguage, feature);
    if (signal.aborted) return;
    page = found;
    ui.mount();
    renderPanel();
    // The page may render English first and switch to the seller's language seconds later: follow it.
    if (found.kind !== 'not-recognised') {
      // One switch at a time, in order: a later switch never ends before an earlier one.
      let switching = Promise.resolve();
      followLanguageChanges(document, found.language, signal, (language) => {
        switching = switching.then(async () => {
          await followPageLanguage(language, askBrowserLanguage, feature);
          if (signal.aborted || !page || page.kind === 'not-recognised') return;
          // A new page object: the panel re-renders in the new language (panel-app.tsx).
          page = { ...page, language };
          renderPanel();
        });
      });
    }
  };

  const safeVisit = (url: URL) => {
    // Never let our failure reach the host page: a failed visit just shows nothing more.
    startVisit(url).catch((e: unknown) => {
      debugFailure('page visit failed', e);
      endVisit();
    });
  };

  // With the Navigation API the event fires before location.href changes: use the URL it carries.
  ctx.addEventListener(window, 'wxt:locationchange', (e) =>
    safeVisit(new URL((e as Event & { newUrl: URL }).newUrl.href)),
  );
  ctx.onInvalidated(endVisit);
  // The browser loads our messages on the first lookup above (~30 ms cold): the visit starts in a new task.
  void nextTask().then(() => {
    if (!ctx.isInvalid) safeVisit(new URL(window.location.href));
  });
}
