import { EN } from './catalogs/en';
import { catalogSource, type MessageSource } from './translate';

/**
 * The English catalog as a message source, for tests and scripts. Kept out of index.ts so that no bundle
 * imports the catalog statically: extension contexts read the browser's _locales, and the content script
 * loads the catalog of the language it shows (load.ts).
 */
export const ENGLISH: MessageSource = catalogSource('en', EN);
