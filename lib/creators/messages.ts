/**
 * Every sentence the Find creators overlay shows, in one table so it can be localised later.
 * Functions take the variable parts; nothing here is HTML.
 */
export const FIT_MESSAGES = {
  labels: {
    followers: 'Followers',
    gmv: 'GMV',
    engagement: 'Engagement rate',
    sampleFulfilment: 'Sample fulfilment',
  },
  unknown: 'unknown',
  atLeast: (goal: string) => `at least ${goal}`,
  noMinimum: 'no minimum',
  /** A GMV shown as a floor ("RM10K+") below the goal: the real value may still reach it. */
  floorBelowGoal: (text: string) => `${text} (may be more)`,
  known: (known: number, total: number) => `${known} of ${total} known`,
  meets: (met: number, known: number) => `meets ${met} of ${known}`,
  nothingKnown: 'No fit data for this creator yet',
  misses: (labels: readonly string[]) => `below goal: ${labels.join(', ')}`,
  scoreShort: (score: number) => `Fit ${score}`,
  scoreUnknown: 'Fit ?',
  met: 'Met',
  notMet: 'Below goal',
  unknownStatus: 'Unknown',
  tooltipTitle: 'Fit against your thresholds',
  partValue: (label: string, value: string) => `${label}: ${value}`,
  partGoal: (goal: string, status: string) => `(goal ${goal}) · ${status}`,
} as const;

export const BADGE_MESSAGES = {
  live: { label: 'LIVE', description: 'Can go LIVE: flash sales can be requested from this creator alone' },
  invited90d: { label: 'Invited', description: 'Invited in the last 90 days' },
  collaborated: { label: 'Worked with', description: 'Has collaborated with your shop before' },
  blocked: { label: 'Blocked', description: 'Blocked by your shop: invitations will fail' },
  queued: { label: 'Queued', description: 'Already in your invitation queue' },
} as const;

export const REASON_MESSAGES = {
  1: 'Promoted similar products',
  2: 'Followers bought similar products',
  3: 'Followers viewed similar products',
  4: "Followers' profile matches customers' profile",
  legend: 'Recommendation reason',
  notRecommended: 'Not a recommendation',
} as const;

export const OVERLAY_MESSAGES = {
  region: (handle: string) => `Collab Pilot: @${handle}`,
  add: 'Add to queue',
  adding: 'Adding…',
  queued: 'Queued ✓',
  retry: 'Try again',
  cantAdd: "Can't queue",
  blockedExplain: 'Blocked by your shop: invitations will fail, so this creator cannot be queued.',
  alreadyQueued: 'Already in your queue.',
  failed: 'Not added to the queue.',
} as const;

export const TOOLBAR_MESSAGES = {
  title: 'Find creators',
  reasonCount: (label: string, n: number) => `${label} (${n})`,
  noReasonHint: 'No reason ticked: every listed creator counts.',
  matching: (n: number, listed: number) => `${n} of ${listed} listed creators match`,
  queueSelected: (n: number) => `Queue selected (${n})`,
  queueMatching: (n: number) => `Queue all matching (${n})`,
  queueCount: (n: number) => `In your queue: ${n}`,
  progress: (done: number, total: number) => `Queued ${done} of ${total}`,
  progressLabel: 'Queueing progress',
  cancel: 'Cancel',
  cancelling: 'Stopping…',
  nothingSelected: 'Select creators in the table first.',
  nothingMatching: 'No listed creator matches the ticked reasons.',
  failed: (why: string) => `Could not queue creators: ${why}`,
  unknownError: 'something went wrong',
} as const;

/** The result of queueing several creators at once, as the caller reports it. */
export interface BulkAddResult {
  added: number;
  alreadyQueued: number;
  /** Blocked creators are never queued. */
  skippedBlocked?: number;
  failed?: number;
  /** Set when the seller cancelled part way. */
  cancelled?: boolean;
  /** How many were meant to be queued (for "stopped after X of Y"). */
  total?: number;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** "Added 118; 2 were already in your queue", with the other outcomes only when they happened. */
export function bulkResultMessage(r: BulkAddResult): string {
  const parts: string[] = [`Added ${r.added}`];
  if (r.alreadyQueued > 0) {
    parts.push(`${r.alreadyQueued} ${plural(r.alreadyQueued, 'was', 'were')} already in your queue`);
  }
  if (r.skippedBlocked) {
    parts.push(`${r.skippedBlocked} ${plural(r.skippedBlocked, 'was', 'were')} skipped because your shop blocked them`);
  }
  if (r.failed) parts.push(`${r.failed} could not be added`);
  const text = parts.join('; ');
  if (r.cancelled) {
    const done = r.added + r.alreadyQueued + (r.skippedBlocked ?? 0) + (r.failed ?? 0);
    const of = r.total !== undefined ? ` of ${r.total}` : '';
    return `Stopped after ${done}${of}. ${text}.`;
  }
  return `${text}.`;
}
