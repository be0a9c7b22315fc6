/**
 * Derived indexes of a queue's entries, cached per entries array, so an op on a 10,000-entry queue
 * costs time for what it changes instead of a rebuild (a key per entry) on every call.
 *
 * Why handing over is safe: ops only replace entries in place (same id, same creator and terms) or
 * append. So the index of an op's new array is its input array's index plus the appended entries;
 * `handOver` moves it there and the input array loses it. An older state used again (a replay from a
 * saved state, a failed write that kept the previous state) rebuilds its index once: never wrong,
 * only slower. Status is never indexed (it changes in place); `liveAt` reads it from the array.
 */
import type { QueueEntry, QueueState, QueueStatus, QueueTerms } from './entry';
import { entryKey } from './key';
import { TermsMap } from './same-data';
import { QUEUE_STATUSES } from './summary-key';

export interface QueueIndex {
  /** Entry id → position. */
  readonly byId: Map<string, number>;
  /** Creator+terms key (see key.ts) → positions holding it, ascending; almost always one. */
  readonly byKey: Map<string, number[]>;
  /**
   * One terms object per distinct terms in the queue. New entries share an equal one, so 10,000
   * entries hold a few dozen terms objects, and whatever is keyed per terms object (planBatches,
   * queueTermsKey) is computed a few dozen times instead of once per entry.
   */
  readonly terms: TermsMap<QueueTerms>;
  /** Entries per status, for the summary the worker publishes after every op. */
  readonly counts: Record<QueueStatus, number>;
}

const cache = new WeakMap<readonly QueueEntry[], QueueIndex>();

/** An object in the queue equal to `terms`, or `terms` itself, recorded for the next caller. */
export function internTerms(index: QueueIndex, terms: QueueTerms): QueueTerms {
  const known = index.terms.get(terms);
  if (known) return known;
  index.terms.set(terms, terms);
  return terms;
}

/**
 * Records `entry` at position `at`, for an entries array being built (see `adopt`). `key` saves
 * recomputing the entry's key when the caller has it.
 */
export function appendTo(
  index: QueueIndex,
  entry: QueueEntry,
  at: number,
  key = entryKey(entry.creator.id, entry.terms),
): void {
  // Last position wins for a doubled id, as a forward scan setting each id would give.
  index.byId.set(entry.id, at);
  const list = index.byKey.get(key);
  if (list) list.push(at);
  else index.byKey.set(key, [at]);
  internTerms(index, entry.terms);
  index.counts[entry.status] += 1;
}

function zeroCounts(): Record<QueueStatus, number> {
  const counts = {} as Record<QueueStatus, number>;
  for (const s of QUEUE_STATUSES) counts[s] = 0;
  return counts;
}

/** Status counts follow the in-place replacements: a pointer scan, far cheaper than the copy. */
function recount(index: QueueIndex, from: readonly QueueEntry[], to: readonly QueueEntry[]): void {
  const n = Math.min(from.length, to.length);
  for (let i = 0; i < n; i++) {
    const a = from[i];
    const b = to[i];
    if (a !== b && a && b && a.status !== b.status) {
      index.counts[a.status] -= 1;
      index.counts[b.status] += 1;
    }
  }
}

function build(entries: readonly QueueEntry[]): QueueIndex {
  const index: QueueIndex = { byId: new Map(), byKey: new Map(), terms: new TermsMap(), counts: zeroCounts() };
  for (let i = 0; i < entries.length; i++) appendTo(index, entries[i] as QueueEntry, i);
  return index;
}

/** The index of `entries`, built once and then kept up to date by the ops. Treat it as read-only. */
export function queueIndexOf(entries: readonly QueueEntry[]): QueueIndex {
  let index = cache.get(entries);
  if (!index) {
    index = build(entries);
    cache.set(entries, index);
  }
  return index;
}

/**
 * Moves the index of `from` to `to`: for an array made from `from` by in-place replacements that
 * keep each entry's id, creator id and terms key (status, note, tags, snapshot changes).
 */
export function handOver(from: readonly QueueEntry[], to: readonly QueueEntry[]): void {
  if (from === to) return;
  const index = cache.get(from);
  if (!index) return;
  cache.delete(from);
  recount(index, from, to);
  cache.set(to, index);
}

/** The state with `entries` (a copy an op changed) as its own, the index handed over; unchanged when none. */
export function withEntries(state: QueueState, entries: QueueEntry[] | undefined): QueueState {
  if (!entries) return state;
  handOver(state.entries, entries);
  return { ...state, entries };
}

/**
 * Moves `index` (the index of `from`, grown with `appendTo` while an op built `to`) to `to`. The op
 * counts each entry it replaced in place itself (`recountOne`), so an add onto a large queue compares
 * no other entry. An op that fails half-way must `forget(from)` instead: its index may hold entries or
 * counts `from` lacks.
 */
export function adopt(from: readonly QueueEntry[], to: readonly QueueEntry[], index: QueueIndex): void {
  cache.delete(from);
  cache.set(to, index);
}

/** Counts one entry replaced in place whose status went from `from` to `to` (see `adopt`). */
export function recountOne(index: QueueIndex, from: QueueStatus, to: QueueStatus): void {
  index.counts[from] -= 1;
  index.counts[to] += 1;
}

/** The cached index of `entries`, without building one (for readers that can do without). */
export function peekIndex(entries: readonly QueueEntry[]): QueueIndex | undefined {
  return cache.get(entries);
}

/** Drops a cached index that may no longer match its array. */
export function forget(entries: readonly QueueEntry[]): void {
  cache.delete(entries);
}

/** The entry that owns a creator+terms key: the first live one, else the first removed one. */
export function liveAt(entries: readonly QueueEntry[], positions: readonly number[] | undefined): number | undefined {
  if (!positions) return undefined;
  let first: number | undefined;
  for (const p of positions) {
    const e = entries[p];
    if (!e) continue;
    if (e.status !== 'removed') return p;
    first ??= p;
  }
  return first;
}
