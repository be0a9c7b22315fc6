/**
 * The worker's op log. Every change to the queue is an op with its own id, so:
 *  - the worker PERSISTS AN OP (appends it to the log in IndexedDB) BEFORE acknowledging it to the
 *    sender, then applies it and writes the new state;
 *  - after a crash it loads the last state and replays the log over it: ops already reflected in the
 *    state are recognised by id (`appliedOps`) and skipped, and add ops carry entry ids, so nothing
 *    is doubled even if the state was written but the log not yet trimmed;
 *  - a sender that got no answer (worker killed mid-write) resends the same op: again a no-op.
 * Ops should carry `at` (when the user acted) so a replay reproduces the same timestamps.
 * `appliedOps` keeps the last MAX_APPLIED_OPS ids: trim the log after each state write so replays
 * never reach further back than that.
 */
import { z } from 'zod/mini';
import { STORAGE_LIMITS } from '../config/storage-limits';
import { applyCreateResult } from './create-result';
import {
  creatorSnapshotSchema,
  type QueueState,
  queueFailureSchema,
  queueStatusSchema,
  queueTermsSchema,
} from './entry';
import { addEntries, markOpened, removeEntries, setStatus, setTags, undoRemove, updateNote } from './ops';

export const MAX_APPLIED_OPS = 2000;
/** Bounds a single op so a forged message cannot make the worker chew on millions of ids. */
const MAX_IDS_PER_OP = STORAGE_LIMITS.idsPerOp;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const ids = z.array(id).check(z.maxLength(MAX_IDS_PER_OP));
const base = { opId: id, at: z.optional(z.int().check(z.gte(0), z.lte(8.64e15))) };

export const undoTokenSchema = z.object({
  entries: z.array(z.object({ id, status: queueStatusSchema, failure: z.optional(queueFailureSchema) })),
});

export const createResultSchema = z.union([
  /** `collaborationId`: the collaboration the platform created, when its answer said. */
  z.object({ ok: z.literal(true), collaborationId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }),
  z.object({
    ok: z.literal(false),
    code: z.string(),
    message: z.optional(z.string()),
    conflicts: z.optional(z.array(z.object({ creatorId: z.string(), productId: z.string() }))),
  }),
]);

export const queueOpSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    ...base,
    inputs: z
      .array(
        z.object({
          id,
          creator: creatorSnapshotSchema,
          terms: queueTermsSchema,
          note: z.optional(z.string()),
          tags: z.optional(z.array(z.string())),
        }),
      )
      .check(z.maxLength(MAX_IDS_PER_OP)),
  }),
  z.object({
    kind: z.literal('status'),
    ...base,
    ids,
    status: queueStatusSchema,
    failure: z.optional(queueFailureSchema),
  }),
  z.object({ kind: z.literal('open'), ...base, ids, batchId: id }),
  z.object({ kind: z.literal('remove'), ...base, ids }),
  z.object({ kind: z.literal('undoRemove'), ...base, token: undoTokenSchema }),
  z.object({ kind: z.literal('note'), ...base, id, note: z.string() }),
  z.object({ kind: z.literal('tags'), ...base, ids, tags: z.array(z.string()) }),
  z.object({ kind: z.literal('createResult'), ...base, ids, result: createResultSchema }),
]);
export type QueueOp = z.infer<typeof queueOpSchema>;

/** What an op did, besides the new state: each op function's answer under the op's kind. */
export type OpReport = ReturnType<typeof perform>['report'];

export interface ApplyOpResult {
  state: QueueState;
  /** True when this op id was applied before: state is unchanged and `report` is absent. */
  replayed: boolean;
  report?: OpReport;
}

/** An op function's answer, split into the new state and the op's report. */
function split<K extends string, R extends { state: QueueState }>(kind: K, r: R) {
  const { state, ...result } = r;
  return { state, report: { kind, result } };
}

/** Runs the op's own function over the state. */
function perform(state: QueueState, op: QueueOp, at: number) {
  switch (op.kind) {
    case 'add':
      // Ids come with the op, so makeId is never needed; a throwing one makes a bug loud.
      return split(
        'add',
        addEntries(state, op.inputs, at, () => {
          throw new Error('add op without entry id');
        }),
      );
    case 'status':
      return split('status', setStatus(state, op.ids, op.status, at, op.failure));
    case 'open':
      return split('open', markOpened(state, op.ids, op.batchId, at));
    case 'remove':
      return split('remove', removeEntries(state, op.ids, at));
    case 'undoRemove':
      return split('undoRemove', undoRemove(state, op.token, at));
    case 'note':
      return split('note', updateNote(state, op.id, op.note, at));
    case 'tags':
      return split('tags', setTags(state, op.ids, op.tags, at));
    case 'createResult':
      return split('createResult', applyCreateResult(state, op.ids, op.result, at));
  }
}

/** Applies one op exactly once. `now` is used only when the op carries no `at`. */
export function applyOp(state: QueueState, op: QueueOp, now: number): ApplyOpResult {
  if (state.appliedOps?.includes(op.opId)) return { state, replayed: true };
  const { state: next, report } = perform(state, op, op.at ?? now);
  const applied = [...(state.appliedOps ?? []), op.opId];
  return {
    state: {
      entries: next.entries,
      appliedOps: applied.length > MAX_APPLIED_OPS ? applied.slice(-MAX_APPLIED_OPS) : applied,
    },
    replayed: false,
    report,
  };
}
