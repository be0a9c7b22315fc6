/** The words a Find creators row shows for creator memory. Texts live in lib/i18n/locales/<lang>/memory.json. */
import { t } from '../i18n';
import type { MemorySummary } from './schema';

const SEP = ' · ';

/** One formatter per locale: building one costs more than formatting a page of dates with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(at: number, locale?: string): string {
  try {
    const key = locale ?? '';
    let f = dayFormats.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
      dayFormats.set(key, f);
    }
    return f.format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}

/** The row's one line: "Don't invite · Invited 2× · accepted 1 · note"; empty when there is nothing. */
export function summaryLine(s: MemorySummary): string {
  const parts: string[] = [];
  if (s.doNotInvite) parts.push(t('memory_row_do_not_invite'));
  if (s.invited > 0) parts.push(t('memory_row_invited', s.invited));
  if (s.pending > 0) parts.push(t('memory_row_pending', s.pending));
  if (s.accepted > 0) parts.push(t('memory_row_accepted', s.accepted));
  if (s.hasNote) parts.push(t('memory_row_note'));
  return parts.join(SEP);
}

/** The details behind the line, one sentence each, for the tooltip and screen readers. */
export function summaryDetails(s: MemorySummary, locale?: string): string[] {
  const out: string[] = [];
  if (s.lastInvitedAt !== null) out.push(t('memory_last_invited', formatDay(s.lastInvitedAt, locale)));
  if (s.tags.length) out.push(t('memory_tags_line', s.tags.join(', ')));
  if (s.hasNote) out.push(s.notePreview);
  return out;
}
