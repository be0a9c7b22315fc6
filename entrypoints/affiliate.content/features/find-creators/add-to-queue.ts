/**
 * Hands creators to the worker's queue. Bulk adds go in chunks so the seller sees progress and can
 * stop part way; every chunk carries its own op id and entry ids derived from it, so a retried chunk
 * (the worker restarted mid-call) is applied once.
 */
import { newOpId, sendMessage } from '@/components/common/rpc';
import type { BulkAddResult } from '@/lib/creators/messages';
import type { CreatorRow } from '@/lib/pages/creator-json';
import { toSnapshot } from './snapshot';

export const CHUNK_SIZE = 50;

export interface AddOutcome {
  /** Creators now in the queue with the default terms (new or already there). */
  queued: string[];
  added: number;
  alreadyQueued: number;
  failed: number;
  /** The worker's reason when the whole call failed. */
  error?: string;
}

export async function addCreators(rows: readonly CreatorRow[], region: string | null): Promise<AddOutcome> {
  const opId = newOpId();
  const r = await sendMessage({
    type: 'queue/add',
    opId,
    inputs: rows.map((c, i) => ({ id: `${opId}:${i}`, creator: toSnapshot(c, region) })),
    ...(region ? { region } : {}),
  });
  if (!r.ok) return { queued: [], added: 0, alreadyQueued: 0, failed: rows.length, error: r.error };
  if (r.data.replayed) return { queued: rows.map((c) => c.id), added: rows.length, alreadyQueued: 0, failed: 0 };
  const invalid = new Set(r.data.invalid.map((x) => x.index));
  return {
    queued: rows.filter((_, i) => !invalid.has(i)).map((c) => c.id),
    added: r.data.added.length,
    alreadyQueued: r.data.duplicates.length + r.data.skipped.length,
    failed: invalid.size,
  };
}

export interface BulkOptions {
  region: string | null;
  onProgress(done: number, total: number): void;
  /** Checked between chunks: a chunk already sent is never taken back. */
  cancelled(): boolean;
  onQueued(creatorIds: string[]): void;
  chunkSize?: number;
}

/** Queues `addable` in chunks; the skipped (blocked, or not known to be unblocked) are counted and never sent. */
export async function addInChunks(
  addable: readonly CreatorRow[],
  skipped: { blocked: number; unknown?: number },
  opts: BulkOptions,
): Promise<BulkAddResult> {
  const size = opts.chunkSize ?? CHUNK_SIZE;
  const skippedBlocked = skipped.blocked;
  const skippedUnknown = skipped.unknown ?? 0;
  const result: BulkAddResult = {
    added: 0,
    alreadyQueued: 0,
    failed: 0,
    skippedBlocked,
    total: addable.length + skippedBlocked + skippedUnknown,
  };
  if (skippedUnknown) result.skippedUnknown = skippedUnknown;
  let lastError: string | undefined;
  opts.onProgress(0, addable.length);
  for (let done = 0; done < addable.length; ) {
    if (opts.cancelled()) {
      result.cancelled = true;
      break;
    }
    const chunk = addable.slice(done, done + size);
    const out = await addCreators(chunk, opts.region);
    result.added += out.added;
    result.alreadyQueued += out.alreadyQueued;
    result.failed = (result.failed ?? 0) + out.failed;
    if (out.error) lastError = out.error;
    if (out.queued.length) opts.onQueued(out.queued);
    done += chunk.length;
    opts.onProgress(done, addable.length);
  }
  // Nothing got through at all: say why instead of "Added 0".
  if (lastError && result.added === 0 && result.alreadyQueued === 0) throw new Error(lastError);
  return result;
}
