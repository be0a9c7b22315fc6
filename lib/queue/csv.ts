/**
 * CSV export of the queue (with its history) and reading that export back.
 * The first 16 columns are the ones a seller reads; the rest make the file a lossless backup.
 * Neither function throws, whatever the input.
 */
import Papa from 'papaparse';
import type { MemorySummary } from '../memory/schema';
import {
  decodeList,
  encodeList,
  escapeFormula,
  formatBool,
  formatNumber,
  formatRate,
  formatTime,
  parseBool,
  parseNumber,
  parseRate,
  parseTime,
  unescapeFormula,
} from './csv-cells';
import { type HistoryItem, type QueueEntry, type QueueProduct, type QueueStatus, queueEntrySchema } from './entry';
import { CSV_MESSAGES } from './messages';

export { type CreatorImport, type ImportedCreatorRow, importCreatorsCsv } from './csv-import';

/**
 * Column headers of the export, and the values written in its cells (status codes, yes/no, none), are
 * constants, never translated: a file moves between sellers whose browsers use different languages and
 * must read back the same everywhere. Only the import report's reasons are translated.
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

function parseHistory(cell: string): HistoryItem[] {
  return decodeList(cell).map((item) => {
    const m = /^(\S+) ([a-z]+)(?:: ([\s\S]*))?$/.exec(item);
    if (!m) return { at: Number.NaN, status: 'queued' as const }; // fails validation, reported per row
    const h: HistoryItem = { at: parseTime(m[1] ?? '') ?? Number.NaN, status: m[2] as QueueStatus };
    if (m[3] !== undefined) h.reason = m[3];
    return h;
  });
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

/** Optional fields come back absent when their cell is empty. */
function optional<T>(obj: Record<string, unknown>, key: string, value: T | undefined): void {
  if (value !== undefined && value !== '') obj[key] = value;
}

function entryFromRow(get: (col: Column) => string): unknown {
  const ids = decodeList(get('products'));
  const n = ids.length;
  const rates = decodeList(get('target_rates'), n);
  const titles = decodeList(get('product_titles'), n);
  const open = decodeList(get('open_rates'), n);
  const stock = decodeList(get('stock'), n);
  const offers = decodeList(get('sample_offers'), n);
  const products = ids.map((id, i) => {
    const p: Record<string, unknown> = { id, targetRateBp: parseRate(rates[i] ?? '') ?? Number.NaN };
    optional(p, 'title', titles[i]);
    const o = (open[i] ?? '').trim();
    if (o.toLowerCase() === 'none') p.openRateBp = null;
    else if (o !== '') p.openRateBp = parseRate(o) ?? Number.NaN;
    const s = parseNumber(stock[i] ?? '');
    if (s !== undefined) p.stock = s;
    p.sampleOffer = (offers[i] ?? '').trim() || 'none';
    return p as QueueProduct;
  });

  const terms: Record<string, unknown> = {
    products,
    contentType: get('content_type').trim().toLowerCase(),
    flashSale: parseBool(get('flash_sale')) ?? false,
    feeStructure: get('fee_structure').trim().toLowerCase(),
  };
  optional(terms, 'endsAt', parseTime(get('ends_at')));
  optional(terms, 'durationDays', parseNumber(get('duration_days')) ?? undefined);

  const creator: Record<string, unknown> = { id: get('creator_id'), canLive: parseBool(get('can_live')) ?? null };
  optional(creator, 'handle', get('handle'));
  optional(creator, 'nickname', get('nickname'));
  optional(creator, 'region', get('region'));
  for (const [key, col] of [
    ['followers', 'followers'],
    ['gmv', 'gmv'],
    ['engagement', 'engagement'],
    ['sampleFulfilment', 'sample_fulfilment'],
  ] as const) {
    const v = parseNumber(get(col));
    if (v !== undefined) creator[key] = v;
  }
  for (const [key, col] of [
    ['invitedWithin90Days', 'invited_within_90_days'],
    ['collaborated', 'collaborated'],
    ['blocked', 'blocked'],
  ] as const) {
    optional(creator, key, parseBool(get(col)));
  }

  const createdAt = parseTime(get('created_at'));
  const status = get('status').trim().toLowerCase();
  const entry: Record<string, unknown> = {
    id: get('id'),
    creator,
    terms,
    status,
    createdAt,
    updatedAt: parseTime(get('updated_at')) ?? createdAt,
    note: get('note'),
    tags: decodeList(get('tags')),
    history: get('history') === '' ? [] : parseHistory(get('history')),
  };
  const reason = get('reason');
  const code = get('reason_code');
  if (reason !== '' || code !== '') {
    const failure: Record<string, unknown> = { reason };
    optional(failure, 'code', code);
    entry.failure = failure;
  }
  optional(entry, 'batchId', get('batch_id'));
  return entry;
}

/** Why a row failed, in one sentence; the path and the validator's message stay technical (English). */
function rowProblem(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return CSV_MESSAGES.unknownQueueRow;
  return CSV_MESSAGES.badQueueRow(`${issue.path.map(String).join('.') || CSV_MESSAGES.wholeRow}: ${issue.message}`);
}

export interface ParsedQueueCsv {
  entries: QueueEntry[];
  errors: Array<{ line: number; reason: string }>;
}

/**
 * Reads an `exportQueueCsv` file back into entries. Columns are found by name, so a spreadsheet that
 * reordered them still works. `line` is the record number as a spreadsheet shows it (header = 1).
 */
export function parseQueueCsv(text: string): ParsedQueueCsv {
  const out: ParsedQueueCsv = { entries: [], errors: [] };
  try {
    const parsed = Papa.parse<string[]>(String(text).replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
    const records = parsed.data;
    const header = (records[0] ?? []).map((h) => unescapeFormula(h).trim().toLowerCase());
    const position = new Map<string, number>();
    header.forEach((h, i) => {
      if (!position.has(h)) position.set(h, i);
    });
    if (!position.has('id') || !position.has('creator_id')) {
      out.errors.push({ line: 1, reason: CSV_MESSAGES.noQueueColumns });
      return out;
    }
    const seen = new Set<string>();
    for (let r = 1; r < records.length; r++) {
      const cells = records[r] ?? [];
      if (cells.every((c) => c === '')) continue; // blank lines carry nothing
      const get = (col: Column): string => {
        const i = position.get(col);
        return i === undefined ? '' : unescapeFormula(cells[i] ?? '');
      };
      const parsedEntry = queueEntrySchema.safeParse(entryFromRow(get));
      if (!parsedEntry.success) {
        out.errors.push({ line: r + 1, reason: rowProblem(parsedEntry.error) });
      } else if (seen.has(parsedEntry.data.id)) {
        out.errors.push({ line: r + 1, reason: CSV_MESSAGES.duplicateQueueRow });
      } else {
        seen.add(parsedEntry.data.id);
        out.entries.push(parsedEntry.data);
      }
    }
  } catch {
    out.errors.push({ line: 0, reason: CSV_MESSAGES.unreadable });
  }
  return out;
}
