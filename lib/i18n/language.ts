import { LANGUAGES, type Language } from './catalog';

/**
 * The first of the candidate language tags (page language, then browser UI language…) that we have a
 * translation for, matched on the primary subtag; 'in' is the legacy code for Indonesian.
 */
export function chooseLanguage(...candidates: ReadonlyArray<string | null | undefined>): Language {
  for (const tag of candidates) {
    const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (!primary) continue;
    const lang = primary === 'in' ? 'id' : primary;
    if ((LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  }
  return 'en';
}
