import { describe, expect, it } from 'vitest';
import { checkHealth } from '../../lib/health';
import { collab, OPTIONS, product, withCode } from './fixtures';

const run = (p: Parameters<typeof product>[0], status: 'ongoing' | 'pending' | 'expired' | 'cancelled' = 'ongoing') =>
  checkHealth([collab({ status, products: [product(p)] })], OPTIONS).issues;

describe('health.target-not-above-open', () => {
  it.each([
    { targetRateBp: 1001, openRateBp: 1000, fires: false },
    { targetRateBp: 1000, openRateBp: 1000, fires: true },
    { targetRateBp: 999, openRateBp: 1000, fires: true },
    { targetRateBp: 800, openRateBp: null, fires: false },
    { targetRateBp: 100, openRateBp: 8000, fires: true },
  ])('target $targetRateBp vs open $openRateBp → $fires', ({ targetRateBp, openRateBp, fires }) => {
    const found = withCode(run({ targetRateBp, openRateBp }), 'health.target-not-above-open');
    expect(found).toHaveLength(fires ? 1 : 0);
    if (fires) {
      expect(found[0]?.severity).toBe('warning');
      expect(found[0]?.productId).toBe('p1');
      expect(found[0]?.collaborationId).toBe('g1');
      expect(found[0]?.facts.paidRateBp).toBe(targetRateBp);
    }
  });

  it('shows both rates, what the creator is paid, and what to do', () => {
    const [i] = withCode(run({ targetRateBp: 800, openRateBp: 1000 }), 'health.target-not-above-open');
    expect(i?.message).toContain('“Blue Mug”');
    expect(i?.message).toContain('“Spring push”');
    expect(i?.message).toContain('(8%)');
    expect(i?.message).toContain('(10%)');
    expect(i?.message).toContain('paid 8%');
    expect(i?.message).toContain('supersedes');
    expect(i?.message).toContain('£1.60');
    expect(i?.message).toContain('£2.00');
    expect(i?.message).toMatch(/set the target rate above 10%/);
  });

  it.each([
    { priceCents: 2000, targetRateBp: 800, openRateBp: 1000, money: 40 },
    { priceCents: 1999, targetRateBp: 1000, openRateBp: 1000, money: 0 },
    { priceCents: null, targetRateBp: 800, openRateBp: 1000, money: null },
    { priceCents: 0, targetRateBp: 800, openRateBp: 1000, money: null },
  ])('money at stake for price $priceCents, $targetRateBp vs $openRateBp → $money', ({ money, ...p }) => {
    const [i] = withCode(run(p), 'health.target-not-above-open');
    expect(i?.moneyAtStakeCents).toBe(money);
  });

  it('flags pending collaborations too, never expired or cancelled ones', () => {
    const p = { targetRateBp: 800, openRateBp: 1000 };
    expect(withCode(run(p, 'pending'), 'health.target-not-above-open')).toHaveLength(1);
    expect(run(p, 'expired')).toEqual([]);
    expect(run(p, 'cancelled')).toEqual([]);
  });
});

describe('health.rate-clash', () => {
  const two = (
    a: { rate: number | null; status?: 'ongoing' | 'pending' | 'expired' },
    b: { rate: number | null; status?: 'ongoing' | 'pending' | 'expired' },
  ) =>
    checkHealth(
      [
        collab({
          id: 'g1',
          name: 'Wave 1',
          status: a.status ?? 'ongoing',
          products: [product({ targetRateBp: a.rate })],
        }),
        collab({
          id: 'g2',
          name: 'Wave 2',
          status: b.status ?? 'ongoing',
          products: [product({ targetRateBp: b.rate })],
        }),
      ],
      OPTIONS,
    );

  it.each([
    { a: 1500, b: 1500, fires: false },
    { a: 1500, b: 1501, fires: true },
    { a: 1500, b: 2500, fires: true },
    { a: 1500, b: null, fires: false },
  ])('ongoing $a vs ongoing $b → $fires', ({ a, b, fires }) => {
    expect(withCode(two({ rate: a }, { rate: b }).issues, 'health.rate-clash')).toHaveLength(fires ? 1 : 0);
  });

  it('only counts ongoing collaborations', () => {
    expect(withCode(two({ rate: 1500 }, { rate: 2500, status: 'expired' }).issues, 'health.rate-clash')).toHaveLength(
      0,
    );
    expect(withCode(two({ rate: 1500 }, { rate: 2500, status: 'pending' }).issues, 'health.rate-clash')).toHaveLength(
      0,
    );
  });

  it('names the rates and collaborations, files under the lowest rate and lists it under both', () => {
    const r = two({ rate: 2500 }, { rate: 1500 });
    const [i] = withCode(r.issues, 'health.rate-clash');
    expect(i?.collaborationId).toBe('g2');
    expect(i?.relatedCollaborationIds).toEqual(['g1']);
    expect(i?.productId).toBe('p1');
    expect(i?.message).toContain('25% in “Wave 1” and 15% in “Wave 2”');
    expect(i?.message).toContain('one rate per product');
    expect(i?.message).toContain('“Wave 2” earn only 15%');
    // (25% − 15%) of £20.00
    expect(i?.moneyAtStakeCents).toBe(200);
    expect(r.byCollaboration.get('g1')).toContain(i);
    expect(r.byCollaboration.get('g2')).toContain(i);
    expect(r.needsAttention).toEqual(['g1', 'g2']);
  });

  it('one issue per product across three collaborations', () => {
    const r = checkHealth(
      [1500, 1500, 2000].map((rate, n) =>
        collab({ id: `g${n}`, name: `W${n}`, products: [product({ targetRateBp: rate })] }),
      ),
      OPTIONS,
    );
    const found = withCode(r.issues, 'health.rate-clash');
    expect(found).toHaveLength(1);
    expect(found[0]?.facts.highestRateBp).toBe(2000);
    expect(found[0]?.facts.lowestRateBp).toBe(1500);
    expect(new Set([found[0]?.collaborationId, ...(found[0]?.relatedCollaborationIds ?? [])])).toEqual(
      new Set(['g0', 'g1', 'g2']),
    );
  });
});

describe('health.target-not-above-open wording when equal', () => {
  it('says "the same as" and gives no payout example', () => {
    const [i] = withCode(run({ targetRateBp: 1000, openRateBp: 1000 }), 'health.target-not-above-open');
    expect(i?.message).toContain('(10%) is the same as its current open rate (10%)');
    expect(i?.message).toContain('no more than any open affiliate');
    expect(i?.message).not.toContain('order');
  });
});
