import { area, type Catalog, type CatalogEntry, type Language } from './catalog';

/**
 * Every area of every language a panel shows, each loaded on its own (dynamic import), never
 * synchronously. The areas only extension pages show (scripts/esm-content-build.ts) are left out.
 */
const AREAS = import.meta.glob<Record<string, CatalogEntry>>(
  ['./locales/*/*.json', '!./locales/*/{settings,options,memorypage}.json'],
  { import: 'default' },
);

/**
 * The messages of `areas` in `language`, keyed `<area>_<key>` as in the full catalogs. Only the content
 * script loads catalogs, and only the areas its page shows; extension pages need none (browser.i18n
 * serves their language).
 */
export async function loadCatalog(language: Language, areas: readonly string[]): Promise<Catalog> {
  const parts = await Promise.all(
    areas.map(async (name) => {
      const load = AREAS[`./locales/${language}/${name}.json`];
      if (!load) throw new Error(`No message area ${language}/${name}`);
      return area(name, await load());
    }),
  );
  return Object.assign({}, ...parts);
}
