import { describe, expect, it } from 'vitest';
import { type DateOrder, dateOrderOf, type EndDateReading, readEndDate } from '../../lib/pages/end-date';

const date = (ymd: string, time: string | null = null): EndDateReading => ({ kind: 'date', ymd, time });
const either = (ymd: string, alternative: string): EndDateReading => ({
  kind: 'ambiguous',
  ymd,
  alternative,
  time: null,
});
const bad = (text: string): EndDateReading => ({ kind: 'unreadable', text });

describe('readEndDate', () => {
  it.each<[string, DateOrder, EndDateReading | null]>([
    ['', 'dmy', null],
    ['   ', 'mdy', null],
    // ISO, with and without a time
    ['2026-08-12', 'dmy', date('2026-08-12')],
    ['2026/8/2', 'mdy', date('2026-08-02')],
    ['2026-08-12 23:59', 'dmy', date('2026-08-12', '23:59')],
    ['2026-08-12T07:05:00', 'dmy', date('2026-08-12', '07:05')],
    // numbers that read only one way
    ['12/08/2026', 'dmy', either('2026-08-12', '2026-12-08')],
    ['12/08/2026', 'mdy', either('2026-12-08', '2026-08-12')],
    ['13/08/2026', 'mdy', date('2026-08-13')],
    ['08/13/2026', 'dmy', date('2026-08-13')],
    ['05/05/2026', 'mdy', date('2026-05-05')],
    ['31.12.2026', 'dmy', date('2026-12-31')],
    ['12/31/2026 11:59 PM', 'dmy', date('2026-12-31', '23:59')],
    ['12/31/2026, 12:30 am', 'dmy', date('2026-12-31', '00:30')],
    // month names: English, Indonesian, Vietnamese
    ['12 August 2026', 'mdy', date('2026-08-12')],
    ['August 12, 2026', 'dmy', date('2026-08-12')],
    ['Aug 12, 2026 18:00', 'dmy', date('2026-08-12', '18:00')],
    ['12 Sept 2026', 'dmy', date('2026-09-12')],
    ['12 Agustus 2026', 'dmy', date('2026-08-12')],
    ['1 Mei 2026', 'dmy', date('2026-05-01')],
    ['3 Okt 2026', 'dmy', date('2026-10-03')],
    ['12 tháng 8, 2026', 'dmy', date('2026-08-12')],
    ['ngày 12 tháng 8 năm 2026', 'dmy', date('2026-08-12')],
    // not dates
    ['31/02/2026', 'dmy', bad('31/02/2026')],
    ['2026-13-01', 'dmy', bad('2026-13-01')],
    ['next Friday', 'dmy', bad('next Friday')],
    ['12/08/26', 'dmy', bad('12/08/26')],
    ['12/08/2026 25:00', 'dmy', bad('12/08/2026 25:00')],
    ['Smarch 12, 2026', 'dmy', bad('Smarch 12, 2026')],
  ])('%j (%s)', (text, order, want) => expect(readEndDate(text, order)).toEqual(want));
});

describe('dateOrderOf', () => {
  it.each([
    ['US', 'mdy'],
    ['us', 'mdy'],
    ['GB', 'dmy'],
    ['VN', 'dmy'],
    ['ID', 'dmy'],
    [null, 'dmy'],
  ])('%s → %s', (region, order) => expect(dateOrderOf(region)).toBe(order));
});
