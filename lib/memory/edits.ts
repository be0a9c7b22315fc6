/** The seller's own edits of a creator's record; each stamps its time so a later import cannot undo it. */
import { cleanTags, mergeFollowUps } from './merge';
import { type CreatorMemory, emptyMemory, MEMORY_LIMITS } from './schema';

export type MemoryEdit =
  | { kind: 'note'; note: string }
  | { kind: 'tags'; tags: readonly string[] }
  | { kind: 'do-not-invite'; value: boolean }
  | { kind: 'follow-up'; templateId?: string };

export function applyEdit(
  m: CreatorMemory | undefined,
  creatorId: string,
  edit: MemoryEdit,
  at: number,
): CreatorMemory {
  const base = m ?? emptyMemory(creatorId, at);
  const next: CreatorMemory = { ...base, updatedAt: Math.max(base.updatedAt, at) };
  switch (edit.kind) {
    case 'note':
      next.notes = edit.note.slice(0, MEMORY_LIMITS.noteMax);
      next.notesAt = at;
      break;
    case 'tags':
      next.tags = cleanTags(edit.tags);
      break;
    case 'do-not-invite':
      next.doNotInvite = edit.value;
      next.doNotInviteAt = at;
      break;
    case 'follow-up':
      next.followUps = mergeFollowUps(base.followUps, [edit.templateId ? { at, templateId: edit.templateId } : { at }]);
      break;
  }
  return next;
}
