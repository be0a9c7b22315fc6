/**
 * The message areas (lib/i18n/locales/<lang>/<area>.json) the content script's shared code shows on
 * every page: the panel's frame, page recognition, the reading report, worker answers. A page adds the
 * areas of its own feature (lib/pages/registry.ts `texts`). Each language has one catalog chunk per
 * feature holding both (scripts/esm-content-build.ts), so a page loads its texts in one file, and only them.
 */
export const PANEL_TEXTS = ['app', 'errors', 'pages', 'panel', 'report', 'shell'] as const;
