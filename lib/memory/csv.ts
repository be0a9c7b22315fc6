/**
 * Creators as CSV, one row each: what the seller knows about them. Headers and cell values are
 * constants (as in the queue's CSV), so a file reads the same in every language.
 */
import Papa from 'papaparse';
import { encodeList, escapeFormula, formatBool, formatTime } from '../queue/csv-cells';
import type { CreatorMemory } from './schema';
import { summarise } from './summary';

export const CREATOR_CSV_COLUMNS = [
  'creator_id',
  'handle',
  'nickname',
  'invited_count',
  'last_invited_at',
  'queued_count',
  'failed_count',
  'accepted',
  'do_not_invite',
  'tags',
  'note',
  'follow_ups',
] as const;

export function exportCreatorsCsv(creators: readonly CreatorMemory[]): string {
  const data = creators.map((m) => {
    const s = summarise(m);
    const cells: Record<(typeof CREATOR_CSV_COLUMNS)[number], string> = {
      creator_id: m.id,
      handle: m.handle ?? '',
      nickname: m.nickname ?? '',
      invited_count: String(s.invited),
      last_invited_at: formatTime(s.lastInvitedAt ?? undefined),
      queued_count: String(s.pending),
      failed_count: String(s.failed),
      accepted: String(s.accepted),
      do_not_invite: formatBool(m.doNotInvite),
      tags: encodeList(m.tags),
      note: m.notes,
      follow_ups: String(m.followUps.length),
    };
    return CREATOR_CSV_COLUMNS.map((c) => escapeFormula(cells[c]));
  });
  return `\uFEFF${Papa.unparse({ fields: [...CREATOR_CSV_COLUMNS], data }, { newline: '\r\n' })}`;
}
