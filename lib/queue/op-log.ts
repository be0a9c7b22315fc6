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
import { applyCreateResult, type CreateResultReport } from './create-result';
import {
  creatorSnapshotSchema,
  type QueueState,
  queueFailureSchema,
  queueStatusSchema,
  queueTermsSchema,
} from './entry';
import {
  type AddResult,
  addEntries,
  markOpened,
  type RemoveResult,
  removeEntries,
  type StatusResult,
  setStatus,
  setTags,
  undoRemove,
  updateNote,
} from './ops';

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

export type OpReport =
  | { kind: 'add'; result: Omit<AddResult, 'state'> }
  | { kind: 'status' | 'open'; result: Omit<StatusResult, 'state'> }
  | { kind: 'remove'; result: Omit<RemoveResult, 'state'> }
  | { kind: 'undoRemove'; result: { restored: string[]; skipped: string[] } }
  | { kind: 'note'; result: { updated: boolean; truncated: boolean } }
  | { kind: 'tags'; result: { updated: string[]; missing: string[] } }
  | { kind: 'createResult'; result: Omit<CreateResultReport, 'state'> };

export interface ApplyOpResult {
  state: QueueState;
  /** True when this op id was applied before: state is unchanged and `report` is absent. */
  replayed: boolean;
  report?: OpReport;
}

function strip<T extends { state: QueueState }>(r: T): Omit<T, 'state'> {
  const { state: _state, ...rest } = r;
  return rest;
}

export function hasApplied(state: QueueState, opId: string): boolean {
  return state.appliedOps?.includes(opId) ?? false;
}

/** Applies one op exactly once. `now` is used only when the op carries no `at`. */
export function applyOp(state: QueueState, op: QueueOp, now: number): ApplyOpResult {
  if (hasApplied(state, op.opId)) return { state, replayed: true };
  const at = op.at ?? now;
  let next: QueueState;
  let report: OpReport;
  switch (op.kind) {
    case 'add': {
      // Ids come with the op, so makeId is never needed; a throwing one makes a bug loud.
      const r = addEntries(state, op.inputs, at, () => {
        throw new Error('add op without entry id');
      });
      next = r.state;
      report = { kind: 'add', result: strip(r) };
      break;
    }
    case 'status': {
      const r = setStatus(state, op.ids, op.status, at, op.failure);
      next = r.state;
      report = { kind: 'status', result: strip(r) };
      break;
    }
    case 'open': {
      const r = markOpened(state, op.ids, op.batchId, at);
      next = r.state;
      report = { kind: 'open', result: strip(r) };
      break;
    }
    case 'remove': {
      const r = removeEntries(state, op.ids, at);
      next = r.state;
      report = { kind: 'remove', result: strip(r) };
      break;
    }
    case 'undoRemove': {
      const r = undoRemove(state, op.token, at);
      next = r.state;
      report = { kind: 'undoRemove', result: strip(r) };
      break;
    }
    case 'note': {
      const r = updateNote(state, op.id, op.note, at);
      next = r.state;
      report = { kind: 'note', result: strip(r) };
      break;
    }
    case 'tags': {
      const r = setTags(state, op.ids, op.tags, at);
      next = r.state;
      report = { kind: 'tags', result: strip(r) };
      break;
    }
    case 'createResult': {
      const r = applyCreateResult(state, op.ids, op.result, at);
      next = r.state;
      report = { kind: 'createResult', result: strip(r) };
      break;
    }
  }
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
