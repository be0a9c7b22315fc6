import type { Catalog, Language } from './catalog.ts';

/**
 * The catalog of a language. Each is a separate chunk (dynamic import): the content script loads the one
 * it shows, never synchronously, and extension pages need none (browser.i18n serves their language).
 */
export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'id') return (await import('./catalogs/id.ts')).ID;
  if (language === 'vi') return (await import('./catalogs/vi.ts')).VI;
  return (await import('./catalogs/en.ts')).EN;
}
