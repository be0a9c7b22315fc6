/**
 * The affiliate content script's code, built as ES modules into content-scripts/esm/affiliate.js by
 * scripts/esm-content-build.ts and imported by the loader (index.tsx) on every affiliate page. Each
 * page's feature is a separate chunk (feature-loader.ts), fetched only on that page.
 */
export { startPageController as start } from './page-controller';
