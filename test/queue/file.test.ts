import { describe, expect, it } from 'vitest';
import { loadQueueFile, queueFileSchema, toQueueFile } from '../../lib/queue/file.ts';
import { queueOf } from './fixtures.ts';

const good = queueOf(['a', 'b']);
const file = toQueueFile(good);

describe('queue file', () => {
  it('round-trips through JSON', () => {
    expect(queueFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(loadQueueFile(JSON.parse(JSON.stringify(file)))).toEqual({ state: good, rejected: [] });
  });

  it.each([
    ['missing', undefined, 'missing', 0],
    ['a string', '{"version":1', 'not-an-object', 0],
    ['an array', [1, 2], 'not-an-object', 0],
    ['unknown version', { ...file, version: '1' }, 'unknown-version', 0],
    ['newer version', { ...file, version: 2 }, 'newer-version', 0],
    ['entries not an array', { version: 1, entries: 'x' }, 'bad-entries', 0],
    ['one bad entry', { version: 1, entries: [file.entries[0], { id: 5 }] }, 'bad-entries', 1],
    [
      'wrong status',
      { version: 1, entries: [{ ...file.entries[0], status: 'done' }, file.entries[1]] },
      'bad-entries',
      1,
    ],
    ['doubled id', { version: 1, entries: [file.entries[0], file.entries[0]] }, 'bad-entries', 1],
    ['huge note', { version: 1, entries: [{ ...file.entries[0], note: 'x'.repeat(100_000) }] }, 'bad-entries', 0],
    ['bad op ids', { version: 1, entries: file.entries, appliedOps: [1, 'a'] }, undefined, 2],
  ])('%s: loads what it can and keeps the rest', (_label, raw, problem, kept) => {
    const r = loadQueueFile(raw);
    expect(r.problem).toBe(problem);
    expect(r.state.entries).toHaveLength(kept);
  });
});
