/**
 * The one translator a context uses. It starts as English from the bundled catalog (so lib/ works in
 * tests with no setup); an entrypoint switches it once at start-up: to `browser.i18n` for the browser's
 * language, or to a loaded catalog when the Seller Center page is in another language.
 * This module state is the only state in lib/, and only entrypoints set it.
 */
import type { Language } from './catalog.ts';
import { EN } from './catalogs/en.ts';
import { catalogSource, createTranslator, type MessageSource, type Sub } from './translate.ts';

export type MessageKey = keyof typeof EN;
/** Keys that have plural forms, without the `_one`/`_other` suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

export const ENGLISH: MessageSource = catalogSource('en', EN);
let active = createTranslator(ENGLISH, ENGLISH);

/** Switch every later `t`/`tn` call to `source`, with English behind it for any missing key. */
export function setMessages(source: MessageSource): void {
  active = createTranslator(source, ENGLISH);
}

export function currentLanguage(): Language {
  return active.language;
}

export function t(key: MessageKey, ...subs: Sub[]): string {
  return active.t(key, ...subs);
}

export function tn(key: PluralKey, count: number, ...subs: Sub[]): string {
  return active.tn(key, count, ...subs);
}

export type { Language } from './catalog.ts';
export { chooseLanguage } from './language.ts';
export type { MessageSource, Sub } from './translate.ts';
