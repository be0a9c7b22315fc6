import { describe, expect, it } from 'vitest';
import { type NumberLocale, parseCount, parseDisplayNumber, parseMoney, parsePercent } from '../../lib/pages/numbers';

describe('parseDisplayNumber', () => {
  it.each<[string, NumberLocale, number | null, boolean?, string?]>([
    ['12.3K', 'en', 12300],
    ['1,2 JT', 'id', 1_200_000],
    ['1,2JT', 'id', 1_200_000],
    ['183,13K', 'vi', 183_130],
    ['183,13K', 'en', 183_130],
    ['RM10K+', 'en', 10_000, true, 'RM'],
    ['£1.2M', 'en', 1_200_000, false, '£'],
    ['12 RB', 'id', 12_000],
    ['1,5 M', 'id', 1_500_000_000],
    ['Rp19.990', 'id', 19_990, false, 'Rp'],
    ['1.234', 'id', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['12,345,678', 'en', 12_345_678],
    ['12.345.678', 'vi', 12_345_678],
    ['$1,234.56', 'en', 1234.56, false, '$'],
    ['1.234,56 €', 'en', 1234.56, false, '€'],
    ['₫6,65M', 'vi', 6_650_000, false, '₫'],
    ['999', 'en', 999],
    ['0', 'en', 0],
    ['436.5K', 'en', 436_500],
    ['--', 'en', null],
    ['', 'en', null],
    ['abc', 'en', null],
    ['12.3X', 'en', null],
    ['1,2,3', 'en', null],
    ['1.', 'en', null],
  ])('%s (%s) → %s', (text, locale, value, floor = false, currency) => {
    const r = parseDisplayNumber(text, locale);
    if (value == null) return expect(r).toBeNull();
    expect(r?.value).toBeCloseTo(value, 6);
    expect(r?.floor).toBe(floor);
    if (currency) expect(r?.currency).toBe(currency);
  });
  it('parseCount returns the bare number or null', () => {
    expect(parseCount('1.5M')).toBe(1_500_000);
    expect(parseCount(null)).toBeNull();
  });
});

describe('parsePercent', () => {
  it.each<[string, NumberLocale, number | null]>([
    ['0,3%', 'vi', 0.3],
    ['0,3%', 'en', 0.3],
    ['10.00%', 'en', 10],
    ['5.2%', 'en', 5.2],
    ['27,50 %', 'id', 27.5],
    ['--', 'en', null],
    ['12', 'en', null],
    ['abc%', 'en', null],
  ])('%s (%s) → %s', (text, locale, value) => {
    expect(parsePercent(text, locale)).toBe(value);
  });
});

describe('parseMoney', () => {
  it.each<[string, NumberLocale, number, string | null]>([
    ['£19.99', 'en', 19.99, '£'],
    ['Rp47800', 'id', 47800, 'Rp'],
    ['Rp47.800', 'id', 47800, 'Rp'],
    ['$9.47', 'en', 9.47, '$'],
    ['48,18 €', 'vi', 48.18, '€'],
  ])('%s → %s %s', (text, locale, amount, currency) => {
    expect(parseMoney(text, locale)).toEqual({ amount, currency });
  });
});
