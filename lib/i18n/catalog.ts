/**
 * The message catalog format: exactly Chrome's `_locales/<lang>/messages.json` (a `message` and an
 * optional `description` per key), so the same files serve `browser.i18n` and our own lookup.
 * Source files are split per area (lib/i18n/locales/<lang>/<area>.json) so each module owns its strings;
 * the build merges them into one messages.json per language with keys prefixed `<area>_`.
 */
export interface CatalogEntry {
  message: string;
  description?: string;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;
/** Each message's text alone, by key: what the content script's catalog chunks hold. */
export type Texts = Readonly<Record<string, string>>;

/** Languages the extension is translated into; English is the fallback for everything. */
export const LANGUAGES = ['en', 'id', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}_${K}`]: T[K] };

/** One area's entries under `<area>_<key>`; typed, so a misspelt key fails to compile. */
export function area<P extends string, T extends Catalog>(prefix: P, entries: T): Prefixed<P, T> {
  const out: Record<string, CatalogEntry> = {};
  for (const [k, v] of Object.entries(entries)) out[`${prefix}_${k}`] = v;
  return out as Prefixed<P, T>;
}
