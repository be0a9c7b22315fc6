import { describe, expect, it } from 'vitest';
import { mergeCreatorRow } from '../../lib/creators/merge-row';
import type { CreatorRow } from '../../lib/pages/creator-json';

const row = (blocked: boolean | null, canLive: boolean | null = false) =>
  ({ id: '1', handle: 'h', blocked, canLive }) as CreatorRow;

describe('mergeCreatorRow', () => {
  it.each<[string, CreatorRow | undefined, CreatorRow, boolean | null, boolean | null]>([
    ['first answer', undefined, row(false, true), false, true],
    ['blocked, then an answer saying unblocked and LIVE', row(true), row(false, true), true, true],
    ['blocked, then an answer without the field', row(true), row(null, true), true, true],
    ['unblocked, then blocked', row(false), row(true), true, false],
    ['unblocked, then unblocked', row(false, false), row(false, true), false, true],
  ])('%s → blocked %s, canLive %s', (_n, prev, next, blocked, canLive) => {
    const m = mergeCreatorRow(prev, next);
    expect(m.blocked).toBe(blocked);
    expect(m.canLive).toBe(canLive);
  });
});
