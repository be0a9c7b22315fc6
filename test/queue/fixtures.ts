import type { CreatorSnapshot, QueueEntry, QueueState, QueueStatus, QueueTerms } from '../../lib/queue/entry.ts';
import { applyOp, type QueueOp } from '../../lib/queue/op-log.ts';
import { addEntries } from '../../lib/queue/ops.ts';

export const T0 = Date.UTC(2026, 0, 15, 9, 30);

export function creator(id: string, extra: Partial<CreatorSnapshot> = {}): CreatorSnapshot {
  return { id, handle: `h_${id}`, canLive: false, ...extra };
}

export function terms(extra: Partial<QueueTerms> = {}): QueueTerms {
  return {
    products: [
      { id: 'p1', title: 'Lip oil', targetRateBp: 1500, openRateBp: 1000, stock: 40, sampleOffer: 'free-sample' },
    ],
    endsAt: T0 + 30 * 86_400_000,
    contentType: 'any',
    flashSale: false,
    feeStructure: 'commission',
    ...extra,
  };
}

export function idGen(prefix = 'e'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A state with one entry per creator id, all queued. */
export function queueOf(ids: readonly string[], t: QueueTerms = terms()): QueueState {
  return addEntries(
    { entries: [] },
    ids.map((id) => ({ id: `e_${id}`, creator: creator(id), terms: t })),
    T0,
    idGen(),
  ).state;
}

/** Forces an entry's status (bypassing transitions) to set up a test. */
export function forceStatus(state: QueueState, id: string, status: QueueStatus): QueueState {
  return { ...state, entries: state.entries.map((e) => (e.id === id ? { ...e, status } : e)) };
}

export function byId(state: QueueState, id: string): QueueEntry {
  const e = state.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
}

/** Replays a log in order, as the worker does after a restart; already-applied ops are skipped. */
export function replayOps(state: QueueState, ops: readonly QueueOp[], now: number): QueueState {
  let s = state;
  for (const op of ops) s = applyOp(s, op, now).state;
  return s;
}
