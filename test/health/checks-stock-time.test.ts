import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../lib/health';
import { collab, creator, DAY, NOW, OPTIONS, product, withCode } from './fixtures';

describe('health.out-of-stock / health.low-stock (minStock 20)', () => {
  it.each([
    { stock: 0, code: 'health.out-of-stock', severity: 'error' },
    { stock: -3, code: 'health.out-of-stock', severity: 'error' },
    { stock: 1, code: 'health.low-stock', severity: 'warning' },
    { stock: 19, code: 'health.low-stock', severity: 'warning' },
    { stock: 20, code: null, severity: null },
    { stock: 5000, code: null, severity: null },
  ])('stock $stock → $code', ({ stock, code, severity }) => {
    const { issues } = checkHealth([collab({ products: [product({ stock })] })], OPTIONS);
    const stockIssues = issues.filter((i) => i.code === 'health.out-of-stock' || i.code === 'health.low-stock');
    expect(stockIssues.map((i) => i.code)).toEqual(code ? [code] : []);
    if (severity) expect(stockIssues[0]?.severity).toBe(severity);
  });

  it('minStock 0 never warns about low stock', () => {
    const { issues } = checkHealth([collab({ products: [product({ stock: 1 })] })], { ...OPTIONS, minStock: 0 });
    expect(issues).toEqual([]);
  });

  it('says what the creator is paid and what to do', () => {
    const { issues } = checkHealth(
      [collab({ products: [product({ stock: 0 }), product({ id: 'p2', title: 'Red Cup', stock: 4 })] })],
      OPTIONS,
    );
    const [out] = withCode(issues, 'health.out-of-stock');
    const [low] = withCode(issues, 'health.low-stock');
    expect(out?.message).toContain('“Blue Mug” is out of stock');
    expect(out?.message).toContain('15% commission');
    expect(out?.message).toMatch(/Restock it/);
    expect(out?.moneyAtStakeCents).toBe(2000);
    expect(low?.message).toContain('“Red Cup” has 4 left in stock, below your minimum of 20');
    expect(low?.message).toContain('paid 15% per order');
    expect(low?.moneyAtStakeCents).toBeNull();
    expect(low?.facts).toMatchObject({ stock: 4, minStock: 20, productId: 'p2' });
  });

  it.each(['pending', 'expired', 'cancelled'] as const)('is not checked while %s', (status) => {
    const { issues } = checkHealth([collab({ status, products: [product({ stock: 0 })] })], OPTIONS);
    expect(issues.filter((i) => i.code.includes('stock'))).toEqual([]);
  });
});

describe('health.ending-soon (7 days)', () => {
  it.each([
    { label: '7 days + 1 ms', endsAt: NOW + 7 * DAY + 1, fires: false },
    { label: 'exactly 7 days', endsAt: NOW + 7 * DAY, fires: true },
    { label: '3 days', endsAt: NOW + 3 * DAY, fires: true },
    { label: '1 ms', endsAt: NOW + 1, fires: true },
    { label: 'a day ago (still open)', endsAt: NOW - DAY, fires: true },
    { label: '30 days', endsAt: NOW + 30 * DAY, fires: false },
  ])('ends in $label → $fires', ({ endsAt, fires }) => {
    const found = withCode(checkHealth([collab({ endsAt })], OPTIONS).issues, 'health.ending-soon');
    expect(found).toHaveLength(fires ? 1 : 0);
  });

  it('gives the days left and the end date', () => {
    const [i] = withCode(checkHealth([collab({ endsAt: NOW + 3 * DAY })], OPTIONS).issues, 'health.ending-soon');
    expect(i?.message).toContain('“Spring push” ends in 3 days, on Nov 28, 2026');
    expect(i?.facts).toMatchObject({ daysLeft: 3, endsAt: NOW + 3 * DAY, endDate: 'Nov 28, 2026' });
    expect(i?.severity).toBe('warning');
  });

  it('says "less than a day" and "passed its end date"', () => {
    const soon = withCode(checkHealth([collab({ endsAt: NOW + 3_600_000 })], OPTIONS).issues, 'health.ending-soon');
    expect(soon[0]?.message).toContain('in less than a day');
    const past = withCode(checkHealth([collab({ endsAt: NOW - DAY })], OPTIONS).issues, 'health.ending-soon');
    expect(past[0]?.message).toContain('passed its end date (Nov 24, 2026)');
  });

  it.each(['expired', 'cancelled'] as const)('never flags a %s collaboration', (status) => {
    expect(checkHealth([collab({ status, endsAt: NOW + DAY })], OPTIONS).issues).toEqual([]);
  });

  it('is skipped without a usable clock', () => {
    const r = checkHealth([collab({ endsAt: NOW + DAY })], { ...OPTIONS, now: Number.NaN });
    expect(withCode(r.issues, 'health.ending-soon')).toEqual([]);
  });
});

describe('health.not-accepted (7 days)', () => {
  it.each([
    { days: 6, fires: false },
    { days: 6.999, fires: false },
    { days: 7, fires: true },
    { days: 30, fires: true },
    { days: -1, fires: false },
  ])('pending for $days days → $fires', ({ days, fires }) => {
    const s = collab({ creators: [creator({ status: 'pending', invitedAt: NOW - days * DAY })] });
    expect(withCode(checkHealth([s], OPTIONS).issues, 'health.not-accepted')).toHaveLength(fires ? 1 : 0);
  });

  it.each(['accepted', 'declined'] as const)('does not flag a %s creator', (status) => {
    const s = collab({ creators: [creator({ status, invitedAt: NOW - 30 * DAY })] });
    expect(checkHealth([s], OPTIONS).issues).toEqual([]);
  });

  it('follows the setting', () => {
    const s = collab({ creators: [creator({ status: 'pending', invitedAt: NOW - 3 * DAY })] });
    expect(
      withCode(checkHealth([s], { ...OPTIONS, notAcceptedAfterDays: 3 }).issues, 'health.not-accepted'),
    ).toHaveLength(1);
    expect(
      withCode(checkHealth([s], { ...OPTIONS, notAcceptedAfterDays: 4 }).issues, 'health.not-accepted'),
    ).toHaveLength(0);
  });

  it('groups the creators of one collaboration and names them', () => {
    const creators = ['a', 'b', 'c', 'd', 'e'].map((h, n) =>
      creator({ id: `c${n}`, handle: h, status: 'pending', invitedAt: NOW - (10 + n) * DAY }),
    );
    const [i, ...rest] = withCode(checkHealth([collab({ creators })], OPTIONS).issues, 'health.not-accepted');
    expect(rest).toEqual([]);
    expect(i?.creatorIds).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(i?.creatorId).toBeUndefined();
    expect(i?.message).toContain(
      '5 creators have not accepted “Spring push” after 7 or more days: @a, @b, @c and 2 more',
    );
    expect(i?.facts).toMatchObject({ count: 5, afterDays: 7, oldestPendingDays: 14 });
  });

  it('sets creatorId for a single creator', () => {
    const s = collab({
      creators: [creator({ id: 'c9', handle: '@zoe', status: 'pending', invitedAt: NOW - 8 * DAY })],
    });
    const [i] = withCode(checkHealth([s], OPTIONS).issues, 'health.not-accepted');
    expect(i?.creatorId).toBe('c9');
    expect(i?.message).toContain('1 creator has not accepted');
    expect(i?.message).toContain('@zoe');
  });
});
