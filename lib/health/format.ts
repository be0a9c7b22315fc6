/** Dates for health messages. The zone is passed in (lib/ reads no globals); a bad locale or zone falls back. */

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function makeFormatter(locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) };
  try {
    return new Intl.DateTimeFormat(locale || 'en', options);
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
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = makeFormatter(locale, timeZone);
    dateFormatters.set(key, f);
  }
  try {
    return f.format(epochMs);
  } catch {
    return '–';
  }
}
