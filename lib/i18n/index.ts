/**
 * The one translator a context uses. Every entrypoint sets it at start-up (components/common/i18n.ts):
 * extension pages and the worker to `browser.i18n`, the browser's language; the content script to the
 * catalog it loads for the page. Tests set English (test/setup.ts, from ./english.ts). No catalog is
 * bundled by default, so extension pages carry no texts of their own: the browser already holds _locales.
 * Only entrypoints (and tests) set this module's state.
 */
import type { Language } from './catalog';
import type { EN } from './catalogs/en';
import { createTranslator, type MessageSource, type Sub } from './translate';

export type MessageKey = keyof typeof EN;
/** Keys that have plural forms, without the `_one`/`_other` suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Before an entrypoint chose a language: every lookup misses, so a forgotten set-up shows keys in tests. */
const NOTHING: MessageSource = { language: 'en', get: () => undefined };
let active = createTranslator(NOTHING, NOTHING);

/** Switch every later `t`/`tn` call to `source`, with `fallback` behind it for any missing key. */
export function setMessages(source: MessageSource, fallback: MessageSource = NOTHING): void {
  active = createTranslator(source, fallback);
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

export type { Language } from './catalog';
export { chooseLanguage } from './language';
export type { MessageSource, Sub } from './translate';
