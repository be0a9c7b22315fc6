/**
 * Maps the create page's response back onto the batch: every entry becomes sent, or failed with a
 * reason the seller can act on (which product clashes for which creator, or what the code means).
 */
import type { CreatorSnapshot, QueueEntry, QueueState } from './entry';
import { withStatus } from './history';
import { CREATE_ERROR_MESSAGES, QUEUE_MESSAGES } from './messages';
import { queueIndexOf, withEntries } from './queue-index';
import { truncateText } from './text';

export type CreateResult =
  | { ok: true; collaborationId?: string }
  | { ok: false; code: string; message?: string; conflicts?: Array<{ creatorId: string; productId: string }> };

export interface CreateResultReport {
  state: QueueState;
  sent: string[];
  failed: Array<{ id: string; creatorId: string; code: string; reason: string }>;
  /** Ids not in the queue, or no longer waiting (already sent, failed or removed): left alone. */
  ignored: string[];
}

const TITLE_MAX = 60;
const PLATFORM_MESSAGE_MAX = 200;

export function creatorLabel(creator: CreatorSnapshot): string {
  const handle = creator.handle?.replace(/^@/, '');
  if (handle) return `@${handle}`;
  return creator.nickname || QUEUE_MESSAGES.creatorFallback(creator.id);
}

function productLabel(entry: QueueEntry, productId: string): string {
  const title = entry.terms.products.find((p) => p.id === productId)?.title;
  if (!title) return QUEUE_MESSAGES.productFallback(productId);
  const cut = truncateText(title, TITLE_MAX);
  return cut === title ? `“${title}”` : `“${cut}…”`;
}

export function createErrorReason(code: string, message?: string): string {
  // Own keys only: a code such as "constructor" must not find Object.prototype's members.
  const known = Object.hasOwn(CREATE_ERROR_MESSAGES, code) ? CREATE_ERROR_MESSAGES[code] : undefined;
  if (known) return known;
  const said = message?.trim();
  return said
    ? QUEUE_MESSAGES.unknownCodeSaid(code, truncateText(said, PLATFORM_MESSAGE_MAX))
    : QUEUE_MESSAGES.unknownCode(code);
}

export function applyCreateResult(
  state: QueueState,
  batchEntryIds: readonly string[],
  result: CreateResult,
  now: number,
): CreateResultReport {
  const { byId } = queueIndexOf(state.entries);
  const clashes = new Map<string, string[]>(); // creator id → product ids
  if (!result.ok) {
    for (const c of result.conflicts ?? []) {
      const list = clashes.get(c.creatorId);
      if (list) {
        if (!list.includes(c.productId)) list.push(c.productId);
      } else clashes.set(c.creatorId, [c.productId]);
    }
  }
  let entries: QueueEntry[] | undefined;
  const report: Omit<CreateResultReport, 'state'> = { sent: [], failed: [], ignored: [] };
  const seen = new Set<string>();

  for (const id of batchEntryIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const at = byId.get(id);
    const current = at === undefined ? undefined : state.entries[at];
    if (at === undefined || !current || (current.status !== 'queued' && current.status !== 'opened')) {
      report.ignored.push(id);
      continue;
    }
    // An entry whose "opened" write was lost is still queued: record the open before the outcome.
    const opened = current.status === 'queued' ? withStatus(current, 'opened', now) : current;
    entries ??= [...state.entries];
    if (result.ok) {
      entries[at] = withStatus(opened, 'sent', now);
      report.sent.push(id);
      continue;
    }
    const products = clashes.get(current.creator.id);
    let reason: string;
    if (products) {
      reason = QUEUE_MESSAGES.conflict(
        creatorLabel(current.creator),
        QUEUE_MESSAGES.and(products.map((p) => productLabel(current, p))),
      );
    } else if (clashes.size > 0) {
      reason = QUEUE_MESSAGES.notSentBecauseOfConflicts;
    } else {
      reason = createErrorReason(result.code, result.message);
    }
    entries[at] = withStatus(opened, 'failed', now, { code: result.code, reason });
    report.failed.push({ id, creatorId: current.creator.id, code: result.code, reason });
  }
  return { state: withEntries(state, entries), ...report };
}
