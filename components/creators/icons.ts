import type { BadgeKey } from '@/lib/creators/badges';

/**
 * Glyphs that go with each badge and fit status. Always shown beside text, never alone,
 * so colour and shape are never the only signal; screen readers skip them (a badge's glyph is
 * generated content with alt text "", from its data-icon; a fit status's is an aria-hidden span).
 */
export const BADGE_ICONS: Readonly<Record<BadgeKey, string>> = {
  blocked: '⊘',
  queued: '✓',
  'invited-90d': '✉',
  collaborated: '★',
  live: '◉',
};

export const STATUS_ICONS = { met: '✓', notMet: '✗', unknown: '?' } as const;
