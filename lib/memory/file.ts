/** The memory export file: plain JSON the seller keeps, and the validated reading of one to import. */
import { z } from 'zod/mini';
import { type CreatorMemory, creatorMemorySchema } from './schema';

export const MEMORY_FILE_FORMAT = 'collab-pilot-memory';
export const MEMORY_FILE_VERSION = 1;

export function toMemoryFile(creators: readonly CreatorMemory[], at: number): string {
  return JSON.stringify({ format: MEMORY_FILE_FORMAT, version: MEMORY_FILE_VERSION, exportedAt: at, creators });
}

export type MemoryFileReading =
  | { ok: true; creators: CreatorMemory[]; rejected: number }
  | { ok: false; problem: 'not-json' | 'not-memory' | 'newer-version' };

/** Every record is checked on its own: a bad one is counted and left out, the rest still import. */
export function readMemoryFile(text: string): MemoryFileReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const head = z
    .object({ format: z.literal(MEMORY_FILE_FORMAT), version: z.int(), creators: z.array(z.unknown()) })
    .safeParse(raw);
  if (!head.success) return { ok: false, problem: 'not-memory' };
  if (head.data.version > MEMORY_FILE_VERSION) return { ok: false, problem: 'newer-version' };
  const creators: CreatorMemory[] = [];
  let rejected = 0;
  for (const c of head.data.creators) {
    const r = creatorMemorySchema.safeParse(c);
    if (r.success) creators.push(r.data);
    else rejected++;
  }
  return { ok: true, creators, rejected };
}
