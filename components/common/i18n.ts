/**
 * Connects lib/i18n to the browser: extension pages and the worker use `browser.i18n` (the browser's
 * language, from _locales); the content script loads the catalog of the Seller Center page's language,
 * or of the browser's when the page is not recognised.
 */

import { chooseLanguage, type Language, type MessageSource, setMessages } from '@/lib/i18n';
import type { Texts } from '@/lib/i18n/catalog';
import { loadCatalog } from '@/lib/i18n/load';
import type { LaterTexts } from '@/lib/i18n/panel-texts';
import { textsSource } from '@/lib/i18n/translate';
import type { FeatureName } from '@/lib/pages/registry';
import { debugFailure } from './debug';

interface NativeI18n {
  getMessage(key: string, subs: string[]): string;
  getUILanguage(): string;
}

/**
 * The browser's own i18n (synchronous, the same in Chrome and Firefox), without webextension-polyfill:
 * the popup's first chunk uses this and must stay small.
 */
function nativeI18n(): NativeI18n {
  const g = globalThis as { browser?: { i18n?: NativeI18n }; chrome?: { i18n?: NativeI18n } };
  const i18n = g.browser?.i18n ?? g.chrome?.i18n;
  if (!i18n) throw new Error('browser.i18n is not available in this context');
  return i18n;
}

function browserSource(): MessageSource {
  const i18n = nativeI18n();
  const getMessage = (key: string, subs: string[]): string | undefined => {
    try {
      return i18n.getMessage(key, subs) || undefined;
    } catch {
      // After the extension is reloaded or removed, a content script still running on the page gets
      // "Extension context invalidated" from every API call: it must stay quiet until it is torn down.
      return undefined;
    }
  };
  return {
    // The language of the messages the browser actually serves: Chromium can serve a --lang locale's
    // messages while getUILanguage() still reports en-US, so each catalog names its own language.
    language: chooseLanguage(getMessage('app_language', []), getMessage('@@ui_locale', [])),
    get: getMessage,
  };
}

/** What this context shows now: 'browser', or a loaded catalog's language and feature. */
let showing: string | null = null;
/** The page's texts as shown now (null while the browser's are), and the later areas asked for so far. */
let shown: { language: Language; texts: Texts } | null = null;
const later = new Set<LaterTexts>();

/** Extension pages, the worker and the content script at start: texts in the browser's language. */
export function followBrowserLanguage(): void {
  setMessages(browserSource());
  showing = 'browser';
  shown = null;
}

/** Catalogs this context has loaded, and loads under way, by language and feature: each loads once per page. */
const catalogs = new Map<string, Texts>();
const loading = new Map<string, Promise<Texts>>();

const catalogKey = (language: Language, feature: FeatureName | LaterTexts) => `${language}:${feature}`;

/**
 * Starts loading the messages a page of `feature` shows (the panel's and the feature's own) in a language,
 * for the content script to call while the page is still rendering: followPageLanguage then takes them
 * without waiting. Awaiting even a loaded chunk's import() took 6–13 ms on the bench's create page, which
 * is busy rendering then.
 */
export function preloadCatalog(language: Language, feature: FeatureName | LaterTexts): Promise<Texts> {
  const key = catalogKey(language, feature);
  let pending = loading.get(key);
  if (!pending) {
    pending = loadCatalog(language, feature).then((catalog) => {
      catalogs.set(key, catalog);
      return catalog;
    });
    // A failed load may be tried again later.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/**
 * The content script: texts in `pageLanguage` when we have one (a recognised page), else in the browser's,
 * which `browserLanguage` asks the worker for; with no answer, browser.i18n is asked here. The texts always
 * come from the catalog chunk of the page's `feature`, not from browser.i18n: a page's first getMessage
 * blocks the page's main thread while the browser hands over the message bundle (7–20 ms typically in the
 * bench's profiles, 41 ms at worst). Resolves once the texts are ready, so the panel never renders in one
 * language and flips to another.
 */
export async function followPageLanguage(
  pageLanguage: Language | null,
  browserLanguage: () => Promise<string | null>,
  feature: FeatureName,
): Promise<void> {
  const wanted = pageLanguage ?? chooseLanguage((await browserLanguage()) ?? browserSource().language);
  const key = catalogKey(wanted, feature);
  if (showing === key) return;
  let catalog: Texts;
  try {
    catalog = catalogs.get(key) ?? (await preloadCatalog(wanted, feature));
    // The later areas already shown come along, in the new language.
    for (const area of later) catalog = { ...catalog, ...(await preloadCatalog(wanted, area)) };
  } catch {
    // The chunk did not load (say, the extension was updated under the page): the browser's texts then.
    if (showing !== 'browser') followBrowserLanguage();
    return;
  }
  setMessages(textsSource(wanted, catalog));
  showing = key;
  shown = { language: wanted, texts: catalog };
}

/**
 * The content script: loads the texts of an area only later code shows (lib/i18n/panel-texts.ts), in the
 * language shown, before that code shows one. The browser's texts hold every area already. If the chunk
 * does not load, the browser's texts stand in for that area's, so no text shows as its key.
 */
export async function loadLaterTexts(area: LaterTexts): Promise<void> {
  later.add(area);
  const now = shown;
  if (!now) return;
  try {
    const texts = { ...now.texts, ...(await preloadCatalog(now.language, area)) };
    // A language switch while this loaded has already brought the area along.
    if (shown !== now) return;
    setMessages(textsSource(now.language, texts));
    shown = { language: now.language, texts };
  } catch (e) {
    debugFailure(`the ${area} texts could not be loaded`, e);
    if (shown === now) setMessages(textsSource(now.language, now.texts), browserSource());
  }
}
