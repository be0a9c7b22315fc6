import type { Catalog, Language } from './catalog.ts';

/**
 * The catalog of a language. Each is a separate chunk (dynamic import), so a page pays for a catalog only
 * when it is shown in a language other than the browser's (which browser.i18n already serves).
 */
export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'id') return (await import('./catalogs/id.ts')).ID;
  if (language === 'vi') return (await import('./catalogs/vi.ts')).VI;
  return (await import('./catalogs/en.ts')).EN;
}
