/**
 * Looking up and filling messages. A `MessageSource` is where the text comes from: a catalog object
 * (tests, and a page language that differs from the browser's) or `browser.i18n` (wrapped outside lib/).
 * Substitution follows Chrome's rules so both sources give the same text: `$1`…`$9`, `$$` for `$`.
 */
import type { Catalog, Language } from './catalog.ts';

export type Sub = string | number;

export interface MessageSource {
  /** Language of the texts, for plural rules and number formatting. */
  language: Language;
  /** The filled message, or '' / undefined when this source lacks the key. */
  get(key: string, subs: string[]): string | undefined;
}

export function fill(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function catalogSource(language: Language, catalog: Catalog): MessageSource {
  return {
    language,
    get: (key, subs) => {
      const entry = catalog[key];
      return entry === undefined ? undefined : fill(entry.message, subs);
    },
  };
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

/**
 * Makes the language's number formatter now. A context's first Intl formatter costs ~40 ms (ICU data):
 * the content script makes it in a task of its own rather than inside a render that shows a rate or
 * a price (counts need none: see `integer`).
 */
export function warmNumberFormat(language: Language): void {
  numberFormat(language);
}

/** The thousands separator of each language we have, as Intl writes it (the tests compare with Intl). */
const GROUP: Record<Language, string> = { en: ',', id: '.', vi: '.' };

/**
 * Safe integers are grouped here, not by Intl: a context's first Intl formatter costs ~40 ms (ICU
 * data), and counts are what the content script formats as rows stream in. Null: Intl's to write.
 */
function integer(language: Language, n: number): string | null {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  const digits = String(Math.abs(n));
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, GROUP[language]) : digits;
  return n < 0 ? `-${grouped}` : grouped;
}

/** Numbers are formatted for the language (1,000 / 1.000); strings pass through untouched. */
export function formatSubs(language: Language, subs: readonly Sub[]): string[] {
  return subs.map((s) => (typeof s !== 'number' ? s : (integer(language, s) ?? numberFormat(language).format(s))));
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

/**
 * How many finished texts a translator keeps. A page of 1,000 creator rows asks for the same labels and
 * "2 of 4 known" thousands of times, and each miss is a native getMessage call. Texts unique to a row
 * (its handle) are kept too, so past this many the oldest is dropped: a long-lived page stays bounded.
 */
export const TEXT_CACHE_LIMIT = 2000;

/**
 * The cache key of a call: the message key and its RAW substitutions, so a hit also skips number
 * formatting. Unambiguous whatever a string holds: a number is `\0n<digits>` (never a \0 inside), a
 * string `\0s<length>:<text>`; message keys are plain ASCII. -0 formats as "-0", so it keeps its sign.
 */
function cacheKey(key: string, subs: readonly Sub[]): string {
  let k = key;
  for (const s of subs) {
    k += typeof s === 'number' ? `\u0000n${Object.is(s, -0) ? '-0' : s}` : `\u0000s${s.length}:${s}`;
  }
  return k;
}

export function createTranslator(source: MessageSource, fallback: MessageSource): Translator {
  const lookup = (key: string, subs: readonly Sub[]): string | undefined => {
    const own = source.get(key, formatSubs(source.language, subs));
    if (own) return own;
    const other = fallback.get(key, formatSubs(fallback.language, subs));
    return other || undefined;
  };
  // Per translator: a new source (setMessages) starts with nothing remembered.
  const texts = new Map<string, string>();
  const remember = (id: string, text: string): string => {
    if (texts.size >= TEXT_CACHE_LIMIT) texts.delete(texts.keys().next().value as string);
    texts.set(id, text);
    return text;
  };
  return {
    language: source.language,
    t: (key, ...subs) => {
      const id = cacheKey(key, subs);
      return texts.get(id) ?? remember(id, lookup(key, subs) ?? key);
    },
    tn: (key, count, ...subs) => {
      // \u0001 never occurs in a key, so plural calls cannot meet t's entries.
      const id = cacheKey(`${key}\u0001`, [count, ...subs]);
      const hit = texts.get(id);
      if (hit !== undefined) return hit;
      const text =
        lookup(`${key}_${pluralCategory(source.language, count)}`, subs) ?? lookup(`${key}_other`, subs) ?? key;
      return remember(id, text);
    },
  };
}
