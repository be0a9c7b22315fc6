import { describe, expect, it } from 'vitest';
import { isQueueSummary } from '../../components/popup/summary';

const OK = { rev: 3, counts: { queued: 9990, opened: 4, sent: 3, failed: 2, removed: 1 }, total: 10_000, updatedAt: 1 };

describe('popup summary, kept apart from lib/messages so the first chunk stays small', () => {
  it.each([
    ['a summary the worker writes', OK, true],
    [
      'an empty queue',
      { rev: 0, counts: { queued: 0, opened: 0, sent: 0, failed: 0, removed: 0 }, total: 0, updatedAt: 0 },
      true,
    ],
    ['counts with a status missing (older worker)', { ...OK, counts: { queued: 1 } }, true],
    ['null', null, false],
    ['a string', 'queue', false],
    ['an array', [OK], false],
    ['no rev', { ...OK, rev: undefined }, false],
    ['a fractional total', { ...OK, total: 1.5 }, false],
    ['a negative count', { ...OK, counts: { ...OK.counts, failed: -1 } }, false],
    ['a count as text', { ...OK, counts: { ...OK.counts, queued: '9990' } }, false],
    ['NaN total', { ...OK, total: Number.NaN }, false],
    ['counts null', { ...OK, counts: null }, false],
    ['no updatedAt', { ...OK, updatedAt: undefined }, false],
  ])('%s -> %s', (_name, value, expected) => {
    expect(isQueueSummary(value)).toBe(expected);
  });
});
