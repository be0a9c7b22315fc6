/**
 * What a Target collaboration's detail showed about each of its creators, as sightings for memory.
 * Page data: it says only what the page said (status, name, end), never an outcome of ours.
 */
import type { ListSeenInput } from '../messages';
import type { GroupDetail } from '../pages/group-json';

export function sightingsOf(group: GroupDetail): ListSeenInput[] {
  return group.creators.map((c) => {
    const s: ListSeenInput = { creatorId: c.id, collaborationId: group.id, status: c.status };
    if (c.handle) s.handle = c.handle.slice(0, 200);
    if (group.name) s.name = group.name.slice(0, 500);
    if (group.endTimeMs !== null && group.endTimeMs >= 0 && group.endTimeMs <= 8.64e15)
      s.until = Math.round(group.endTimeMs);
    return s;
  });
}
