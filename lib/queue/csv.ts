/**
 * CSV export of the queue (with its history).
 * The first 16 columns are the ones a seller reads; the rest keep every detail of each entry.
 * Never throws, whatever the input.
 */
import Papa from 'papaparse';
import type { MemorySummary } from '../memory/schema';
import { encodeList, escapeFormula, formatBool, formatNumber, formatRate, formatTime } from './csv-cells';
import type { HistoryItem, QueueEntry } from './entry';

export { type CreatorImport, type ImportedCreatorRow, importCreatorsCsv } from './csv-import';

/**
 * Column headers of the export, and the values written in its cells (status codes, yes/no, none), are
 * constants, never translated: a file moves between sellers whose browsers use different languages and
 * must read the same everywhere. Only the import report's reasons are translated.
 */
export const QUEUE_CSV_COLUMNS = [
  'id',
  'creator_id',
  'handle',
  'nickname',
  'status',
  'reason',
  'products',
  'target_rates',
  'ends_at',
  'content_type',
  'flash_sale',
  'fee_structure',
  'note',
  'tags',
  'created_at',
  'updated_at',
  'reason_code',
  'batch_id',
  'product_titles',
  'open_rates',
  'stock',
  'sample_offers',
  'duration_days',
  'followers',
  'gmv',
  'engagement',
  'sample_fulfilment',
  'can_live',
  'invited_within_90_days',
  'collaborated',
  'blocked',
  'region',
  'history',
  // What creator memory says about the entry's creator (across every queue, not this entry alone).
  'invited_count',
  'last_invited_at',
  'accepted',
  'do_not_invite',
  'creator_tags',
] as const;
type Column = (typeof QUEUE_CSV_COLUMNS)[number];

export interface ExportOptions {
  /** Prefix a UTF-8 byte order mark so Excel shows emoji and RTL names correctly (default true). */
  bom?: boolean;
  /** Creator memory's summaries by creator id, for the history columns; empty cells without. */
  memory?: ReadonlyMap<string, MemorySummary>;
}

function formatHistory(history: readonly HistoryItem[]): string {
  return encodeList(
    history.map((h) => `${formatTime(h.at)} ${h.status}${h.reason === undefined ? '' : `: ${h.reason}`}`),
  );
}

function row(e: QueueEntry, m: MemorySummary | undefined): Record<Column, string> {
  const products = e.terms.products;
  const c = e.creator;
  return {
    id: e.id,
    creator_id: c.id,
    handle: c.handle ?? '',
    nickname: c.nickname ?? '',
    status: e.status,
    reason: e.failure?.reason ?? '',
    products: encodeList(products.map((p) => p.id)),
    target_rates: encodeList(products.map((p) => formatRate(p.targetRateBp))),
    ends_at: formatTime(e.terms.endsAt),
    content_type: e.terms.contentType,
    flash_sale: formatBool(e.terms.flashSale),
    fee_structure: e.terms.feeStructure,
    note: e.note,
    tags: encodeList(e.tags),
    created_at: formatTime(e.createdAt),
    updated_at: formatTime(e.updatedAt),
    reason_code: e.failure?.code ?? '',
    batch_id: e.batchId ?? '',
    product_titles: encodeList(products.map((p) => p.title ?? '')),
    open_rates: encodeList(
      products.map((p) =>
        p.openRateBp === undefined ? '' : p.openRateBp === null ? 'none' : formatRate(p.openRateBp),
      ),
    ),
    stock: encodeList(products.map((p) => formatNumber(p.stock))),
    sample_offers: encodeList(products.map((p) => p.sampleOffer)),
    duration_days: formatNumber(e.terms.durationDays),
    followers: formatNumber(c.followers),
    gmv: formatNumber(c.gmv),
    engagement: formatNumber(c.engagement),
    sample_fulfilment: formatNumber(c.sampleFulfilment),
    can_live: formatBool(c.canLive),
    invited_within_90_days: formatBool(c.invitedWithin90Days),
    collaborated: formatBool(c.collaborated),
    blocked: formatBool(c.blocked),
    region: c.region ?? '',
    history: formatHistory(e.history),
    invited_count: m ? String(m.invited) : '',
    last_invited_at: formatTime(m?.lastInvitedAt ?? undefined),
    accepted: m ? String(m.accepted) : '',
    do_not_invite: m ? formatBool(m.doNotInvite) : '',
    creator_tags: m ? encodeList(m.tags) : '',
  };
}

export function exportQueueCsv(entries: readonly QueueEntry[], options: ExportOptions = {}): string {
  try {
    const data = entries.map((e) => {
      const r = row(e, options.memory?.get(e.creator.id));
      return QUEUE_CSV_COLUMNS.map((col) => escapeFormula(r[col]));
    });
    const csv = Papa.unparse({ fields: [...QUEUE_CSV_COLUMNS], data }, { newline: '\r\n' });
    return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
  } catch {
    // Only a malformed entry (bypassing the schema) could get here; an empty export beats a crash.
    return Papa.unparse({ fields: [...QUEUE_CSV_COLUMNS], data: [] });
  }
}
