/** The content script's catalog chunks by language and feature (scripts/esm-content-build.ts, panelCatalogsPlugin). */
declare module 'virtual:catalogs' {
  type Texts = import('@/lib/i18n/catalog').Texts;
  const catalogs: Readonly<Record<string, Readonly<Record<string, () => Promise<{ default: Texts }>>> | undefined>>;
  export default catalogs;
}
