import { describe, expect, it } from 'vitest';
import { pageLocale } from '@/lib/format/locale';
import { formatMoney } from '@/lib/format/rate';

describe('pageLocale', () => {
  it.each([
    ['en', 'GB', 'en-GB'],
    ['en', 'US', 'en-US'],
    ['id', 'ID', 'id-ID'],
    ['vi', 'VN', 'vi-VN'],
    ['en', 'MY', 'en-MY'],
    ['vi', null, 'vi'],
    ['en', undefined, 'en'],
    ['en', '1!', 'en'],
  ] as const)('%s in %s → %s', (language, region, expected) => expect(pageLocale(language, region)).toBe(expected));

  it('formats dates the way the region writes them', () => {
    const date = new Date(Date.UTC(2026, 10, 25, 12));
    const f = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
    expect(f(pageLocale('en', 'GB'))).toBe('25 Nov 2026');
    expect(f(pageLocale('en', 'US'))).toBe('Nov 25, 2026');
  });

  it('formats money with the region’s separators', () => {
    // Rupiah has no minor digits in use; thousands are grouped with a dot in Indonesia.
    expect(formatMoney(123450, 'IDR', pageLocale('id', 'ID'))).toMatch(/^Rp\s?1\.235$/);
    expect(formatMoney(123450, 'GBP', pageLocale('en', 'GB'))).toBe('£1,234.50');
  });
});
