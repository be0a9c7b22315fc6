/**
 * Catalog messages for the rules' hot path. A queue check builds thousands of findings and a full
 * `t()` call (formatting, substitution by regex, fallbacks) costs about a microsecond each, several
 * times the check itself. So each message is fetched through `t()` once per language, with marker
 * characters as substitutions, and kept as the text between the markers; building a message then
 * only joins those parts with the values, as the template literals did before localisation.
 */
import { currentLanguage, type Language, messagesGeneration, type MessageKey, type PluralKey, type Sub, t } from '../i18n/index.ts';
import { formatSubs, pluralCategory } from '../i18n/translate.ts';

/** `texts[0] + sub[slots[0]] + texts[1] + …`; texts has one more entry than slots. */
interface Parts {
  texts: string[];
  slots: number[];
}

// Private-use characters U+E001…U+E009 stand for $1…$9; no catalog text contains them.
const MARK_BASE = 0xe000;
const MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(MARK_BASE + i + 1));

const cache = new Map<string, Parts>();
/** Per plural key, the parts for each count seen (choosing the form through Intl costs more than the rest). */
const plurals = new Map<string, Map<number, Parts | null>>();
const numbers = new Map<number, string>();
/** Bounds for the per-value caches; cleared when full. */
const NUMBERS_MAX = 4096;
const COUNTS_MAX = 1024;
let cacheGeneration = -1;

/** Texts follow the messages the context uses now: any switch drops everything cached. */
function syncLanguage(): Language {
  const generation = messagesGeneration();
  if (generation !== cacheGeneration) {
    cache.clear();
    plurals.clear();
    numbers.clear();
    cacheGeneration = generation;
  }
  return currentLanguage();
}

function compile(text: string): Parts {
  const texts: string[] = [];
  const slots: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const slot = text.charCodeAt(i) - MARK_BASE - 1;
    if (slot < 0 || slot > 8) continue;
    texts.push(text.slice(start, i));
    slots.push(slot);
    start = i + 1;
  }
  texts.push(text.slice(start));
  return { texts, slots };
}

/** The parts of `key`, or null when no catalog has it (`t` then answers with the key itself). */
function partsOf(key: string): Parts | null {
  let parts = cache.get(key);
  if (parts === undefined) {
    const text = t(key as MessageKey, ...MARKS);
    if (text === key) return null;
    parts = compile(text);
    cache.set(key, parts);
  }
  return parts;
}

/** Numbers formatted for the language, as `t` does (1,000 / 1.000); the same few counts recur. */
function subText(language: Language, sub: Sub | undefined): string {
  if (typeof sub !== 'number') return sub ?? '';
  let text = numbers.get(sub);
  if (text === undefined) {
    text = formatSubs(language, [sub])[0] ?? String(sub);
    if (numbers.size >= NUMBERS_MAX) numbers.clear();
    numbers.set(sub, text);
  }
  return text;
}

function join(parts: Parts, language: Language, subs: readonly Sub[]): string {
  const { texts, slots } = parts;
  let out = texts[0] ?? '';
  for (let i = 0; i < slots.length; i++) out += subText(language, subs[slots[i] ?? 0]) + (texts[i + 1] ?? '');
  return out;
}

/** Same text as `t(key, ...subs)`. */
export function msg(key: MessageKey, ...subs: Sub[]): string {
  const language = syncLanguage();
  const parts = partsOf(key);
  return parts ? join(parts, language, subs) : key;
}

/** Same text as `tn(key, count, ...subs)`: the plural form for `count`, else `_other`. */
export function msgn(key: PluralKey, count: number, ...subs: Sub[]): string {
  const language = syncLanguage();
  let byCount = plurals.get(key);
  if (byCount === undefined) {
    byCount = new Map();
    plurals.set(key, byCount);
  }
  let parts = byCount.get(count);
  if (parts === undefined) {
    parts = partsOf(`${key}_${pluralCategory(language, count)}`) ?? partsOf(`${key}_other`);
    if (byCount.size >= COUNTS_MAX) byCount.clear();
    byCount.set(count, parts);
  }
  return parts ? join(parts, language, subs) : key;
}
