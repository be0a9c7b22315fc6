/**
 * Every sentence the Find creators overlay shows. The texts live in the message catalogs
 * (lib/i18n/locales/<lang>/creators.json); this table keeps its shape for callers, and every text is
 * read at call time (getters and functions) because the content script switches language at start-up.
 * Functions take the variable parts; nothing here is HTML.
 */
import { t, tn } from '../i18n/index';
import { texts } from '../texts';

export const FIT_MESSAGES = texts(
  {
    unknown: 'creators_fit_unknown',
    noMinimum: 'creators_fit_no_minimum',
    nothingKnown: 'creators_fit_nothing_known',
    scoreUnknown: 'creators_fit_score_unknown',
    met: 'creators_fit_met',
    notMet: 'creators_fit_not_met',
    unknownStatus: 'creators_fit_unknown_status',
    tooltipTitle: 'creators_fit_tooltip_title',
  },
  {
    labels: texts({
      followers: 'creators_fit_label_followers',
      gmv: 'creators_fit_label_gmv',
      engagement: 'creators_fit_label_engagement',
      sampleFulfilment: 'creators_fit_label_sample_fulfilment',
    }),
    atLeast: (goal: string) => t('creators_fit_at_least', goal),
    /** A GMV shown as a floor ("RM10K+") below the goal: the real value may still reach it. */
    floorBelowGoal: (text: string) => t('creators_fit_floor_below_goal', text),
    known: (known: number, total: number) => t('creators_fit_known', known, total),
    meets: (met: number, known: number) => t('creators_fit_meets', met, known),
    // The list separator stays in code: it joins names, not sentence fragments.
    misses: (labels: readonly string[]) => t('creators_fit_misses', labels.join(', ')),
    scoreShort: (score: number) => t('creators_fit_score_short', score),
    partValue: (label: string, value: string) => t('creators_fit_part_value', label, value),
    partGoal: (goal: string, status: string) => t('creators_fit_part_goal', goal, status),
  },
);

export const BADGE_MESSAGES = {
  live: texts({
    label: 'creators_badge_live_label',
    description: 'creators_badge_live_description',
  }),
  invited90d: texts({
    label: 'creators_badge_invited90d_label',
    description: 'creators_badge_invited90d_description',
  }),
  collaborated: texts({
    label: 'creators_badge_collaborated_label',
    description: 'creators_badge_collaborated_description',
  }),
  blocked: texts({
    label: 'creators_badge_blocked_label',
    description: 'creators_badge_blocked_description',
  }),
  queued: texts({
    label: 'creators_badge_queued_label',
    description: 'creators_badge_queued_description',
  }),
};

export const REASON_MESSAGES = texts({
  1: 'creators_reason_1',
  2: 'creators_reason_2',
  3: 'creators_reason_3',
  4: 'creators_reason_4',
  legend: 'creators_reason_legend',
  notRecommended: 'creators_reason_not_recommended',
});

export const OVERLAY_MESSAGES = texts(
  {
    add: 'creators_overlay_add',
    adding: 'creators_overlay_adding',
    queued: 'creators_overlay_queued',
    retry: 'creators_overlay_retry',
    cantAdd: 'creators_overlay_cant_add',
    blockedExplain: 'creators_overlay_blocked_explain',
    blockUnknownExplain: 'creators_overlay_block_unknown_explain',
    alreadyQueued: 'creators_overlay_already_queued',
    failed: 'creators_overlay_failed',
  },
  {
    region: (handle: string) => t('creators_overlay_region', handle),
  },
);

export const TOOLBAR_MESSAGES = texts(
  {
    title: 'creators_toolbar_title',
    noReasonHint: 'creators_toolbar_no_reason_hint',
    progressLabel: 'creators_toolbar_progress_label',
    cancel: 'creators_toolbar_cancel',
    cancelling: 'creators_toolbar_cancelling',
    nothingSelected: 'creators_toolbar_nothing_selected',
    nothingMatching: 'creators_toolbar_nothing_matching',
    unknownError: 'creators_toolbar_unknown_error',
  },
  {
    reasonCount: (label: string, n: number) => t('creators_toolbar_reason_count', label, n),
    matching: (n: number, listed: number) => t('creators_toolbar_matching', n, listed),
    reasonsUnknown: (n: number) => tn('creators_toolbar_reasons_unknown', n, n),
    queueSelected: (n: number) => t('creators_toolbar_queue_selected', n),
    queueMatching: (n: number) => t('creators_toolbar_queue_matching', n),
    queueCount: (n: number) => t('creators_toolbar_queue_count', n),
    progress: (done: number, total: number) => t('creators_toolbar_progress', done, total),
    failed: (why: string) => t('creators_toolbar_failed', why),
  },
);

/** The result of queueing several creators at once, as the caller reports it. */
export interface BulkAddResult {
  added: number;
  alreadyQueued: number;
  /** Blocked creators are never queued. */
  skippedBlocked?: number;
  /** Nor creators the page has not said are not blocked. */
  skippedUnknown?: number;
  failed?: number;
  /** Set when the seller cancelled part way. */
  cancelled?: boolean;
  /** How many were meant to be queued (for "stopped after X of Y"). */
  total?: number;
}

/**
 * "Added 118; 2 were already in your queue.", with the other outcomes only when they happened.
 * Each outcome is a whole clause in the catalog; only the "; " between clauses is joined here.
 */
export function bulkResultMessage(r: BulkAddResult): string {
  const parts: string[] = [t('creators_bulk_added', r.added)];
  if (r.alreadyQueued > 0) parts.push(tn('creators_bulk_already', r.alreadyQueued, r.alreadyQueued));
  if (r.skippedBlocked) parts.push(tn('creators_bulk_blocked', r.skippedBlocked, r.skippedBlocked));
  if (r.skippedUnknown) parts.push(tn('creators_bulk_unknown', r.skippedUnknown, r.skippedUnknown));
  if (r.failed) parts.push(t('creators_bulk_failed', r.failed));
  const text = parts.join('; ');
  if (r.cancelled) {
    const done = r.added + r.alreadyQueued + (r.skippedBlocked ?? 0) + (r.skippedUnknown ?? 0) + (r.failed ?? 0);
    return r.total !== undefined
      ? t('creators_bulk_stopped_of', done, r.total, text)
      : t('creators_bulk_stopped', done, text);
  }
  return t('creators_bulk_done', text);
}
