/**
 * Ties a Find creators row to the page's JSON creator by what the row surely shows. The live rows carry
 * no id (docs/domain.md, "The live pages"): the handle (shown with or without "@") is the key, the
 * nickname a fallback when the handle cannot be read; an id the row names (data-row-key, a link) is a
 * bonus, trusted only where the handle agrees with it.
 */
import type { CreatorRow } from './creator-json';
import type { CreatorRowKey } from './find-creators';

export type RowRef = Pick<CreatorRowKey, 'id' | 'handle' | 'nickname'>;

/** "@Max_Kitchen " → "max_kitchen": handles compare without "@", case or spaces. */
export function normHandle(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

const normNick = (n: string) => n.replace(/\s+/g, ' ').trim();

/**
 * The key a row is known by: "@handle", else its id, else "~nickname"; null when the row shows none of
 * them (it cannot be tied to anyone). The handle comes first because an app that keys rows by their
 * index gives the same `data-row-key` to another creator after a new search.
 */
export function rowKeyOf(ref: RowRef): string | null {
  if (ref.handle) return `@${normHandle(ref.handle)}`;
  if (ref.id) return ref.id;
  if (ref.nickname) return `~${normNick(ref.nickname)}`;
  return null;
}

/** Every key a row showing creator `c` may be known by (see rowKeyOf). */
export function keysOf(c: Pick<CreatorRow, 'id' | 'handle' | 'nickname'>): string[] {
  const out = [c.id];
  if (c.handle) out.push(`@${normHandle(c.handle)}`);
  if (c.nickname) out.push(`~${normNick(c.nickname)}`);
  return out;
}

export interface CreatorIndex {
  /** Notes creators the page's JSON brought (later answers win for the same handle). */
  add(creators: Iterable<CreatorRow>): void;
  /** The creator `ref` shows, among `creators` (the page's JSON by id); null when none surely matches. */
  match(ref: RowRef, creators: ReadonlyMap<string, CreatorRow>): CreatorRow | null;
}

/** Ids by handle and by nickname; a nickname two creators share matches neither. */
export function createCreatorIndex(max = 20_000): CreatorIndex {
  const byHandle = new Map<string, string>();
  const byNick = new Map<string, string | null>();
  return {
    add(creators) {
      for (const c of creators) {
        // The page's data keeps a bounded number of creators: start again rather than grow for ever.
        if (byHandle.size >= max) {
          byHandle.clear();
          byNick.clear();
        }
        if (c.handle) byHandle.set(normHandle(c.handle), c.id);
        if (c.nickname) {
          const n = normNick(c.nickname);
          const had = byNick.get(n);
          byNick.set(n, had === undefined || had === c.id ? c.id : null);
        }
      }
    },
    match(ref, creators) {
      const h = ref.handle ? normHandle(ref.handle) : null;
      const byId = ref.id ? creators.get(ref.id) : undefined;
      if (byId && (h == null || !byId.handle || normHandle(byId.handle) === h)) return byId;
      if (h != null) {
        const id = byHandle.get(h);
        const c = id ? creators.get(id) : undefined;
        return c && normHandle(c.handle) === h ? c : null;
      }
      if (ref.nickname) {
        const id = byNick.get(normNick(ref.nickname));
        const c = id ? creators.get(id) : undefined;
        return c && normNick(c.nickname) === normNick(ref.nickname) ? c : null;
      }
      return null;
    },
  };
}
