/**
 * memory/* requests. The seller's edits come from extension pages; a content script may only read
 * summaries, record a copied follow-up, and report what the Target collaborations pages showed,
 * which becomes a sighting and never touches the outcomes the queue recorded.
 */

import { exportCreatorsCsv } from '@/lib/memory/csv';
import { applyEdit, type MemoryEdit } from '@/lib/memory/edits';
import { readMemoryFile, toMemoryFile } from '@/lib/memory/file';
import { withListSeen, withQueueEntry } from '@/lib/memory/from-queue';
import { mergeMemory, withCollaboration } from '@/lib/memory/merge';
import type { CreatorMemory, ListSeen } from '@/lib/memory/schema';
import { summarise } from '@/lib/memory/summary';
import type { ListSeenInput, Reply, RequestOf } from '@/lib/messages';
import type { QueueEntry } from '@/lib/queue/entry';
import type { Core } from './core';
import type { MemoryStore } from './memory-store';
import { WORKER_MESSAGES } from './messages';
import { ok, refused } from './refused';

/** Memory trails the queue: a change it cannot save is logged, and never fails the queue's write. */
async function trail(memory: MemoryStore, changes: Parameters<MemoryStore['update']>[0]): Promise<void> {
  if (changes.length === 0) return;
  try {
    await memory.update(changes);
  } catch (e) {
    console.error('[collab-pilot] creator memory was not saved', e);
  }
}

/** Records the queue entries a write changed. */
export const recordQueueEntries = (memory: MemoryStore, entries: readonly QueueEntry[]) =>
  trail(
    memory,
    entries.map((e) => ({ id: e.creator.id, change: (m: CreatorMemory | undefined) => withQueueEntry(m, e) })),
  );

/**
 * Ties the invitations just marked sent to the collaboration the platform created for them, so the
 * list page's sighting of it joins them.
 */
export const recordCollaboration = (
  memory: MemoryStore,
  sent: ReadonlyArray<{ entryId: string; creatorId: string }>,
  collaborationId: string,
) =>
  trail(
    memory,
    sent.map(({ entryId, creatorId }) => ({
      id: creatorId,
      change: (m: CreatorMemory | undefined) => m && withCollaboration(m, entryId, collaborationId),
    })),
  );

/**
 * The entries of `next` that are new or changed since `prev`, and whether `next` kept every entry of
 * `prev` at its place (a write that changed or appended, never dropped or moved). Ops copy only what
 * they change and keep the order (adds append), so a walk side by side finds them without a lookup
 * table over the queue; an op that drops entries (purge) falls back to one.
 */
export function changedEntries(prev: readonly QueueEntry[], next: readonly QueueEntry[]) {
  const out: QueueEntry[] = [];
  if (next.length >= prev.length) {
    let aligned = true;
    for (let i = 0; i < prev.length; i++) {
      const a = prev[i] as QueueEntry;
      const b = next[i] as QueueEntry;
      if (a === b) continue;
      if (a.id !== b.id) {
        aligned = false;
        break;
      }
      out.push(b);
    }
    if (aligned) {
      for (let i = prev.length; i < next.length; i++) out.push(next[i] as QueueEntry);
      return { changed: out, inPlace: true };
    }
  }
  const before = new Set(prev);
  return { changed: next.filter((e) => !before.has(e)), inPlace: false };
}

export async function memoryGet(core: Core, req: RequestOf<'memory/get'>): Promise<Reply<'memory/get'>> {
  const found = await core.memory.get(req.ids);
  return ok({ summaries: [...found.values()].map(summarise) });
}

export async function memoryCreator(core: Core, req: RequestOf<'memory/creator'>): Promise<Reply<'memory/creator'>> {
  const found = await core.memory.get([req.creatorId]);
  return ok({ memory: found.get(req.creatorId) ?? null });
}

async function edit(core: Core, creatorId: string, e: MemoryEdit) {
  const at = core.deps.now();
  const out = await core.memory.update([{ id: creatorId, change: (m) => applyEdit(m, creatorId, e, at) }]);
  return ok({ memory: out.get(creatorId) as CreatorMemory });
}

export const memoryNote = (core: Core, req: RequestOf<'memory/note'>) =>
  edit(core, req.creatorId, { kind: 'note', note: req.note });
export const memoryTags = (core: Core, req: RequestOf<'memory/tags'>) =>
  edit(core, req.creatorId, { kind: 'tags', tags: req.tags });
export const memoryDoNotInvite = (core: Core, req: RequestOf<'memory/do-not-invite'>) =>
  edit(core, req.creatorId, { kind: 'do-not-invite', value: req.value });
export const memoryFollowUp = (core: Core, req: RequestOf<'memory/follow-up'>) =>
  edit(core, req.creatorId, req.templateId ? { kind: 'follow-up', templateId: req.templateId } : { kind: 'follow-up' });

/** JSON: the whole memory, to import elsewhere. CSV: one row per creator, to read. */
export async function memoryExport(core: Core, req: RequestOf<'memory/export'>): Promise<Reply<'memory/export'>> {
  const now = core.deps.now();
  const creators = await core.memory.all();
  const day = new Date(now).toISOString().slice(0, 10);
  const csv = req.format === 'csv';
  const text = csv ? exportCreatorsCsv(creators) : toMemoryFile(creators, now);
  return ok({ text, filename: `collab-pilot-creators-${day}.${csv ? 'csv' : 'json'}`, count: creators.length });
}

export async function memoryImport(core: Core, req: RequestOf<'memory/import'>): Promise<Reply<'memory/import'>> {
  const file = readMemoryFile(req.text);
  if (!file.ok) return refused(WORKER_MESSAGES.memoryFile(file.problem));
  let added = 0;
  let merged = 0;
  // A file may hold one creator twice: the second merges into the first like any other.
  await core.memory.update(
    file.creators.map((c) => ({
      id: c.id,
      change: (m) => {
        if (m) merged++;
        else added++;
        return m ? mergeMemory(m, c) : c;
      },
    })),
  );
  return ok({ added, merged, rejected: file.rejected });
}

function sightingsByCreator(
  seen: readonly ListSeenInput[],
  at: number,
): Map<string, { handle: string | null; seen: ListSeen[] }> {
  const out = new Map<string, { handle: string | null; seen: ListSeen[] }>();
  for (const s of seen) {
    const one: ListSeen = { collaborationId: s.collaborationId, status: s.status, seenAt: at, source: 'page' };
    if (s.name !== undefined) one.name = s.name;
    if (s.until !== undefined) one.until = s.until;
    const had = out.get(s.creatorId);
    if (had) had.seen.push(one);
    else out.set(s.creatorId, { handle: s.handle ?? null, seen: [one] });
  }
  return out;
}

export async function memoryListSeen(
  core: Core,
  req: RequestOf<'memory/list-seen'>,
): Promise<Reply<'memory/list-seen'>> {
  const at = core.deps.now();
  const by = sightingsByCreator(req.seen, at);
  const out = await core.memory.update(
    [...by].map(([id, s]) => ({ id, change: (m) => withListSeen(m, id, s.seen, s.handle, at) })),
  );
  return ok({ recorded: out.size });
}
