/**
 * Connects lib/i18n to the browser: extension pages use `browser.i18n` (the browser's language, from
 * _locales); the content script follows the Seller Center page's language when we have it and it
 * differs from the browser's.
 */
import { browser } from 'wxt/browser';
import { chooseLanguage, currentLanguage, type Language, type MessageSource, setMessages } from '@/lib/i18n';
import { loadCatalog } from '@/lib/i18n/load';
import { catalogSource } from '@/lib/i18n/translate';

// WXT types getMessage with the keys of public/_locales; ours are merged at build time (scripts/locales.ts).
const getMessage = (key: string, subs: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs: string[]) => string)(key, subs);

function browserSource(): MessageSource {
  return {
    language: chooseLanguage(browser.i18n.getUILanguage()),
    get: (key, subs) => getMessage(key, subs) || undefined,
  };
}

/** Extension pages and the worker: texts in the browser's language. */
export function followBrowserLanguage(): void {
  setMessages(browserSource());
}

/**
 * The content script: texts in `pageLanguage` when it is one we translate, else the browser's.
 * Resolves once the texts are ready, so the panel never renders in one language and flips to another.
 */
export async function followPageLanguage(pageLanguage: Language | null): Promise<void> {
  const browserLang = browserSource();
  const wanted = chooseLanguage(pageLanguage, browserLang.language);
  if (wanted === browserLang.language) {
    if (currentLanguage() !== wanted) setMessages(browserLang);
    return;
  }
  if (currentLanguage() === wanted) return;
  setMessages(catalogSource(wanted, await loadCatalog(wanted)));
}
