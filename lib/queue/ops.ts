/**
 * The queue as a pure, immutable state machine. Every function takes a state and returns a new one
 * (the old one is never touched) and keeps insertion order. Lookups go through the derived index of
 * queue-index.ts, handed from each state to the next, so an op costs time for the entries it touches
 * (plus one copy of the array) rather than a rebuild of every key on every call.
 */

import { stripBidi } from '../format/bidi';
import {
  type CreatorSnapshot,
  creatorSnapshotSchema,
  type QueueEntry,
  type QueueFailure,
  type QueueState,
  type QueueStatus,
  type QueueTerms,
  queueTermsSchema,
} from './entry';
import { withStatus } from './history';
import { entryKey } from './key';
import { QUEUE_MESSAGES } from './messages';
import { adopt, appendTo, forget, internTerms, liveAt, queueIndexOf, recountOne, withEntries } from './queue-index';
import { TermsMap } from './same-data';
import { normalizeNote, normalizeTags } from './text';
import { canTransition } from './transitions';

export { applyCreateResult, type CreateResult, type CreateResultReport } from './create-result';
export { countsByStatus } from './selectors';

export interface AddInput {
  /** Client-generated id: a retried request carrying the same id is skipped, never doubled. */
  id?: string;
  creator: CreatorSnapshot;
  terms: QueueTerms;
  note?: string;
  tags?: string[];
}

export interface AddResult {
  state: QueueState;
  /** New entries and revived (previously removed) ones, as they are now. */
  added: QueueEntry[];
  /** Ids among `added` that were revived from `removed` rather than created. */
  revived: string[];
  /** Same creator and terms already in the queue (queued, opened, sent or failed). */
  duplicates: Array<{ creatorId: string; existingId: string }>;
  /** Inputs whose id already exists: a retried request. Not an error, not a duplicate to show. */
  skipped: string[];
  /** Inputs that do not match the schema (index into `inputs`). */
  invalid: Array<{ index: number; creatorId?: string }>;
}

export interface StatusResult {
  state: QueueState;
  changed: string[];
  /** Already in the requested status. */
  unchanged: string[];
  illegal: Array<{ id: string; from: QueueStatus; to: QueueStatus }>;
  missing: string[];
}

/** What `undoRemove` needs: each removed entry's status (and failure) before removal. */
export interface UndoToken {
  entries: Array<{ id: string; status: QueueStatus; failure?: QueueFailure }>;
}

export type RemoveResult = StatusResult & { token: UndoToken };

/** Page text enters the queue here: bidi controls are removed (lib/format/bidi.ts). */
function cleanCreator(creator: CreatorSnapshot): CreatorSnapshot {
  const out: CreatorSnapshot = { ...creator };
  for (const k of ['handle', 'nickname', 'region'] as const) {
    const v = out[k] === undefined ? undefined : stripBidi(out[k]);
    if (v === undefined || v === '') delete out[k];
    else out[k] = v;
  }
  return out;
}

function cleanTerms(terms: QueueTerms): QueueTerms {
  return {
    ...terms,
    products: terms.products.map((p) => {
      const title = p.title === undefined ? undefined : stripBidi(p.title);
      if (title !== '') return title === undefined ? { ...p } : { ...p, title };
      const { title: _drop, ...rest } = p;
      return rest;
    }),
  };
}

export function addEntries(
  state: QueueState,
  inputs: readonly AddInput[],
  now: number,
  makeId: () => string,
): AddResult {
  const ix = queueIndexOf(state.entries);
  const { byId, byKey } = ix;
  const entries = [...state.entries];
  const result: Omit<AddResult, 'state'> = { added: [], revived: [], duplicates: [], skipped: [], invalid: [] };
  const addedAt = new Map<string, number>(); // id → position in result.added, so a revive is listed once
  // A bulk add usually repeats a few terms: validate and clean each distinct one once.
  const termsSeen = new TermsMap<QueueTerms | null>();
  const termsOf = (raw: unknown): QueueTerms | null => {
    let known: QueueTerms | null | undefined;
    try {
      known = termsSeen.get(raw);
    } catch {
      // An exotic object (a throwing getter): validate it on its own.
    }
    if (known !== undefined) return known;
    const parsed = queueTermsSchema.safeParse(raw);
    const out = parsed.success ? internTerms(ix, cleanTerms(parsed.data)) : null;
    if (out) termsSeen.set(raw, out);
    return out;
  };

  try {
    inputs.forEach((input, index) => {
      addOne(input, index);
    });
  } catch (e) {
    // The index may hold entries appended or counts changed before the throw: the input state must not keep it.
    forget(state.entries);
    throw e;
  }
  if (result.added.length === 0) return { state, ...result };
  adopt(state.entries, entries, ix);
  return { state: { ...state, entries }, ...result };

  function addOne(input: AddInput, index: number): void {
    if (typeof input !== 'object' || input === null) {
      result.invalid.push({ index });
      return;
    }
    if (input.id !== undefined && byId.has(input.id)) {
      result.skipped.push(input.id);
      return;
    }
    const creator = creatorSnapshotSchema.safeParse(input.creator);
    const cleanT = termsOf(input.terms);
    const badExtras =
      (input.id !== undefined && (typeof input.id !== 'string' || input.id === '')) ||
      (input.note !== undefined && typeof input.note !== 'string') ||
      (input.tags !== undefined && !(Array.isArray(input.tags) && input.tags.every((t) => typeof t === 'string')));
    if (!creator.success || !cleanT || badExtras) {
      const creatorId = typeof input.creator?.id === 'string' ? input.creator.id : undefined;
      result.invalid.push(creatorId === undefined ? { index } : { index, creatorId });
      return;
    }
    const cleanC = cleanCreator(creator.data);
    const key = entryKey(cleanC.id, cleanT);
    const at = liveAt(entries, byKey.get(key));
    const existing = at === undefined ? undefined : entries[at];
    const note = input.note === undefined ? undefined : normalizeNote(input.note).note;
    const tags = normalizeTags(input.tags ?? []);

    if (existing && existing.status !== 'removed') {
      result.duplicates.push({ creatorId: cleanC.id, existingId: existing.id });
      return;
    }
    if (existing && at !== undefined) {
      // Revive: same id, fresher snapshot, the seller's earlier note and tags kept unless new ones came.
      const revived = withStatus({ ...existing, creator: cleanC }, 'queued', now);
      if (note !== undefined && note !== '') revived.note = note;
      if (tags.length > 0) revived.tags = normalizeTags([...existing.tags, ...tags]);
      entries[at] = revived;
      recountOne(ix, existing.status, revived.status);
      result.revived.push(revived.id);
      addedAt.set(revived.id, result.added.length);
      result.added.push(revived);
      return;
    }
    const id = input.id ?? makeId();
    if (byId.has(id)) {
      // makeId handed out an id in use: treat as a retry rather than overwrite.
      result.skipped.push(id);
      return;
    }
    const entry: QueueEntry = {
      id,
      creator: cleanC,
      // Shared with every equal entry (see termsOf): planning and keying work per distinct terms.
      terms: cleanT,
      status: 'queued',
      createdAt: now,
      updatedAt: now,
      note: note ?? '',
      tags,
      history: [{ at: now, status: 'queued' }],
    };
    appendTo(ix, entry, entries.length, key);
    entries.push(entry);
    result.added.push(entry);
  }
}

function changeStatus(
  state: QueueState,
  ids: readonly string[],
  to: QueueStatus,
  now: number,
  failure?: QueueFailure,
  extra?: (entry: QueueEntry) => QueueEntry,
): StatusResult & { previous: UndoToken['entries'] } {
  const { byId } = queueIndexOf(state.entries);
  let entries: QueueEntry[] | undefined;
  const out: Omit<StatusResult, 'state'> = { changed: [], unchanged: [], illegal: [], missing: [] };
  const previous: UndoToken['entries'] = [];
  const done = new Set<string>();
  for (const id of ids) {
    if (done.has(id)) continue;
    done.add(id);
    const at = byId.get(id);
    const current = at === undefined ? undefined : (entries ?? state.entries)[at];
    if (at === undefined || !current) {
      out.missing.push(id);
      continue;
    }
    if (current.status === to) {
      out.unchanged.push(id);
      continue;
    }
    if (!canTransition(current.status, to)) {
      out.illegal.push({ id, from: current.status, to });
      continue;
    }
    entries ??= [...state.entries];
    previous.push(
      current.failure ? { id, status: current.status, failure: current.failure } : { id, status: current.status },
    );
    const next = withStatus(
      current,
      to,
      now,
      to === 'failed' ? (failure ?? { reason: QUEUE_MESSAGES.failedNoReason }) : undefined,
    );
    entries[at] = extra ? extra(next) : next;
    out.changed.push(id);
  }
  return { state: withEntries(state, entries), ...out, previous };
}

/** Moves entries along the allowed transitions; illegal ones are left alone and reported. */
export function setStatus(
  state: QueueState,
  ids: readonly string[],
  status: QueueStatus,
  now: number,
  failure?: QueueFailure,
): StatusResult {
  const { previous: _previous, ...result } = changeStatus(state, ids, status, now, failure);
  return result;
}

/** Marks a batch as opened on the create page and remembers which batch it went out in. */
export function markOpened(state: QueueState, ids: readonly string[], batchId: string, now: number): StatusResult {
  const { previous: _previous, ...result } = changeStatus(state, ids, 'opened', now, undefined, (e) => ({
    ...e,
    batchId,
  }));
  return result;
}

export function removeEntries(state: QueueState, ids: readonly string[], now: number): RemoveResult {
  const { previous, ...result } = changeStatus(state, ids, 'removed', now);
  return { ...result, token: { entries: previous } };
}

/** Puts removed entries back as they were. Entries no longer removed (revived meanwhile) are left alone. */
export function undoRemove(state: QueueState, token: UndoToken, now: number) {
  const { byId } = queueIndexOf(state.entries);
  let entries: QueueEntry[] | undefined;
  const restored: string[] = [];
  const skipped: string[] = [];
  for (const prev of token.entries) {
    const at = byId.get(prev.id);
    const current = at === undefined ? undefined : (entries ?? state.entries)[at];
    if (at === undefined || !current || current.status !== 'removed' || prev.status === 'removed') {
      skipped.push(prev.id);
      continue;
    }
    entries ??= [...state.entries];
    entries[at] = withStatus(current, prev.status, now, prev.failure ?? current.failure);
    restored.push(prev.id);
  }
  return { state: withEntries(state, entries), restored, skipped };
}

export function updateNote(state: QueueState, id: string, note: string, now: number) {
  const at = queueIndexOf(state.entries).byId.get(id);
  const current = at === undefined ? undefined : state.entries[at];
  const clean = normalizeNote(note);
  if (at === undefined || !current || current.note === clean.note) {
    return { state, updated: false, truncated: clean.truncated };
  }
  const entries = [...state.entries];
  entries[at] = { ...current, note: clean.note, updatedAt: now };
  return { state: withEntries(state, entries), updated: true, truncated: clean.truncated };
}

/** Replaces the tags of each entry (normalised: trimmed, unique, at most 20 of 40 characters). */
export function setTags(state: QueueState, ids: readonly string[], tags: readonly string[], now: number) {
  const { byId } = queueIndexOf(state.entries);
  const clean = normalizeTags(tags);
  let entries: QueueEntry[] | undefined;
  const updated: string[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const at = byId.get(id);
    const current = at === undefined ? undefined : (entries ?? state.entries)[at];
    if (at === undefined || !current) {
      missing.push(id);
      continue;
    }
    if (current.tags.length === clean.length && current.tags.every((t, i) => t === clean[i])) continue;
    entries ??= [...state.entries];
    entries[at] = { ...current, tags: clean, updatedAt: now };
    updated.push(id);
  }
  return { state: withEntries(state, entries), updated, missing };
}
