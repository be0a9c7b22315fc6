/**
 * The user-facing strings of collaboration health besides each check's own message (which is in its entry,
 * lib/health/rules.ts). The texts live in the message catalogs (lib/i18n/locales/<lang>/health.json); these
 * tables keep their shape for callers, and every text is read at call time (getters and functions) because
 * the content script switches language at start-up.
 */
import { t, tn } from '../i18n/index';
import { texts } from '../texts';
import type { HealthCode, Severity } from './types';

/** "“Spring glow push”", else "collaboration 7123…" by id. */
export function collaborationLabel(c: { id: string; name?: string | undefined }): string {
  const name = c.name?.trim();
  return name ? `“${name}”` : t('health_collab_by_id', c.id);
}

/** "“a”", "“a” and “b”", "“a”, “b”, “c” and 2 more". The ", " between names is a list join, kept in code. */
export function listNames(names: readonly string[], max: number): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return t('health_list_and_more', shown.join(', '), rest);
  if (shown.length <= 1) return shown.join('');
  return t('health_list_and', shown.slice(0, -1).join(', '), shown[shown.length - 1] ?? '');
}

/** "12% in “Spring glow push”": one item of the rate-clash list. */
export function rateInCollaboration(rate: string, collab: string): string {
  return t('health_rate_in', rate, collab);
}

/** The pieces `health.not-loaded` lists. */
export const MISSING = {
  status: () => t('health_missing_status'),
  detail: () => t('health_missing_detail'),
  products: () => t('health_missing_products'),
  creators: () => t('health_missing_creators'),
  endDate: () => t('health_missing_end_date'),
  stock: (products: string) => t('health_missing_stock', products),
  targetRate: (products: string) => t('health_missing_target_rate', products),
  inviteDate: (n: number) => tn('health_missing_invite_date', n, n),
  creatorStatus: (n: number) => tn('health_missing_creator_status', n, n),
  unreadable: () => t('health_missing_unreadable'),
  unchecked: () => t('health_missing_unchecked'),
  unreadableProducts: (n: number) => tn('health_missing_unreadable_products', n, n),
  unreadableCreators: (n: number) => tn('health_missing_unreadable_creators', n, n),
} as const;

/** Short titles for lists, badges and the CSV "issue" column. */
export const HEALTH_TITLES: Record<HealthCode, string> = texts({
  'health.target-not-above-open': 'health_title_target_not_above_open',
  'health.out-of-stock': 'health_title_out_of_stock',
  'health.low-stock': 'health_title_low_stock',
  'health.ending-soon': 'health_title_ending_soon',
  'health.not-accepted': 'health_title_not_accepted',
  'health.rate-clash': 'health_title_rate_clash',
  'health.not-loaded': 'health_title_not_loaded',
});

/** Text labels, so colour is never the only signal. */
export const SEVERITY_LABELS: Record<Severity, string> = texts({
  error: 'health_severity_error',
  warning: 'health_severity_warning',
  info: 'health_severity_info',
});

/** Strings of the panel and the row badge. */
export const HEALTH_UI = texts(
  {
    heading: 'health_ui_heading',
    issuesHeading: 'health_ui_issues_heading',
    listEmpty: 'health_ui_list_empty',
    nothingLoaded: 'health_ui_nothing_loaded',
    allClear: 'health_ui_all_clear',
    exportCsv: 'health_ui_export_csv',
    exportHint: 'health_ui_export_hint',
    showFewer: 'health_ui_show_fewer',
  },
  {
    loaded: (n: number) => tn('health_ui_loaded', n, n),
    needsAttention: (n: number) => tn('health_ui_needs_attention', n, n),
    healthy: (n: number) => t('health_ui_healthy', n),
    notFullyLoaded: (n: number) => t('health_ui_not_fully_loaded', n),
    inactive: (n: number) => t('health_ui_inactive', n),
    atStake: (money: string) => t('health_ui_at_stake', money),
    open: (collab: string) => t('health_ui_open', collab),
    showAll: (n: number) => t('health_ui_show_all', n),
    badgeText: (label: string, n: number) => t('health_ui_badge_text', label, n),
    /** Starts with the visible text, so speech users can say what they see (WCAG label in name). */
    badgeLabel: (text: string, collab: string, n: number, titles: string) =>
      tn('health_ui_badge_label', n, text, n, collab, titles),
    /**
     * The export's header row, in the seller's language like the rest of the file (its issue titles and
     * messages are translated too). Nothing imports this CSV back, so the headers need not stay English.
     */
    get csvHeaders(): readonly string[] {
      return [
        t('health_csv_collaboration_id'),
        t('health_csv_collaboration_name'),
        t('health_csv_issue'),
        t('health_csv_severity'),
        t('health_csv_product'),
        t('health_csv_creator'),
        t('health_csv_money'),
        t('health_csv_message'),
        t('health_csv_link'),
      ];
    },
  },
);
