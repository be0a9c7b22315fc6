/**
 * Dates for health messages. The zone is passed in (lib/ reads no globals); a bad locale or zone falls back.
 * Without a locale, dates follow the language of the messages, so a sentence and its date agree.
 */
import { currentLanguage } from '../i18n/index';

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function makeFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) };
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    try {
      return new Intl.DateTimeFormat('en', options);
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    }
  }
}

/** 1764072000000 → "25 Nov 2025" (en-GB) / "Nov 25, 2025" (en); "–" for a non-date. */
export function formatDate(epochMs: number, locale?: string, timeZone?: string): string {
  if (!Number.isFinite(epochMs)) return '–';
  const resolved = locale || currentLanguage();
  const key = `${resolved}|${timeZone ?? ''}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = makeFormatter(resolved, timeZone);
    dateFormatters.set(key, f);
  }
  try {
    return f.format(epochMs);
  } catch {
    return '–';
  }
}
