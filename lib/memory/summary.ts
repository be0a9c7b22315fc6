/** The compact view of a creator's memory that rows, batches and filters read. */
import type { CreatorMemory, MemorySummary } from './schema';

const NOTE_PREVIEW = 120;

/** Collaborations the page showed as accepted, each once: on its invitation or on its own. */
function acceptedCount(m: CreatorMemory): number {
  const ids = new Set<string>();
  for (const inv of m.invitations) if (inv.seen?.status === 'accepted') ids.add(inv.seen.collaborationId);
  for (const s of m.listSeen) if (s.status === 'accepted') ids.add(s.collaborationId);
  return ids.size;
}

export function summarise(m: CreatorMemory) {
  let invited = 0;
  let pending = 0;
  let failed = 0;
  let lastInvitedAt: number | null = null;
  for (const inv of m.invitations) {
    if (inv.outcome === 'sent') {
      invited++;
      if (lastInvitedAt === null || inv.at > lastInvitedAt) lastInvitedAt = inv.at;
    } else if (inv.outcome === 'failed') failed++;
    else pending++;
  }
  return {
    id: m.id,
    /** Invitations the seller sent. */
    invited,
    /** Queued or opened, not yet sent. */
    pending,
    failed,
    /** Collaborations the page showed as accepted. */
    accepted: acceptedCount(m),
    lastInvitedAt,
    doNotInvite: m.doNotInvite,
    hasNote: m.notes.trim().length > 0,
    notePreview: m.notes.slice(0, NOTE_PREVIEW),
    tags: m.tags,
  };
}

/** What memory tells a batch's rules about one creator: the seller's mark and their last sent invitation. */
export interface Remembered {
  doNotInvite?: boolean;
  lastInvitedByYouAt?: number;
}

export function remembered(m: CreatorMemory | undefined): Remembered {
  if (!m) return {};
  let last: number | undefined;
  for (const inv of m.invitations) if (inv.outcome === 'sent' && (last === undefined || inv.at > last)) last = inv.at;
  return {
    ...(m.doNotInvite ? { doNotInvite: true } : {}),
    ...(last !== undefined ? { lastInvitedByYouAt: last } : {}),
  };
}

export interface MemoryFilter {
  /** Hide creators the seller invited within this many days; 0 or absent: show them. */
  invitedWithinDays?: number;
  hideDoNotInvite?: boolean;
  /** Hide creators invited at least once and never seen accepting. */
  hideNeverAccepted?: boolean;
}

/** Whether the Find creators filter hides this creator. A creator with no memory is never hidden. */
export function hiddenByFilter(s: MemorySummary | undefined, f: MemoryFilter, now: number): boolean {
  if (!s) return false;
  if (f.hideDoNotInvite && s.doNotInvite) return true;
  if (f.hideNeverAccepted && s.invited > 0 && s.accepted === 0) return true;
  const days = f.invitedWithinDays ?? 0;
  return days > 0 && s.lastInvitedAt !== null && now - s.lastInvitedAt < days * 86_400_000;
}
