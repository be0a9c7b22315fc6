/**
 * Every message the extension's contexts send to the background worker: one discriminated union with
 * zod/mini schemas (content scripts bundle this), the typed reply of each, and the validator the
 * worker runs on everything it receives. The runtime call itself lives outside lib/ (components/common/rpc.ts).
 */
import { z } from 'zod/mini';
import { STORAGE_LIMITS } from './config/storage-limits';
import type { Language } from './i18n';
import { type CreatorMemory, LIST_STATUSES, MEMORY_LIMITS, type MemorySummary } from './memory/schema';
import {
  type CreatorSnapshot,
  creatorSnapshotSchema,
  type QueueEntry,
  type QueueStatus,
  type QueueTerms,
  queueFailureSchema,
  queueStatusSchema,
  queueTermsSchema,
} from './queue/entry';
import { createResultSchema, undoTokenSchema } from './queue/op-log';
import type { AddResult, CreateResultReport, StatusResult } from './queue/ops';
import type { WaitingDelta } from './queue/waiting-delta';
import type { Finding } from './rules/types';
import { PAGES, type Settings } from './settings/schema';
import type { Notice } from './storage/notices';

const MAX_IDS = STORAGE_LIMITS.idsPerOp;
const MAX_TEXT = STORAGE_LIMITS.importMaxChars;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const ids = z.array(id).check(z.maxLength(MAX_IDS));
/** Client-made id of a write: a retry with the same id is recognised and applied once. */
const opId = id;

export const quotaSchema = z.object({
  used24h: z.int().check(z.gte(0), z.lte(1_000_000)),
  cap24h: z.int().check(z.gte(0), z.lte(1_000_000)),
  open: z.int().check(z.gte(0), z.lte(1_000_000)),
  openCap: z.int().check(z.gte(0), z.lte(1_000_000)),
  weeklyUsed: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  weeklyLimit: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export type Quota = z.infer<typeof quotaSchema>;

const region = z.string().check(z.regex(/^[A-Z]{2}$/));

export const addInputSchema = z.object({
  id,
  creator: creatorSnapshotSchema,
  /** Absent: the worker uses the seller's defaults and the products of the last queued entry. */
  terms: z.optional(queueTermsSchema),
  note: z.optional(z.string().check(z.maxLength(2000))),
  tags: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))),
});

export const listSeenInputSchema = z.object({
  creatorId: id,
  handle: z.optional(z.string().check(z.maxLength(200))),
  collaborationId: id,
  name: z.optional(z.string().check(z.maxLength(500))),
  status: z.enum(LIST_STATUSES),
  until: z.optional(z.int().check(z.gte(0), z.lte(8.64e15))),
});
export type ListSeenInput = z.infer<typeof listSeenInputSchema>;

const msg = <T extends string, S extends Record<string, z.core.SomeType>>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const requestSchema = z.discriminatedUnion('type', [
  msg('settings/get', {}),
  msg('settings/save', { settings: z.optional(z.unknown()), patch: z.optional(z.unknown()) }),
  msg('settings/reset', {}),
  msg('settings/export', {}),
  msg('settings/import', { text: z.string().check(z.maxLength(MAX_TEXT)) }),
  msg('settings/panel', { page: z.enum(PAGES), collapsed: z.boolean() }),
  msg('queue/add', { opId, inputs: z.array(addInputSchema).check(z.maxLength(MAX_IDS)), region: z.optional(region) }),
  msg('queue/set-status', { opId, ids, status: queueStatusSchema, failure: z.optional(queueFailureSchema) }),
  msg('queue/remove', { opId, ids }),
  msg('queue/undo', { opId, token: undoTokenSchema }),
  msg('queue/note', { opId, id, note: z.string().check(z.maxLength(2000)) }),
  msg('queue/tags', { opId, ids, tags: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)) }),
  msg('queue/list', {
    offset: z.int().check(z.gte(0)),
    limit: z.int().check(z.gte(1), z.lte(1000)),
    status: z.optional(queueStatusSchema),
  }),
  msg('queue/summary', {}),
  msg('queue/creator', { creatorId: id }),
  /** `creatorIds`: the creators the create request named; only their entries are settled. */
  msg('queue/apply-result', { opId, entryIds: ids, creatorIds: ids, result: createResultSchema }),
  msg('queue/export-csv', {}),
  msg('queue/import-csv', { opId, text: z.string().check(z.maxLength(MAX_TEXT)), terms: z.optional(queueTermsSchema) }),
  msg('queue/clear-removed', { opId }),
  msg('batch/plan', { region: z.optional(region) }),
  msg('batch/open', {
    opId,
    entryIds: ids.check(z.minLength(1)),
    region: z.optional(region),
    host: z.optional(z.string().check(z.maxLength(100))),
  }),
  msg('prefill/take', { token: z.string().check(z.regex(/^[0-9a-f]{32}$/)) }),
  msg('quota/report', { region, quota: quotaSchema }),
  msg('quota/get', { region: z.optional(region) }),
  msg('notices/get', {}),
  msg('notices/dismiss', { id: z.string().check(z.maxLength(200)) }),
  msg('setaside/export', {}),
  msg('setaside/clear', {}),
  msg('storage/health', {}),
  msg('i18n/language', {}),
  msg('memory/get', { ids: z.array(id).check(z.maxLength(1000)) }),
  msg('memory/creator', { creatorId: id }),
  msg('memory/note', { creatorId: id, note: z.string().check(z.maxLength(MEMORY_LIMITS.noteMax)) }),
  msg('memory/tags', { creatorId: id, tags: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)) }),
  msg('memory/do-not-invite', { creatorId: id, value: z.boolean() }),
  msg('memory/follow-up', { creatorId: id, templateId: z.optional(id) }),
  msg('memory/export', { format: z.optional(z.enum(['json', 'csv'])) }),
  msg('memory/import', { text: z.string().check(z.maxLength(MAX_TEXT)) }),
  /** What the Target collaborations pages showed, per creator: recorded as the page's word only. */
  msg('memory/list-seen', { seen: z.array(listSeenInputSchema).check(z.maxLength(1000)) }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/**
 * The only requests a content script may send: what the Seller Center panels use, nothing more.
 * Everything else (settings writes and export, removing, purging, importing, opening batches) is for
 * extension pages (popup, options) only, so a page that ever drove our content script could not
 * reach it. The worker enforces this (entrypoints/background/sender.ts).
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<RequestType> = new Set<RequestType>([
  'settings/get',
  'settings/panel',
  'queue/add',
  'queue/list',
  'queue/summary',
  'queue/apply-result',
  'batch/plan',
  'prefill/take',
  'quota/report',
  'i18n/language',
  'memory/get',
  'memory/follow-up',
  'memory/list-seen',
]);

export interface QueueSummary {
  /** Increases with every queue change; lets a view ignore stale answers. */
  rev: number;
  counts: Record<QueueStatus, number>;
  total: number;
  updatedAt: number;
  /** Who started or stopped waiting since the summary published before; absent when too many did. */
  delta?: WaitingDelta;
}
export { QUEUE_SUMMARY_KEY } from './queue/summary-key';

export interface PlannedBatch {
  /** Stable for the same entries: the first entry id and the count. */
  id: string;
  entryIds: string[];
  creators: Array<Pick<CreatorSnapshot, 'id' | 'handle' | 'nickname' | 'canLive'>>;
  terms: QueueTerms & { endsAt: number };
  findings: Finding[];
  /** Set when opening it now would exceed a cap; the reason says which. */
  blockedReason?: string;
}

export interface Prefill {
  batchId: string;
  entryIds: string[];
  creators: CreatorSnapshot[];
  terms: QueueTerms & { endsAt: number };
  region: string;
  createdAt: number;
}

export interface StoredQuota extends Quota {
  region: string;
  reportedAt: number;
}

/** What the queue's own functions report, less the new state; an add names its entries by id. */
type AddReport = Omit<AddResult, 'state' | 'added'> & { added: string[] };
type StatusReport = Omit<StatusResult, 'state'>;

/** What each request answers with, when it succeeds. `replayed`: the op id was seen before. */
export interface ResponseMap {
  'settings/get': { settings: Settings };
  'settings/save': { settings: Settings };
  'settings/reset': { settings: Settings };
  'settings/export': { text: string; filename: string };
  'settings/import': { settings: Settings; migratedFrom?: number };
  'settings/panel': { settings: Settings };
  'queue/add': AddReport & { replayed: boolean };
  'queue/set-status': StatusReport & { replayed: boolean };
  'queue/remove': StatusReport & { replayed: boolean; token: z.infer<typeof undoTokenSchema> };
  'queue/undo': { restored: string[]; skipped: string[]; replayed: boolean };
  'queue/note': { updated: boolean; truncated: boolean; replayed: boolean };
  'queue/tags': { updated: string[]; missing: string[]; replayed: boolean };
  'queue/list': { entries: QueueEntry[]; total: number; rev: number };
  'queue/summary': QueueSummary;
  'queue/creator': { entries: QueueEntry[] };
  'queue/apply-result': Omit<CreateResultReport, 'state'> & { replayed: boolean };
  'queue/export-csv': { text: string; filename: string };
  /** `errors` lists the first `importErrorsListed` problems; `errorCount` counts them all. */
  'queue/import-csv': {
    added: number;
    duplicates: number;
    errors: Array<{ line: number; reason: string }>;
    errorCount: number;
    replayed: boolean;
  };
  'queue/clear-removed': { cleared: number; replayed: boolean };
  'batch/plan': { batches: PlannedBatch[]; quota: StoredQuota | null };
  'batch/open': { url: string; batchId: string; tabId?: number };
  'prefill/take': { prefill: Prefill | null };
  'quota/report': Record<string, never>;
  'quota/get': { quota: StoredQuota | null; openedLast24h: number };
  'notices/get': { notices: Notice[] };
  'notices/dismiss': { dismissed: boolean };
  'setaside/export': { text: string; filename: string; count: number };
  /** "Delete set-aside data": how many records were deleted (a queue kept for a newer version stays). */
  'setaside/clear': { deleted: number };
  /** What is wrong with storage, as sentences to show; empty when all is well. `readOnly`: a newer version's queue. */
  'storage/health': { problems: string[]; readOnly: boolean };
  /** The browser's language as the worker reads it from its own message bundle. */
  'i18n/language': { language: Language };
  'memory/get': { summaries: MemorySummary[] };
  'memory/creator': { memory: CreatorMemory | null };
  'memory/note': { memory: CreatorMemory };
  'memory/tags': { memory: CreatorMemory };
  'memory/do-not-invite': { memory: CreatorMemory };
  'memory/follow-up': { memory: CreatorMemory };
  'memory/export': { text: string; filename: string; count: number };
  /** `added`: creators new to memory; `merged`: creators already known, merged with the file's record. */
  'memory/import': { added: number; merged: number; rejected: number };
  'memory/list-seen': { recorded: number };
}

export type ErrorCode = 'invalid' | 'forbidden' | 'refused' | 'internal';
export type Reply<K extends RequestType> =
  | { ok: true; data: ResponseMap[K] }
  | { ok: false; code: ErrorCode; error: string };
export type AnyReply = { ok: true; data: unknown } | { ok: false; code: ErrorCode; error: string };

/** The signature of the rpc helper: the request picks its reply type. */
export type SendMessage = <K extends RequestType>(request: RequestOf<K>) => Promise<Reply<K>>;

import { FOCUSED_CREATOR_REQUEST, MESSAGE_ERRORS } from './message-constants';

export { FOCUSED_CREATOR_REQUEST, MESSAGE_ERRORS };

export type ValidatedRequest = { ok: true; request: Request } | { ok: false; reason: string };

/** Never throws; the reason names the first bad field for logs (never shown raw to pages). */
export function validateRequest(raw: unknown): ValidatedRequest {
  const r = requestSchema.safeParse(raw);
  if (r.success) return { ok: true, request: r.data };
  const issue = r.error.issues[0];
  const where = issue?.path.map(String).join('.') || 'type';
  return { ok: false, reason: `${MESSAGE_ERRORS.invalid} (${where})` };
}

export const focusedCreatorReplySchema = z.object({
  creator: z.nullable(creatorSnapshotSchema),
  region: z.optional(region),
});
export type FocusedCreatorReply = z.infer<typeof focusedCreatorReplySchema>;
