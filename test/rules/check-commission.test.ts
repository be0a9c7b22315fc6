import { describe, expect, it } from 'vitest';
import { checkInvitation } from '../../lib/rules';
import { draft, NOW, product, withCode } from './fixtures';

const check = (p: Parameters<typeof product>[0], ctx = {}) =>
  checkInvitation(draft({ products: [product(p)] }), { now: NOW, ...ctx });

describe('commission.out-of-range', () => {
  it.each([
    { targetRateBp: 99, fires: true },
    { targetRateBp: 100, fires: false },
    { targetRateBp: 8000, fires: false },
    { targetRateBp: 8001, fires: true },
    { targetRateBp: 0, fires: true },
    { targetRateBp: -500, fires: true },
    { targetRateBp: 1550.5, fires: true },
  ])('target $targetRateBp bp → $fires', ({ targetRateBp, fires }) => {
    const found = withCode(check({ targetRateBp, openRateBp: null }), 'commission.out-of-range');
    expect(found.length).toBe(fires ? 1 : 0);
    if (fires) {
      expect(found[0]?.severity).toBe('error');
      expect(found[0]?.productId).toBe('p1');
      expect(found[0]?.message).toContain('Blue Mug');
      expect(found[0]?.message).toMatch(/1% to 80%/);
    }
  });

  it('shows a fractional rate as given, not rounded into range', () => {
    const [f] = withCode(check({ targetRateBp: 1555.5, openRateBp: null }), 'commission.out-of-range');
    expect(f?.message).toContain('15.555%');
  });

  it('does not also warn about the open rate for an out-of-range target', () => {
    expect(withCode(check({ targetRateBp: 50, openRateBp: 1000 }), 'commission.not-above-open')).toHaveLength(0);
  });
});

describe('commission.not-above-open', () => {
  it.each([
    { targetRateBp: 1001, openRateBp: 1000, fires: false },
    { targetRateBp: 1000, openRateBp: 1000, fires: true },
    { targetRateBp: 999, openRateBp: 1000, fires: true },
    { targetRateBp: 800, openRateBp: null, fires: false },
  ])('target $targetRateBp vs open $openRateBp → $fires', ({ targetRateBp, openRateBp, fires }) => {
    const found = withCode(check({ targetRateBp, openRateBp }), 'commission.not-above-open');
    expect(found.length).toBe(fires ? 1 : 0);
    if (fires) expect(found[0]?.severity).toBe('warning');
  });

  it('shows both rates, the rate the creator earns, and the payout per order', () => {
    const [f] = withCode(
      check({ targetRateBp: 800, openRateBp: 1000, priceCents: 1999 }, { currency: 'GBP', locale: 'en-GB' }),
      'commission.not-above-open',
    );
    expect(f?.message).toContain('8%');
    expect(f?.message).toContain('10%');
    expect(f?.message).toContain('earn 8%');
    expect(f?.message).toContain(
      'On a £19.99 order the creator earns £1.60 instead of £2.00 from the open collaboration',
    );
    expect(f?.message).toContain('Blue Mug');
  });

  it('says the rates are equal when they are', () => {
    const [f] = withCode(check({ targetRateBp: 1000, openRateBp: 1000 }), 'commission.not-above-open');
    expect(f?.message).toContain('the same as');
  });

  it('leaves out the payout when the price is unknown, and names the product by id without a title', () => {
    const [f] = withCode(
      check({ targetRateBp: 800, openRateBp: 1000, priceCents: null, title: undefined, id: '1729' }),
      'commission.not-above-open',
    );
    expect(f?.message).not.toContain('order');
    expect(f?.message).toContain('product 1729');
  });
});
