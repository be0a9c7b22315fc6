import { describe, expect, it, vi } from 'vitest';
import { type CollaborationSnapshot, checkHealth, HEALTH_RULES, summarizeHealth } from '../../lib/health';
import { collab, creator, DAY, NOW, OPTIONS, product, withCode } from './fixtures';

describe('healthy and inactive collaborations', () => {
  it('a healthy collaboration is not flagged', () => {
    const r = checkHealth(
      [collab({ creators: [creator(), creator({ id: 'c2', status: 'pending', invitedAt: NOW - 2 * DAY })] })],
      OPTIONS,
    );
    expect(r.issues).toEqual([]);
    expect(r.healthy).toEqual(['g1']);
    expect(r.byCollaboration.get('g1')).toEqual([]);
    expect(summarizeHealth(r)).toEqual({
      loaded: 1,
      needsAttention: 0,
      healthy: 1,
      notFullyLoaded: 0,
      inactive: 0,
      issues: 0,
    });
  });

  /** Everything wrong at once, and nothing loaded: still never flagged once it has ended or been cancelled. */
  const everythingWrong = (status: 'expired' | 'cancelled'): CollaborationSnapshot =>
    collab({
      id: status,
      status,
      endsAt: NOW + DAY,
      products: [
        product({ stock: 0, targetRateBp: 500, openRateBp: 1000 }),
        product({ id: 'p2', stock: null, targetRateBp: null }),
      ],
      creators: [creator({ status: 'pending', invitedAt: NOW - 60 * DAY }), creator({ id: 'c2', status: 'unknown' })],
    });

  it.each(['expired', 'cancelled'] as const)('a %s collaboration is never flagged', (status) => {
    const r = checkHealth(
      [
        everythingWrong(status),
        collab({ id: 'x', status, detailLoaded: false, products: null, creators: null, endsAt: null }),
      ],
      OPTIONS,
    );
    expect(r.issues).toEqual([]);
    expect(r.inactive).toEqual([status, 'x']);
    expect(r.healthy).toEqual([]);
  });

  it('an expired collaboration does not take part in a rate clash', () => {
    const r = checkHealth([collab({ id: 'a' }), everythingWrong('expired')], OPTIONS);
    expect(withCode(r.issues, 'health.rate-clash')).toEqual([]);
  });
});

describe('health.not-loaded', () => {
  it('says the details were not loaded instead of guessing', () => {
    const r = checkHealth([collab({ detailLoaded: false, products: null, creators: null, productCount: 3 })], OPTIONS);
    expect(r.issues.map((i) => i.code)).toEqual(['health.not-loaded']);
    expect(r.issues[0]?.severity).toBe('info');
    expect(r.issues[0]?.message).toContain(
      'Not loaded for “Spring push”: its details (products, stock, rates and creators)',
    );
    expect(r.issues[0]?.message).toContain('rather than guess');
    expect(r.notFullyLoaded).toEqual(['g1']);
    expect(r.needsAttention).toEqual([]);
    expect(r.healthy).toEqual([]);
  });

  it.each([
    { name: 'unknown stock (ongoing)', s: { products: [product({ stock: null })] }, text: 'the stock of “Blue Mug”' },
    {
      name: 'unknown target rate',
      s: { products: [product({ targetRateBp: null })] },
      text: 'the target rate of “Blue Mug”',
    },
    { name: 'no end date', s: { endsAt: null }, text: 'its end date' },
    { name: 'unknown status', s: { status: 'unknown' as const }, text: 'its status' },
    { name: 'creators only', s: { creators: null }, text: 'its creators' },
    {
      name: 'invite date',
      s: { creators: [creator({ status: 'pending', invitedAt: null })] },
      text: 'when 1 pending creator was invited',
    },
    {
      name: 'creator status',
      s: { creators: [creator({ status: 'unknown' })] },
      text: 'whether 1 creator has accepted',
    },
  ])('$name', ({ s, text }) => {
    const found = withCode(checkHealth([collab(s)], OPTIONS).issues, 'health.not-loaded');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(text);
  });

  it('does not report unknown stock for a pending collaboration (stock is not checked then)', () => {
    expect(checkHealth([collab({ status: 'pending', products: [product({ stock: null })] })], OPTIONS).issues).toEqual(
      [],
    );
  });

  it('a product with no open collaboration is not "not loaded"', () => {
    expect(checkHealth([collab({ products: [product({ openRateBp: null })] })], OPTIONS).issues).toEqual([]);
  });
});

describe('order: money at stake (desc, unknown last), then severity', () => {
  it('sorts across collaborations', () => {
    const r = checkHealth(
      [
        collab({ id: 'ending', name: 'Ending', endsAt: NOW + DAY }), // warning, null
        collab({
          id: 'cheap',
          name: 'Cheap',
          products: [product({ id: 'p3', priceCents: 1000, targetRateBp: 900, openRateBp: 1000 })],
        }), // 10
        collab({ id: 'unloaded', name: 'Unloaded', products: null, creators: null, detailLoaded: false }), // info, null
        collab({ id: 'oos', name: 'OOS', products: [product({ id: 'p9', priceCents: 5000, stock: 0 })] }), // error, 5000
        collab({
          id: 'dear',
          name: 'Dear',
          products: [product({ id: 'p8', priceCents: 10_000, targetRateBp: 500, openRateBp: 1000 })],
        }), // 500
        collab({ id: 'oos-noprice', name: 'OOS2', products: [product({ id: 'p7', priceCents: null, stock: 0 })] }), // error, null
      ],
      OPTIONS,
    );
    expect(r.issues.map((i) => [i.collaborationId, i.moneyAtStakeCents])).toEqual([
      ['oos', 5000],
      ['dear', 500],
      ['cheap', 10],
      ['oos-noprice', null],
      ['ending', null],
      ['unloaded', null],
    ]);
    expect(r.needsAttention).toEqual(['ending', 'cheap', 'oos', 'dear', 'oos-noprice']);
  });

  it('byCollaboration keeps the same order', () => {
    const r = checkHealth(
      [collab({ endsAt: NOW + DAY, products: [product({ stock: 0 }), product({ id: 'p2', stock: 3 })] })],
      OPTIONS,
    );
    expect(r.byCollaboration.get('g1')?.map((i) => i.code)).toEqual([
      'health.out-of-stock',
      'health.low-stock',
      'health.ending-soon',
    ]);
  });
});

describe('odd input never throws', () => {
  const odd: unknown[] = [
    null,
    undefined,
    42,
    'x',
    {},
    [null, 1, 'a', {}],
    [{ id: 'bad', status: 'weird' }],
    [collab({ endsAt: Number.NaN as unknown as number })],
    [{ ...collab(), products: [{ id: 7 }, product()], creators: [null, creator()] }],
  ];
  it.each(odd.map((input, n) => ({ n, input })))('input #$n', ({ input }) => {
    expect(() => checkHealth(input as CollaborationSnapshot[], OPTIONS)).not.toThrow();
    expect(() => checkHealth([], undefined as never)).not.toThrow();
  });

  it('reports an unreadable collaboration that has an id', () => {
    const r = checkHealth([{ id: 'bad', status: 'weird' }] as unknown as CollaborationSnapshot[], OPTIONS);
    expect(r.issues.map((i) => [i.code, i.collaborationId])).toEqual([['health.not-loaded', 'bad']]);
    expect(r.total).toBe(1);
  });

  it('keeps the readable products and counts the rest as not loaded', () => {
    const s = { ...collab(), products: [{ id: 7 }, product({ stock: 0 })] } as unknown as CollaborationSnapshot;
    const r = checkHealth([s], OPTIONS);
    expect(r.issues.map((i) => i.code)).toEqual(['health.out-of-stock', 'health.not-loaded']);
    expect(r.issues[1]?.message).toContain('1 product the page sent in an unreadable form');
  });

  it('a later snapshot of the same collaboration replaces the earlier one', () => {
    const r = checkHealth([collab({ products: [product({ stock: 0 })] }), collab()], OPTIONS);
    expect(r.issues).toEqual([]);
    expect(r.total).toBe(1);
  });
});

describe('a check that throws', () => {
  it('marks the collaboration "not checked" and hands the error back', () => {
    const rule = HEALTH_RULES.find((r) => r.scope === 'collaboration');
    if (!rule) throw new Error('no per-collaboration rule');
    const boom = new Error('boom');
    const spy = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw boom;
    });
    try {
      const r = checkHealth([collab()], OPTIONS);
      expect(r.issues.map((i) => i.code)).toEqual(['health.not-loaded']);
      expect(r.failures).toEqual([boom]);
    } finally {
      spy.mockRestore();
    }
    expect(checkHealth([collab()], OPTIONS).failures).toEqual([]);
  });
});
