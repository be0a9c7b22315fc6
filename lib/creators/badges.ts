/**
 * The short facts shown on each creator row. Order is by consequence: what stops an invitation
 * first, then what the seller should know before inviting, then good news.
 * Unknown facts are omitted: a compact cell has no room for "we don't know".
 */
import { BADGE_MESSAGES } from './messages';
import type { CreatorRow } from './types';

export type BadgeKey = 'live' | 'invited-90d' | 'collaborated' | 'blocked' | 'queued';
export type BadgeTone = 'good' | 'warn' | 'bad' | 'neutral';

export interface Badge {
  key: BadgeKey;
  label: string;
  tone: BadgeTone;
  description: string;
}

export type BadgeInput = Pick<CreatorRow, 'canLive' | 'invitedWithin90Days' | 'collaborated' | 'blocked'>;

export function creatorBadges(row: BadgeInput, state: { queued: boolean }): Badge[] {
  const out: Badge[] = [];
  if (row.blocked === true) out.push({ key: 'blocked', tone: 'bad', ...BADGE_MESSAGES.blocked });
  if (state.queued) out.push({ key: 'queued', tone: 'neutral', ...BADGE_MESSAGES.queued });
  if (row.invitedWithin90Days === true) out.push({ key: 'invited-90d', tone: 'warn', ...BADGE_MESSAGES.invited90d });
  if (row.collaborated === true) out.push({ key: 'collaborated', tone: 'good', ...BADGE_MESSAGES.collaborated });
  if (row.canLive === true) out.push({ key: 'live', tone: 'good', ...BADGE_MESSAGES.live });
  return out;
}
