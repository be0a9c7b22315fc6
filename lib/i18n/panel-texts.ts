/**
 * The message areas (lib/i18n/locales/<lang>/<area>.json) the content script's shared code shows on
 * every page: the panel's frame, page recognition, worker answers. A page adds the areas of its own
 * feature (lib/pages/registry.ts `texts`). Each language has one catalog chunk per feature holding both
 * (scripts/esm-content-build.ts), so a page loads its texts in one file, and only them.
 */
export const PANEL_TEXTS = ['app', 'errors', 'pages', 'panel', 'shell'] as const;

/**
 * Areas only code that loads later shows: the reading report (for the sellers who turn it on) and the
 * outcome of a Send. Each is a chunk of its own per language, which that code loads before it shows a
 * text (components/common/i18n.ts, loadLaterTexts), so no page carries them until then.
 */
export const LATER_TEXTS = ['report', 'queue'] as const;
export type LaterTexts = (typeof LATER_TEXTS)[number];
