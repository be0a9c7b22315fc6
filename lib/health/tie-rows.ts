/**
 * Which collaboration each row of the list shows. The live list's rows carry no row key and their "View" is a
 * button with no href (docs/domain.md), so a row is tied by its name text, in the order the page listed the
 * collaborations: the k-th row named N is the k-th collaboration named N. An id the row does carry (row key or
 * link) wins. A row whose name is not among the collaborations stays untied (null): no badge is better than
 * a wrong one.
 */
import { norm } from '../pages/labels';

export interface RowToTie {
  id: string | null;
  name: string;
}

export function tieRows(rows: readonly RowToTie[], collaborations: ReadonlyMap<string, string>): Array<string | null> {
  const taken = new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
  const byName = new Map<string, string[]>();
  for (const [id, name] of collaborations) {
    if (taken.has(id)) continue;
    const key = norm(name);
    if (!key) continue;
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  // A name cell may hold more than the name (a second line, a tag): the longest name it starts with.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  return rows.map((r) => {
    if (r.id) return r.id;
    const text = norm(r.name);
    const key = byName.has(text) ? text : names.find((n) => text.startsWith(`${n} `) && byName.get(n)?.length);
    return (key && byName.get(key)?.shift()) ?? null;
  });
}
