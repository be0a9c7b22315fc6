// Built by scripts/esm-content-build.ts (panelCatalogsPlugin), which the unit tests register too.
import CATALOGS from 'virtual:catalogs';
import type { FeatureName } from '../pages/registry';
import type { Language, Texts } from './catalog';
import type { LaterTexts } from './panel-texts';

/**
 * The messages a page of `feature` shows in `language` (the panel's areas and the feature's own, keyed
 * `<area>_<key>` as in the full catalogs), or those of an area that loads later: one chunk, loaded on its
 * own (dynamic import), never synchronously. Only the content script loads catalogs; extension pages need
 * none (browser.i18n serves their language).
 */
export async function loadCatalog(language: Language, feature: FeatureName | LaterTexts): Promise<Texts> {
  const load = CATALOGS[language]?.[feature];
  if (!load) throw new Error(`No catalog ${language}/${feature}`);
  return (await load()).default;
}
