/**
 * Every size limit of Collab Pilot's own data, in one place: the request schemas (lib/messages.ts),
 * the op schema that replays the journal (lib/queue/op-log.ts) and the worker that writes ops all read
 * from here, so an op the worker writes is always one the next start can read back.
 */
export const STORAGE_LIMITS = {
  /** Ids (or add inputs) in one request and in one journaled op; larger imports are split into ops. */
  idsPerOp: 20_000,
  /** Entries the queue holds, removed ones included ("Clear removed" frees them); the bench runs at this size. */
  queueMaxEntries: 30_000,
  /** Data rows read from one imported file; rows after it are reported, not read. */
  importMaxRows: 30_000,
  /** Row errors an import reply lists; the rest are counted. */
  importErrorsListed: 100,
  /** Characters of an imported file (a 30,000-row creator CSV is about 1.5 M). */
  importMaxChars: 5_000_000,
  /** Characters of one set-aside record in storage.local (settings); longer ones are cut. */
  setAsideRecordChars: 1_000_000,
  /** Characters of all set-aside records in storage.local together; the oldest go first. */
  setAsideTotalChars: 2_000_000,
  /** Queue records kept whole in IndexedDB after they could not be read; the oldest go first. */
  keptQueueItems: 5,
} as const;
