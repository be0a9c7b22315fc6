/**
 * How two views of one creator become one: our queue's, the list page's, and an imported file's.
 * Pure functions; the worker is the only caller that stores their result.
 */
import {
  type CreatorMemory,
  type FollowUp,
  type Invitation,
  type ListSeen,
  MEMORY_LIMITS,
  type Outcome,
} from './schema';

const RANK: Record<Outcome, number> = { queued: 0, opened: 1, sent: 2, failed: 2 };

/** The later of two readings of one invitation: a further outcome wins; between sent and failed, the later. */
export function laterInvitation(a: Invitation, b: Invitation): Invitation {
  const ra = RANK[a.outcome];
  const rb = RANK[b.outcome];
  if (ra !== rb) return rb > ra ? b : a;
  return b.at >= a.at ? b : a;
}

/** The newest `max` items by time; the order kept is oldest first. */
function bounded<T>(items: T[], time: (t: T) => number, max = MEMORY_LIMITS.historyMax): T[] {
  const sorted = [...items].sort((x, y) => time(x) - time(y));
  return sorted.length > max ? sorted.slice(-max) : sorted;
}

/** One record per key, each the later reading of it. */
export function mergeInvitations(a: readonly Invitation[], b: readonly Invitation[]): Invitation[] {
  const byKey = new Map<string, Invitation>();
  for (const inv of [...a, ...b]) {
    const had = byKey.get(inv.key);
    byKey.set(inv.key, had ? laterInvitation(had, inv) : inv);
  }
  return bounded([...byKey.values()], (i) => i.at);
}

/** One sighting per collaboration: the latest one the page showed. */
export function mergeListSeen(a: readonly ListSeen[], b: readonly ListSeen[]): ListSeen[] {
  const byId = new Map<string, ListSeen>();
  for (const s of [...a, ...b]) {
    const had = byId.get(s.collaborationId);
    if (!had || s.seenAt >= had.seenAt) byId.set(s.collaborationId, s);
  }
  return bounded([...byId.values()], (s) => s.seenAt);
}

export function mergeFollowUps(a: readonly FollowUp[], b: readonly FollowUp[]): FollowUp[] {
  const seen = new Map<string, FollowUp>();
  for (const f of [...a, ...b]) seen.set(`${f.at}|${f.templateId ?? ''}`, f);
  return bounded([...seen.values()], (f) => f.at);
}

/**
 * Both notes kept: the lines of `b` that `a` lacks are appended. Only the 2,000-character cap can
 * cut, and it cuts the end.
 */
export function mergeNotes(a: string, b: string): string {
  if (!b.trim() || a.includes(b)) return a;
  if (!a.trim() || b.includes(a)) return b;
  const have = new Set(a.split('\n').map((l) => l.trim()));
  const extra = b.split('\n').filter((l) => l.trim() && !have.has(l.trim()));
  const out = extra.length ? `${a}\n${extra.join('\n')}` : a;
  return out.slice(0, MEMORY_LIMITS.noteMax);
}

/** Trimmed, within the length cap, case-insensitively unique, at most `tagsMax`. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().slice(0, MEMORY_LIMITS.tagMax).trim();
    const k = tag.toLowerCase();
    if (!tag || seen.has(k)) continue;
    seen.add(k);
    out.push(tag);
    if (out.length === MEMORY_LIMITS.tagsMax) break;
  }
  return out;
}

export const mergeTags = (a: readonly string[], b: readonly string[]): string[] => cleanTags([...a, ...b]);

const later = (a?: number, b?: number): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Two records of one creator as one; nothing either side knew is lost. */
export function mergeMemory(a: CreatorMemory, b: CreatorMemory): CreatorMemory {
  const bNewerMark = (b.doNotInviteAt ?? -1) > (a.doNotInviteAt ?? -1);
  const newer = b.updatedAt >= a.updatedAt ? b : a;
  const out: CreatorMemory = {
    id: a.id,
    invitations: mergeInvitations(a.invitations, b.invitations),
    listSeen: mergeListSeen(a.listSeen, b.listSeen),
    notes: mergeNotes(a.notes, b.notes),
    tags: mergeTags(a.tags, b.tags),
    doNotInvite: bNewerMark ? b.doNotInvite : a.doNotInvite,
    followUps: mergeFollowUps(a.followUps, b.followUps),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  };
  const handle = newer.handle ?? a.handle ?? b.handle;
  const nickname = newer.nickname ?? a.nickname ?? b.nickname;
  const notesAt = later(a.notesAt, b.notesAt);
  const markAt = later(a.doNotInviteAt, b.doNotInviteAt);
  if (handle !== undefined) out.handle = handle;
  if (nickname !== undefined) out.nickname = nickname;
  if (notesAt !== undefined) out.notesAt = notesAt;
  if (markAt !== undefined) out.doNotInviteAt = markAt;
  return out;
}
