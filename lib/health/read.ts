/**
 * Validates whatever the caller hands to checkHealth. A bad product or creator is dropped and counted (so the
 * panel can say it was not checked) instead of discarding the whole collaboration.
 */
import { z } from 'zod/mini';
import {
  type CollaborationSnapshot,
  CollaborationSnapshotSchema,
  type SnapshotCreator,
  SnapshotCreatorSchema,
  type SnapshotProduct,
  SnapshotProductSchema,
} from './types';

// The snapshot's own fields, with its lists taken as they come: each item is read alone below.
const ShellSchema = z.object({
  ...CollaborationSnapshotSchema.shape,
  products: z.nullable(z.array(z.unknown())),
  creators: z.nullable(z.array(z.unknown())),
});

export interface ReadSnapshot {
  snapshot: CollaborationSnapshot;
  unreadableProducts: number;
  unreadableCreators: number;
}

export interface ReadResult {
  /** Deduplicated by id: a later snapshot of the same collaboration replaces an earlier one, in place. */
  read: ReadSnapshot[];
  /** Ids of entries that named a collaboration but could not be read at all. */
  unreadableIds: string[];
}

function idOf(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

function readItems<T>(items: unknown[] | null, schema: z.ZodMiniType<T>): { items: T[] | null; bad: number } {
  if (items === null) return { items: null, bad: 0 };
  const out: T[] = [];
  let bad = 0;
  for (const item of items) {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else bad++;
  }
  return { items: out, bad };
}

export function readSnapshots(input: unknown): ReadResult {
  const byId = new Map<string, ReadSnapshot>();
  const unreadable = new Set<string>();
  if (!Array.isArray(input)) return { read: [], unreadableIds: [] };
  for (const raw of input) {
    const shell = ShellSchema.safeParse(raw);
    if (!shell.success) {
      const id = idOf(raw);
      if (id !== null && !byId.has(id)) unreadable.add(id);
      continue;
    }
    const products = readItems<SnapshotProduct>(shell.data.products, SnapshotProductSchema);
    const creators = readItems<SnapshotCreator>(shell.data.creators, SnapshotCreatorSchema);
    unreadable.delete(shell.data.id);
    byId.set(shell.data.id, {
      snapshot: { ...shell.data, products: products.items, creators: creators.items },
      unreadableProducts: products.bad,
      unreadableCreators: creators.bad,
    });
  }
  return { read: [...byId.values()], unreadableIds: [...unreadable] };
}
