import { describe, expect, it } from 'vitest';
import type { CreateOutcome, SentInvitation } from '../../lib/pages/create-json';
import { SEND_ANSWER_MS, settleBatch } from '../../lib/queue/settle';

const T = 1_000_000;
const sent = (creatorIds: string[]) => ({ creatorIds }) as SentInvitation;
const ok: CreateOutcome = { ok: true, groupId: '1' };
const refused: CreateOutcome = {
  ok: false,
  code: 16024022,
  message: 'dup',
  conflicts: [{ creatorId: 'c1', productId: 'p1', groupId: '9' }],
};

describe('settleBatch', () => {
  it.each<[string, number | null, number, SentInvitation | null, boolean]>([
    ['the seller pressed Send just before', T, T + 1_000, sent(['c1']), true],
    ['at the end of the window', T, T + SEND_ANSWER_MS, sent(['c1']), true],
    ['no Send click (a page script called create)', null, T, sent(['c1']), false],
    ['the click was long ago', T, T + SEND_ANSWER_MS + 1, sent(['c1']), false],
    ['a click stamped in the future', T + 10, T, sent(['c1']), false],
    ['the request body was not read', T, T + 1, null, false],
    ['the request named no creator', T, T + 1, sent([]), false],
  ])('%s → settles %s', (_n, clickAt, now, body, settles) => {
    expect(settleBatch(['e1', 'e2'], clickAt, now, { sent: body, outcome: ok }) !== null).toBe(settles);
  });

  it('carries the named creators and the outcome for the worker to apply to them only', () => {
    expect(settleBatch(['e1', 'e2'], T, T + 1, { sent: sent(['c1']), outcome: refused })).toEqual({
      entryIds: ['e1', 'e2'],
      creatorIds: ['c1'],
      result: { ok: false, code: '16024022', message: 'dup', conflicts: [{ creatorId: 'c1', productId: 'p1' }] },
    });
  });

  it('carries the collaboration the platform created, so memory can tie the invitation to it', () => {
    expect(settleBatch(['e1'], T, T + 1, { sent: sent(['c1']), outcome: ok })?.result).toEqual({
      ok: true,
      collaborationId: '1',
    });
  });
});
