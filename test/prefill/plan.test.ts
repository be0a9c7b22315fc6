import { describe, expect, it } from 'vitest';
import { isoDate, type PrefillForm, planPrefill, suggestedRateBp } from '../../lib/prefill/plan';

const defaults = {
  defaultDurationDays: 30,
  defaultTargetRateBp: 1500,
  raiseMarginBp: 200,
  defaultContentType: 'video' as const,
  defaultSampleOffer: 'free-sample' as const,
};
const NOW = new Date(2026, 10, 25, 12, 0, 0).getTime();

function form(over: Partial<PrefillForm> = {}): PrefillForm {
  return {
    endDate: null,
    contentType: 'video',
    flashSale: false,
    contentTypeEditable: true,
    products: [],
    ...over,
  };
}

describe('suggestedRateBp', () => {
  it.each([
    // open, default, margin → suggested
    [null, 1500, 200, 1500],
    [1000, 1500, 200, 1500],
    [1300, 1500, 200, 1500],
    [1301, 1500, 200, 1501],
    [2500, 1500, 200, 2700],
    [7900, 1500, 200, 8000], // capped at the platform's 80 %
  ])('open %s default %s margin %s → %s', (open, def, margin, want) => {
    expect(suggestedRateBp(open, { defaultTargetRateBp: def, raiseMarginBp: margin })).toBe(want);
  });
});

describe('planPrefill', () => {
  it('fills the end date from the default duration', () => {
    const changes = planPrefill(form(), defaults, NOW);
    expect(changes).toContainEqual(expect.objectContaining({ field: 'endDate', to: '2026-12-25' }));
  });

  it('proposes nothing when the form already matches', () => {
    const f = form({
      endDate: isoDate(NOW + 30 * 86_400_000),
      products: [{ id: 'p1', openRateBp: 1000, targetRateBp: 1500, sampleOffer: 'free-sample' }],
    });
    expect(planPrefill(f, defaults, NOW)).toEqual([]);
  });

  it('raises each product to the larger of the default and open + margin', () => {
    const f = form({
      products: [
        { id: 'low', title: 'Low open', openRateBp: 500, targetRateBp: null, sampleOffer: null },
        { id: 'high', title: 'High open', openRateBp: 2000, targetRateBp: 1000, sampleOffer: null },
      ],
    });
    const rates = planPrefill(f, defaults, NOW).filter((c) => c.field === 'targetRate');
    expect(rates.map((c) => [c.productId, c.from, c.to])).toEqual([
      ['low', '', '15.00%'],
      ['high', '10.00%', '22.00%'],
    ]);
    expect(rates[1]?.label).toContain('open rate 20.00%');
  });

  it('lets a queued batch override the defaults', () => {
    const f = form({
      contentType: 'video',
      products: [{ id: 'p1', openRateBp: 1000, targetRateBp: null, sampleOffer: 'free-sample' }],
    });
    const changes = planPrefill(f, defaults, NOW, {
      products: [{ id: 'p1', targetRateBp: 3000, sampleOffer: 'refund-first-sale' }],
      durationDays: 14,
      contentType: 'live',
      flashSale: true,
    });
    const by = Object.fromEntries(changes.map((c) => [c.id, c.to]));
    expect(by).toEqual({
      endDate: '2026-12-09',
      contentType: 'Shoppable LIVE',
      flashSale: 'on',
      'targetRate:p1': '30.00%',
      'sampleOffer:p1': 'Refund on first sale',
    });
  });

  it('leaves the content type alone where the page fixes it (flat fee)', () => {
    const changes = planPrefill(
      form({ contentType: 'video', contentTypeEditable: false }),
      { ...defaults, defaultContentType: 'any' },
      NOW,
    );
    expect(changes.some((c) => c.field === 'contentType')).toBe(false);
  });
});
