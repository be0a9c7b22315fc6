/**
 * The end date as the create page's picker shows it. The live page's format is not fixed (docs/domain.md:
 * ISO, day/month/year, month/day/year, localised month names, with or without a time; bots type MM/DD/YYYY
 * even on the UK site), so every form is read, and a date that reads two ways is reported as such instead
 * of guessed.
 */

/** Which numeric order the page's region writes: month first in the US, day first elsewhere. */
export type DateOrder = 'dmy' | 'mdy';

export type EndDateReading =
  /** One calendar date; `time` "HH:MM" when the picker shows one. */
  | { kind: 'date'; ymd: string; time: string | null }
  /** Both day/month orders give a valid date: `ymd` in the region's order, `alternative` in the other. */
  | { kind: 'ambiguous'; ymd: string; alternative: string; time: string | null }
  | { kind: 'unreadable'; text: string };

export function dateOrderOf(region: string | null | undefined): DateOrder {
  return region?.toUpperCase() === 'US' ? 'mdy' : 'dmy';
}

/** Month names in the page languages (docs/domain.md: English, Indonesian, Vietnamese pages). */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januari'],
  ['february', 'feb', 'februari', 'peb'],
  ['march', 'mar', 'maret'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug', 'agustus', 'agu', 'agt', 'ags'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov', 'nop'],
  ['december', 'dec', 'desember', 'des'],
];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((names) => names.includes(w));
  return i < 0 ? null : i + 1;
}

function validYmd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?/;

/** "23:59", "11:59 PM" → "HH:MM"; null when there is none or it is not a time. */
function timeOf(text: string): string | null | undefined {
  const m = TIME.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const ampm = m[3]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/**
 * What the picker shows, read as a date. Null for an empty field (no date chosen yet); `unreadable` for
 * text that is not a date in any known form.
 */
export function readEndDate(raw: string | null | undefined, order: DateOrder): EndDateReading | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const unreadable = { kind: 'unreadable', text: text.slice(0, 60) } as const;
  const time = timeOf(text.replace(/^.*?\d{4}/, ''));
  if (time === undefined) return unreadable;
  const done = (ymd: string | null): EndDateReading => (ymd ? { kind: 'date', ymd, time } : unreadable);

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T,])/.exec(text);
  if (m) return done(validYmd(Number(m[1]), Number(m[2]), Number(m[3])));

  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[ ,])/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const dmy = validYmd(y, b, a);
    const mdy = validYmd(y, a, b);
    if (dmy && mdy && dmy !== mdy) {
      const [first, second] = order === 'dmy' ? [dmy, mdy] : [mdy, dmy];
      return { kind: 'ambiguous', ymd: first, alternative: second, time };
    }
    return done(dmy ?? mdy);
  }

  // Month names: "12 August 2026", "August 12, 2026", "12 Agt 2026", "12 tháng 8, 2026", "ngày 12 tháng 8 năm 2026".
  const words = text.toLowerCase().replace(/,/g, ' ').split(' ').filter(Boolean);
  const vi = /^(?:ngày )?(\d{1,2}) tháng (\d{1,2})(?: năm)? (\d{4})/.exec(words.join(' '));
  if (vi) return done(validYmd(Number(vi[3]), Number(vi[2]), Number(vi[1])));
  const [w0 = '', w1 = '', w2 = ''] = words;
  if (/^\d{4}$/.test(w2)) {
    if (/^\d{1,2}$/.test(w0) && monthOf(w1)) return done(validYmd(Number(w2), monthOf(w1) ?? 0, Number(w0)));
    if (monthOf(w0) && /^\d{1,2}$/.test(w1)) return done(validYmd(Number(w2), monthOf(w0) ?? 0, Number(w1)));
  }
  return unreadable;
}
