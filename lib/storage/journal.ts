/**
 * A write-ahead journal over a KeyValueStore: every op is written as its own record before the caller
 * is answered, and the state is rebuilt on start from the last snapshot plus the records after it.
 *
 * Why: an MV3 service worker can be stopped at any moment. A write acknowledged to a caller is in the
 * journal, so it survives; a caller that retries after losing the answer sends the same op id, which is
 * recognised and ignored, so nothing is ever doubled. Snapshots only keep start-up fast.
 *
 * Crash points and what happens on the next start:
 * - before the journal write: nothing was acknowledged, nothing is stored; the caller retries.
 * - after the journal write, before the answer: the op is replayed; the retry is a no-op by id.
 * - after the snapshot write, before old records are deleted: records up to the snapshot's seq are skipped.
 *
 * What cannot be read is never overwritten: a snapshot written by a newer build opens the journal
 * read-only (nothing is written or deleted until a build that knows it runs), and every other bad
 * record is handed to `setAside` whole before anything replaces it.
 */
import type { KeyValueStore } from './area';
import { SET_ASIDE_REASONS } from './messages';
import { createSerial } from './serial';

export const SNAPSHOT_KEY = 'snapshot';
export const JOURNAL_PREFIX = 'j:';
export const SNAPSHOT_FORMAT = 1;
/** Op ids remembered for dedupe; retries arrive within seconds, so this is generous. */
export const MAX_REMEMBERED_OPS = 20_000;

export interface JournalCodec<S, Op, R> {
  empty(): S;
  /** Pure: the next state and what happened. May throw for an op that cannot apply; nothing is written then. */
  apply(state: S, op: Op, at: number): { state: S; result: R };
  opId(op: Op): string;
  /** A stored op, validated; null sets the record aside. */
  parseOp(raw: unknown): Op | null;
  /**
   * Salvages a stored state: the good part and the raw records that failed validation. `newer`: the
   * state is of a version this build does not know yet (a rollback); the journal then opens read-only.
   */
  loadState(raw: unknown): { state: S; rejected: unknown[]; newer?: boolean };
  saveState(state: S): unknown;
  /** Work to replay an op, in the units of `size` (a bulk add: its entries). Default 1. */
  weight?(op: Op): number;
  /** Work to write a snapshot of a state (the queue: its entries). Default 0. */
  size?(state: S): number;
  /** Whether a new op may take the state from `prev` to `next` (a size cap). Replay never asks. */
  admit?(prev: S, next: S): boolean;
}

/** Why an append was refused; nothing was written. */
export class JournalRefusal extends Error {
  constructor(readonly why: 'read-only' | 'invalid-op' | 'not-admitted') {
    super(`journal: ${why}`);
  }
}

export interface SetAsideItem {
  kind: 'queue-snapshot' | 'queue-record' | 'queue-op';
  raw: unknown;
  reason: string;
}

export type AppendResult<S, R> = { duplicate: true; state: S } | { duplicate: false; state: S; result: R; seq: number };

export interface Journal<S, Op, R> {
  readonly state: S;
  readonly seq: number;
  /** Set when the snapshot is of a newer version: the state is empty and every append is refused. */
  readonly readOnly: boolean;
  append(op: Op, at: number): Promise<AppendResult<S, R>>;
  /** Writes a snapshot and drops the journal records it covers. */
  compact(): Promise<void>;
  /** Resolves once every queued write has settled. */
  idle(): Promise<void>;
}

/** Default snapshot cadence: every 100 ops, or every size/10 ops for a large state. */
export const DEFAULT_COMPACT_EVERY = 100;
const OPS_PER_SIZE = 1 / 10;
/** Journaled work (codec `weight`) that forces a snapshot even before the op count is reached. */
export const MIN_COMPACT_WEIGHT = 1000;

export interface JournalOptions {
  /**
   * Compact after this many ops. Default: 100, or one op per 10 units of state size when that is
   * more, so a 10,000-entry queue is not copied whole every 100 single adds. Either way, ops whose
   * weight adds up to the state's size (at least MIN_COMPACT_WEIGHT) compact too, so a run of bulk
   * adds never leaves a long journal to replay on the next start.
   */
  compactEvery?: number;
  /** Called with bad records before they are deleted from the store; must persist them. */
  setAside?: (items: SetAsideItem[]) => Promise<void>;
}

export function journalKey(seq: number): string {
  return `${JOURNAL_PREFIX}${String(seq).padStart(12, '0')}`;
}

export function parseJournalKey(key: string): number | null {
  if (!key.startsWith(JOURNAL_PREFIX)) return null;
  const n = Number(key.slice(JOURNAL_PREFIX.length));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

interface SnapshotWrapper {
  format: number;
  seq: number;
  opIds: string[];
  state: unknown;
}

/** A wrapper, 'newer' for a later format than this build writes, or null when it cannot be read. */
function readWrapper(raw: unknown): SnapshotWrapper | 'newer' | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const w = raw as Record<string, unknown>;
  if (Number.isSafeInteger(w.format) && (w.format as number) > SNAPSHOT_FORMAT) return 'newer';
  if (w.format !== SNAPSHOT_FORMAT || !Number.isSafeInteger(w.seq) || (w.seq as number) < 0) return null;
  const opIds = Array.isArray(w.opIds) ? w.opIds.filter((x): x is string => typeof x === 'string') : [];
  return { format: SNAPSHOT_FORMAT, seq: w.seq as number, opIds, state: w.state };
}

function readRecord(raw: unknown, seq: number): { at: number; op: unknown } | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  if (r.seq !== seq || typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  return { at: r.at, op: r.op };
}

/** Insertion-ordered set that forgets its oldest ids beyond a cap. */
class RecentIds {
  private ids = new Set<string>();
  constructor(
    initial: readonly string[],
    private readonly cap: number,
  ) {
    for (const id of initial.slice(-cap)) this.ids.add(id);
  }
  has(id: string) {
    return this.ids.has(id);
  }
  add(id: string) {
    this.ids.add(id);
    if (this.ids.size > this.cap) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }
  list() {
    return [...this.ids];
  }
}

export async function openJournal<S, Op, R>(
  kv: KeyValueStore,
  codec: JournalCodec<S, Op, R>,
  options: JournalOptions = {},
): Promise<{ journal: Journal<S, Op, R>; setAside: SetAsideItem[]; replayed: number }> {
  const compactEvery = Math.max(1, options.compactEvery ?? DEFAULT_COMPACT_EVERY);
  const serial = createSerial();
  const setAside: SetAsideItem[] = [];

  const rawSnapshot = await kv.get(SNAPSHOT_KEY);
  let state = codec.empty();
  let seq = 0;
  let opIds: string[] = [];
  if (rawSnapshot !== undefined) {
    const w = readWrapper(rawSnapshot);
    const loaded = w && w !== 'newer' ? codec.loadState(w.state) : null;
    if (w === 'newer' || loaded?.newer) return { journal: readOnlyJournal(codec.empty()), setAside: [], replayed: 0 };
    if (!w || !loaded) {
      setAside.push({ kind: 'queue-snapshot', raw: rawSnapshot, reason: SET_ASIDE_REASONS.queueSnapshot });
    } else {
      state = loaded.state;
      seq = w.seq;
      opIds = w.opIds;
      for (const raw of loaded.rejected)
        setAside.push({ kind: 'queue-record', raw, reason: SET_ASIDE_REASONS.queueRecord });
    }
  }
  const recent = new RecentIds(opIds, MAX_REMEMBERED_OPS);

  // Every journal key found is deleted at the next compaction: replayed ones are then in the snapshot.
  const journalSeqs = (await kv.keys())
    .map(parseJournalKey)
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b);
  let toDelete = [...journalSeqs];
  let replayed = 0;
  for (const n of journalSeqs) {
    if (n <= seq) continue;
    const raw = await kv.get(journalKey(n));
    const rec = readRecord(raw, n);
    const op = rec ? codec.parseOp(rec.op) : null;
    if (!rec || op === null) {
      setAside.push({ kind: 'queue-op', raw, reason: SET_ASIDE_REASONS.queueOp });
      continue;
    }
    seq = n;
    const id = codec.opId(op);
    if (recent.has(id)) continue;
    try {
      state = codec.apply(state, op, rec.at).state;
      recent.add(id);
      replayed++;
    } catch (e) {
      setAside.push({ kind: 'queue-op', raw, reason: SET_ASIDE_REASONS.queueOpFailed(String(e)) });
    }
  }
  if (journalSeqs.length > 0) seq = Math.max(seq, journalSeqs[journalSeqs.length - 1] ?? 0);

  let sinceSnapshot = toDelete.length;
  let weightSinceSnapshot = 0;
  const weightOf = (op: Op) => Math.max(1, codec.weight?.(op) ?? 1);
  const sizeOf = (s: S) => codec.size?.(s) ?? 0;
  const opsBetweenSnapshots = (s: S) =>
    options.compactEvery !== undefined ? compactEvery : Math.max(compactEvery, Math.ceil(sizeOf(s) * OPS_PER_SIZE));
  // One pending compaction at most: under a burst the chain holds many appends, and each must not
  // queue its own snapshot of the whole state.
  let compactQueued = false;

  async function compactNow(): Promise<void> {
    const covered = seq;
    await kv.set(SNAPSHOT_KEY, {
      format: SNAPSHOT_FORMAT,
      seq: covered,
      opIds: recent.list(),
      state: codec.saveState(state),
    });
    const old = toDelete.filter((n) => n <= covered);
    toDelete = toDelete.filter((n) => n > covered);
    for (const n of old) await kv.del(journalKey(n));
    sinceSnapshot = toDelete.length;
    weightSinceSnapshot = 0;
  }

  const journal: Journal<S, Op, R> = {
    get state() {
      return state;
    },
    get seq() {
      return seq;
    },
    readOnly: false,
    append(op, at) {
      return serial.run(async (): Promise<AppendResult<S, R>> => {
        const id = codec.opId(op);
        if (recent.has(id)) return { duplicate: true, state };
        // Only ops the next start can parse are written: anything else would be set aside on replay.
        if (codec.parseOp(op) === null) throw new JournalRefusal('invalid-op');
        const next = codec.apply(state, op, at);
        if (codec.admit && !codec.admit(state, next.state)) throw new JournalRefusal('not-admitted');
        const n = seq + 1;
        // The acknowledgement depends on this write: only after it do we touch memory.
        await kv.set(journalKey(n), { seq: n, at, op });
        seq = n;
        state = next.state;
        recent.add(id);
        toDelete.push(n);
        sinceSnapshot++;
        weightSinceSnapshot += weightOf(op);
        const due =
          sinceSnapshot >= opsBetweenSnapshots(state) ||
          weightSinceSnapshot >= Math.max(MIN_COMPACT_WEIGHT, sizeOf(state));
        if (due && !compactQueued) {
          compactQueued = true;
          void serial
            .run(compactNow)
            .catch(() => undefined)
            .finally(() => {
              compactQueued = false;
            });
        }
        return { duplicate: false, state, result: next.result, seq: n };
      });
    },
    compact() {
      return serial.run(compactNow);
    },
    idle() {
      return serial.idle();
    },
  };

  if (setAside.length > 0 && options.setAside) await options.setAside(setAside);
  // Fold the replay into a snapshot and trim every record it covers (stale ones included, left by a
  // stop between a snapshot write and its trim). Bad records were set aside first.
  if (replayed > 0 || setAside.length > 0 || toDelete.length > 0) await journal.compact();
  return { journal, setAside, replayed };
}

/** Holds what a newer build wrote untouched: nothing is written, compacted or deleted. */
function readOnlyJournal<S, Op, R>(state: S): Journal<S, Op, R> {
  return {
    state,
    seq: 0,
    readOnly: true,
    append: () => Promise.reject(new JournalRefusal('read-only')),
    compact: () => Promise.resolve(),
    idle: () => Promise.resolve(),
  };
}
