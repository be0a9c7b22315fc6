/**
 * A creator's history in words, for extension pages only (the popup): its texts are in the
 * memorypage area, which the panels' catalogs leave out.
 */
import { t } from '../i18n';
import { texts } from '../texts';
import { formatDay } from './messages';
import type { CreatorMemory, Invitation, ListSeen, ListStatus, Outcome } from './schema';

const OUTCOME_TEXT: Readonly<Record<Outcome, string>> = texts({
  queued: 'memorypage_outcome_queued',
  opened: 'memorypage_outcome_opened',
  sent: 'memorypage_outcome_sent',
  failed: 'memorypage_outcome_failed',
});

const LIST_STATUS_TEXT: Readonly<Record<ListStatus, string>> = texts({
  pending: 'memorypage_status_pending',
  accepted: 'memorypage_status_accepted',
  declined: 'memorypage_status_declined',
  unknown: 'memorypage_status_unknown',
});

export function invitationLine(i: Invitation, locale?: string): string {
  return t('memorypage_invitation_line', formatDay(i.at, locale), OUTCOME_TEXT[i.outcome], i.productIds.length);
}

const seenLine = (s: ListSeen): string =>
  t('memorypage_seen_line', s.name || s.collaborationId, LIST_STATUS_TEXT[s.status]);

/**
 * Newest first: invitations (each with what the collaborations page showed for it), then the page's
 * sightings of other collaborations; each with a stable key.
 */
export function historyLines(m: CreatorMemory, locale?: string): Array<{ key: string; text: string }> {
  const inv = [...m.invitations]
    .sort((a, b) => b.at - a.at)
    .map((i) => ({
      key: `i:${i.key}`,
      text: invitationLine(i, locale) + (i.reason ? ` (${i.reason})` : '') + (i.seen ? ` · ${seenLine(i.seen)}` : ''),
    }));
  const seen = [...m.listSeen]
    .sort((a, b) => b.seenAt - a.seenAt)
    .map((s) => ({ key: `s:${s.collaborationId}`, text: seenLine(s) }));
  return [...inv, ...seen];
}
