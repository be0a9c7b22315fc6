import { describe, expect, it } from 'vitest';
import { splitForQueue } from '@/lib/creators/bulk';

const rows = [
  { id: 'a', recommendReason: 1, blocked: false },
  { id: 'b', recommendReason: 1, blocked: true },
  { id: 'c', recommendReason: 2, blocked: null },
  { id: 'd', recommendReason: 0, blocked: true },
] as const;

describe('splitForQueue', () => {
  it.each([
    [[], ['a', 'b', 'c', 'd'], ['a'], ['b', 'd'], ['c']],
    [[1], ['a', 'b'], ['a'], ['b'], []],
    [[2], ['c'], [], [], ['c']],
    [[3], [], [], [], []],
  ])('reasons %j', (codes, matching, addable, blocked, unknown) => {
    const s = splitForQueue(rows, new Set(codes));
    expect(s.matching.map((r) => r.id)).toEqual(matching);
    // Only a creator the page said is not blocked is addable; an unknown one waits.
    expect(s.addable.map((r) => r.id)).toEqual(addable);
    expect(s.blocked.map((r) => r.id)).toEqual(blocked);
    expect(s.unknown.map((r) => r.id)).toEqual(unknown);
  });
});
