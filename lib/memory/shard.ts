/**
 * Which stored shard holds a creator. Records are kept in a fixed number of shards so one add reads
 * and writes a few hundred records at 50,000 creators, and an export reads a few hundred keys.
 */
export const SHARD_COUNT = 1024;

/** FNV-1a over the id's UTF-16 code units: stable across versions, so stored shards stay findable. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SHARD_COUNT;
}

export const shardKey = (n: number): string => `mem:${n}`;
