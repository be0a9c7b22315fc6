/** queue/* requests: each write becomes one journaled op carrying the caller's op id. */

import { STORAGE_LIMITS } from '@/lib/config/storage-limits';
import type { CreatorMemory } from '@/lib/memory/schema';
import { summarise } from '@/lib/memory/summary';
import type { Reply, RequestOf } from '@/lib/messages';
import { exportQueueCsv, importCreatorsCsv } from '@/lib/queue/csv';
import type { QueueEntry, QueueTerms } from '@/lib/queue/entry';
import type { OpReport } from '@/lib/queue/op-log';
import { shareEqualTerms } from '@/lib/queue/same-data';
import type { Core } from './core';
import { defaultTerms } from './default-terms';
import { recordCollaboration } from './handle-memory';
import { WORKER_MESSAGES } from './messages';
import type { WorkerOp } from './queue-store';
import { ok, Refused } from './refused';

type ReportMap = { [R in OpReport as R['kind']]: R['result'] };
type ReportOf<K extends keyof ReportMap> = ReportMap[K];

/** Applies an op and returns its report, or null when the op id was seen before (a retry). */
async function run<K extends keyof ReportMap>(core: Core, op: WorkerOp, kind: K): Promise<ReportOf<K> | null> {
  const r = await core.applyQueueOp(op);
  if (r.replayed || r.result?.kind !== 'queue') return null;
  const report = r.result.apply.report;
  return report && report.kind === kind ? (report.result as unknown as ReportOf<K>) : null;
}

/** The op's report, or `none` when the op id was seen before (a retry); `replayed` says which. */
async function answer<K extends keyof ReportMap, N>(core: Core, op: WorkerOp, kind: K, none: N) {
  const r = await run(core, op, kind);
  return ok(r ? { ...r, replayed: false as const } : { ...none, replayed: true as const });
}

/** The op id the caller chose, and now. */
const stamp = (core: Core, req: { opId: string }) => ({ opId: req.opId, at: core.deps.now() });

const emptyStatus = { changed: [], unchanged: [], illegal: [], missing: [] };

export async function queueAdd(core: Core, req: RequestOf<'queue/add'>): Promise<Reply<'queue/add'>> {
  const at = core.deps.now();
  const region = req.region ?? core.lastPage?.region ?? null;
  const fallback = defaultTerms(core.settings, region, core.queue.state.entries);
  // Inputs of a bulk add mostly repeat a few terms, each a separate copy after validation: one
  // object per distinct terms makes the journal record (a structured clone) a fraction of the size.
  const share = shareEqualTerms<QueueTerms>();
  const inputs = req.inputs.map((i) => ({
    id: i.id,
    creator: i.creator,
    terms: share(i.terms ?? fallback),
    ...(i.note !== undefined ? { note: i.note } : {}),
    ...(i.tags !== undefined ? { tags: i.tags } : {}),
  }));
  const r = await run(core, { kind: 'add', opId: req.opId, at, inputs }, 'add');
  if (!r) return ok({ added: [], revived: [], duplicates: [], skipped: [], invalid: [], replayed: true });
  return ok({
    added: r.added.map((e) => e.id),
    revived: r.revived,
    duplicates: r.duplicates,
    skipped: r.skipped,
    invalid: r.invalid,
    replayed: false,
  });
}

export async function queueSetStatus(
  core: Core,
  req: RequestOf<'queue/set-status'>,
): Promise<Reply<'queue/set-status'>> {
  const { ids, status, failure } = req;
  const op: WorkerOp = { kind: 'status', ...stamp(core, req), ids, status, ...(failure ? { failure } : {}) };
  return answer(core, op, 'status', emptyStatus);
}

export async function queueRemove(core: Core, req: RequestOf<'queue/remove'>): Promise<Reply<'queue/remove'>> {
  const none = { ...emptyStatus, token: { entries: [] } };
  return answer(core, { kind: 'remove', ...stamp(core, req), ids: req.ids }, 'remove', none);
}

export async function queueUndo(core: Core, req: RequestOf<'queue/undo'>): Promise<Reply<'queue/undo'>> {
  const op: WorkerOp = { kind: 'undoRemove', ...stamp(core, req), token: req.token };
  return answer(core, op, 'undoRemove', { restored: [], skipped: [] });
}

export async function queueNote(core: Core, req: RequestOf<'queue/note'>): Promise<Reply<'queue/note'>> {
  const op: WorkerOp = { kind: 'note', ...stamp(core, req), id: req.id, note: req.note };
  return answer(core, op, 'note', { updated: false, truncated: false });
}

export async function queueTags(core: Core, req: RequestOf<'queue/tags'>): Promise<Reply<'queue/tags'>> {
  const op: WorkerOp = { kind: 'tags', ...stamp(core, req), ids: req.ids, tags: req.tags };
  return answer(core, op, 'tags', { updated: [], missing: [] });
}

/**
 * Settles only the entries whose creator the create request named: the answer is page data, and a
 * batch's other creators were not in what was sent.
 */
export async function queueApplyResult(
  core: Core,
  req: RequestOf<'queue/apply-result'>,
): Promise<Reply<'queue/apply-result'>> {
  const named = new Set(req.creatorIds);
  const byId = new Map(core.queue.state.entries.map((e) => [e.id, e]));
  const ids = req.entryIds.filter((id) => named.has(byId.get(id)?.creator.id ?? ''));
  const op: WorkerOp = { kind: 'createResult', opId: req.opId, at: core.deps.now(), ids, result: req.result };
  const r = await run(core, op, 'createResult');
  if (r && req.result.ok && req.result.collaborationId) {
    const sent = r.sent.map((entryId) => ({ entryId, creatorId: byId.get(entryId)?.creator.id ?? '' }));
    await recordCollaboration(core.memory, sent, req.result.collaborationId);
  }
  return ok(r ? { ...r, replayed: false } : { sent: [], failed: [], ignored: [], replayed: true });
}

export async function queueClearRemoved(
  core: Core,
  req: RequestOf<'queue/clear-removed'>,
): Promise<Reply<'queue/clear-removed'>> {
  const r = await core.applyQueueOp({ kind: 'purgeRemoved', opId: req.opId, at: core.deps.now() });
  const cleared = r.result?.kind === 'purge' ? r.result.cleared : 0;
  return ok({ cleared, replayed: r.replayed });
}

export function queueList(core: Core, req: RequestOf<'queue/list'>): Reply<'queue/list'> {
  const all = core.queue.state.entries;
  const list: readonly QueueEntry[] = req.status ? all.filter((e) => e.status === req.status) : all;
  return ok({ entries: list.slice(req.offset, req.offset + req.limit), total: list.length, rev: core.queue.seq });
}

export function queueCreator(core: Core, req: RequestOf<'queue/creator'>): Reply<'queue/creator'> {
  return ok({ entries: core.queue.state.entries.filter((e) => e.creator.id === req.creatorId) });
}

export async function queueExportCsv(core: Core): Promise<Reply<'queue/export-csv'>> {
  const day = new Date(core.deps.now()).toISOString().slice(0, 10);
  const entries = core.queue.state.entries;
  // History columns come from creator memory; a memory that cannot be read leaves them empty.
  const found = await core.memory.get(entries.map((e) => e.creator.id)).catch(() => new Map<string, CreatorMemory>());
  const memory = new Map([...found].map(([id, m]) => [id, summarise(m)]));
  return ok({ text: exportQueueCsv(entries, { memory }), filename: `collab-pilot-queue-${day}.csv` });
}

/** Op id of the k-th op of a split import: the first keeps the request's, so a retry matches it. */
function partOpId(opId: string, k: number): string {
  return k === 0 ? opId : `${opId.slice(0, 190)}#${k}`;
}

/**
 * Imports creators by id. Rows with only a handle are reported: a handle cannot be turned into the
 * platform's creator id without the page. Nothing already queued is touched (adds are deduped).
 * A large file becomes several ops of at most `idsPerOp` rows, each one an op the next start can
 * replay; the reply comes after the last, so an acknowledged import is whole in the journal.
 */
export async function queueImportCsv(
  core: Core,
  req: RequestOf<'queue/import-csv'>,
): Promise<Reply<'queue/import-csv'>> {
  const parsed = importCreatorsCsv(req.text, STORAGE_LIMITS.importMaxRows);
  const errors = [...parsed.errors];
  if (parsed.unreadFrom !== undefined)
    errors.push({ line: parsed.unreadFrom, reason: WORKER_MESSAGES.importTooManyRows(STORAGE_LIMITS.importMaxRows) });
  const terms = req.terms ?? defaultTerms(core.settings, core.lastPage?.region, core.queue.state.entries);
  const inputs = [];
  const lines: number[] = [];
  for (const row of parsed.rows) {
    if (!row.creatorId) {
      errors.push({ line: row.line, reason: WORKER_MESSAGES.handleOnly });
      continue;
    }
    lines.push(row.line);
    inputs.push({
      // Derived from the op id, so a retried import makes the same entry ids and is skipped.
      id: `${req.opId}:${row.line}`,
      creator: { id: row.creatorId, ...(row.handle ? { handle: row.handle } : {}), canLive: null },
      terms,
      ...(row.note !== undefined ? { note: row.note } : {}),
      ...(row.tags !== undefined ? { tags: row.tags } : {}),
    });
  }
  let added = 0;
  let duplicates = 0;
  let replayed = inputs.length > 0;
  const per = STORAGE_LIMITS.idsPerOp;
  for (let k = 0; k * per < inputs.length; k++) {
    const part = inputs.slice(k * per, (k + 1) * per);
    let r: ReportOf<'add'> | null;
    try {
      r = await run(core, { kind: 'add', opId: partOpId(req.opId, k), at: core.deps.now(), inputs: part }, 'add');
    } catch (e) {
      // Nothing acknowledged yet is lost: what went in stays, and the reply says where it stopped.
      if (!(e instanceof Refused) || k === 0) throw e;
      errors.push({ line: lines[k * per] ?? 0, reason: e.message });
      break;
    }
    if (!r) continue;
    replayed = false;
    added += r.added.length;
    duplicates += r.duplicates.length;
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({
    added,
    duplicates,
    errors: errors.slice(0, STORAGE_LIMITS.importErrorsListed),
    errorCount: errors.length,
    replayed,
  });
}
