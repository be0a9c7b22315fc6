import { describe, expect, it } from 'vitest';
import { effectiveRate, formatMoney, formatRate, parseRate } from '../../lib/rules';

describe('parseRate accepts what a seller types', () => {
  it.each([
    ['15', 1500],
    ['15%', 1500],
    [' 15.5 ', 1550],
    ['15,5', 1550],
    ['1', 100],
    ['80', 8000],
    ['80.00', 8000],
    ['12.34', 1234],
    ['15 %', 1500],
    ['15,5\u00a0%', 1550],
    ['15,5\u202f%', 1550],
    ['%15,5', 1550],
    ['015', 1500],
    ['1.00', 100],
    ['0.10', null], // below 1 %
  ])('%j → %s', (text, bp) => {
    const r = parseRate(text);
    if (bp === null) expect(r.ok).toBe(false);
    else expect(r).toEqual({ ok: true, bp });
  });
});

describe('parseRate rejects with a reason', () => {
  it.each([
    ['', /Enter a commission between 1% and 80%/],
    ['abc', /plain number/],
    ['-1', /negative/],
    ['0', /lowest/],
    ['0.99', /lowest/],
    ['80.01', /highest/],
    ['1e2', /plain number/],
    ['15.555', /two decimals/],
    ['NaN', /plain number/],
    ['Infinity', /plain number/],
    ['%', /Enter a commission/],
    ['15%%', /plain number/],
    ['1,000', /two decimals/],
    ['99999999999999999999', /highest/],
    ['15.', /plain number/],
    ['+15', /plain number/],
  ])('%j', (text, reason) => {
    const r = parseRate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('never throws on a non-string', () => {
    expect(parseRate(undefined as never).ok).toBe(false);
    expect(parseRate(15 as never).ok).toBe(false);
  });
});

describe('formatRate', () => {
  it.each([
    [1550, 'en', '15.5%'],
    [1500, 'en', '15%'],
    [1234, 'en', '12.34%'],
    [100, 'en', '1%'],
    [8000, 'en', '80%'],
    [1550, 'de', '15,5\u00a0%'],
    [1550, 'not a locale!', '15.5%'],
  ])('%s bp in %s → %j', (bp, locale, text) => {
    expect(formatRate(bp, locale)).toBe(text);
  });

  it.each(['en', 'en-GB', 'de', 'fr', 'vi', 'id', 'tr', 'ar-EG', 'th'])(
    'round-trips through parseRate in %s',
    (locale) => {
      for (let bp = 100; bp <= 8000; bp++) {
        const r = parseRate(formatRate(bp, locale));
        if (!r.ok || r.bp !== bp) throw new Error(`${bp} → ${formatRate(bp, locale)} → ${JSON.stringify(r)}`);
      }
    },
  );
});

describe('formatMoney', () => {
  it.each([
    [1999, 'GBP', 'en-GB', '£19.99'],
    [160, 'USD', 'en-US', '$1.60'],
    [1999, undefined, 'en', '19.99'],
    [1999, 'NOPE', 'en', '19.99'],
  ])('%s %s %s → %j', (cents, currency, locale, text) => {
    expect(formatMoney(cents, currency, locale)).toBe(text);
  });
});

describe('effectiveRate', () => {
  it.each([
    [
      { openRateBp: 1000, targetRateBp: 1500 },
      { rateBp: 1500, source: 'target' },
    ],
    // The target rate supersedes even when lower.
    [
      { openRateBp: 1000, targetRateBp: 800 },
      { rateBp: 800, source: 'target' },
    ],
    [
      { openRateBp: 1000, targetRateBp: null },
      { rateBp: 1000, source: 'open' },
    ],
    [{ openRateBp: 1000 }, { rateBp: 1000, source: 'open' }],
    [{ openRateBp: null }, { rateBp: null, source: 'none' }],
    [
      { openRateBp: null, targetRateBp: 1200 },
      { rateBp: 1200, source: 'target' },
    ],
  ])('%j', (product, expected) => {
    expect(effectiveRate(product)).toEqual(expected);
  });
});
