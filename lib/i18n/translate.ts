/**
 * Looking up and filling messages. A `MessageSource` is where the text comes from: a catalog object
 * (tests, and a page language that differs from the browser's) or `browser.i18n` (wrapped outside lib/).
 * Substitution follows Chrome's rules so both sources give the same text: `$1`…`$9`, `$$` for `$`.
 */
import type { Catalog, Language, Texts } from './catalog';

export type Sub = string | number;

export interface MessageSource {
  /** Language of the texts, for plural rules and number formatting. */
  language: Language;
  /** The filled message, or '' / undefined when this source lacks the key. */
  get(key: string, subs: string[]): string | undefined;
}

/**
 * A scan from one `$` to the next, left to right, each replaced once (a substitution is never read
 * again). Not a regular expression with a callback: a queue's check fills thousands of messages.
 */
export function fill(message: string, subs: readonly string[]): string {
  let at = message.indexOf('$');
  if (at < 0) return message;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const c = message.charCodeAt(at + 1);
    // `$$` is a `$`; `$1`…`$9` a substitution; any other `$` stays as it is.
    if (c === 36 || (c >= 49 && c <= 57)) {
      out += message.slice(from, at) + (c === 36 ? '$' : (subs[c - 49] ?? ''));
      from = at + 2;
      at = message.indexOf('$', from);
    } else at = message.indexOf('$', at + 1);
  }
  return out + message.slice(from);
}

/** The content script's catalogs: each message's text alone (lib/i18n/load.ts). */
export function textsSource(language: Language, texts: Texts): MessageSource {
  return {
    language,
    get: (key, subs) => {
      const text = texts[key];
      return text === undefined ? undefined : fill(text, subs);
    },
  };
}

/** A full catalog (tests and scripts): its texts, without the translators' descriptions. */
export function catalogSource(language: Language, catalog: Catalog): MessageSource {
  return textsSource(language, Object.fromEntries(Object.entries(catalog).map(([key, e]) => [key, e.message])));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(language: Language): Intl.NumberFormat {
  let f = numberFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language);
    numberFormats.set(language, f);
  }
  return f;
}

/** Numbers are formatted for the language (1,000 / 1.000); strings pass through untouched. */
export function formatSubs(language: Language, subs: readonly Sub[]): string[] {
  return subs.map((s) => (typeof s === 'number' ? numberFormat(language).format(s) : s));
}

/** The plural category of `count` in `language` ('one', 'other', …). */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(language);
  if (!r) {
    r = new Intl.PluralRules(language);
    pluralRules.set(language, r);
  }
  return r.select(count);
}

export interface Translator {
  language: Language;
  /** The message for `key`, filled; the fallback's text when the source lacks it; the key itself as a last resort. */
  t(key: string, ...subs: Sub[]): string;
  /** The plural form of `key` for `count` (`key_one`, `key_other`, …), falling back to `key_other`. */
  tn(key: string, count: number, ...subs: Sub[]): string;
}

export function createTranslator(source: MessageSource, fallback: MessageSource): Translator {
  const lookup = (key: string, subs: readonly Sub[]): string | undefined => {
    const own = source.get(key, formatSubs(source.language, subs));
    if (own) return own;
    const other = fallback.get(key, formatSubs(fallback.language, subs));
    return other || undefined;
  };
  return {
    language: source.language,
    t: (key, ...subs) => lookup(key, subs) ?? key,
    tn: (key, count, ...subs) =>
      lookup(`${key}_${pluralCategory(source.language, count)}`, subs) ?? lookup(`${key}_other`, subs) ?? key,
  };
}
