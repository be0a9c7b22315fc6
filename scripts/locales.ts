/**
 * The `_locales/<lang>/messages.json` files of the package, merged from the per-area sources in
 * lib/i18n/locales. Used by the build (wxt.config.ts) so the browser's own i18n and our lookup read
 * the same texts.
 */
import type { Catalog, Language } from '../lib/i18n/catalog.ts';
import { EN } from '../lib/i18n/catalogs/en.ts';
import { ID } from '../lib/i18n/catalogs/id.ts';
import { VI } from '../lib/i18n/catalogs/vi.ts';

export const CATALOGS: Record<Language, Catalog> = { en: EN, id: ID, vi: VI };

export function localeFiles(): Array<{ relativeDest: string; contents: string }> {
  return Object.entries(CATALOGS).map(([lang, catalog]) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(catalog, null, 1)}\n`,
  }));
}
