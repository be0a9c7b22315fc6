/**
 * `browser.i18n.getMessage` is a native call (~100 µs each in Chrome's content script), and a text with a
 * substitution unique to a row (a creator's handle) misses the translator's text cache every time. The
 * browser's substitution only copies each substitution into fixed places of a fixed message, so each key is
 * asked for once, with sentinel substitutions (private-use characters U+E000…U+E008 for $1…$9), and later
 * calls put the real substitutions where the sentinels came back. The result is the browser's own text.
 *
 * Assumes no message contains U+E000…U+E008 itself (test/i18n/templates.test.ts checks the catalogs).
 */

/** The browser's getMessage: the filled text, '' for a key it lacks. */
export type GetMessage = (key: string, subs: string[]) => string | undefined;

/** Chrome takes at most 9 substitutions ($1…$9) and answers anything else itself: such calls go straight through. */
const MAX_SUBS = 9;
const FIRST_SENTINEL = 0xe000;
const SENTINELS = Array.from({ length: MAX_SUBS }, (_, i) => String.fromCharCode(FIRST_SENTINEL + i));
const SENTINEL = /[\uE000-\uE008]/g;

/**
 * Keys are the catalog's (a few hundred per language, with plural forms), so this is never reached in
 * practice; it only keeps a caller that builds keys from data from growing the map without end.
 */
export const TEMPLATE_CACHE_LIMIT = 4096;

/**
 * A message cut at its substitutions: `texts[0] + subs[slots[0]] + texts[1] + … + texts[n]`. Built once
 * per key; a fill is a few concatenations and never looks into a substitution, so a "$1" or a sentinel
 * character inside one stays as it is (the browser, too, substitutes once).
 */
interface Template {
  texts: string[];
  slots: number[];
}

function compile(text: string): Template | string {
  const texts: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTINEL)) {
    texts.push(text.slice(last, m.index));
    slots.push(m[0].charCodeAt(0) - FIRST_SENTINEL);
    last = m.index + 1;
  }
  // No substitution (or a missing key, ''): the text is the answer whatever the substitutions.
  if (slots.length === 0) return text;
  texts.push(text.slice(last));
  return { texts, slots };
}

function fillTemplate(t: Template, subs: readonly string[]): string {
  let out = t.texts[0] as string;
  for (let i = 0; i < t.slots.length; i++) out += (subs[t.slots[i] as number] ?? '') + (t.texts[i + 1] as string);
  return out;
}

/**
 * `getMessage` asking the browser once per key. A throw (e.g. "Extension context invalidated") and an
 * `undefined` answer (not a text, not '' either) are passed on and not remembered, so the key is asked again.
 */
export function templatedGet(getMessage: GetMessage, limit = TEMPLATE_CACHE_LIMIT): GetMessage {
  const templates = new Map<string, Template | string>();
  return (key, subs) => {
    if (subs.length > MAX_SUBS) return getMessage(key, subs);
    let template = templates.get(key);
    if (template === undefined) {
      const text = getMessage(key, [...SENTINELS]);
      if (text === undefined) return undefined;
      template = compile(text);
      if (templates.size >= limit) templates.delete(templates.keys().next().value as string);
      templates.set(key, template);
    }
    return typeof template === 'string' ? template : fillTemplate(template, subs);
  };
}
