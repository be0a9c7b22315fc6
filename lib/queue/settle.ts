/**
 * When the platform's answer to Send may settle a queued batch, and which entries. The answer is page
 * data: a page script can call the create endpoint itself. So it settles entries only when the seller
 * pressed Send (a trusted click the guard let through) shortly before, and only for the creators the
 * request itself named; the worker applies it to those creators' entries only.
 */
import type { CreateOutcome, SentInvitation } from '../pages/create-json';
import type { CreateResult } from './create-result';

/** How long after the seller's Send click the platform's answer may settle a batch. */
export const SEND_ANSWER_MS = 2 * 60 * 1000;

export interface Settlement {
  entryIds: string[];
  creatorIds: string[];
  result: CreateResult;
}

export function settleBatch(
  entryIds: readonly string[],
  sendClickAt: number | null,
  now: number,
  answer: { sent: SentInvitation | null; outcome: CreateOutcome },
): Settlement | null {
  if (sendClickAt == null || now < sendClickAt || now - sendClickAt > SEND_ANSWER_MS) return null;
  const creatorIds = answer.sent?.creatorIds ?? [];
  if (entryIds.length === 0 || creatorIds.length === 0) return null;
  const o = answer.outcome;
  const result: CreateResult = o.ok
    ? { ok: true, collaborationId: o.groupId }
    : {
        ok: false,
        code: String(o.code),
        message: o.message,
        conflicts: o.conflicts.map(({ creatorId, productId }) => ({ creatorId, productId })),
      };
  return { entryIds: [...entryIds], creatorIds: [...creatorIds], result };
}
