import { describe, expect, it } from 'vitest';
import { countByReason, filterByReason, REASONS } from '@/lib/creators/reasons';

const rows = [
  { id: 'a', recommendReason: 1 },
  { id: 'b', recommendReason: 2 },
  { id: 'c', recommendReason: 0 },
  { id: 'd', recommendReason: 4 },
  { id: 'e', recommendReason: 1 },
  { id: 'f', recommendReason: 3 },
  { id: 'g', recommendReason: 7 },
] as const;

describe('reasons', () => {
  it('lists the four reasons in code order with their labels', () => {
    expect(REASONS).toEqual([
      { code: 1, label: 'Promoted similar products' },
      { code: 2, label: 'Followers bought similar products' },
      { code: 3, label: 'Followers viewed similar products' },
      { code: 4, label: "Followers' profile matches customers' profile" },
    ]);
  });

  it.each([
    [[], ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    [[1], ['a', 'e']],
    [
      [2, 3],
      ['b', 'f'],
    ],
    [
      [1, 2, 3, 4],
      ['a', 'b', 'd', 'e', 'f'],
    ],
    [[4], ['d']],
    [[0], ['c']],
  ])('filterByReason(%j) keeps %j in listed order', (codes, ids) => {
    expect(filterByReason(rows, new Set(codes)).map((r) => r.id)).toEqual(ids);
  });

  it('returns a new array even without a filter', () => {
    const out = filterByReason(rows, new Set());
    expect(out).not.toBe(rows);
  });

  it('counts each reason, ignoring 0 and unknown codes', () => {
    expect(countByReason(rows)).toEqual({ 1: 2, 2: 1, 3: 1, 4: 1 });
    expect(countByReason([])).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 });
  });
});
