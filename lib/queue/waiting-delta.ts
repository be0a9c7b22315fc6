/**
 * Which creators are waiting in the queue (queued or opened), carried to open tabs as a change from
 * one queue revision to the next instead of a fresh read of the whole list. The worker attaches the
 * change to the summary it publishes; a tab holding the revision the change starts from applies it,
 * any other tab reads the list again. A change naming too many creators is left out, so the summary
 * in storage.local stays small; its absence is the cue to read the list again.
 */
import { z } from 'zod/mini';
import type { QueueEntry } from './entry';
import { QUEUE_STATUSES } from './summary-key';
import { isActiveStatus } from './transitions';

/** Most creator ids one change may name (added and removed together). */
export const WAITING_DELTA_CAP = 200;

export interface WaitingDelta {
  /** The revision the change starts from: the one published just before. */
  fromRev: number;
  toRev: number;
  waiting: { added: string[]; removed: string[] };
}

/** The creators with an entry still waiting to be sent. */
export function waitingCreators(entries: readonly QueueEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) if (isActiveStatus(e.status)) out.add(e.creator.id);
  return out;
}

/**
 * Which creators start or stop waiting when `changed` (the entries a write changed) replace their earlier
 * versions, given the set waiting before. Holds because the queue keeps one entry per creator.
 */
export function waitingStep(before: ReadonlySet<string>, changed: readonly QueueEntry[]) {
  const added: string[] = [];
  const removed: string[] = [];
  for (const e of changed) {
    const id = e.creator.id;
    if (isActiveStatus(e.status)) {
      if (!before.has(id)) added.push(id);
    } else if (before.has(id)) removed.push(id);
  }
  return { added, removed };
}

/** A step as a delta; undefined when it names more than `cap` creators. */
export function boundedDelta(
  step: { added: string[]; removed: string[] },
  fromRev: number,
  toRev: number,
  cap = WAITING_DELTA_CAP,
): WaitingDelta | undefined {
  if (step.added.length + step.removed.length > cap) return undefined;
  return { fromRev, toRev, waiting: { added: step.added, removed: step.removed } };
}

/** The change from `before` to `after`; undefined when it names more than `cap` creators. */
export function waitingDelta(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  fromRev: number,
  toRev: number,
  cap = WAITING_DELTA_CAP,
): WaitingDelta | undefined {
  const added: string[] = [];
  const removed: string[] = [];
  for (const id of after) if (!before.has(id) && added.push(id) > cap) return undefined;
  for (const id of before) if (!after.has(id) && removed.push(id) + added.length > cap) return undefined;
  return { fromRev, toRev, waiting: { added, removed } };
}

/**
 * What a tab holding the waiting set at `heldRev` (null: not read yet) does with a summary:
 * - keep: the summary says nothing the tab does not hold (same or older revision);
 * - apply: the change starts exactly where the tab stands;
 * - reload: anything else (first load, a revision skipped, no change attached, one over the cap).
 */
export function syncPlan(
  heldRev: number | null,
  summary: { rev: number; delta?: WaitingDelta },
  cap = WAITING_DELTA_CAP,
): 'keep' | 'apply' | 'reload' {
  if (heldRev === null) return 'reload';
  if (summary.rev <= heldRev) return 'keep';
  const d = summary.delta;
  if (!d || d.toRev !== summary.rev || d.fromRev !== heldRev) return 'reload';
  return d.waiting.added.length + d.waiting.removed.length > cap ? 'reload' : 'apply';
}

/** `ids` after the change; a new set, so holders of the old one keep what they saw. */
export function applyWaitingDelta(ids: ReadonlySet<string>, delta: WaitingDelta): Set<string> {
  const next = new Set(ids);
  for (const id of delta.waiting.removed) next.delete(id);
  for (const id of delta.waiting.added) next.add(id);
  return next;
}

const count = z.int().check(z.gte(0));
const creatorIds = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(WAITING_DELTA_CAP));

/** The summary as a tab reads it from storage: storage can hold anything, and a bad change is only left out. */
export const storedSummarySchema = z.object({
  rev: count,
  counts: z.object(
    Object.fromEntries(QUEUE_STATUSES.map((s) => [s, z.optional(count)])) as Record<
      (typeof QUEUE_STATUSES)[number],
      z.ZodMiniOptional<typeof count>
    >,
  ),
  total: count,
  updatedAt: z.number(),
  delta: z.catch(
    z.optional(
      z.object({ fromRev: count, toRev: count, waiting: z.object({ added: creatorIds, removed: creatorIds }) }),
    ),
    undefined,
  ),
});
export type StoredSummary = z.infer<typeof storedSummarySchema>;
