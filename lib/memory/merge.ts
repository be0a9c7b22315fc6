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

/** The later of two sightings of one collaboration. */
const laterSeen = (a: ListSeen | undefined, b: ListSeen | undefined): ListSeen | undefined =>
  !a ? b : !b ? a : b.seenAt >= a.seenAt ? b : a;

/**
 * Two readings of one invitation as one: the outcome is the later reading's; the tie to its
 * collaboration and the page's latest word on it are kept from whichever side has them.
 */
function joinInvitations(a: Invitation, b: Invitation): Invitation {
  const out: Invitation = { ...laterInvitation(a, b) };
  const collaborationId = out.collaborationId ?? a.collaborationId ?? b.collaborationId;
  const seen = laterSeen(a.seen, b.seen);
  if (collaborationId !== undefined) out.collaborationId = collaborationId;
  if (seen && seen.collaborationId === collaborationId) out.seen = seen;
  return out;
}

/** One record per key, each the later reading of it. */
export function mergeInvitations(a: readonly Invitation[], b: readonly Invitation[]): Invitation[] {
  const byKey = new Map<string, Invitation>();
  for (const inv of [...a, ...b]) {
    const had = byKey.get(inv.key);
    byKey.set(inv.key, had ? joinInvitations(had, inv) : inv);
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

/**
 * A sighting of a collaboration one of the creator's invitations created is that invitation seen from
 * the list page: it moves onto the invitation (its `seen`), so the two are one record. The
 * invitation's outcome stays ours. Sightings no invitation is tied to stay in `listSeen`. Same result
 * whichever of the two arrived first, and applying it again changes nothing.
 */
export function foldSightings(m: CreatorMemory): CreatorMemory {
  const tied = new Set<string>();
  for (const inv of m.invitations) if (inv.collaborationId) tied.add(inv.collaborationId);
  if (tied.size === 0 || !m.listSeen.some((s) => tied.has(s.collaborationId))) return m;
  const byId = new Map(m.listSeen.map((s) => [s.collaborationId, s]));
  const invitations = m.invitations.map((inv) => {
    const s = inv.collaborationId ? byId.get(inv.collaborationId) : undefined;
    if (!s) return inv;
    const seen = laterSeen(inv.seen, s);
    return seen === inv.seen ? inv : { ...inv, seen };
  });
  return { ...m, invitations, listSeen: m.listSeen.filter((s) => !tied.has(s.collaborationId)) };
}

/** Ties the invitation `key` to the collaboration the platform created for it, and folds its sighting. */
export function withCollaboration(m: CreatorMemory, key: string, collaborationId: string): CreatorMemory {
  const at = m.invitations.findIndex((i) => i.key === key);
  const inv = m.invitations[at];
  if (!inv || inv.collaborationId === collaborationId) return m;
  const invitations = [...m.invitations];
  const tied: Invitation = { ...inv, collaborationId };
  // A sighting of another collaboration is not this one's.
  if (tied.seen && tied.seen.collaborationId !== collaborationId) delete tied.seen;
  invitations[at] = tied;
  return foldSightings({ ...m, invitations });
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
    tags: cleanTags([...a.tags, ...b.tags]),
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
  return foldSightings(out);
}
