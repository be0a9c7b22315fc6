/**
 * Memory records from the seller's own queue and from what the Target collaborations pages showed.
 * The queue is ours: its transitions set invitation outcomes. The page is not: it only adds sightings.
 */
import type { QueueEntry } from '../queue/entry';
import { foldSightings, mergeInvitations, mergeListSeen } from './merge';
import { type CreatorMemory, emptyMemory, type Invitation, type ListSeen, MEMORY_LIMITS, type Outcome } from './schema';

/** The invitation an entry stands for, or null when its status is not one (removed). */
export function invitationOf(e: QueueEntry): Invitation | null {
  const outcome: Outcome | null = e.status === 'removed' ? null : e.status;
  if (!outcome) return null;
  const products = e.terms.products.slice(0, MEMORY_LIMITS.productsPerInvitation);
  const inv: Invitation = {
    key: e.id,
    at: e.updatedAt,
    productIds: products.map((p) => p.id),
    ratesBp: products.map((p) => p.targetRateBp),
    feeType: e.terms.feeStructure,
    outcome,
  };
  if (outcome === 'failed' && e.failure) inv.reason = e.failure.reason.slice(0, 500);
  return inv;
}

/** Adds what a queue entry says to a creator's record (an empty one when `m` is undefined). */
export function withQueueEntry(m: CreatorMemory | undefined, e: QueueEntry): CreatorMemory {
  const base = m ?? emptyMemory(e.creator.id, e.updatedAt);
  const inv = invitationOf(e);
  const next: CreatorMemory = { ...base, updatedAt: Math.max(base.updatedAt, e.updatedAt) };
  if (inv) next.invitations = mergeInvitations(base.invitations, [inv]);
  if (e.creator.handle) next.handle = e.creator.handle;
  if (e.creator.nickname) next.nickname = e.creator.nickname;
  return next;
}

/** Adds the page's sightings; one of a collaboration an invitation created joins it, outcome untouched. */
export function withListSeen(
  m: CreatorMemory | undefined,
  creatorId: string,
  seen: readonly ListSeen[],
  handle: string | null,
  at: number,
): CreatorMemory {
  const base = m ?? emptyMemory(creatorId, at);
  const next: CreatorMemory = {
    ...base,
    listSeen: mergeListSeen(base.listSeen, seen),
    updatedAt: Math.max(base.updatedAt, at),
  };
  if (handle && !next.handle) next.handle = handle;
  return foldSightings(next);
}
