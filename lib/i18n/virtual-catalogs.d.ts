/** The content script's catalog chunks by language and feature (scripts/esm-content-build.ts, panelCatalogsPlugin). */
declare module 'virtual:catalogs' {
  const catalogs: Readonly<
    Record<
      string,
      Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, { message: string }>> }>>> | undefined
    >
  >;
  export default catalogs;
}
