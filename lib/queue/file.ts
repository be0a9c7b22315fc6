/**
 * The stored form of the queue, versioned so a future shape can be migrated, and a forgiving loader:
 * corrupted storage must never lose the good entries, and the bad ones are kept for export.
 */
import { z } from 'zod/mini';
import { type QueueEntry, type QueueState, type QueueTerms, queueEntrySchema, queueTermsSchema } from './entry';
import { TermsMap } from './same-data';

export const QUEUE_FILE_VERSION = 1 as const;

export const queueFileSchema = z.object({
  version: z.literal(QUEUE_FILE_VERSION),
  entries: z.array(queueEntrySchema),
  /** Recent op ids (see op-log.ts); optional so a file written without them still loads. */
  appliedOps: z.optional(z.array(z.string())),
});
export type QueueFile = z.infer<typeof queueFileSchema>;

export type QueueFileProblem = 'missing' | 'not-an-object' | 'unknown-version' | 'newer-version' | 'bad-entries';

export interface LoadedQueue {
  state: QueueState;
  /** Raw records that failed validation, untouched, so the seller can still export them. */
  rejected: unknown[];
  problem?: QueueFileProblem;
}

/** An entry without its terms: terms are validated once per stored terms object (see below). */
const entryButTermsSchema = z.omit(queueEntrySchema, { terms: true });

/**
 * Validates entries as `queueEntrySchema` does. Entries with equal terms share one terms object in
 * memory (see queue-index.ts) and a structured clone keeps that sharing, so each stored terms object
 * is validated once and shared again; unshared equal terms (a file written before sharing, or read
 * from JSON) are folded together by content.
 */
class EntryReader {
  private byRaw = new Map<unknown, QueueTerms | null>();
  private byContent = new TermsMap<QueueTerms>();

  read(item: unknown): QueueEntry | null {
    const rest = entryButTermsSchema.safeParse(item);
    if (!rest.success) return null;
    const terms = this.terms((item as { terms?: unknown }).terms);
    // Keys in schema order, as a whole-entry parse gives them.
    if (!terms) return null;
    const { id, creator, ...others } = rest.data;
    return { id, creator, terms, ...others };
  }

  private terms(raw: unknown): QueueTerms | null {
    const seen = this.byRaw.get(raw);
    if (seen !== undefined) return seen;
    const parsed = queueTermsSchema.safeParse(raw);
    let out: QueueTerms | null = null;
    if (parsed.success) {
      out = this.byContent.get(parsed.data) ?? parsed.data;
      if (out === parsed.data) this.byContent.set(out, out);
    }
    this.byRaw.set(raw, out);
    return out;
  }
}

export function toQueueFile(state: QueueState): QueueFile {
  const file: QueueFile = { version: QUEUE_FILE_VERSION, entries: [...state.entries] };
  if (state.appliedOps && state.appliedOps.length > 0) file.appliedOps = [...state.appliedOps];
  return file;
}

/** Reads whatever storage returned. Never throws; keeps every entry that validates. */
export function loadQueueFile(raw: unknown): LoadedQueue {
  if (raw === undefined || raw === null) return { state: { entries: [] }, rejected: [], problem: 'missing' };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { state: { entries: [] }, rejected: [raw], problem: 'not-an-object' };
  }
  const record = raw as Record<string, unknown>;
  if (record.version !== QUEUE_FILE_VERSION) {
    // A newer build wrote it (the seller rolled back): the caller keeps it untouched for that build.
    const newer = Number.isSafeInteger(record.version) && (record.version as number) > QUEUE_FILE_VERSION;
    return { state: { entries: [] }, rejected: [raw], problem: newer ? 'newer-version' : 'unknown-version' };
  }
  const list = Array.isArray(record.entries) ? record.entries : [];
  const entries: QueueEntry[] = [];
  const rejected: unknown[] = Array.isArray(record.entries) ? [] : [record.entries];
  const seen = new Set<string>();
  const reader = new EntryReader();
  for (const item of list) {
    const entry = reader.read(item);
    // A doubled id would break every id-keyed op; keep the first and set the copy aside.
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    } else {
      rejected.push(item);
    }
  }
  const ops = Array.isArray(record.appliedOps)
    ? record.appliedOps.filter((x): x is string => typeof x === 'string')
    : [];
  const state: QueueState = ops.length > 0 ? { entries, appliedOps: ops } : { entries };
  return rejected.length > 0 ? { state, rejected, problem: 'bad-entries' } : { state, rejected };
}
