/**
 * The message areas (lib/i18n/locales/<lang>/<area>.json) the content script's shared code shows on
 * every page: the panel's frame, page recognition, the reading report, worker answers. A page adds the
 * areas of its own feature (lib/pages/registry.ts `texts`). Each language's shared areas are one chunk,
 * each other area a chunk of its own (scripts/esm-content-build.ts), so a page loads only its texts.
 */
export const PANEL_TEXTS = ['app', 'errors', 'pages', 'panel', 'report', 'shell'] as const;
