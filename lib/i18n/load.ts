import type { Catalog, Language } from './catalog.ts';
import { EN } from './catalogs/en.ts';

/**
 * The catalog of a language. Other languages are separate chunks (dynamic import), so a page pays for
 * Indonesian or Vietnamese only when it is shown in that language.
 */
export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'id') return (await import('./catalogs/id.ts')).ID;
  if (language === 'vi') return (await import('./catalogs/vi.ts')).VI;
  return EN;
}
