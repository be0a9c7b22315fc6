/** Read-only views of the queue for badges, counters and the queue list. */
import type { QueueEntry, QueueState, QueueStatus } from './entry';
import { peekIndex } from './queue-index';
import { QUEUE_STATUSES } from './summary-key';
import { isActiveStatus } from './transitions';

export function countsByStatus(state: QueueState): Record<QueueStatus, number> {
  // The worker's states carry an index that keeps counts as ops apply: O(1) after every write.
  const kept = peekIndex(state.entries)?.counts;
  if (kept) return { ...kept };
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, 0])) as Record<QueueStatus, number>;
  for (const e of state.entries) counts[e.status] += 1;
  return counts;
}

/** Entries still waiting to be sent (queued or opened), in insertion order. */
export function activeEntries(state: QueueState): QueueEntry[] {
  return state.entries.filter((e) => isActiveStatus(e.status));
}

export type CreatorIndex = ReadonlyMap<string, readonly QueueEntry[]>;

export function buildCreatorIndex(entries: readonly QueueEntry[]): CreatorIndex {
  const index = new Map<string, QueueEntry[]>();
  for (const e of entries) {
    const list = index.get(e.creator.id);
    if (list) list.push(e);
    else index.set(e.creator.id, [e]);
  }
  return index;
}

// States are immutable, so an index built for one entries array stays right for it.
const cache = new WeakMap<readonly QueueEntry[], CreatorIndex>();

export function creatorIndexOf(state: QueueState): CreatorIndex {
  let index = cache.get(state.entries);
  if (!index) {
    index = buildCreatorIndex(state.entries);
    cache.set(state.entries, index);
  }
  return index;
}

function indexFor(source: QueueState | CreatorIndex): CreatorIndex {
  return source instanceof Map ? source : creatorIndexOf(source as QueueState);
}

export function entriesForCreator(source: QueueState | CreatorIndex, creatorId: string): readonly QueueEntry[] {
  return indexFor(source).get(creatorId) ?? [];
}

/** True when the creator has an entry waiting to be sent. O(1) after the index is built once. */
export function isQueued(source: QueueState | CreatorIndex, creatorId: string): boolean {
  return entriesForCreator(source, creatorId).some((e) => isActiveStatus(e.status));
}

export interface CreatorBadge {
  queued: boolean;
  sent: boolean;
  failed: boolean;
  /** Entries for this creator that are not removed. */
  count: number;
}

export function creatorBadge(source: QueueState | CreatorIndex, creatorId: string): CreatorBadge {
  const badge: CreatorBadge = { queued: false, sent: false, failed: false, count: 0 };
  for (const e of entriesForCreator(source, creatorId)) {
    if (e.status === 'removed') continue;
    badge.count += 1;
    if (isActiveStatus(e.status)) badge.queued = true;
    else if (e.status === 'sent') badge.sent = true;
    else if (e.status === 'failed') badge.failed = true;
  }
  return badge;
}
